"""The hosted CI workflow (.github/workflows/build.yml): valid, and doing what it says.

It cannot run here, so it is checked three ways: against the service's published
schema (check-jsonschema ships a copy: no network), for the jobs and runners the
README promises (Linux, Windows, macOS; Python 3.11; the bundles, the installer, the
artifacts), and against tools/ci_linux.sh, which runs the Linux job's commands here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
CI_LINUX = ROOT / "tools" / "ci_linux.sh"
RUNNERS = {"linux": "ubuntu-latest", "windows": "windows-latest", "macos": "macos-latest"}


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema",
         "vendor.github-workflows", str(path)],
        capture_output=True, text=True, check=False, timeout=120)


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    from ruamel.yaml import YAML  # check-jsonschema's YAML reader (YAML 1.2: `on` stays a key)

    return YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))


def runs(job: dict[str, Any]) -> list[str]:
    """Every command line of a job's `run` steps, in order."""
    lines: list[str] = []
    for step in job["steps"]:
        lines += [line.strip() for line in step.get("run", "").splitlines() if line.strip()]
    return lines


def uses(job: dict[str, Any], action: str) -> list[dict[str, Any]]:
    return [step for step in job["steps"] if step.get("uses", "").startswith(action + "@")]


def test_matches_the_published_schema() -> None:
    pytest.importorskip("check_jsonschema")
    result = validate(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_can_fail(tmp_path: Path) -> None:
    """A job without a runner is refused: the validation above is not a formality."""
    pytest.importorskip("check_jsonschema")
    broken = tmp_path / "build.yml"
    text = WORKFLOW.read_text(encoding="utf-8")
    broken.write_text(text.replace("runs-on: macos-latest", "runs_on: macos-latest", 1),
                      encoding="utf-8")
    assert validate(broken).returncode != 0


def test_jobs_and_runners(workflow: dict[str, Any]) -> None:
    jobs = workflow["jobs"]
    assert {name: job["runs-on"] for name, job in jobs.items()} == RUNNERS
    assert {"push", "pull_request"} <= set(workflow["on"])
    for name, job in jobs.items():
        (setup,) = uses(job, "actions/setup-python")
        assert str(setup["with"]["python-version"]).replace(
            "${{ env.PYTHON_VERSION }}", str(workflow["env"]["PYTHON_VERSION"])) == "3.11", name
        assert uses(job, "actions/checkout"), name
        assert uses(job, "actions/upload-artifact"), name
        commands = runs(job)
        install = next(line for line in commands if "pip install -e" in line)
        assert re.search(r"\.\[test,(postgres,)?build\]", install), name
        assert "python tools/check_build.py" in commands, f"{name}: builds the bundle"


def test_windows_and_macos_run_the_suite_but_x11(workflow: dict[str, Any]) -> None:
    for name in ("windows", "macos"):
        job = workflow["jobs"][name]
        assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"
        assert "python -m pytest -q --ignore=tests/acceptance" in runs(job), name
        # makensis there too: tests/test_installer.py fails in CI without it.
        assert any("nsis" in line for line in runs(job)), name


def test_windows_builds_installs_and_uninstalls(workflow: dict[str, Any]) -> None:
    commands = runs(workflow["jobs"]["windows"])
    build = next(line for line in commands if "tools/build_installer.py" in line)
    assert "--bundle build/dist/yansenne" in build
    assert any("installer/smoke_test.ps1" in line for line in commands)
    (upload,) = uses(workflow["jobs"]["windows"], "actions/upload-artifact")
    assert "build/yansenne-setup.exe" in upload["with"]["path"]


def test_macos_ships_the_app(workflow: dict[str, Any]) -> None:
    commands = runs(workflow["jobs"]["macos"])
    assert any("plutil -lint build/dist/Yansenne.app/Contents/Info.plist" in c for c in commands)
    assert any(c.startswith("ditto ") and "Yansenne.app" in c for c in commands)


def test_linux_job_is_what_ci_linux_runs(workflow: dict[str, Any]) -> None:
    """tools/ci_linux.sh holds every command of the Linux job (sudo aside), in order."""
    script = CI_LINUX.read_text(encoding="utf-8")
    job = workflow["jobs"]["linux"]
    position = 0
    for line in runs(job):
        command = line.removeprefix("sudo ")
        found = script.find(command, position)
        assert found >= 0, f"ci_linux.sh lacks (or misorders) {command!r}"
        position = found + len(command)
    for step in job["steps"]:
        for key, value in step.get("env", {}).items():
            assert f"{key}={value}" in script, key
    assert "python -m pytest -q" in runs(job), "the whole suite, acceptance included"


def test_files_the_workflow_names_exist(workflow: dict[str, Any]) -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    named = set(re.findall(r"(?:tools|installer)/[\w.]+\.(?:py|sh|ps1)", text))
    assert {"tools/build_installer.py", "installer/smoke_test.ps1",
            "tools/system_packages.sh"} <= named
    for path in named:
        assert (ROOT / path).is_file(), path


def test_ci_linux_refuses_an_unknown_step() -> None:
    if shutil.which("sh") is None:
        pytest.skip("no POSIX shell (Windows without Git's sh)")
    result = subprocess.run(["sh", str(CI_LINUX), "no-such-step"], capture_output=True,
                            text=True, check=False, timeout=60)
    assert result.returncode == 2
    assert "unknown step" in result.stderr
