"""The lock record (spec/cli.md, "The lock"): one canonical JSON document stored with the
lock, whose SHA-256 is the fingerprint; language-neutral; every mark with its comment
and revision, the decisions, votes, attendance and rankings; a change behind the lock is
seen; a lock made before records existed still verifies the earlier way."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select, text

from tests.domain.test_deliberation import locked
from tests.factories import YEAR
from yansenne.domain import deliberation as D
from yansenne.domain import lock_record
from yansenne.store.database import Database
from yansenne.store.models import Edition


def stored(db: Database) -> tuple[str, str]:
    with db.read() as s:
        edition = s.scalars(select(Edition).where(Edition.year == YEAR)).one()
        assert edition.lock_record is not None and edition.lock_fingerprint is not None
        return edition.lock_record, edition.lock_fingerprint


def test_the_lock_stores_its_record_and_the_fingerprint_is_its_sha256(
        small_db: Database) -> None:
    print_ = locked(small_db)
    record, fingerprint = stored(small_db)
    assert fingerprint == print_ == hashlib.sha256(record.encode("utf-8")).hexdigest()
    parsed = json.loads(record)
    # Canonical: sorted keys, no insignificant white space, the same bytes again.
    assert record == json.dumps(parsed, sort_keys=True, ensure_ascii=False,
                                separators=(",", ":"))
    assert parsed["edition"] == YEAR and parsed["format"] == 1
    assert parsed["rules"]["method"] == "mean"
    assert len(parsed["marks"]) == 68  # 3 jurors x 6 projects x 4 criteria, less a pair
    stage, juror, project, category, criterion, value, comment, revision = parsed["marks"][0]
    assert (stage, juror, project, category) == ("final", "J1", "P01", "")
    assert isinstance(value, float) and revision == 1 and comment == ""
    assert [d["award"] for d in parsed["decisions"]] == ["1", "2", "3"]
    assert {a["juror"] for a in parsed["attendance"]} == {"J1", "J2", "J3", "OB"}
    assert parsed["rankings"]["stage"] == "final"
    assert set(parsed["rankings"]["categories"]) == {"citizens", "police"}
    # Language-neutral: no title of any project in it.
    assert "Projet 1" not in record and "Project 1" not in record
    with small_db.read() as s:
        assert D.verify_lock(s, YEAR).matches


def test_a_change_behind_the_lock_changes_the_record(small_db: Database) -> None:
    locked(small_db)
    with small_db.write() as s:  # straight in the database, past the program's checks
        s.execute(text("UPDATE votes SET choice = 'against' WHERE id = "
                       "(SELECT min(id) FROM votes)"))
        s.execute(text("UPDATE jurors SET present = NOT present WHERE code = 'J3'"))
    with small_db.read() as s:
        check = D.verify_lock(s, YEAR)
        assert check.locked and not check.matches
        now = lock_record.build(s, s.scalars(select(Edition)).one())
    assert now["attendance"] != json.loads(stored(small_db)[0])["attendance"]


def test_a_lock_made_before_records_verifies_the_earlier_way(small_db: Database) -> None:
    locked(small_db)
    with small_db.write() as s:  # what a lock of the previous version left
        edition = s.scalars(select(Edition)).one()
        edition.lock_fingerprint = D.fingerprint(s, edition)
        edition.lock_record = None
    with small_db.read() as s:
        assert D.verify_lock(s, YEAR).matches
    with small_db.write() as s:
        s.execute(text("UPDATE decisions SET citation_fr = 'changée'"))
    with small_db.read() as s:
        assert not D.verify_lock(s, YEAR).matches


def test_reopening_drops_the_record(small_db: Database) -> None:
    locked(small_db)
    with small_db.write() as s:
        D.reopen(s, YEAR, actor="secretariat", reason="A late conflict of interest.")
    with small_db.read() as s:
        edition = s.scalars(select(Edition)).one()
        assert edition.lock_record is None and edition.lock_fingerprint is None
