"""The Edition sheet's remedies keys (the paragraph closing each letter to a candidate):
read, kept whole by the round trip, left out of an edition that has none, and still
editable once the deliberation is locked."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.workbooks import YEAR, minimal_sheets, read_all, write_xlsx
from yansenne.domain.editions import update_edition
from yansenne.exchange.workbook import export_edition, import_edition
from yansenne.store.database import Database
from yansenne.store.opening import open_database

REMEDIES = {"remedies_fr": "Un recours peut être introduit auprès du Conseil d'État\n"
                           "dans les 60 jours.",
            "remedies_nl": "Beroep kan worden ingesteld bij de Raad van State binnen 60 dagen.",
            "remedies_en": "An appeal may be lodged with the Council of State within 60 days."}


def test_the_remedies_round_trip(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    sheets["Edition"] += [[key, value] for key, value in REMEDIES.items()]
    import_edition(db, write_xlsx(tmp_path / "remedies.xlsx", sheets))
    first = export_edition(db, YEAR, tmp_path / "first.xlsx")
    edition = dict(read_all(first)["Edition"][1:])
    assert {k: edition[k] for k in REMEDIES} == REMEDIES
    other = open_database(tmp_path / "other.sqlite")
    try:
        import_edition(other, first)
        assert read_all(export_edition(other, YEAR, tmp_path / "second.xlsx")) == \
            read_all(first)
    finally:
        other.close()


def test_an_edition_without_remedies_writes_none_and_can_get_them_after_the_lock(
        tmp_path: Path, db: Database) -> None:
    import_edition(db, write_xlsx(tmp_path / "plain.xlsx", minimal_sheets()))
    keys = [row[0] for row in read_all(export_edition(db, YEAR, tmp_path / "e.xlsx"))["Edition"]]
    assert not [k for k in keys if str(k).startswith("remedies")]
    with db.write() as session:
        from sqlalchemy import text

        session.execute(text("UPDATE editions SET locked_at = '2032-02-01 10:00:00'"))
    with db.write() as session:
        update_edition(session, YEAR, {"remedies_nl": REMEDIES["remedies_nl"]}, actor="t")
    edition = dict(read_all(export_edition(db, YEAR, tmp_path / "locked.xlsx"))["Edition"][1:])
    assert edition["remedies_nl"] == REMEDIES["remedies_nl"]
    assert edition["remedies_fr"] is None
