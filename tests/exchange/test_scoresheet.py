"""Jurors' Excel scoresheets: what a juror gets, and the safe way back in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, func, select

from tests.exchange.workbooks import file_digest
from tests.factories import YEAR, build_small_edition
from yansenne.domain.marks import set_score
from yansenne.errors import InputError
from yansenne.exchange.scoresheet_export import (
    export_scoresheet,
    export_scoresheets,
    sheet_title,
    step_formula,
)
from yansenne.exchange.scoresheet_identity import FIRST_CRITERION, FIRST_ROW, IDENTITY
from yansenne.exchange.scoresheet_import import import_scoresheet
from yansenne.exchange.workbook import export_edition
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    AuditEntry,
    Category,
    Conflict,
    Criterion,
    Juror,
    Project,
    ProjectNote,
    Score,
    utcnow,
)
from yansenne.store.opening import open_database

T1 = dt.datetime(2026, 3, 1, 9, 0)
T2 = dt.datetime(2026, 3, 8, 9, 0)


def checksum(db: Database) -> str:
    """The file's bytes on SQLite; every row in key order on a server."""
    return file_digest(db)


def scores(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        return sorted(session.execute(
            select(Juror.code, Project.code, Criterion.code, Score.value, Score.revision,
                   Score.comment, Score.updated_by)
            .join(Juror, Juror.id == Score.juror_id).join(Project, Project.id == Score.project_id)
            .join(Criterion, Criterion.id == Score.criterion_id)).all())


def edit(path: Path, sheet: str, values: dict[str, Any]) -> None:
    """Type into cells with openpyxl, as Excel would save them."""
    workbook = load_workbook(path)
    for ref, value in values.items():
        workbook[sheet][ref] = value
    workbook.save(path)


def refused(db: Database, path: Path, year: int = YEAR) -> list[str]:
    """Import `path`, which must be refused without changing the database."""
    before = checksum(db)
    with pytest.raises(InputError) as caught:
        import_scoresheet(db, year, path)
    assert checksum(db) == before, "a refused scoresheet changed the database"
    return [str(p) for p in caught.value.problems]


@pytest.fixture
def sheet(small_db: Database, tmp_path: Path) -> Path:
    """Juror J3's scoresheet (English), generated at T1."""
    return export_scoresheet(small_db, YEAR, "J3", tmp_path / "J3.xlsx", now=T1)


# -- what the juror gets --------------------------------------------------------------

def test_one_sheet_per_category_in_the_jurors_language(small_db: Database,
                                                      sheet: Path) -> None:
    workbook = load_workbook(sheet)
    assert workbook.sheetnames == ["Instructions", "Citizens", "Police services", IDENTITY]
    assert workbook[IDENTITY].sheet_state == "veryHidden"
    assert workbook.security.lockStructure
    citizens = workbook["Citizens"]
    assert [c.value for c in citizens[4]] == [
        "Project", "Title", "Relevance", "Quality of the collaboration", "Innovation",
        "Methodology", "Comment"]
    assert citizens["C5"].value == "0 to 10, step 0.5, weight 1"
    assert citizens["E5"].value == "0 to 10, step 0.5, weight 2"
    assert [citizens.cell(r, 1).value for r in range(FIRST_ROW, FIRST_ROW + 3)] == [
        "P01", "P03", "P05"]
    rubric = [c.value for c in citizens["A"] if c.value]
    assert "Rubric" in rubric
    assert any("0 weak, 10 excellent" in str(v) for v in rubric)
    instructions = " ".join(str(c.value) for c in workbook["Instructions"]["A"] if c.value)
    assert "A cell left empty means no score" in instructions
    assert "Sarah Lambert (J3)" in instructions

    dutch = load_workbook(export_scoresheet(small_db, YEAR, "J2", sheet.with_name("J2.xlsx")))
    assert dutch.sheetnames[:3] == ["Instructies", "Burgers", "Politiediensten"]
    assert dutch["Burgers"]["B4"].value == "Titel"
    assert dutch["Burgers"]["C4"].value == "Relevantie"


def test_only_score_and_comment_cells_are_unlocked_and_validated(sheet: Path) -> None:
    ws = load_workbook(sheet)["Citizens"]
    assert ws.protection.sheet
    unlocked = {c.coordinate for row in ws.iter_rows() for c in row if not c.protection.locked}
    score_cells = {f"{col}{row}" for col in "CDEF" for row in range(FIRST_ROW, FIRST_ROW + 3)}
    comment_cells = {f"G{row}" for row in range(FIRST_ROW, FIRST_ROW + 3)}
    assert unlocked == score_cells | comment_cells
    validations = {str(v.sqref): v for v in ws.data_validations.dataValidation}
    assert set(validations) == {f"{c}{FIRST_ROW}:{c}{FIRST_ROW + 2}" for c in "CDEF"}
    relevance = validations[f"C{FIRST_ROW}:C{FIRST_ROW + 2}"]
    assert relevance.type == "custom" and relevance.showErrorMessage
    assert relevance.formula1 == (
        "AND(ISNUMBER(C6),C6>=0,C6<=10,ABS((C6-0)/0.5-ROUND((C6-0)/0.5,0))<0.000001)")
    assert ws.freeze_panes == "C6"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$4:$5"


def test_conflict_rows_are_locked_and_labelled(small_db: Database, tmp_path: Path) -> None:
    ws = load_workbook(export_scoresheet(small_db, YEAR, "J2", tmp_path / "J2.xlsx"))["Burgers"]
    assert ws["A6"].value == "P01"
    assert all(ws.cell(6, c).protection.locked for c in range(1, 8))
    assert all(ws.cell(6, c).value is None for c in range(3, 7))
    assert ws["G6"].value == "Belangenconflict: u beoordeelt dit project niet."
    assert not ws["C7"].protection.locked  # the next project is open


def test_the_step_formula_handles_negative_scales() -> None:
    criterion = Criterion(code="x", min_value=-2.0, max_value=2.0, step=0.25)
    assert step_formula("D9", criterion) == (
        "AND(ISNUMBER(D9),D9>=(-2),D9<=2,ABS((D9-(-2))/0.25-ROUND((D9-(-2))/0.25,0))<0.000001)")


def test_sheet_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    first = sheet_title("Police / Justice: [test]*? with a very long name indeed", taken)
    second = sheet_title("Police / Justice: [test]*? with a very long name indeed", taken)
    assert len(first) <= 31 and len(second) <= 31
    assert not set(first) & set("[]:*?/\\")
    assert first.lower() != second.lower()


def test_export_refuses_observers_and_unknown_jurors(small_db: Database,
                                                     tmp_path: Path) -> None:
    with pytest.raises(InputError, match="juror OB is an observer"):
        export_scoresheet(small_db, YEAR, "OB", tmp_path / "ob.xlsx")
    with pytest.raises(InputError, match="juror ZZ is not in edition 2026; choose one of: "
                                         "J1, J2, J3"):
        export_scoresheet(small_db, YEAR, "ZZ", tmp_path / "zz.xlsx")
    assert not list(tmp_path.glob("*.xlsx"))


def test_every_scoring_juror_into_a_folder(small_db: Database, tmp_path: Path) -> None:
    written = export_scoresheets(small_db, YEAR, tmp_path / "out")
    assert [p.name for p in written] == [f"scoresheet-2026-{j}.xlsx" for j in ("J1", "J2", "J3")]


# -- the way back ---------------------------------------------------------------------

def fill_as_a_juror(path: Path) -> list[tuple[str, str, str, float]]:
    """Change every open score cell (only unlocked cells), like a juror in Excel."""
    workbook = load_workbook(path)
    parts = {r[0]: r for r in workbook[IDENTITY].iter_rows(values_only=True)
             if r[0] and r[1] and r[0] not in ("sheet", "format", "year", "juror", "generated",
                                                "sequence", "fingerprint", "seal", "grid")}
    typed = []
    for title, (_, _, criteria, projects, _) in parts.items():
        ws = workbook[title]
        for i, project in enumerate(projects.split(";")):
            for k, criterion in enumerate(criteria.split(";")):
                target = ws.cell(FIRST_ROW + i, FIRST_CRITERION + k)
                if target.protection.locked:
                    continue
                old = target.value or 0
                value = old + 3 if old + 3 <= 10 else old - 3.5
                target.value = value
                typed.append(("J3", project, criterion, float(value)))
    workbook.save(path)
    return typed


def test_a_filled_scoresheet_gives_the_same_scores_as_typing_them(
        small_db: Database, sheet: Path, tmp_path: Path) -> None:
    typed = fill_as_a_juror(sheet)
    assert len(typed) == 24
    report = import_scoresheet(small_db, YEAR, sheet, actor="scoresheet")
    assert report.counts == {"added": 0, "changed": 24, "unchanged": 0, "comments": 0}

    twin = open_database(tmp_path / "twin.sqlite")
    build_small_edition(twin)
    with twin.write() as session:
        for juror, project, criterion, value in typed:
            set_score(session,
                      session.scalars(select(Juror).where(Juror.code == juror)).one(),
                      session.scalars(select(Project).where(Project.code == project)).one(),
                      session.scalars(select(Criterion).where(Criterion.code == criterion)).one(),
                      value, actor="scoresheet")
    assert scores(small_db) == scores(twin)

    def audited(db: Database) -> int:
        with db.read() as session:
            return session.scalar(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.action == "score.set"))

    assert audited(small_db) == audited(twin) == 24
    twin.close()


def test_reimporting_a_later_version_replaces_the_earlier_scores(
        small_db: Database, tmp_path: Path) -> None:
    first = export_scoresheet(small_db, YEAR, "J3", tmp_path / "v1.xlsx", now=T1)
    edit(first, "Citizens", {"C6": 1.5, "G6": "Promising"})
    assert import_scoresheet(small_db, YEAR, first).counts["changed"] == 1
    later = export_scoresheet(small_db, YEAR, "J3", tmp_path / "v2.xlsx", now=T2)
    assert load_workbook(later)["Citizens"]["C6"].value == 1.5  # the sheet shows what is known
    assert load_workbook(later)["Citizens"]["G6"].value == "Promising"
    edit(later, "Citizens", {"C6": 2.5})
    import_scoresheet(small_db, YEAR, later)
    mine = {(p, c): (v, r) for j, p, c, v, r, *_ in scores(small_db) if j == "J3"}
    assert mine[("P01", "relevance")] == (2.5, 3)
    problems = refused(small_db, first)  # the older version would undo the later one
    assert problems == [
        "v1.xlsx: this scoresheet was generated on 2026-03-01 09:00:00, before the one "
        "already imported for juror J3 (generated on 2026-03-08 09:00:00); import the latest "
        "version, or export a new one"]
    assert import_scoresheet(small_db, YEAR, later).counts["unchanged"] == 24


def test_an_empty_cell_leaves_a_recorded_score_alone(small_db: Database, sheet: Path) -> None:
    before = scores(small_db)
    edit(sheet, "Citizens", {"C6": None, "D6": None})
    report = import_scoresheet(small_db, YEAR, sheet)
    assert report.counts == {"added": 0, "changed": 0, "unchanged": 22, "comments": 0}
    assert scores(small_db) == before


def test_comments_are_kept_as_the_jurors_notes(small_db: Database, sheet: Path) -> None:
    edit(sheet, "Police services", {"G7": "=Strong partnership"})
    assert import_scoresheet(small_db, YEAR, sheet).counts["comments"] == 1
    with small_db.read() as session:
        note = session.scalars(select(ProjectNote)).one()
        assert note.comment == "=Strong partnership"
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions == ["note.set", "scoresheet.import"]
    assert import_scoresheet(small_db, YEAR, sheet).counts["comments"] == 0


def test_numbers_typed_as_text_are_read(small_db: Database, sheet: Path) -> None:
    edit(sheet, "Citizens", {"C6": "7,5", "D6": " 8.5 "})
    import_scoresheet(small_db, YEAR, sheet)
    mine = {(p, c): v for j, p, c, v, *_ in scores(small_db) if j == "J3"}
    assert mine[("P01", "relevance")] == 7.5 and mine[("P01", "collaboration")] == 8.5


# -- refusals -------------------------------------------------------------------------

def test_bad_cells_are_each_named_and_nothing_is_written(small_db: Database,
                                                          sheet: Path) -> None:
    edit(sheet, "Citizens", {"C6": 11, "D7": "much", "E8": 7.3, "F6": 9})
    edit(sheet, "Police services", {"C7": "=4+4"})
    assert refused(small_db, sheet) == [
        "J3.xlsx: sheet Citizens, cell C6: 11 is outside the scale 0 to 10 of criterion "
        "relevance",
        "J3.xlsx: sheet Citizens, cell D7: much is not a number",
        "J3.xlsx: sheet Citizens, cell E8: 7.3 is not on the step 0.5 of criterion innovation "
        "(0 to 10)",
        "J3.xlsx: sheet Police services, cell C7: a formula is not a score: type the number "
        "itself",
    ]


def test_a_scoresheet_claiming_another_juror_is_refused(small_db: Database,
                                                        sheet: Path) -> None:
    workbook = load_workbook(sheet)
    identity = workbook[IDENTITY]
    row = next(r for r in identity.iter_rows() if r[0].value == "juror")
    row[1].value = "J1"
    workbook.save(sheet)
    assert refused(small_db, sheet) == [
        "J3.xlsx: no scoresheet or package was ever made for juror J1, so this scoresheet "
        "cannot be verified"]
    export_scoresheet(small_db, YEAR, "J1", sheet.with_name("J1.xlsx"))  # J1 has a secret now
    problems = refused(small_db, sheet)
    assert problems == [
        "J3.xlsx: the seal of this scoresheet is not juror J1's: it was changed after the "
        "export, or sealed by someone else (another juror cannot seal a scoresheet for J1), or "
        "it comes from another database; nothing was imported: export a new scoresheet for "
        "juror J1"]


def test_a_scoresheet_from_before_a_grid_change_is_refused(small_db: Database,
                                                          sheet: Path) -> None:
    fill_as_a_juror(sheet)
    with small_db.write() as session:
        criterion = session.scalars(select(Criterion).where(Criterion.code == "relevance")).one()
        criterion.max_value = 20.0
    assert refused(small_db, sheet) == [
        "J3.xlsx: the grid has changed since this scoresheet was exported on 2026-03-01: "
        "criterion relevance is now 0 to 20, step 0.5, weight 1 (was 0 to 10, step 0.5, "
        "weight 1); export a new scoresheet for juror J3"]


def test_a_change_of_categories_is_a_grid_change(small_db: Database, sheet: Path) -> None:
    with small_db.write() as session:
        juror = session.scalars(select(Juror).where(Juror.code == "J3")).one()
        police = session.scalars(select(Category).where(Category.code == "police")).one()
        session.execute(delete(Assignment).where(Assignment.juror_id == juror.id,
                                                 Assignment.category_id == police.id))
    problems = refused(small_db, sheet)
    assert "the categories of juror J3 are now citizens (were citizens, police)" in problems[0]


def test_another_edition_or_not_a_scoresheet_is_refused(small_db: Database, sheet: Path,
                                                       tmp_path: Path) -> None:
    assert refused(small_db, sheet, year=2027) == [
        "J3.xlsx: this scoresheet belongs to edition 2026, not 2027"]
    other = export_edition(small_db, YEAR, tmp_path / "edition.xlsx")
    problems = refused(small_db, other)
    assert problems[0].startswith("edition.xlsx: not a Yansenne scoresheet")
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    assert "not an Excel workbook" in refused(small_db, text)[0]


def test_scores_on_conflict_rows_are_refused(small_db: Database, tmp_path: Path) -> None:
    path = export_scoresheet(small_db, YEAR, "J2", tmp_path / "J2.xlsx")
    workbook = load_workbook(path)
    ws = workbook["Burgers"]
    ws.protection.sheet = False  # a juror who removed the protection
    ws["C6"] = 8
    workbook.save(path)
    assert refused(small_db, path) == [
        "J2.xlsx: sheet Burgers, cell C6: juror J2 is in conflict with project P01"]


def test_a_conflict_declared_after_the_export_wins(small_db: Database, sheet: Path) -> None:
    with small_db.write() as session:
        juror = session.scalars(select(Juror).where(Juror.code == "J3")).one()
        project = session.scalars(select(Project).where(Project.code == "P03")).one()
        session.execute(delete(Score).where(Score.juror_id == juror.id,
                                            Score.project_id == project.id))
        session.add(Conflict(juror_id=juror.id, project_id=project.id, reason="New job"))
    problems = refused(small_db, sheet)  # the row still holds the exported marks
    assert problems[0] == ("J3.xlsx: sheet Citizens, cell C7: juror J3 is in conflict with "
                           "project P03")
    assert len(problems) == 4


def test_submitted_categories_are_locked_until_reopened(small_db: Database,
                                                        tmp_path: Path) -> None:
    with small_db.write() as session:
        juror = session.scalars(select(Juror).where(Juror.code == "J3")).one()
        citizens = session.scalars(select(Category).where(Category.code == "citizens")).one()
        assignment = session.get(Assignment, (juror.id, citizens.id))
        assignment.submitted_at = dt.datetime(2026, 3, 2, 10, 0)
    path = export_scoresheet(small_db, YEAR, "J3", tmp_path / "J3.xlsx", now=T1)
    workbook = load_workbook(path)
    ws = workbook["Citizens"]
    assert ws["C6"].protection.locked and ws["A3"].value.startswith("Submitted on 2026-03-02")
    assert import_scoresheet(small_db, YEAR, path).counts["unchanged"] == 24
    ws.protection.sheet = False
    ws["C6"] = 0.5
    workbook.save(path)
    assert refused(small_db, path) == [
        "J3.xlsx: sheet Citizens, cell C6: the scores of juror J3 in category citizens were "
        "submitted and are locked; only the secretariat can reopen them"]
    with small_db.write() as session:
        juror = session.scalars(select(Juror).where(Juror.code == "J3")).one()
        citizens = session.scalars(select(Category).where(Category.code == "citizens")).one()
        session.get(Assignment, (juror.id, citizens.id)).submitted_at = None
    assert import_scoresheet(small_db, YEAR, path).counts["changed"] == 1


def test_moved_rows_are_refused(small_db: Database, sheet: Path) -> None:
    edit(sheet, "Citizens", {"A6": "P03", "A7": "P01"})
    problems = refused(small_db, sheet)
    assert problems == [
        "J3.xlsx: sheet Citizens, cell A6: the project code P03 is not the one exported here "
        "(P01); do not sort or move rows",
        "J3.xlsx: sheet Citizens, cell A7: the project code P01 is not the one exported here "
        "(P03); do not sort or move rows"]


def test_problems_speak_the_users_language(small_db: Database, sheet: Path) -> None:
    from yansenne.i18n import set_language

    edit(sheet, "Citizens", {"C6": 11})
    set_language("fr")
    assert refused(small_db, sheet) == [
        "J3.xlsx: feuille Citizens, cellule C6: 11 est en dehors de l'échelle de 0 à 10 du critère "
        "relevance"]


# -- the seal is the juror's own (issue 17) ---------------------------------------------

def secret_of(db: Database, juror: str) -> str | None:
    with db.read() as session:
        return session.scalar(select(Juror.secret).where(Juror.code == juror))


def reseal(path: Path, target: Path, secret: str, **changes: Any) -> Path:
    """Change the identity and seal it again with `secret`: what a juror holding their own
    secret (from their package) can do to a scoresheet."""
    from yansenne.domain.scoresheet_data import seal_of
    from yansenne.exchange.scoresheet_import import read_identity

    workbook = load_workbook(path)
    identity = read_identity(workbook, path.name)
    for key, value in changes.items():
        setattr(identity, key, value)
    values = {**changes, "seal": seal_of(identity, secret)}
    for row in workbook[IDENTITY].iter_rows():
        if row[0].value in values:
            row[1].value = values[row[0].value]
    workbook.save(target)
    return target


def test_the_seal_is_made_with_the_jurors_secret(small_db: Database, sheet: Path) -> None:
    from yansenne.domain.scoresheet_data import seal_of
    from yansenne.exchange.scoresheet_import import read_identity

    secret = secret_of(small_db, "J3")  # made by the export: J3 had no package yet
    assert secret is not None and len(secret) == 64
    assert secret_of(small_db, "J1") is None  # only the juror whose scoresheet was made
    identity = read_identity(load_workbook(sheet), sheet.name)
    assert identity.seal == seal_of(identity, secret)
    assert identity.seal != seal_of(identity, "0" * 64)
    again = export_scoresheet(small_db, YEAR, "J3", sheet.with_name("again.xlsx"))
    assert secret_of(small_db, "J3") == secret  # made once, kept
    assert read_identity(load_workbook(again), "again.xlsx").juror == "J3"


def test_a_juror_resealing_as_another_is_refused(small_db: Database, tmp_path: Path) -> None:
    """J2 holds J2's secret (their package); J3 has one too. J2 rewrites their scoresheet
    to claim J3, seals it with J2's secret, and empties J3's marks to zeros."""
    from tests.exchange.test_package import make_package

    make_package(small_db, tmp_path / "j2", "J2")
    make_package(small_db, tmp_path / "j3", "J3")
    mine = export_scoresheet(small_db, YEAR, "J2", tmp_path / "J2.xlsx")
    workbook = load_workbook(mine)
    for title in ("Burgers", "Politiediensten"):
        for row in workbook[title].iter_rows(min_row=FIRST_ROW, max_row=FIRST_ROW + 2,
                                             min_col=FIRST_CRITERION,
                                             max_col=FIRST_CRITERION + 3):
            for target in row:
                target.value = 0
    workbook.save(mine)
    before = scores(small_db)
    forged = reseal(mine, tmp_path / "forged.xlsx", secret_of(small_db, "J2"), juror="J3")
    assert refused(small_db, forged) == [
        "forged.xlsx: the seal of this scoresheet is not juror J3's: it was changed after the "
        "export, or sealed by someone else (another juror cannot seal a scoresheet for J3), or "
        "it comes from another database; nothing was imported: export a new scoresheet for "
        "juror J3"]
    assert scores(small_db) == before
    # Sealed with J3's own secret it would be J3's: the seal is what tells them apart.
    genuine = reseal(mine, tmp_path / "genuine.xlsx", secret_of(small_db, "J3"), juror="J3")
    assert import_scoresheet(small_db, YEAR, genuine).juror == "J3"


def test_a_scoresheet_sealed_the_old_way_is_refused(small_db: Database, sheet: Path) -> None:
    workbook = load_workbook(sheet)
    for row in workbook[IDENTITY].iter_rows():
        if row[0].value == "format":
            row[1].value = 1
    workbook.save(sheet)
    assert refused(small_db, sheet) == [
        "J3.xlsx: this scoresheet was sealed the old way (format 1), which does not prove which "
        "juror it belongs to, and is no longer accepted: export a new scoresheet for juror J3 "
        "and have it filled again"]


def test_a_generation_time_in_the_future_is_refused(small_db: Database, sheet: Path,
                                                    tmp_path: Path) -> None:
    secret = secret_of(small_db, "J3")
    assert secret is not None
    future = reseal(sheet, tmp_path / "future.xlsx", secret,
                    generated="2099-01-01T00:00:00.000000")
    assert refused(small_db, future) == [
        "future.xlsx: this scoresheet says it was generated on 2099-01-01 00:00:00, which is in "
        "the future: its identity was changed, or the clock of the computer that exported it "
        "is wrong; export a new scoresheet for juror J3"]
    # A minute ahead (another secretariat computer's clock) is within the tolerance.
    soon = (utcnow() + dt.timedelta(minutes=1)).isoformat(timespec="microseconds")
    assert import_scoresheet(small_db, YEAR, reseal(sheet, tmp_path / "soon.xlsx", secret,
                                                    generated=soon)).juror == "J3"
    for odd in ("yesterday", "2026-03-01T09:00:00+02:00", "2026-03-01 09:00:00"):
        assert refused(small_db, reseal(sheet, tmp_path / "odd.xlsx", secret,
                                        generated=odd)) == [
            "odd.xlsx: the identity of this scoresheet is damaged (its generation time is not "
            "one Yansenne writes); export a new scoresheet"]


def test_a_self_sealed_grid_that_is_not_json_is_only_a_grid_change(small_db: Database,
                                                                    sheet: Path,
                                                                    tmp_path: Path) -> None:
    secret = secret_of(small_db, "J3")
    assert secret is not None
    for grid in ("[" * 30_000, '{"categories": 7}', "null"):  # a cell holds 32,767 characters
        forged = reseal(sheet, tmp_path / "grid.xlsx", secret, grid=grid, fingerprint="0" * 64)
        assert refused(small_db, forged) == [
            "grid.xlsx: the grid has changed since this scoresheet was exported on 2026-03-01: "
            "the grid is not the one this scoresheet was made for; export a new scoresheet for "
            "juror J3"]


@pytest.mark.parametrize(("key", "value"), [
    ("year", float("inf")), ("year", 1e300), ("year", 2026.5), ("sequence", 2**70),
    ("sequence", -1), ("format", "9" * 5000), ("year", True)])
def test_a_damaged_identity_is_refused(small_db: Database, sheet: Path, key: str,
                                       value: Any) -> None:
    workbook = load_workbook(sheet)
    for row in workbook[IDENTITY].iter_rows():
        if row[0].value == key:
            row[1].value = value
    workbook.save(sheet)
    assert refused(small_db, sheet) == [
        "J3.xlsx: the identity part of this scoresheet is damaged; export the scoresheet again"]


def test_a_number_of_hundreds_of_digits_in_a_cell_is_refused(small_db: Database,
                                                             sheet: Path) -> None:
    import zipfile

    edit(sheet, "Citizens", {"C6": 123456789, "D6": "1e400"})
    crafted = sheet.with_name("crafted.xlsx")  # openpyxl cannot write it: a forger's XML
    with zipfile.ZipFile(sheet) as source, zipfile.ZipFile(crafted, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data.replace(b"<v>123456789</v>",
                                               f"<v>{10**400}</v>".encode()))
    crafted.replace(sheet)
    assert refused(small_db, sheet) == [
        "J3.xlsx: sheet Citizens, cell C6: this number is far too large to be a score",
        "J3.xlsx: sheet Citizens, cell D6: 1e400 is not a number"]


def test_export_writes_whole_files_and_refuses_a_folder(small_db: Database,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "folder.xlsx").mkdir(parents=True)
    with pytest.raises(InputError, match="this is a folder, not a file"):
        export_scoresheet(small_db, YEAR, "J3", out / "folder.xlsx")
    assert secret_of(small_db, "J3") is None  # refused before anything was made
    export_scoresheet(small_db, YEAR, "J3", out / "J3.xlsx")
    assert sorted(p.name for p in out.iterdir()) == ["J3.xlsx", "folder.xlsx"]


def test_an_identity_declaring_every_cell_is_refused_after_bounded_reading(
        small_db: Database, sheet: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A forger's identity sheet with a cell at XFD1048576: refused after reading a few
    thousand cells, not the 17 billion its declared size would walk."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    edit(sheet, IDENTITY, {"XFD1048576": "x", "A1500": "x"})
    read = {"cells": 0}
    walk = ReadOnlyWorksheet._cells_by_row

    def counted(self: ReadOnlyWorksheet, *args: Any, **kwargs: Any) -> Any:
        for row in walk(self, *args, **kwargs):
            read["cells"] += len(row)
            if read["cells"] > 100_000:
                raise AssertionError("the identity sheet was read without a bound")
            yield row

    monkeypatch.setattr(ReadOnlyWorksheet, "_cells_by_row", counted)
    assert refused(small_db, sheet) == [
        "J3.xlsx: the identity part of this scoresheet is damaged; export the scoresheet again"]
    assert read["cells"] <= 5 * 1001
