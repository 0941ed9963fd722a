"""`projects import` and `scores import` into an existing edition: adds and updates with
audit entries, revisions, every input format, and all-or-nothing on a bad row."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.exchange.workbooks import file_digest, minimal_sheets, write_xlsx
from yansenne.errors import InputError
from yansenne.exchange.records import import_projects, import_scores
from yansenne.exchange.workbook import import_edition
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Edition, Project, Score

YEAR = 2026
PROJECT_ROWS = [
    ["code", "category", "title_fr", "lead_actor", "municipality", "partner_actors",
     "budget_eur"],
    ["P01", "citizens", "Titre revu", "citizens", "Elsene", "police;associations", "12500,5"],
    ["P07", "police", "Nouveau projet", "police", "region", None, None],
]


def write_csv(path: Path, rows: list[list], delimiter: str, bom: bool = False) -> Path:
    """A CSV as Excel writes it: fields holding the separator are quoted."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(("\ufeff" if bom else "").encode() + buffer.getvalue().encode("utf-8"))
    return path


def project_file(tmp_path: Path, kind: str) -> Path:
    if kind == "xlsx":
        return write_xlsx(tmp_path / "projects.xlsx", {"Projets": PROJECT_ROWS})
    if kind == "comma":
        return write_csv(tmp_path / "projects.csv", PROJECT_ROWS, ",")
    return write_csv(tmp_path / "projects.csv", PROJECT_ROWS, ";", bom=kind == "semicolon-bom")


def audit(db: Database, entity: str) -> list[tuple[str, str, dict]]:
    with db.read() as s:
        return [(e.action, e.entity_key, json.loads(e.details))
                for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == entity)
                                   .order_by(AuditEntry.id))]


@pytest.mark.parametrize("kind", ["xlsx", "semicolon", "semicolon-bom", "comma"])
def test_projects_import_adds_and_updates(small_db: Database, tmp_path: Path,
                                          kind: str) -> None:
    path = project_file(tmp_path, kind)
    report = import_projects(small_db, YEAR, path)
    assert report.counts == {"added": 1, "changed": 1, "unchanged": 0}
    with small_db.read() as s:
        projects = {p.code: (p.category.code, p.title_fr, p.municipality, p.partner_actors,
                             p.budget_eur, p.version) for p in s.scalars(select(Project))}
    assert projects["P01"][:5] == ("citizens", "Titre revu", "21009", "associations;police",
                                   12500.5)
    assert projects["P01"][5] == 2  # the version counter moved
    assert projects["P07"] == ("police", "Nouveau projet", "region", "", None, 1)
    assert len(projects) == 7
    entries = audit(small_db, "project")
    assert [(a, k) for a, k, _ in entries] == [("project.update", "P01"), ("project.add", "P07")]
    changes = entries[0][2]["changes"]
    assert changes["title_fr"] == ["Projet 1 — sécurité", "Titre revu"]
    assert changes["municipality"] == ["21004", "21009"]
    assert entries[0][2]["file"] == path.name

    again = import_projects(small_db, YEAR, path)
    assert again.counts == {"added": 0, "changed": 0, "unchanged": 2}
    assert len(audit(small_db, "project")) == 2


def test_projects_import_bad_row_writes_nothing(small_db: Database, tmp_path: Path) -> None:
    rows = [row[:] for row in PROJECT_ROWS]
    rows.append(["P08", "police", "Mauvaise commune", "police", "Paris", None, None])
    path = write_csv(tmp_path / "bad.csv", rows, ";")
    before = file_digest(small_db)
    with pytest.raises(InputError) as caught:
        import_projects(small_db, YEAR, path)
    assert [str(p) for p in caught.value.problems] == [
        'bad.csv: row 4, column E (municipality): "Paris" is not one of the 19 '
        'municipalities of the Region (NIS code, French or Dutch name) nor "region"']
    assert file_digest(small_db) == before


def test_projects_import_latin1_csv_is_read(small_db: Database, tmp_path: Path) -> None:
    # Once refused ("not UTF-8 text"); now read as Windows-1252, as Excel saves it.
    path = tmp_path / "latin1.csv"
    path.write_bytes("code;category;title_fr\nP01;citizens;Sécurité\n".encode("latin-1"))
    import_projects(small_db, YEAR, path)
    with small_db.read() as s:
        assert s.scalars(select(Project.title_fr).where(Project.code == "P01")).one() == "Sécurité"


def test_projects_import_refusals(small_db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", PROJECT_ROWS, ";")
    with pytest.raises(InputError, match="no edition 1999 in the database"):
        import_projects(small_db, 1999, path)
    with small_db.write() as s:
        s.scalars(select(Edition)).one().locked_at = dt.datetime(2026, 6, 1)
    before = file_digest(small_db)
    with pytest.raises(InputError, match="edition 2026 is locked"):
        import_projects(small_db, YEAR, path)
    assert file_digest(small_db) == before


def test_projects_import_duplicate_code_in_the_file(small_db: Database,
                                                    tmp_path: Path) -> None:
    rows = [*PROJECT_ROWS, ["p07", "police", "Encore", "police", None, None, None]]
    with pytest.raises(InputError) as caught:
        import_projects(small_db, YEAR, write_csv(tmp_path / "dup.csv", rows, ";"))
    assert [str(p) for p in caught.value.problems] == [
        'dup.csv: row 4, column A (code): "p07" is used twice in this sheet (first in row 3)']


def test_projects_import_keeps_columns_absent_from_the_file(small_db: Database,
                                                            tmp_path: Path) -> None:
    """Updating titles from a three-column file must not erase what it does not mention."""
    path = write_csv(tmp_path / "titles.csv",
                     [["code", "category", "title_fr"], ["P01", "citizens", "Titre revu"]], ";")
    import_projects(small_db, YEAR, path)
    with small_db.read() as s:
        p01 = s.scalars(select(Project).where(Project.code == "P01")).one()
        kept = (p01.title_fr, p01.organisation, p01.summary_fr, p01.contact_email,
                p01.budget_eur)
    assert kept == ("Titre revu", "ASBL Exemple 1", "Résumé.", "contact1@example.org",
                    10000.0)


SCORE_ROWS = [
    ["juror", "project", "criterion", "score", "comment"],
    ["J1", "P01", "relevance", "7,5", "Revu à la hausse"],  # was 3
    ["J3", "P02", "innovation", 8, None],  # was 8: unchanged
]


def score(db: Database, juror: str, project: str, criterion: str) -> tuple | None:
    with db.read() as s:
        for sc in s.scalars(select(Score)):
            if (sc.juror.code, sc.project.code, sc.criterion.code) == (juror, project,
                                                                       criterion):
                return sc.value, sc.comment, sc.revision, sc.updated_by
    return None


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_scores_import_adds_and_replaces(small_db: Database, tmp_path: Path,
                                         kind: str) -> None:
    with small_db.write() as s:  # make room for an added mark
        for sc in s.scalars(select(Score)):
            if (sc.juror.code, sc.project.code, sc.criterion.code) == ("J2", "P02",
                                                                       "methodology"):
                s.delete(sc)
    rows = [*SCORE_ROWS, ["J2", "P02", "methodology", 10, None]]
    path = (write_xlsx(tmp_path / "scores.xlsx", {"Scores": rows}) if kind == "xlsx"
            else write_csv(tmp_path / "scores.csv", rows, ","))
    report = import_scores(small_db, YEAR, path)
    assert report.counts == {"added": 1, "changed": 1, "unchanged": 1}
    assert score(small_db, "J1", "P01", "relevance") == (7.5, "Revu à la hausse", 2, "import")
    assert score(small_db, "J3", "P02", "innovation") == (8.0, "", 1, "J3")
    assert score(small_db, "J2", "P02", "methodology") == (10.0, "", 1, "import")
    assert [(a, k, d.get("before"), d.get("after"), d["revision"])
            for a, k, d in audit(small_db, "score")] == [
        ("score.set", "J1/P01/relevance", 3.0, 7.5, 2),
        ("score.set", "J2/P02/methodology", None, 10.0, 1),
    ]
    assert import_scores(small_db, YEAR, path).counts == {"added": 0, "changed": 0,
                                                          "unchanged": 3}


def test_scores_import_bad_row_writes_nothing(small_db: Database, tmp_path: Path) -> None:
    rows = [*SCORE_ROWS, ["J2", "P01", "relevance", 5, None], ["OB", "P03", "relevance", 5,
                                                               None],
            ["J1", "P03", "relevance", 10.25, None]]
    path = write_xlsx(tmp_path / "bad.xlsx", {"Notes": rows})
    before = file_digest(small_db)
    with pytest.raises(InputError) as caught:
        import_scores(small_db, YEAR, path)
    assert [str(p) for p in caught.value.problems] == [
        "bad.xlsx: sheet Notes, row 4, column B (project): juror J2 is in conflict with "
        "project P01",
        "bad.xlsx: sheet Notes, row 5, column A (juror): juror OB is an observer and does "
        "not score",
        "bad.xlsx: sheet Notes, row 6, column D (score): 10.25 is outside the scale 0 to 10 "
        "of criterion relevance",
    ]
    assert file_digest(small_db) == before
    assert score(small_db, "J1", "P01", "relevance") == (3.0, "", 1, "J1")


def test_scores_import_missing_column(small_db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [["juror", "project", "criterion"],
                                          ["J1", "P01", "relevance"]], ";")
    with pytest.raises(InputError) as caught:
        import_scores(small_db, YEAR, path)
    assert [str(p) for p in caught.value.problems] == [
        's.csv: row 1: required column "score" is missing']


def test_scores_import_without_comment_column_keeps_comments(small_db: Database,
                                                             tmp_path: Path) -> None:
    with small_db.write() as s:
        for sc in s.scalars(select(Score)):
            if (sc.juror.code, sc.project.code, sc.criterion.code) == ("J1", "P01",
                                                                       "relevance"):
                sc.comment = "Ancrage local remarquable"
    path = write_csv(tmp_path / "marks.csv", [["juror", "project", "criterion", "score"],
                                              ["J1", "P01", "relevance", 3]], ";")
    report = import_scores(small_db, YEAR, path)
    assert report.counts == {"added": 0, "changed": 0, "unchanged": 1}
    assert score(small_db, "J1", "P01", "relevance") == (
        3.0, "Ancrage local remarquable", 1, "J1")


def test_projects_import_category_change_keeps_scores_in_the_grid(db: Database,
                                                                  tmp_path: Path) -> None:
    """In MINIMAL, P03 (police) has a mark on `zone`, a police-only criterion. Moving it to
    citizens must be refused, or must not leave that mark behind."""
    import_edition(db, write_xlsx(tmp_path / "m.xlsx", minimal_sheets()))
    path = write_csv(tmp_path / "move.csv", [["code", "category", "title_fr", "lead_actor"],
                                             ["P03", "citizens", "Agent", "police"]], ";")
    try:
        import_projects(db, 2031, path)
    except InputError:
        return
    with db.read() as s:
        stray = [(sc.project.code, sc.criterion.code) for sc in s.scalars(select(Score))
                 if sc.criterion.category_id not in (None, sc.project.category_id)]
    assert stray == []


# ---------------------------------------------------------------- --skip-invalid

SKIP_ROWS = [
    ["code", "category", "title_fr", "lead_actor", "municipality"],
    ["P01", "citizens", "Titre revu", "citizens", "Elsene"],  # an update
    ["P20", "nowhere", "Catégorie inconnue", "police", "Ixelles"],  # refused
    ["P21", "police", "Nouveau", "police", "region"],
    ["p21", "police", "Doublon", "police", "region"],  # refused: code used twice
    ["P22", "=police", "=HYPERLINK(1)", "police", "Paris"],  # refused twice over
]


def test_projects_import_skip_invalid_writes_the_valid_rows(small_db: Database,
                                                            tmp_path: Path) -> None:
    path = write_csv(tmp_path / "call.csv", SKIP_ROWS, ";", bom=True)
    report = import_projects(small_db, YEAR, path, skip_invalid=True,
                             rejects=tmp_path / "refused.csv")
    assert report.counts == {"added": 1, "changed": 1, "unchanged": 0}
    assert [r.row for r in report.refused] == [3, 5, 6]
    assert report.refused[0].values["category"] == "nowhere"
    # The readers' wording may change; only where the problem is matters here.
    assert [(p.row, p.column) for p in report.refused[0].problems] == [(3, "B (category)")]
    assert '"nowhere"' in report.refused[0].messages[0]
    assert len(report.refused[2].problems) >= 2
    assert all(p.file == "call.csv" for p in report.problems)
    with small_db.read() as s:
        codes = set(s.scalars(select(Project.code)))
    assert "P21" in codes and not codes & {"P20", "P22"}
    assert [(a, k) for a, k, _ in audit(small_db, "project")] == [
        ("project.update", "P01"), ("project.add", "P21")]
    data = (tmp_path / "refused.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the input's BOM
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [*SKIP_ROWS[0], "problem"]
    assert [r[:5] for r in rows[1:]] == [SKIP_ROWS[2], SKIP_ROWS[4], SKIP_ROWS[5]]
    assert rows[1][5].startswith("B (category): ") and '"nowhere"' in rows[1][5]
    assert rows[2][5].startswith("A (code): ")
    assert not (tmp_path / "refused.csv.part").exists()


def test_projects_import_skip_invalid_rejects_as_xlsx(small_db: Database,
                                                      tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = write_csv(tmp_path / "call.csv", SKIP_ROWS, ",")
    report = import_projects(small_db, YEAR, path, skip_invalid=True,
                             rejects=tmp_path / "refused.xlsx")
    assert [r.row for r in report.refused] == [3, 5, 6]
    sheet = load_workbook(tmp_path / "refused.xlsx").active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == [*SKIP_ROWS[0], "problem"]
    assert rows[3][:3] == ["P22", "=police", "=HYPERLINK(1)"]  # text, never a formula
    assert sheet["B4"].data_type == "s"


def test_projects_import_skip_invalid_from_xlsx(small_db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "call.xlsx", {"Projets": [
        *PROJECT_ROWS, ["P08", "nowhere", "Inconnue", "police", "region", None, 1500]]})
    report = import_projects(small_db, YEAR, path, skip_invalid=True,
                             rejects=tmp_path / "refused.csv")
    assert report.counts == {"added": 1, "changed": 1, "unchanged": 0}
    assert [(r.row, r.values["budget_eur"]) for r in report.refused] == [(4, 1500)]
    rows = list(csv.reader(io.StringIO((tmp_path / "refused.csv").read_text("utf-8-sig")),
                           delimiter=";"))
    assert rows[1][:3] == ["P08", "nowhere", "Inconnue"]
    assert rows[1][6] == "1500"
    assert rows[1][7].startswith("B (category): ") and '"nowhere"' in rows[1][7]


def test_projects_import_skip_invalid_with_nothing_refused(small_db: Database,
                                                           tmp_path: Path) -> None:
    rejects = tmp_path / "refused.csv"
    rejects.write_text("stale\n", encoding="utf-8")
    report = import_projects(small_db, YEAR, write_csv(tmp_path / "p.csv", PROJECT_ROWS, ","),
                             skip_invalid=True, rejects=rejects)
    assert (report.counts["added"], report.refused) == (1, [])
    assert rejects.read_text(encoding="utf-8-sig").splitlines() == [
        ",".join([*PROJECT_ROWS[0], "problem"])]


def test_projects_import_skip_invalid_still_refuses_a_file_level_problem(
        small_db: Database, tmp_path: Path) -> None:
    """A missing required column is no row's fault: the whole file is refused."""
    path = write_csv(tmp_path / "p.csv", [["code", "title_fr"], ["P30", "Sans catégorie"]],
                     ";")
    before = file_digest(small_db)
    with pytest.raises(InputError, match='required column "category" is missing'):
        import_projects(small_db, YEAR, path, skip_invalid=True,
                        rejects=tmp_path / "refused.csv")
    assert file_digest(small_db) == before
    assert not (tmp_path / "refused.csv").exists()


def test_projects_import_skip_invalid_rejects_unwritable_imports_nothing(
        small_db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "call.csv", SKIP_ROWS, ";")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    before = file_digest(small_db)
    with pytest.raises((InputError, OSError)):
        import_projects(small_db, YEAR, path, skip_invalid=True,
                        rejects=blocker / "refused.csv")
    assert file_digest(small_db) == before


def test_projects_import_default_is_still_all_or_nothing(small_db: Database,
                                                         tmp_path: Path) -> None:
    path = write_csv(tmp_path / "call.csv", SKIP_ROWS, ";")
    before = file_digest(small_db)
    with pytest.raises(InputError):
        import_projects(small_db, YEAR, path)
    assert file_digest(small_db) == before
