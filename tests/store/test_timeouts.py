"""The limits every server session carries, and the words said when one fires (the
server itself is in tests/pg/test_juror_attacks.py)."""

from __future__ import annotations

import pytest

from yansenne.errors import DatabaseError
from yansenne.store import timeouts
from yansenne.store.database import create_server_engine


def test_connect_options_carry_the_three_limits() -> None:
    assert timeouts.connect_options() == (
        "-c lock_timeout=15s -c statement_timeout=300s "
        "-c idle_in_transaction_session_timeout=600s")


def test_options_of_the_url_are_kept_and_ours_come_last() -> None:
    assert timeouts.connect_options("-c search_path=jury").startswith(
        "-c search_path=jury -c lock_timeout=15s")


def test_a_server_engine_sends_them_with_the_urls_own() -> None:
    """What the engine would hand the driver, caught before any connection is tried."""
    from sqlalchemy import event

    engine = create_server_engine("postgresql+psycopg://nobody@127.0.0.1:1/none"
                                  "?options=-c%20search_path%3Djury")
    seen: dict[str, object] = {}

    class Caught(Exception):
        pass

    def catch(_dialect, _record, _args, params):  # type: ignore[no-untyped-def]
        seen.update(params)
        raise Caught

    event.listen(engine, "do_connect", catch)
    try:
        with pytest.raises(Caught):
            engine.connect()
    finally:
        engine.dispose()
    assert seen["options"] == timeouts.connect_options("-c search_path=jury")
    assert seen["application_name"] == "yansenne"


@pytest.mark.parametrize(("sqlstate", "words"), [
    ("55P03", "stopped waiting after 15 s for a lock held by another session (lock_timeout)"),
    ("57014", "ran longer than 300 s (statement_timeout), or that was cancelled"),
    ("25P03", "idle inside a transaction for more than 600 s "
              "(idle_in_transaction_session_timeout)"),
])
def test_each_limit_has_its_message(sqlstate: str, words: str) -> None:
    error = timeouts.refusal(sqlstate)
    assert isinstance(error, DatabaseError) and words in str(error)


def test_other_errors_are_left_alone() -> None:
    assert timeouts.refusal("23514") is None
    assert timeouts.refusal(None) is None
