"""How sure each place is, where people read it: the results workbook and the dossier annex."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.factories import YEAR
from tests.reports.ceremony_setup import YEAR as DEMO_YEAR
from tests.reports.ceremony_setup import demo_copy, flat, pdf_pages
from tests.reports.test_results_workbook import expected_ranking, table
from yansenne.reports.ceremony_data import gather
from yansenne.reports.dossier import write_dossier
from yansenne.reports.results_workbook import export_results
from yansenne.store.database import Database


def test_ranking_sheets_carry_the_uncertainty(small_db: Database, tmp_path: Path) -> None:
    written = export_results(small_db, YEAR, tmp_path / "results.xlsx", lang="en")
    summary = load_workbook(written)["Summary of results"]
    document = expected_ranking(small_db)
    scopes = [(f"Ranking_{c['code']}", c["ranking"]) for c in document["categories"]]
    scopes.append(("Ranking_overall", document["overall"]["ranking"]))
    for name, ranking in scopes:
        rows = table(summary, name)
        assert [r["project"] for r in rows] == [s["project"] for s in ranking]
        for row, standing in zip(rows, ranking, strict=True):
            u = standing["uncertainty"]
            assert row["P(first)"] == pytest.approx(u["p_first"], abs=1e-4)
            assert row["P(top 3)"] == pytest.approx(u["p_top3"], abs=1e-4)
            low, high = u["rank_low"], u["rank_high"]
            assert row["rank interval"] == (str(low) if low == high else f"{low}–{high}")
        # the columns scripts already read keep their names
        assert {"place", "rank", "project", "title", "score", "jurors", "tie"} <= set(rows[0])


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    db = demo_copy(tmp_path / "cache.sqlite", tmp_path / "demo.sqlite")
    yield db
    db.close()


def test_dossier_annex_says_how_sure_each_place_is(demo: Database, tmp_path: Path) -> None:
    with demo.read() as session:
        data = gather(session, DEMO_YEAR)
    write_dossier(demo, DEMO_YEAR, "en", tmp_path / "d.pdf")
    text = flat(" ".join(pdf_pages(tmp_path / "d.pdf")))
    annex = text[text.index("How sure each place is", text.rindex("Annex")):]
    assert "2,000 times" in annex
    said = 0
    for standing in data.standings:
        for c in standing.candidates:
            u = c.uncertainty
            assert u is not None
            interval = str(u.rank_low) if u.rank_low == u.rank_high else (
                f"{u.rank_low}–{u.rank_high}")
            row = (f"{c.project} .*? {round(100 * u.p_first)}% {round(100 * u.p_top3)}% "
                   f"{interval}")
            assert _finds(row, annex), row
        for note in standing.indistinct:
            assert flat(note.text("en")) in annex
            said += 1
    assert said  # the demo has places the panels often reverse (P01 and P04 in citizens)
    citizens = next(s for s in data.standings if s.code == "citizens")
    assert any(dict(n.values)["upper"] == "P01" and dict(n.values)["lower"] == "P04"
               for n in citizens.indistinct)


def _finds(pattern: str, text: str) -> bool:
    return re.search(pattern, text) is not None
