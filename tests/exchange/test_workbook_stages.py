"""The edition workbook with stages (spec/edition-workbook.md): the Stages, Screening,
Allocations, Shortlist and Consensus sheets and the Scores `stage` column, their round
trip, every refusal located with nothing written, and `scores import` into a stage."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.exchange.workbooks import (
    YEAR,
    Sheets,
    file_digest,
    minimal_sheets,
    read_all,
    write_xlsx,
)
from yansenne.errors import InputError
from yansenne.exchange.records import import_scores
from yansenne.exchange.workbook import SHEETS, STAGE_SHEETS, export_edition, import_edition
from yansenne.store.database import Database
from yansenne.store.models import (
    Allocation,
    ConsensusText,
    Juror,
    Project,
    Score,
    Screening,
    ShortlistEntry,
    Stage,
)
from yansenne.store.opening import open_database


def staged_sheets() -> Sheets:
    """MINIMAL with stages: eligibility (screening, closed), round1 (2 readers a project,
    closed), final (jury J1 and J3, open), two more jurors, decisions and texts."""
    sheets = minimal_sheets()
    sheets["Jurors"] += [["J3", "Chloé Martin", None, "member", "fr", None],
                         ["J4", "Jan Peeters", None, "member", "nl", None]]
    sheets["Jurors"][0].append("categories")
    for row in sheets["Jurors"][1:]:
        row.append("police" if row[0] == "J4" else None)
    sheets["Stages"] = [
        ["code", "kind", "name_fr", "name_nl", "jurors", "per_project", "shortlist", "method",
         "closes", "state"],
        ["eligibility", "screening", "Recevabilité", "Ontvankelijkheid", None, None, None,
         None, "2032-01-10", "closed"],
        ["round1", "scoring", "Premier tour", "Eerste ronde", None, 2, 1, "mean", None,
         "closed"],
        ["final", "scoring", "Finale", "Finale", "J1;J3", None, 1, None, None, "open"],
    ]
    sheets["Screening"] = [
        ["project", "stage", "eligible", "reason"],
        ["P01", "eligibility", "yes", None],
        ["P02", "eligibility", "Oui", None],
        ["P03", "eligibility", "ja", None],
        ["P04", "eligibility", "no", "Hors délai"],
    ]
    sheets["Shortlist"] = [
        ["stage", "project"],
        ["eligibility", "P01"], ["eligibility", "P02"], ["eligibility", "P03"],
        ["round1", "P01"], ["round1", "P03"],
    ]
    sheets["Allocations"] = [
        ["stage", "juror", "project"],
        ["round1", "J1", "P01"], ["round1", "J3", "P01"],
        ["round1", "J2", "P02"], ["round1", "J3", "P02"],
        ["round1", "J1", "P03"], ["round1", "J4", "P03"],
    ]
    sheets["Scores"] = [
        ["juror", "project", "criterion", "score", "comment", "stage"],
        ["J1", "P01", "relevance", 7, "Bien", "round1"],
        ["J3", "P01", "innovation", 6, None, "round1"],
        ["J2", "P02", "relevance", 6, None, "round1"],
        ["J4", "P03", "zone", 3, None, "ROUND1"],
        ["J1", "P01", "relevance", 8, "Mieux", "final"],
        ["J3", "P03", "relevance", 5, None, "final"],
        ["J1", "P03", "zone", 4, None, None],  # blank: the last stage
    ]
    sheets["Consensus"] = [
        ["project", "stage", "kind", "text_fr", "text_nl"],
        ["P01", "final", "consensus", "Unanime.", "Unaniem."],
        ["P03", "final", "majority", "Pour.", "Voor."],
        ["P03", "final", "minority", "Contre.", "Tegen."],
    ]
    return sheets


def staged_db(db: Database, tmp_path: Path) -> Database:
    import_edition(db, write_xlsx(tmp_path / "staged.xlsx", staged_sheets()))
    return db


# ---------------------------------------------------------------- import and round trip


def test_staged_workbook_is_written_whole(tmp_path: Path, db: Database) -> None:
    staged_db(db, tmp_path)
    with db.read() as s:
        stages = s.scalars(select(Stage).order_by(Stage.position)).all()
        assert [(st.code, st.kind, st.state, st.per_project, st.shortlist, st.jurors)
                for st in stages] == [
            ("eligibility", "screening", "closed", None, None, []),
            ("round1", "scoring", "closed", 2, 1, []),
            ("final", "scoring", "open", None, 1, ["J1", "J3"])]
        code = {st.id: st.code for st in stages}
        project = {p.id: p.code for p in s.scalars(select(Project))}
        juror = {j.id: j.code for j in s.scalars(select(Juror))}
        assert sorted((project[r.project_id], r.eligible, r.reason)
                      for r in s.scalars(select(Screening))) == [
            ("P01", True, ""), ("P02", True, ""), ("P03", True, ""),
            ("P04", False, "Hors délai")]
        assert len(s.scalars(select(Allocation)).all()) == 6
        assert sorted((code[r.stage_id], project[r.project_id])
                      for r in s.scalars(select(ShortlistEntry)))[-2:] == [
            ("round1", "P01"), ("round1", "P03")]
        assert sorted((code[m.stage_id], juror[m.juror_id], project[m.project_id], m.value)
                      for m in s.scalars(select(Score))) == [
            ("final", "J1", "P01", 8.0), ("final", "J1", "P03", 4.0),
            ("final", "J3", "P03", 5.0), ("round1", "J1", "P01", 7.0),
            ("round1", "J2", "P02", 6.0), ("round1", "J3", "P01", 6.0),
            ("round1", "J4", "P03", 3.0)]
        assert len(s.scalars(select(ConsensusText)).all()) == 3


def test_staged_round_trip_is_lossless(tmp_path: Path, db: Database) -> None:
    staged_db(db, tmp_path)
    first = export_edition(db, YEAR, tmp_path / "first.xlsx")
    other = open_database(tmp_path / "other.sqlite")
    try:
        import_edition(other, first)
        second = export_edition(other, YEAR, tmp_path / "second.xlsx")
    finally:
        other.close()
    one, two = read_all(first), read_all(second)
    assert one == two
    assert list(one) == [*SHEETS, *STAGE_SHEETS]
    assert one["Stages"][0] == ("code", "kind", "name_fr", "name_nl", "name_en", "jurors",
                                "per_project", "shortlist", "method", "closes", "state")
    assert [r[10] for r in one["Stages"][1:]] == ["closed", "closed", "open"]
    assert one["Stages"][3][5] == "J1;J3"
    assert one["Scores"][0][-2:] == ("stage", "preliminary")
    assert ("J1", "P03", "zone", 4, None, "final", None) in one["Scores"]
    assert ("P04", "eligibility", "no", "Hors délai") in one["Screening"]
    assert one["Consensus"][1:] == [("P01", "final", "consensus", "Unanime.", "Unaniem."),
                                    ("P03", "final", "majority", "Pour.", "Voor."),
                                    ("P03", "final", "minority", "Contre.", "Tegen.")]


def test_edition_without_stages_is_written_as_before(tmp_path: Path,
                                                     minimal_db: Database) -> None:
    exported = read_all(export_edition(minimal_db, YEAR, tmp_path / "plain.xlsx"))
    assert list(exported) == list(SHEETS)
    assert exported["Scores"][0] == ("juror", "project", "criterion", "score", "comment")
    with minimal_db.read() as s:
        assert [(st.code, st.state) for st in s.scalars(select(Stage))] == [("final", "open")]


def test_stage_column_without_stages_names_final(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    sheets["Scores"][0].append("stage")
    for row in sheets["Scores"][1:]:
        row.append("final")
    import_edition(db, write_xlsx(tmp_path / "final.xlsx", sheets))
    exported = read_all(export_edition(db, YEAR, tmp_path / "out.xlsx"))
    assert "Stages" not in exported and len(exported["Scores"][0]) == 5


def test_blank_states_open_the_first_stage(tmp_path: Path, db: Database) -> None:
    sheets = staged_sheets()
    for row in sheets["Stages"]:
        del row[-1]
    for name in ("Shortlist", "Allocations", "Screening", "Consensus"):
        del sheets[name]
    sheets["Scores"] = sheets["Scores"][:1]
    import_edition(db, write_xlsx(tmp_path / "fresh.xlsx", sheets))
    with db.read() as s:
        assert [st.state for st in s.scalars(select(Stage).order_by(Stage.position))] == [
            "open", "pending", "pending"]


# ---------------------------------------------------------------- refusals


def _set(sheet: str, row: int, column: str, value: Any) -> Callable[[Sheets], None]:
    def change(sheets: Sheets) -> None:
        sheets[sheet][row][sheets[sheet][0].index(column)] = value
    return change


def _add(sheet: str, *row: Any) -> Callable[[Sheets], None]:
    return lambda sheets: sheets[sheet].append(list(row))


def _drop(sheet: str, row: int) -> Callable[[Sheets], None]:
    return lambda sheets: sheets[sheet].pop(row)


REFUSALS = {
    "screening of a scoring stage": (
        _add("Screening", "P01", "round1", "yes", None), "Screening", "stage",
        "stage round1 is a scoring stage: it takes no eligibility decisions"),
    "score in a screening stage": (
        _set("Scores", 1, "stage", "eligibility"), "Scores", "stage",
        "stage eligibility is a screening stage: it takes no scores"),
    "unknown stage in Scores": (
        _set("Scores", 1, "stage", "semi"), "Scores", "stage", 'unknown stage "semi"'),
    "allocation without per_project": (
        _add("Allocations", "final", "J1", "P01"), "Allocations", "stage",
        "stage final has no per_project: it allocates no jurors"),
    "ineligible without reason": (
        _set("Screening", 4, "reason", None), "Screening", "reason",
        "a reason is required when the project is not eligible"),
    "ambiguous eligibility": (
        _set("Screening", 1, "eligible", 1), "Screening", "eligible", '"1" is not one of'),
    "conflicted allocation": (
        _set("Allocations", 2, "juror", "J2"), "Allocations", "project",
        "juror J2 is in conflict with project P01"),
    "wrong allocation count": (
        _drop("Allocations", 4), "Allocations", "project",
        "stage round1: project P02 has 1 allocated jurors; the stage needs 2"),
    "allocation outside the panel": (
        _set("Allocations", 4, "juror", "J4"), "Allocations", "juror",
        "juror J4 does not score category citizens of project P02"),
    "observer allocated": (
        _set("Allocations", 4, "juror", "OB"), "Allocations", "juror",
        "juror OB is an observer and does not score"),
    "consensus not shortlisted": (
        _add("Consensus", "P02", "final", "consensus", "Oui.", "Ja."), "Consensus", "project",
        "project P02 did not reach stage final"),
    "consensus of an earlier stage": (
        _add("Consensus", "P01", "round1", "consensus", "Oui.", "Ja."), "Consensus", "stage",
        "consensus texts belong to the last stage, final"),
    "consensus and majority": (
        _add("Consensus", "P01", "final", "majority", "Oui.", "Ja."), "Consensus", "kind",
        "project P01 has a consensus text and a majority or minority text"),
    "shortlist of an open stage": (
        _add("Shortlist", "final", "P01"), "Shortlist", "stage",
        "stage final is not closed: it has no shortlist yet"),
    "shortlist of an ineligible project": (
        _add("Shortlist", "eligibility", "P04"), "Shortlist", "project",
        "project P04 was found not eligible in stage eligibility"),
    "score of a project that did not reach": (
        _add("Scores", "J1", "P02", "relevance", 5, None, "final"), "Scores", "project",
        "project P02 did not reach stage final"),
    "score of a juror not allocated": (
        _add("Scores", "J1", "P02", "relevance", 5, None, "round1"), "Scores", "project",
        "juror J1 is not allocated to project P02 in stage round1"),
    "score outside the stage's jury": (
        _add("Scores", "J2", "P03", "relevance", 5, None, None), "Scores", "juror",
        "juror J2 is not in the jury of stage final"),
    "unknown state": (
        _set("Stages", 3, "state", "done"), "Stages", "state", '"done" is not one of'),
    "two open stages": (
        _set("Stages", 2, "state", "open"), "Stages", "state",
        "stage final comes after the open stage round1: it must be pending"),
    "closed after pending": (
        _set("Stages", 1, "state", "pending"), "Stages", "state",
        "stage round1 is closed but the earlier stage eligibility is not"),
    "duplicate stage code": (
        _set("Stages", 2, "code", "ELIGIBILITY"), "Stages", "code", "is used twice"),
    "per_project zero": (
        _set("Stages", 2, "per_project", 0), "Stages", "per_project", "must be at least 1"),
    "shortlist not whole": (
        _set("Stages", 2, "shortlist", 1.5), "Stages", "shortlist", "is not a whole number"),
    "unknown method": (
        _set("Stages", 2, "method", "vibes"), "Stages", "method", '"vibes" is not one of'),
    "unknown juror in a stage's jury": (
        _set("Stages", 3, "jurors", "J1;J9"), "Stages", "jurors", 'unknown juror "J9"'),
    "screening stage last": (
        _set("Stages", 3, "kind", "screening"), "Stages", "kind",
        "the last stage must be a scoring stage"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_bad_stage_input_is_refused_and_nothing_written(tmp_path: Path, db: Database,
                                                       case: str) -> None:
    change, sheet, column, message = REFUSALS[case]
    sheets = copy.deepcopy(staged_sheets())
    change(sheets)
    path = write_xlsx(tmp_path / "bad.xlsx", sheets)
    before = file_digest(db)
    with pytest.raises(InputError) as caught:
        import_edition(db, path)
    found = [p for p in caught.value.problems if message in p.message]
    assert found, [str(p) for p in caught.value.problems]
    assert found[0].sheet == sheet
    assert found[0].column is not None and column in found[0].column
    if case != "wrong allocation count":
        assert found[0].row is not None
    assert file_digest(db) == before


# ---------------------------------------------------------------- scores import


def _scores_file(tmp_path: Path, *rows: list[Any]) -> Path:
    return write_xlsx(tmp_path / "scores.xlsx", {"Notes": [
        ["juror", "project", "criterion", "score", "comment", "stage"], *map(list, rows)]})


def test_scores_import_with_a_stage_column(tmp_path: Path, db: Database) -> None:
    staged_db(db, tmp_path)
    closed = _scores_file(tmp_path, ["J1", "P01", "relevance", 9, None, "round1"])
    with pytest.raises(InputError, match="stage round1 is closed: only the open stage takes"):
        import_scores(db, YEAR, closed)  # its marks are what its shortlist rests on
    path = _scores_file(tmp_path, ["J3", "P01", "relevance", 6, None, None],
                        ["J1", "P01", "relevance", 8, None, "final"])
    report = import_scores(db, YEAR, path)
    assert report.counts["added"] == 1 and sum(report.counts.values()) == 2
    with db.read() as s:
        code = {st.id: st.code for st in s.scalars(select(Stage))}
        juror = {j.id: j.code for j in s.scalars(select(Juror))}
        project = {p.id: p.code for p in s.scalars(select(Project))}
        marks = {(code[m.stage_id], juror[m.juror_id], project[m.project_id]): m.value
                 for m in s.scalars(select(Score))}
    assert marks[("final", "J3", "P01")] == 6.0  # blank: the open stage
    assert marks[("round1", "J1", "P01")] == 7.0
    assert marks[("final", "J1", "P01")] == 8.0


@pytest.mark.parametrize(("row", "column", "message"), [
    (["J1", "P01", "relevance", 5, None, "eligibility"], "stage",
     "stage eligibility is a screening stage: it takes no scores"),
    (["J1", "P01", "relevance", 5, None, "semi"], "stage", 'unknown stage "semi"'),
    (["J2", "P03", "relevance", 5, None, None], "juror",
     "juror J2 is not in the jury of stage final"),
    (["J1", "P02", "relevance", 5, None, "round1"], "project",
     "juror J1 is not allocated to project P02 in stage round1"),
    (["J1", "P02", "relevance", 5, None, "final"], "project",
     "project P02 did not reach stage final"),
])
def test_scores_import_refuses_a_stage_row(tmp_path: Path, db: Database, row: list[Any],
                                           column: str, message: str) -> None:
    staged_db(db, tmp_path)
    path = _scores_file(tmp_path, ["J3", "P01", "relevance", 6, None, None], row)
    before = file_digest(db)
    with pytest.raises(InputError) as caught:
        import_scores(db, YEAR, path)
    [problem] = caught.value.problems
    assert message in problem.message
    assert problem.row == 3 and problem.column is not None and column in problem.column
    assert file_digest(db) == before


def test_scores_import_into_an_edition_without_stages(tmp_path: Path,
                                                      minimal_db: Database) -> None:
    path = _scores_file(tmp_path, ["J1", "P02", "relevance", 6, None, "final"],
                        ["J1", "P04", "relevance", 6, None, None])
    assert import_scores(minimal_db, YEAR, path).counts["added"] == 2


def test_preliminary_marks_make_the_round_trip(tmp_path: Path, db: Database) -> None:
    """A mark kept as preliminary at the juror's first submission in the last stage is
    written beside the final one and read back."""
    from yansenne.store.models import PreliminaryMark

    staged_db(db, tmp_path)
    with db.write() as s:
        mark = s.scalars(select(Score).join(Stage, Stage.id == Score.stage_id)
                         .where(Stage.code == "final").order_by(Score.id)).first()
        assert mark is not None
        s.add(PreliminaryMark(stage_id=mark.stage_id, juror_id=mark.juror_id,
                              project_id=mark.project_id, criterion_id=mark.criterion_id,
                              value=mark.value - 1))
    first = export_edition(db, YEAR, tmp_path / "first.xlsx")
    rows = read_all(first)["Scores"]
    kept = [r for r in rows[1:] if r[-1] is not None]
    assert len(kept) == 1 and kept[0][-1] == kept[0][3] - 1
    other = open_database(tmp_path / "other.sqlite")
    try:
        import_edition(other, first)
        assert read_all(export_edition(other, YEAR, tmp_path / "second.xlsx"))["Scores"] == rows
    finally:
        other.close()
