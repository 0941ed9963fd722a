"""The juror's secret and what it guards (issue 17): ballots are signed and scoresheets
sealed with it, each juror's differs, a damaged one is refused, and what a juror can
seal with their own secret is still checked (a generation time, a grid)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from yansenne.domain.ballots import (
    MAX_REVISION,
    is_secret,
    new_secret,
    record_ballot_export,
    sign,
)
from yansenne.domain.packages import build_package
from yansenne.domain.scoresheet_data import (
    FORMAT,
    Identity,
    generated_time,
    grid_changes,
    scoresheet_to_export,
    seal_of,
)
from yansenne.errors import InputError
from yansenne.store.database import Database
from yansenne.store.models import Juror, PackageInfo
from yansenne.store.opening import open_database

YEAR = 2026


def identity(**changes: object) -> Identity:
    base = Identity(year=YEAR, juror="J3", generated="2026-03-01T09:00:00.000000", sequence=7,
                    grid='{"categories":[],"criteria":[]}', fingerprint="0" * 64)
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def test_secrets_are_64_hexadecimal_digits() -> None:
    made = {new_secret() for _ in range(20)}
    assert len(made) == 20 and all(is_secret(s) for s in made)
    for bad in (None, "", "0" * 63, "0" * 65, "G" * 64, "A" * 64, " " + "0" * 63, 7):
        assert not is_secret(bad)


def test_the_seal_depends_on_the_secret_and_the_whole_identity() -> None:
    one, two = new_secret(), new_secret()
    assert FORMAT == 2
    assert seal_of(identity(), one) == seal_of(identity(), one)
    assert seal_of(identity(), one) != seal_of(identity(), two)
    for change in ({"juror": "J2"}, {"generated": "2026-03-01T09:00:00.000001"},
                   {"sequence": 8}, {"year": 2027}, {"fingerprint": "1" * 64}):
        assert seal_of(identity(**change), one) != seal_of(identity(), one), change


def test_a_seal_is_never_a_ballots_signature() -> None:
    """The seal's key is derived from the secret: the same bytes signed as a ballot (the
    canonical JSON of a dict) give another HMAC."""
    secret = new_secret()
    body = {"format": FORMAT, "grid": identity().grid}
    assert sign(body, secret) != seal_of(identity(), secret)


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-03-01T09:00:00.000000", dt.datetime(2026, 3, 1, 9)),
    ("2026-03-01T09:00:00", None),  # not as the export writes it
    ("2026-03-01T09:00:00.000000+00:00", None),
    ("2026-03-01 09:00:00.000000", None),
    ("9999-12-31T23:59:59.999999", dt.datetime(9999, 12, 31, 23, 59, 59, 999999)),
    ("tomorrow", None), ("", None),
])
def test_generated_times_are_read_strictly(text: str, expected: dt.datetime | None) -> None:
    assert generated_time(identity(generated=text)) == expected


@pytest.mark.parametrize("grid", ["[" * 5000, "not json", '{"categories": 1}', "[]",
                                  '{"categories": [], "criteria": [[{}, 1]]}'])
def test_a_grid_this_program_did_not_write_gives_no_change_list(grid: str) -> None:
    new = '{"categories":["citizens"],"criteria":[["","relevance",1.0,0.0,10.0,0.5]]}'
    assert grid_changes(grid, new, "J3") == []


def test_a_scoresheet_makes_the_secret_a_package_later_keeps(small_db: Database,
                                                             tmp_path) -> None:  # type: ignore[no-untyped-def]
    def secret(code: str) -> str | None:
        with small_db.read() as s:
            return s.scalar(select(Juror.secret).where(Juror.code == code))

    assert secret("J2") is None
    sheet = scoresheet_to_export(small_db, YEAR, "J2")
    made = secret("J2")
    assert is_secret(made)
    sheet.seal()
    assert sheet.identity.seal == seal_of(sheet.identity, made)
    build_package(small_db, YEAR, "J2", tmp_path / "J2.part", file="J2.yansenne")
    assert secret("J2") == made  # one secret: the package's ballots and the scoresheets


def test_a_damaged_secret_is_refused_not_replaced(small_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with small_db.write() as s:
        s.scalar(select(Juror).where(Juror.code == "J2")).secret = "not hex"
    message = "the secret of juror J2 in this database is damaged"
    with pytest.raises(InputError, match=message):
        scoresheet_to_export(small_db, YEAR, "J2")
    with pytest.raises(InputError, match=message):
        build_package(small_db, YEAR, "J2", tmp_path / "J2.part", file="J2.yansenne")
    with small_db.read() as s:
        assert s.scalar(select(Juror.secret).where(Juror.code == "J2")) == "not hex"


@pytest.mark.sqlite_only("a package is a SQLite file")
def test_a_ballot_counter_at_the_columns_limit_counts_no_further(small_db: Database,
                                                                 tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "J1.yansenne"
    build_package(small_db, YEAR, "J1", tmp_path / "J1.part", file=path.name)
    (tmp_path / "J1.part").replace(path)
    package = open_database(path)
    try:
        with package.write() as s:
            s.get(PackageInfo, 1).ballot_revision = MAX_REVISION
        written = []
        with pytest.raises(InputError, match=r"ballot counter \(2147483647\) is out of range"):
            record_ballot_export(package, YEAR, "J1", file="x.ballot", write=written.append)
        assert written == []
        with package.read() as s:
            assert s.get(PackageInfo, 1).ballot_revision == MAX_REVISION
    finally:
        package.close()
