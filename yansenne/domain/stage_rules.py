"""The stages' rules over plain values: which stage is current, which one a code names,
which comes before, who reads what.

Written once here for the ORM's `Stage` objects (`stages.py`, the desk and most
commands) and for the plain rows of `plain_read.py` (the `rank` command, which reads
without SQLAlchemy): both have the attributes of `StageFacts`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from yansenne.errors import InputError, Problem
from yansenne.i18n import tr


class StageFacts(Protocol):
    """What the rules read of a stage (a `Stage` row or a `StageRow`)."""

    @property
    def id(self) -> int: ...
    @property
    def code(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def position(self) -> int: ...
    @property
    def jurors(self) -> list[str]: ...
    @property
    def per_project(self) -> int | None: ...
    @property
    def method(self) -> str: ...


S = TypeVar("S", bound=StageFacts)


@dataclass(frozen=True)
class StageRow:
    """A stage read in plain SQL."""

    id: int
    edition_id: int
    code: str
    kind: str
    state: str
    position: int
    jurors: list[str]
    per_project: int | None
    method: str


def kind_name(kind: str) -> str:
    return {"screening": tr("screening"), "scoring": tr("scoring")}.get(kind, kind)


def current_of(stages: Sequence[S]) -> S:
    """The open stage, else the last one (every stage closed: the evaluation is over).
    `stages` in their order."""
    for stage in stages:
        if stage.state == "open":
            return stage
    if not stages:
        raise InputError(Problem(tr("the edition has no stage")))
    return stages[-1]


def last_scoring_of(stages: Sequence[S]) -> S:
    scoring = [s for s in stages if s.kind == "scoring"]
    if not scoring:
        raise InputError(Problem(tr("the edition has no scoring stage")))
    return scoring[-1]


def previous_of(stages: Sequence[S], stage: StageFacts) -> S | None:
    earlier = [s for s in stages if s.position < stage.position]
    return earlier[-1] if earlier else None


def find_in(stages: Sequence[S], code: str | None, year: int, *, kind: str | None = None) -> S:
    """Stage `code` (any case) of edition `year`'s `stages`, or the current one when
    `code` is None; refuses an unknown code, and one of the wrong kind when `kind` is
    given (without a code, a screening stage gives way to the next scoring one)."""
    if code is None:
        stage = current_of(stages)
        if kind == "scoring" and stage.kind != "scoring":
            stage = next((s for s in stages if s.position > stage.position
                          and s.kind == "scoring"), stage)
    else:
        wanted = code.strip().lower()
        found = next((s for s in stages if s.code.lower() == wanted), None)
        if found is None:
            known = [s.code for s in stages]
            if len(known) == 1:
                raise InputError(Problem(tr("unknown stage {value}: this edition has one "
                                            "stage, {final}", value=code, final=known[0])))
            raise InputError(Problem(tr("unknown stage {value}: edition {year} has {known}",
                                        value=code, year=year, known=", ".join(known))))
        stage = found
    if kind is not None and stage.kind != kind:
        raise InputError(Problem(tr("stage {stage} is a {kind} stage",
                                    stage=stage.code, kind=kind_name(stage.kind))))
    return stage


def jury_of(stage: StageFacts, voters: Iterable[tuple[int, str]]) -> set[int]:
    """The scoring jurors of `stage`'s jury among `voters` (id, code; observers left
    out): its list, else every one of them."""
    chosen = set(stage.jurors or [])
    return {juror for juror, code in voters if not chosen or code in chosen}


def everyone_reads(stage: StageFacts, before: StageFacts | None) -> bool:
    """A first scoring stage without allocation or jury list (the one stage of an
    edition without stages): the panels and conflicts alone decide who reads what."""
    return stage.kind == "scoring" and stage.per_project is None and not stage.jurors \
        and before is None


@dataclass(frozen=True)
class Readers:
    """Who may read what in one stage: the rule every reader of marks applies."""

    stage_id: int
    projects: frozenset[int]
    jurors: frozenset[int]
    allocated: frozenset[tuple[int, int]] | None  # (juror, project); None: no allocation
    # See `everyone_reads`.
    everyone_reads: bool = False
    # Only the open stage takes new marks.
    state: str = "open"
    # The secretariat's housekeeping of marks already given (clearing a pair's marks
    # for a conflict, putting them back on undo): in the marks' own stage, whatever its
    # state and readers; the database's rules still apply.
    housekeeping: bool = False
    code: str = ""  # the stage's code, for messages

    @classmethod
    def everyone(cls, stage_id: int, state: str = "open", code: str = "") -> Readers:
        return cls(stage_id, frozenset(), frozenset(), None, everyone_reads=True, state=state,
                   code=code)

    @classmethod
    def of_marks(cls, stage_id: int) -> Readers:
        """For housekeeping the marks of stage `stage_id` (see `housekeeping`)."""
        return cls(stage_id, frozenset(), frozenset(), None, everyone_reads=True,
                   housekeeping=True)

    @classmethod
    def nobody(cls, stage: StageFacts) -> Readers:
        """A screening stage records eligibility: nobody scores there."""
        return cls(stage.id, frozenset(), frozenset(), None, state=stage.state,
                   code=stage.code)

    def reads(self, juror_id: int, project_id: int) -> bool:
        if self.everyone_reads:
            return True
        if project_id not in self.projects or juror_id not in self.jurors:
            return False
        return self.allocated is None or (juror_id, project_id) in self.allocated
