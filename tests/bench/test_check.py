"""bench.check's verdict on fabricated results (no benchmark runs, nothing timed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import check
from bench.__main__ import table
from bench.common import OUT_ENV, write_result

COMMITTED = {
    "startup": {"benchmark": "startup", "machine": {"cpus": 2}, "startup_s": 1.0,
                "baseline_s": 0.5, "ratio": 2.0, "target_ratio": 1.5},
    "dossier": {"dossier": {"fr": {"seconds": 0.5, "times_the_ranking": 20.0}}},
}


def _now(ratio: float) -> dict[str, dict[str, float]]:
    return {"startup": {"ratio": ratio}, "dossier": {"dossier.fr.times_the_ranking": 20.0}}


def test_ratios_are_found_by_path_and_targets_are_not() -> None:
    assert check.ratios(COMMITTED["startup"]) == {"ratio": 2.0}
    assert check.ratios(COMMITTED["dossier"]) == {"dossier.fr.times_the_ranking": 20.0}
    nested = {"warm": {"paint_ratio": 1.1, "bundle_paint_s": 0.9}, "cold": None,
              "within_target": True, "target_ratio": 5}
    assert check.ratios(nested) == {"warm.paint_ratio": 1.1}


def test_a_ratio_60_percent_worse_fails() -> None:
    findings = check.compare(COMMITTED, _now(3.2), ["startup", "dossier"])
    failed = [f for f in findings if f.failed]
    assert [(f.benchmark, f.ratio, f.committed, f.now) for f in failed] == [
        ("startup", "ratio", 2.0, 3.2)]
    assert "60 % worse" in str(failed[0])


def test_a_ratio_40_percent_worse_passes() -> None:
    assert not [f for f in check.compare(COMMITTED, _now(2.8), ["startup", "dossier"])
                if f.failed]


def test_a_better_ratio_passes() -> None:
    assert not [f for f in check.compare(COMMITTED, _now(0.5), ["startup"]) if f.failed]


def test_a_benchmark_without_a_result_this_run_is_reported_and_fails() -> None:
    findings = check.compare(COMMITTED, {"startup": {"ratio": 2.0}}, ["startup", "dossier"])
    assert [(f.benchmark, f.failed) for f in findings] == [("dossier", True)]
    assert "no result this run" in str(findings[0])


def test_a_benchmark_not_committed_is_reported_without_failing() -> None:
    findings = check.compare(COMMITTED, {"cli_start": {"ratio": 9.0}}, ["cli_start"])
    assert [(f.benchmark, f.failed) for f in findings] == [("cli_start", False)]
    assert "no committed figures" in str(findings[0])


def test_a_ratio_missing_this_run_fails() -> None:
    findings = check.compare(COMMITTED, {"dossier": {}}, ["dossier"])
    assert [(f.ratio, f.failed) for f in findings] == [("dossier.fr.times_the_ranking", True)]


def test_the_median_of_the_runs_is_compared() -> None:
    runs = [{"ratio": r} for r in (2.0, 9.0, 2.1, 2.2, 8.0)]
    assert check.median_ratios(runs) == {"ratio": 2.2}


def test_write_result_goes_to_the_override_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(OUT_ENV, str(tmp_path))
    path = write_result("startup", {"ratio": 2.0})
    assert path == tmp_path / "startup.json"
    assert json.loads(path.read_text(encoding="utf-8"))["ratio"] == 2.0


def test_main_fails_and_leaves_the_committed_results_alone(tmp_path, monkeypatch,
                                                           capsys) -> None:
    committed = tmp_path / "results.json"
    committed.write_text(json.dumps({"results": COMMITTED}), encoding="utf-8")
    before = committed.read_bytes()
    monkeypatch.setattr(check, "COMMITTED", committed)
    monkeypatch.setattr(check, "WORKDIR", tmp_path / "check")
    fabricated = {"startup": {"ratio": 3.5}}
    monkeypatch.setattr(check, "run_benchmark", lambda name, out: fabricated.get(name))
    assert check.main(["--only", "startup", "dossier", "--runs", "2"]) == 1
    out = capsys.readouterr().out
    assert "FAIL startup.ratio" in out and "FAIL dossier" in out
    assert committed.read_bytes() == before
    summary = json.loads((tmp_path / "check" / "summary.json").read_text(encoding="utf-8"))
    assert summary["medians"] == {"startup": {"ratio": 3.5}}


@pytest.mark.parametrize("broken", [{"ratio": 2.0}, {"warm": None}])
def test_the_table_skips_rows_whose_record_lacks_figures(broken) -> None:
    text = table({"startup": broken, "bundle_startup": broken})
    assert text.count("\n| ") == 2  # the header and its rule only


def test_the_table_shows_the_new_benchmarks() -> None:
    text = table({
        "cli_start": {"baseline_s": 0.02, "version_s": 0.3, "help_s": 0.35, "ratio": 15.0,
                      "help_ratio": 17.5, "target_ratio": 5},
        "rank_command": {"rank_s": 2.0, "baseline_s": 1.0, "ratio": 2.0, "target_ratio": 1.5},
        "bundle_startup": {"warm": {"bundle_version_s": 0.5, "venv_version_s": 0.4,
                                    "version_ratio": 1.25, "bundle_paint_s": 1.0,
                                    "venv_paint_s": 1.1, "paint_ratio": 0.91}, "cold": None},
    })
    assert "| 15.0× | ≤ 5× | **no** |" in text
    assert "sqlite3+numpy mean ranking: 1.000 s | 2.0× | ≤ 1.5× | **no** |" in text
    assert "bundle first paint of the desk on the demo, warm" in text
    assert "cold" not in text


def test_a_benchmarks_database_goes_with_its_side_files(tmp_path: Path) -> None:
    """The guard's lock files too: bench/.cache kept one per run before."""
    from bench.common import discard
    from yansenne.store.opening import open_database

    path = tmp_path / "work.sqlite"
    open_database(path).close()
    assert any(p.name != path.name for p in tmp_path.iterdir())  # a side file was left
    discard(path)
    assert list(tmp_path.iterdir()) == []
