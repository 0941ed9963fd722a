"""After the lock, the ceremony's facts (its date, the forewords) and the meeting's stay
editable: they are not ranking rules and not in the fingerprint; the rules are not."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from yansenne.domain import deliberation as D
from yansenne.domain import editions
from yansenne.errors import InputError
from yansenne.store.database import Database
from yansenne.store.models import Assignment, utcnow

YEAR = 2026


def lock(db: Database) -> str:
    with db.write() as s:
        s.execute(update(Assignment).values(submitted_at=utcnow()))
        return D.lock(s, YEAR, actor="sec", force=True)


def test_the_ceremony_date_and_forewords_change_after_the_lock(small_db: Database) -> None:
    print_ = lock(small_db)
    with small_db.write() as s:
        before = editions.update_edition(s, YEAR, {
            "ceremony_date": dt.date(2027, 2, 11), "foreword_nl": "Voorwoord"}, actor="sec")
    with small_db.read() as s:
        edition = D.find_edition(s, YEAR)
        assert (edition.ceremony_date, edition.foreword_nl) == (dt.date(2027, 2, 11),
                                                                 "Voorwoord")
        assert D.verify_lock(s, YEAR).current == print_
    with small_db.write() as s:  # and undone the same way
        editions.update_edition(s, YEAR, before, actor="sec")


@pytest.mark.parametrize("changes", [{"quorum": 2}, {"name_fr": "Autre"},
                                     {"foreword_fr": "Texte", "method": "median"}])
def test_the_rules_stay_locked(small_db: Database, changes: dict[str, object]) -> None:
    lock(small_db)
    with small_db.write() as s, pytest.raises(InputError, match="is locked"):
        editions.update_edition(s, YEAR, changes, actor="sec")
