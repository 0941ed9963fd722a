"""The synthetic edition for benchmarks: reproducible from its seed, complete, and valid
enough that its own export imports again without a single problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from yansenne import reference
from yansenne.domain.synthetic import build_synthetic, synthetic_edition
from yansenne.errors import InputError
from yansenne.exchange.workbook import export_edition, import_edition
from yansenne.store.database import Database
from yansenne.store.models import ACTORS, AuditEntry, Project, Score
from yansenne.store.opening import open_database


def marks(seed: int) -> list[float]:
    return [s["value"] for s in synthetic_edition(2030, 12, 4, 5, seed=seed).scores]


def test_same_seed_same_edition() -> None:
    assert synthetic_edition(2030, 12, 4, 5, seed=7) == synthetic_edition(2030, 12, 4, 5,
                                                                          seed=7)


def test_different_seed_different_scores() -> None:
    assert marks(1) != marks(2)
    assert len(marks(1)) == len(marks(2))


def test_edition_is_complete_and_valid() -> None:
    """Every juror scores every project on every criterion, on the scale and step; the
    projects cover the actor categories and real municipalities."""
    data = synthetic_edition(2030, projects=12, jurors=4, criteria=6, seed=3)
    assert len(data.projects) == 12 and len(data.jurors) == 4 and len(data.criteria) == 6
    cells = {(s["juror"], s["project"], s["criterion"]) for s in data.scores}
    assert len(cells) == len(data.scores) == 12 * 4 * 6
    assert all(0 <= s["value"] <= 10 and (s["value"] * 2).is_integer() for s in data.scores)
    assert {c["code"] for c in data.criteria} == {
        *(c.code for c in reference.default_criteria()), "criterion5", "criterion6"}
    assert {p["category"] for p in data.projects} == set(ACTORS)
    towns = {m.nis_code for m in reference.municipalities()} | {"region"}
    assert {p["municipality"] for p in data.projects} <= towns
    assert [j["role"] for j in data.jurors] == ["president", "member", "member", "member"]
    assert len({s["value"] for s in data.scores}) > 5  # not a constant


@pytest.mark.parametrize("bad", [dict(projects=0), dict(jurors=0), dict(criteria=0)])
def test_sizes_must_be_positive(bad: dict[str, int]) -> None:
    sizes = {"projects": 3, "jurors": 2, "criteria": 2, **bad}
    with pytest.raises(InputError, match="at least 1"):
        synthetic_edition(2030, **sizes)


def test_build_writes_it_and_refuses_a_second_time(db: Database) -> None:
    counts = build_synthetic(db, year=2030, projects=10, jurors=3, criteria=4, seed=5)
    assert counts == {"projects": 10, "jurors": 3, "scores": 120}
    with db.read() as s:
        assert s.scalar(select(func.count(Score.id))) == 120
        assert s.scalar(select(func.count(Project.id))) == 10
        values = sorted(s.scalars(select(Score.value)).all())
    expected = sorted(m["value"] for m in synthetic_edition(2030, 10, 3, 4, seed=5).scores)
    assert values == expected
    with pytest.raises(InputError, match="already exists"):
        build_synthetic(db, year=2030, projects=10, jurors=3, criteria=4, seed=6)
    build_synthetic(db, year=2030, projects=5, jurors=2, criteria=2, seed=6, replace=True)
    with db.read() as s:
        assert s.scalar(select(func.count(Score.id))) == 20
        assert s.scalars(select(AuditEntry.action)).all() == ["edition.synthetic"] * 2


def test_export_of_a_synthetic_edition_imports_cleanly(db: Database, tmp_path: Path) -> None:
    build_synthetic(db, year=2030, projects=10, jurors=3, criteria=5, seed=9)
    path = export_edition(db, 2030, tmp_path / "synthetic.xlsx")
    other = open_database(tmp_path / "other.sqlite")
    try:
        report = import_edition(other, path)
    finally:
        other.close()
    assert report.warnings == []
    assert report.counts["scores"] == 150
