"""`screening import` (domain.screening): eligibility decisions from an .xlsx or a CSV
into an open screening stage, all or nothing, audited; and the desk's one decision."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.exchange.test_workbook_stages import staged_db, staged_sheets
from tests.exchange.workbooks import YEAR, file_digest, write_xlsx
from yansenne.domain.screening import screening_rows, set_screening
from yansenne.errors import InputError
from yansenne.exchange.records import import_screening
from yansenne.exchange.workbook import import_edition
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Edition, Project, Screening, Stage

HEADER = ["project", "stage", "eligible", "reason"]


def screening_db(db: Database, tmp_path: Path) -> Database:
    """The staged edition before any decision: eligibility open, the others pending."""
    sheets = staged_sheets()
    for row in sheets["Stages"]:
        del row[-1]
    for name in ("Shortlist", "Allocations", "Screening", "Consensus"):
        del sheets[name]
    sheets["Scores"] = sheets["Scores"][:1]
    import_edition(db, write_xlsx(tmp_path / "open.xlsx", sheets))
    return db


def decisions(db: Database) -> dict[str, tuple[bool, str]]:
    with db.read() as s:
        return {code: (eligible, reason) for code, eligible, reason in s.execute(
            select(Project.code, Screening.eligible, Screening.reason)
            .join(Screening, Screening.project_id == Project.id))}


def xlsx(tmp_path: Path, *rows: list[Any]) -> Path:
    return write_xlsx(tmp_path / "screening.xlsx", {"Recevabilité": [HEADER, *rows]})


def test_screening_import_from_xlsx(tmp_path: Path, db: Database) -> None:
    screening_db(db, tmp_path)
    path = xlsx(tmp_path, ["P01", "eligibility", "yes", None],
                ["P02", "Eligibility", "OUI", None], ["P03", "eligibility", "Ja", None],
                ["P04", "eligibility", "nee", "Hors délai"])
    report = import_screening(db, YEAR, path)
    assert report.counts == {"added": 4, "changed": 0, "unchanged": 0}
    assert decisions(db) == {"P01": (True, ""), "P02": (True, ""), "P03": (True, ""),
                             "P04": (False, "Hors délai")}
    again = xlsx(tmp_path, ["P01", "eligibility", "yes", None],
                 ["P03", "eligibility", "non", "Budget"])
    assert import_screening(db, YEAR, again).counts == {"added": 0, "changed": 1,
                                                       "unchanged": 1}
    with db.read() as s:
        entries = s.execute(select(AuditEntry.entity_key, AuditEntry.details)
                            .where(AuditEntry.action == "screening.set")
                            .order_by(AuditEntry.id)).all()
    assert len(entries) == 5
    assert entries[-1][0] == "eligibility/P03"
    details = json.loads(entries[-1][1])
    assert details["before"] == {"eligible": True, "reason": ""}
    assert details["after"] == {"eligible": False, "reason": "Budget"}


def _cp1252_csv(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "recevabilite.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def test_screening_import_from_a_french_cp1252_csv(tmp_path: Path, db: Database) -> None:
    screening_db(db, tmp_path)
    path = _cp1252_csv(tmp_path, [
        "Projet;Étape;Éligible;Motif",
        "P01;eligibility;oui;",
        "P04;eligibility;Non;Dossier incomplet – pièce manquante",
    ])
    assert import_screening(db, YEAR, path).counts["added"] == 2
    assert decisions(db)["P04"] == (False, "Dossier incomplet – pièce manquante")


def test_screening_import_missing_reason_is_refused(tmp_path: Path, db: Database) -> None:
    screening_db(db, tmp_path)
    path = _cp1252_csv(tmp_path, [
        "Projet;Étape;Éligible;Motif",
        "P01;eligibility;oui;",
        "P04;eligibility;non;",
    ])
    before = file_digest(db)
    with pytest.raises(InputError) as caught:
        import_screening(db, YEAR, path)
    [problem] = caught.value.problems
    assert problem.message == "a reason is required when the project is not eligible"
    assert (problem.row, problem.column) == (3, "D (motif)")
    assert file_digest(db) == before


@pytest.mark.parametrize(("row", "column", "message"), [
    (["P01", "eligibility", "1", None], "eligible", '"1" is not one of'),
    (["P01", "eligibility", "true", None], "eligible", '"true" is not one of'),
    (["P01", "round1", "yes", None], "stage",
     "stage round1 is a scoring stage: it takes no eligibility decisions"),
    (["P01", "semi", "yes", None], "stage", 'unknown stage "semi"'),
    (["P09", "eligibility", "yes", None], "project", 'unknown project "P09"'),
    (["P01", "eligibility", None, None], "eligible", "a value is required"),
])
def test_screening_import_refusals(tmp_path: Path, db: Database, row: list[Any],
                                   column: str, message: str) -> None:
    screening_db(db, tmp_path)
    path = xlsx(tmp_path, ["P02", "eligibility", "yes", None], row)
    before = file_digest(db)
    with pytest.raises(InputError) as caught:
        import_screening(db, YEAR, path)
    [problem] = caught.value.problems
    assert message in problem.message
    assert problem.row == 3 and column in (problem.column or "")
    assert file_digest(db) == before


def test_screening_import_into_a_promoted_stage_is_refused(tmp_path: Path,
                                                           db: Database) -> None:
    staged_db(db, tmp_path)
    with pytest.raises(InputError) as caught:
        import_screening(db, YEAR, xlsx(tmp_path, ["P04", "eligibility", "yes", None]))
    assert "stage eligibility is closed: its decisions were promoted" in str(caught.value)


def test_screening_import_into_a_locked_edition_is_refused(tmp_path: Path,
                                                           db: Database) -> None:
    screening_db(db, tmp_path)
    with db.write() as s:
        s.scalars(select(Edition)).one().locked_at = dt.datetime(2032, 3, 1)
    with pytest.raises(InputError) as caught:
        import_screening(db, YEAR, xlsx(tmp_path, ["P01", "eligibility", "yes", None]))
    assert "locked" in str(caught.value)
    assert decisions(db) == {}


def test_set_screening_and_the_desk_rows(tmp_path: Path, db: Database) -> None:
    screening_db(db, tmp_path)
    with db.write() as s:
        stage = s.scalars(select(Stage).where(Stage.code == "eligibility")).one()
        project = s.scalars(select(Project).where(Project.code == "P02")).one()
        assert set_screening(s, stage, project, False, "Hors sujet", actor="desk") == "added"
        assert set_screening(s, stage, project, False, "Hors sujet", actor="desk") == \
            "unchanged"
        with pytest.raises(InputError, match="a reason is required"):
            set_screening(s, stage, project, False, " ", actor="desk")
    rows = screening_rows(db, YEAR, None)
    assert [(r.project, r.category, r.eligible, r.reason) for r in rows] == [
        ("P01", "citizens", None, ""), ("P02", "citizens", False, "Hors sujet"),
        ("P03", "police", None, ""), ("P04", "police", None, "")]
    with pytest.raises(InputError, match="is a scoring stage"):
        screening_rows(db, YEAR, "round1")
