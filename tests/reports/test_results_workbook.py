"""The results workbook: every sheet, the ranking of `rank`, real tables, no formulas."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from tests.factories import YEAR
from yansenne import scoring
from yansenne.domain import ranking as ranking_service
from yansenne.domain.marks import set_score
from yansenne.domain.stages import default_stage
from yansenne.errors import InputError
from yansenne.reports import standings
from yansenne.reports.results_workbook import export_results
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    Conflict,
    Criterion,
    Decision,
    Edition,
    Juror,
    Project,
    Score,
)

SHEETS = ["Summary of results", "Methods", "Totals", "Scores", "Jurors", "Criteria",
          "Conflicts of interest", "Audit log"]


def table(ws: Worksheet, name: str) -> list[dict[str, Any]]:
    """The data rows of one Excel table, keyed by its header."""
    rows = ws[ws.tables[name].ref]
    head = [c.value for c in rows[0]]
    return [dict(zip(head, (c.value for c in row), strict=True)) for row in rows[1:]
            if any(c.value is not None for c in row)]


@pytest.fixture
def written(small_db: Database, tmp_path: Path) -> Path:
    return export_results(small_db, YEAR, tmp_path / "results.xlsx", lang="en")


def expected_ranking(db: Database, method: str | None = None) -> dict[str, Any]:
    with db.read() as session:
        return standings.as_json(ranking_service.compute(session, YEAR, method=method, lang="en"))


def check_rows(rows: list[dict[str, Any]], ranking: list[dict[str, Any]]) -> None:
    assert len(rows) == len(ranking)
    for row, standing in zip(rows, ranking, strict=True):
        assert row["place"] == standing["place"]
        assert row["rank"] == standing["rank"]
        assert row["project"] == standing["project"]
        assert row["title"] == standing["title"]
        assert row["score"] == pytest.approx(standing["score"], abs=1e-6)
        assert row["jurors"] == standing["n_jurors"]
        assert (row["tie"] is not None) == standing["tie"]


def test_every_sheet_is_there_and_the_ranking_is_rank(small_db: Database, written: Path) -> None:
    workbook = load_workbook(written)
    assert workbook.sheetnames == SHEETS
    summary = workbook["Summary of results"]
    document = expected_ranking(small_db)
    assert [c["code"] for c in document["categories"]] == ["citizens", "police"]
    for category in document["categories"]:
        rows = table(summary, f"Ranking_{category['code']}")
        check_rows(rows, category["ranking"])
        for criterion, figure in category["ranking"][0]["criteria"].items():
            name = {"relevance": "Relevance", "collaboration": "Quality of the collaboration",
                    "innovation": "Innovation", "methodology": "Methodology"}[criterion]
            assert rows[0][name] == pytest.approx(figure, abs=1e-6)
    check_rows(table(summary, "Ranking_overall"), document["overall"]["ranking"])
    assert "Method: mean" in summary["A2"].value


def test_the_method_option_ranks_by_that_method(small_db: Database, tmp_path: Path) -> None:
    path = export_results(small_db, YEAR, tmp_path / "median.xlsx", method="median", lang="en")
    summary = load_workbook(path)["Summary of results"]
    document = expected_ranking(small_db, "median")
    for category in document["categories"]:
        check_rows(table(summary, f"Ranking_{category['code']}"), category["ranking"])
    assert "Method: median" in summary["A2"].value
    with pytest.raises(InputError, match="unknown method"):
        export_results(small_db, YEAR, tmp_path / "x.xlsx", method="plurality")
    assert not (tmp_path / "x.xlsx").exists()


def test_places_under_every_method_side_by_side(small_db: Database, written: Path) -> None:
    rows = table(load_workbook(written)["Methods"], "Methods")
    assert len(rows) == 6
    for method in ("median", "trimmed mean", "z-scores", "rank sum", "majority judgment",
                   "Schulze"):
        with small_db.read() as session:
            key = {"trimmed mean": "trimmed", "z-scores": "zscore", "rank sum": "ranksum",
                   "majority judgment": "majority"}.get(method, method).lower()
            ranking = ranking_service.compute(session, YEAR, method=key)
        places = {s.project: s.place for r in ranking.results.categories.values()
                  for s in r.standings}
        assert {r["project"]: r[method] for r in rows} == {
            r["project"]: places.get(r["project"]) for r in rows}
    assert all(r["mean *"] is not None for r in rows)  # the chosen method is marked


def test_the_totals_matrix_follows_the_juror_total_formula(small_db: Database,
                                                             written: Path) -> None:
    rows = {r["project"]: r for r in table(load_workbook(written)["Totals"], "Totals")}
    with small_db.read() as session:
        criteria = {c.id: c for c in session.scalars(select(Criterion))}
        for project in session.scalars(select(Project)):
            for juror in session.scalars(select(Juror).where(Juror.role != "observer")):
                marks = session.scalars(select(Score).where(
                    Score.juror_id == juror.id, Score.project_id == project.id)).all()
                cell = rows[project.code][juror.code]
                if session.get(Conflict, (juror.id, project.id)):
                    assert cell == "conflict"
                    continue
                weights = sum(criteria[m.criterion_id].weight for m in marks)
                share = sum(criteria[m.criterion_id].weight * (m.value - 0) / 10 for m in marks)
                assert cell == pytest.approx(100 * share / weights)
    assert "OB" not in next(iter(rows.values()))  # observers do not score


def test_every_score_in_long_form(small_db: Database, tmp_path: Path) -> None:
    with small_db.write() as session:
        juror = session.scalars(select(Juror).where(Juror.code == "J1")).one()
        project = session.scalars(select(Project).where(Project.code == "P02")).one()
        criterion = session.scalars(select(Criterion).where(Criterion.code == "innovation")).one()
        set_score(session, juror, project, criterion, 9.5, "Convincing pilot", actor="test")
    path = export_results(small_db, YEAR, tmp_path / "r.xlsx", lang="en")
    rows = table(load_workbook(path)["Scores"], "Scores")
    with small_db.read() as session:
        assert len(rows) == len(session.scalars(select(Score)).all())
    changed = [r for r in rows if (r["juror"], r["project"], r["criterion"])
               == ("J1", "P02", "innovation")]
    assert changed == [{"juror": "J1", "project": "P02", "criterion": "innovation",
                        "score": 9.5, "comment": "Convincing pilot", "revision": 2,
                        "time (UTC)": changed[0]["time (UTC)"]}]
    assert changed[0]["time (UTC)"].year >= 2024


def test_jurors_with_completion_and_leniency(small_db: Database, written: Path) -> None:
    rows = {r["code"]: r for r in table(load_workbook(written)["Jurors"], "Jurors")}
    assert rows["J1"]["completion"] == 1
    assert rows["J2"]["marks expected"] == 20  # 5 projects (one conflict) x 4 criteria
    assert rows["J2"]["marks given"] == 20
    assert rows["OB"]["role"] == "observer" and rows["OB"]["completion"] is None
    with small_db.read() as session:
        snapshot = ranking_service.snapshot_of(session, ranking_service.find_edition(session, YEAR))
    for juror in scoring.agreement(snapshot, None).jurors:
        assert rows[juror.juror]["leniency"] == pytest.approx(juror.leniency)


def test_criteria_conflicts_audit_and_laureates(small_db: Database, tmp_path: Path) -> None:
    with small_db.write() as session:
        edition = session.scalars(select(Edition)).one()
        project = session.scalars(select(Project).where(Project.code == "P03")).one()
        session.add(Decision(edition_id=edition.id, project_id=project.id, award="1",
                             amount_eur=6000, position=0))
    workbook = load_workbook(export_results(small_db, YEAR, tmp_path / "r.xlsx", lang="en"))
    laureates = table(workbook["Summary of results"], "Laureates")
    assert laureates == [{"award": "1st prize", "amount": 6000, "project": "P03",
                          "title": "Project 3 — safety", "category": "Citizens"}]
    criteria = table(workbook["Criteria"], "Criteria")
    assert [c["code"] for c in criteria] == ["relevance", "collaboration", "innovation",
                                             "methodology"]
    assert criteria[2]["weight"] == 2 and criteria[2]["category"] == "every category"
    conflicts = table(workbook["Conflicts of interest"], "Conflicts")
    assert [(c["juror"], c["project"], c["reason"]) for c in conflicts] == [
        ("J2", "P01", "Partner")]
    audit = table(workbook["Audit log"], "Audit")
    assert audit == []  # the factory writes no audit entry; set_score would


def test_titles_and_comments_stay_text(small_db: Database, tmp_path: Path) -> None:
    risky = {"P01": '=HYPERLINK("http://x","y")', "P02": "@SUM(A1:A9)", "P03": "+32 2 500",
             "P04": "-1", "P05": "\tindented", "P06": "#N/A"}
    with small_db.write() as session:
        for project in session.scalars(select(Project)):
            project.title_en = risky[project.code]
        juror = session.scalars(select(Juror).where(Juror.code == "J1")).one()
        juror.name = "=1+1"
        project = session.scalars(select(Project).where(Project.code == "P02")).one()
        criterion = session.scalars(select(Criterion).where(Criterion.code == "relevance")).one()
        set_score(session, juror, project, criterion, 5.0, "=cmd|' /C calc'!A0", actor="=x")
    path = export_results(small_db, YEAR, tmp_path / "r.xlsx", lang="en")
    workbook = load_workbook(path)
    seen = set()
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
                assert cell.data_type != "e", f"{ws.title}!{cell.coordinate} is an error"
                if cell.value in {*risky.values(), "=1+1", "=cmd|' /C calc'!A0"}:
                    assert cell.data_type == "s"
                    seen.add(cell.value)
    assert seen == {*risky.values(), "=1+1", "=cmd|' /C calc'!A0"}
    titles = {r["project"]: r for r in table(workbook["Totals"], "Totals")}
    assert titles["P01"]["title"] == '=HYPERLINK("http://x","y")'
    assert titles["P02"]["title"] == "@SUM(A1:A9)"
    hyperlink = next(c for c in workbook["Totals"]["C"] if c.value == risky["P01"])
    assert hyperlink.quotePrefix


def test_tables_frozen_headers_formats_and_print_setup(written: Path) -> None:
    workbook = load_workbook(written)
    for ws in workbook.worksheets:
        assert ws.tables, f"{ws.title} has no Excel table"
        assert ws.freeze_panes, ws.title
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows
    for name in SHEETS[1:]:
        ws = workbook[name]
        assert ws["A1"].font.bold and ws.freeze_panes.endswith("2")
        assert ws.print_title_rows == "$1:$1"
        assert ws.column_dimensions["A"].width >= 8
    totals = workbook["Totals"]
    scales = [rule for area in totals.conditional_formatting for rule in area.rules]
    assert scales and scales[0].type == "colorScale"
    assert totals["D2"].number_format == "0.00"
    assert workbook["Jurors"]["I2"].number_format == "0%"
    with zipfile.ZipFile(written) as archive:
        assert any(n.startswith("xl/charts/chart") for n in archive.namelist())
    assert len(workbook["Summary of results"]._charts) == 2  # one per category


def test_headers_in_the_chosen_language(small_db: Database, tmp_path: Path) -> None:
    workbook = load_workbook(export_results(small_db, YEAR, tmp_path / "fr.xlsx", lang="fr"))
    assert workbook.sheetnames[0] == "Synthèse"
    assert "Conflits d’intérêts" in workbook.sheetnames
    scores = workbook["Notes"]
    assert [c.value for c in scores[1]][:4] == ["membre du jury", "projet", "critère", "note"]
    nl = load_workbook(export_results(small_db, YEAR, tmp_path / "nl.xlsx", lang="nl"))
    assert nl.sheetnames[0] == "Overzicht"


def test_progress_is_reported_and_a_missing_edition_refused(small_db: Database,
                                                             tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    export_results(small_db, YEAR, tmp_path / "r.xlsx", lang="en",
                   progress=lambda done, total, text: calls.append((done, total, text)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert all(done <= total for done, total, _ in calls)
    with pytest.raises(InputError, match="no edition 1999"):
        export_results(small_db, 1999, tmp_path / "none.xlsx")
    assert not (tmp_path / "none.xlsx").exists()


def test_an_edition_without_scores_still_exports(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        edition = Edition(year=2040, name_fr="Prix 2040", name_nl="Prijs 2040",
                          name_en="Prize 2040")
        session.add(edition)
        session.flush()
        session.add(default_stage(edition.id))
    workbook = load_workbook(export_results(db, 2040, tmp_path / "e.xlsx", lang="en"))
    assert workbook.sheetnames == SHEETS
    assert table(workbook["Scores"], "Scores") == []
    assert Assignment  # the empty edition has no assignment either


@pytest.mark.parametrize(("lang", "figure"), [("fr", "1\u202f200"), ("nl", "1.200"),
                                              ("en", "1,200")])
def test_the_summary_agreement_line_groups_a_large_count(lang: str, figure: str) -> None:
    import dataclasses

    from tests.reports.test_readings import snapshot
    from yansenne import scoring
    from yansenne.reports.results_book import Book
    from yansenne.reports.results_sheets import _agreement_line

    agreement = dataclasses.replace(scoring.agreement(snapshot(), "k"),
                                    complete_projects=1_200, scope_projects=1_200)
    line = _agreement_line(Book(lang, None), agreement)
    assert f"{figure} " in line and "1200" not in line, line
