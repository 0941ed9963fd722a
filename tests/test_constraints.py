"""tools/constraints.txt: the versions CI installs, one pin for each dependency of
pyproject.toml and inside its range, so that a dependency added or a lower bound raised
without refreshing the pins (`make constraints`) fails here rather than in someone's
install."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / "tools" / "constraints.txt"
INSTALLED_EXTRAS = ("test", "postgres", "build")  # what `make venv` and CI install


def pins(text: str) -> dict[str, Version]:
    """Each `name==version` line, by canonical name; anything else but comments refused."""
    found: dict[str, Version] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)", line)
        if match is None:
            raise ValueError(f"constraints.txt, line {number}: not a pin: {line!r}")
        found[canonicalize_name(match[1])] = Version(match[2])
    return found


def requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in INSTALLED_EXTRAS:
        lines += project["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


def unmet(pinned: dict[str, Version], wanted: list[Requirement]) -> list[str]:
    """What is wrong: a dependency without a pin, or pinned outside its range."""
    problems = []
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        version = pinned.get(name)
        if version is None:
            problems.append(f"{requirement.name} is not pinned")
        elif not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement.name}=={version} is outside {requirement.specifier}")
    return problems


def test_every_dependency_is_pinned_inside_its_range() -> None:
    assert unmet(pins(CONSTRAINTS.read_text(encoding="utf-8")), requirements()) == []


def test_a_missing_or_out_of_range_pin_is_named() -> None:
    wanted = [Requirement("numpy>=1.26"), Requirement("pyside6-essentials>=6.7,<6.12"),
              Requirement("portalocker[win32]>=3")]
    pinned = pins("# a comment\nnumpy==2.3.5\nPySide6_Essentials==6.12.0\n")
    assert unmet(pinned, wanted) == [
        "pyside6-essentials==6.12.0 is outside <6.12,>=6.7",
        "portalocker is not pinned",
    ]


def test_a_line_that_is_not_a_pin_is_refused() -> None:
    with pytest.raises(ValueError, match="line 2"):
        pins("numpy==2.3.5\nnumpy>=2\n")
