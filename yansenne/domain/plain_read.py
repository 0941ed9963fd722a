"""An edition's rules, stages, readers and marks read in plain SQL (`Database.plain`).

What a ranking rests on, read without SQLAlchemy's ORM: on a SQLite file the `rank`
command then never imports SQLAlchemy (~0.5 s of a 2-second command with its models).
The ORM's callers read through the same functions (`plain_of(session)`), so that each
query and each rule is written once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from yansenne.domain.stage_rules import (
    Readers,
    StageFacts,
    StageRow,
    everyone_reads,
    jury_of,
    previous_of,
)
from yansenne.errors import InputError, Problem
from yansenne.store.database import Plain

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def plain_of(session: Session) -> Plain:
    """Plain SQL inside `session`'s transaction, its pending changes written first."""
    session.flush()
    return Plain(None, session.connection())


def json_list(value: Any) -> list[str]:
    """A JSON column as read: SQLite gives its text, a server the parsed value."""
    if value is None or value == "":
        return []
    return list(json.loads(value) if isinstance(value, str) else value)


@dataclass(frozen=True)
class EditionRules:
    """What a ranking takes from its edition (the attributes `ranking.rules_of` reads)."""

    id: int
    year: int
    method: str
    trim: int
    quorum: int
    tie_break: list[str]
    casting_vote: list[str]


def edition_rules(q: Plain, year: int) -> EditionRules:
    """Edition `year`'s ranking rules, or the refusal naming the year."""
    from yansenne.domain.lookup import missing_message

    row = q.one("SELECT id, year, method, trim, quorum, tie_break, casting_vote FROM editions "
                "WHERE year = :year", {"year": year})
    if row is None:
        raise InputError(Problem(missing_message(year)))
    ident, year, method, trim, quorum, tie_break, casting = row
    return EditionRules(int(ident), int(year), method, int(trim), int(quorum),
                        json_list(tie_break), json_list(casting))


def stage_rows(q: Plain, edition_id: int) -> list[StageRow]:
    """The edition's stages in their order."""
    return [StageRow(int(i), int(e), code, kind, state, int(position), json_list(jurors),
                     per_project, method or "")
            for i, e, code, kind, state, position, jurors, per_project, method in q.rows(
                "SELECT id, edition_id, code, kind, state, position, jurors, per_project, "
                "method FROM stages WHERE edition_id = :edition ORDER BY position",
                {"edition": edition_id})]


def reached(q: Plain, edition_id: int, before: StageFacts | None) -> set[int]:
    """The projects that reached a stage: every project for the first stage, else the
    previous stage's shortlist."""
    if before is None:
        return {i for (i,) in q.rows("SELECT id FROM projects WHERE edition_id = :edition",
                                     {"edition": edition_id})}
    return {i for (i,) in q.rows("SELECT project_id FROM shortlists WHERE stage_id = :stage",
                                 {"stage": before.id})}


def voters(q: Plain, edition_id: int) -> list[tuple[int, str]]:
    """The edition's scoring jurors (id, code), observers left out."""
    return [(int(i), code) for i, code in q.rows(
        "SELECT id, code FROM jurors WHERE edition_id = :edition AND role != 'observer'",
        {"edition": edition_id})]


def readers_in(q: Plain, edition_id: int, stage: StageFacts,
               stages: list[StageFacts]) -> Readers:
    """Who reads what in `stage`: nobody in a screening stage (it records eligibility);
    in a scoring stage, the projects that reached it, its jury, and its allocation."""
    if stage.kind != "scoring":
        return Readers.nobody(stage)
    before = previous_of(stages, stage)
    if everyone_reads(stage, before):
        return Readers.everyone(stage.id, stage.state, stage.code)
    allocated = None
    if stage.per_project is not None:
        allocated = frozenset((int(j), int(p)) for j, p in q.rows(
            "SELECT juror_id, project_id FROM allocations WHERE stage_id = :stage",
            {"stage": stage.id}))
    return Readers(stage.id, frozenset(reached(q, edition_id, before)),
                   frozenset(jury_of(stage, voters(q, edition_id))), allocated,
                   state=stage.state, code=stage.code)
