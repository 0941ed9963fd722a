"""Signed ballots: a juror's whole grid sent from their package, applied by the secretariat.

A ballot is a JSON file: the edition, the juror, a revision number that grows with
each export from the package, every score with its comment, the juror's general
notes on projects and the categories they submitted, when it was made, and an
HMAC-SHA256 signature over the canonical JSON of all that (keys sorted, no spaces,
UTF-8) with the juror's secret (exchange/package.py). Whitespace may change in
transit; any change of content breaks the signature.

Importing checks, before writing anything: that the file is a whole ballot (at most
20 MB, nested at most a few levels, every number within what the database holds:
PostgreSQL's `integer` for whole numbers, finite for the others), that the
signature matches the juror's secret, that edition and juror match, that the
revision is newer than the last one applied, and every score against the grid and
the conflicts (through `yansenne.domain.marks.set_score`). Then one transaction
applies it with audit entries. A ballot is the juror's whole state: a score it no
longer holds is cleared.

This module holds the file: its JSON shape, reading and writing it. The juror's
state, the signature and everything done to the database are
`yansenne.domain.ballots`'s (its public names are re-exported here).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yansenne.domain.ballots import (
    MAX_REVISION,
    BallotContent,
    BallotReport,
    ParsedBallot,
    apply_ballot,
    canonical,
    digest,
    record_ballot_export,
    sign,
)
from yansenne.errors import InputError, Problem
from yansenne.exchange.package import package_identity, refuse_package
from yansenne.files import check_writable_target, replacing
from yansenne.i18n import tr
from yansenne.store.database import Database
from yansenne.store.guard import refuse_if_database

__all__ = ["BALLOT_FORMAT", "BALLOT_SUFFIX", "BALLOT_VERSION", "MAX_BYTES", "TIME_FORMAT",
           "BallotFile", "BallotReport", "ParsedBallot", "canonical", "digest", "export_ballot",
           "import_ballot", "read_ballot", "sign"]

BALLOT_FORMAT = "yansenne-ballot"
BALLOT_VERSION = 1
BALLOT_SUFFIX = ".ballot"
MAX_BYTES = 20 * 1024 * 1024  # a juror's grid is a few hundred kilobytes at most
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# A ballot is nested three levels deep (the ballot, its scores, a score); deeper than
# this is not a ballot, and is refused before the JSON parser recurses into it.
MAX_DEPTH = 16
# Whole numbers a ballot may hold: PostgreSQL's `integer` (revision, year).
MAX_INTEGER = MAX_REVISION
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


# -- export (in a juror package) --------------------------------------------------------
@dataclass(frozen=True)
class BallotFile:
    path: Path
    year: int
    juror: str
    revision: int
    scores: int
    notes: int


def export_ballot(db: Database, output: Path) -> BallotFile:
    """Write the package's juror's signed ballot to `output`, with the next revision."""
    output = Path(output)
    identity = package_identity(db)
    if identity is None:
        raise InputError(Problem(tr("a ballot is sent from a juror package: run 'ballot export' "
                                    "with --db FILE.yansenne")))
    year, code = identity
    check_writable_target(output)  # a folder or an impossible path: refused before counting

    with replacing(output) as partial:
        def write(content: BallotContent) -> None:  # inside the transaction that counts it
            body = _ballot_body(content)
            body["signature"] = sign(body, content.secret)
            partial.write_text(json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True)
                               + "\n", encoding="utf-8")

        content = record_ballot_export(db, year, code, file=output.name, write=write)
    return BallotFile(output, year, code, content.revision, len(content.scores),
                      len(content.notes))


def _ballot_body(content: BallotContent) -> dict[str, Any]:
    return {
        "format": BALLOT_FORMAT,
        "version": BALLOT_VERSION,
        "edition": content.year,
        "juror": content.juror,
        "revision": content.revision,
        "created_at": content.created_at.strftime(TIME_FORMAT),
        "scores": [{"project": s.project, "criterion": s.criterion, "value": s.value,
                    "comment": s.comment} for s in content.scores],
        "notes": [{"project": p, "comment": comment} for p, comment in content.notes],
        "submitted": list(content.submitted),
        **({"stage": content.stage} if content.stage else {}),
    }


# -- reading ---------------------------------------------------------------------------
def read_ballot(path: Path) -> ParsedBallot:
    """Read `path` as a ballot; InputError names every fault (nothing is trusted yet)."""
    path = Path(path)
    name = path.name

    def refuse(message: str) -> InputError:
        return InputError(Problem(message, file=name))

    if not path.is_file():
        raise refuse(tr("no such file"))
    refuse_if_database(path)
    if path.stat().st_size > MAX_BYTES:
        raise refuse(tr("not a ballot: the file is far too large"))
    raw = path.read_bytes()
    if not raw.strip():
        raise refuse(tr("the ballot is empty"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise refuse(tr("not a ballot: the file is not text (UTF-8)")) from None
    if _too_deep(text):
        raise refuse(tr("not a ballot: its content is nested more than {limit} levels deep",
                        limit=MAX_DEPTH))
    try:
        body = json.loads(text, parse_int=_whole, parse_float=_decimal,
                          parse_constant=_OutOfRange)
    except json.JSONDecodeError as exc:
        whole = text.strip()
        if exc.pos >= len(whole) or (whole.startswith("{") and not whole.endswith("}")):
            raise refuse(tr("the ballot is incomplete: the file ends too early (cut short "
                            "while copying?)")) from None
        raise refuse(tr("not a ballot: unreadable at line {line}, column {column}",
                        line=exc.lineno, column=exc.colno)) from None
    except RecursionError:  # the depth check above makes this unreachable; kept as a net
        raise refuse(tr("not a ballot: its content is nested more than {limit} levels deep",
                        limit=MAX_DEPTH)) from None
    numbers = list(_out_of_range(body))
    if numbers:
        raise InputError([Problem(_number_problem(path, number), file=name)
                          for path, number in numbers])
    if not isinstance(body, dict) or body.get("format") != BALLOT_FORMAT:
        raise refuse(tr("not a Yansenne ballot"))
    if body.get("version") != BALLOT_VERSION:
        raise refuse(tr("ballot format {version} is not known to this version of Yansenne",
                        version=body.get("version")))
    problems: list[str] = []
    ballot = _shape(body, problems)
    if problems or ballot is None:
        raise InputError([Problem(p, file=name) for p in problems])
    return ballot


class _OutOfRange:
    """A number of the file that no field may hold, kept as written to name it."""

    def __init__(self, text: str) -> None:
        self.text = text

    def shown(self) -> str:
        if len(self.text) <= 24:
            return self.text
        return tr("{start}… ({length} characters)", start=self.text[:12],
                  length=len(self.text))

    def finite(self) -> bool:
        return self.text.lstrip("-").isdigit()


def _whole(text: str) -> int | _OutOfRange:
    if len(text) > 12:  # more than 2^31's digits: never converted (no 4,300-digit parse)
        return _OutOfRange(text)
    value = int(text)
    return value if -MAX_INTEGER - 1 <= value <= MAX_INTEGER else _OutOfRange(text)


def _decimal(text: str) -> float | _OutOfRange:
    value = float(text)
    return value if math.isfinite(value) else _OutOfRange(text)


def _too_deep(text: str) -> bool:
    """Whether the JSON nests deeper than MAX_DEPTH (strings left out), counted without
    recursion so that 100,000 opening brackets cost a scan, not a stack."""
    depth = 0
    for bracket in _BRACKET.finditer(_STRING.sub("", text)):
        if bracket.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def _out_of_range(value: Any, path: tuple[str | int, ...] = ()) -> Any:
    """Every number the parser kept aside, with where it is (iteratively: depth is bounded
    already, but a list of a million numbers must not recurse either)."""
    stack: list[tuple[tuple[str | int, ...], Any]] = [(path, value)]
    found = []
    while stack:
        where, item = stack.pop()
        if isinstance(item, _OutOfRange):
            found.append((where, item))
        elif isinstance(item, dict):
            stack.extend(((*where, key), child) for key, child in item.items())
        elif isinstance(item, list):
            stack.extend(((*where, n), child) for n, child in enumerate(item))
    return sorted(found, key=lambda pair: [str(part) for part in pair[0]])


def _number_problem(path: tuple[str | int, ...], number: _OutOfRange) -> str:
    if len(path) == 3 and path[0] == "scores" and isinstance(path[1], int):
        where = tr("score {n}: field {field}", n=path[1] + 1, field=path[2])
    elif len(path) == 3 and path[0] == "notes" and isinstance(path[1], int):
        where = tr("note {n}: field {field}", n=path[1] + 1, field=path[2])
    else:
        dotted = "".join(f"[{part + 1}]" if isinstance(part, int) else f".{part}"
                         for part in path).lstrip(".")
        where = tr("field {field}", field=dotted or "-")
    if number.finite():
        return tr("{where}: the number {number} is out of range (whole numbers in a ballot "
                  "lie between {low} and {high})", where=where, number=number.shown(),
                  low=-MAX_INTEGER - 1, high=MAX_INTEGER)
    return tr("{where}: {number} is not a finite number", where=where, number=number.shown())


def _shape(body: dict[str, Any], problems: list[str]) -> ParsedBallot | None:
    def need(key: str, kind: type | tuple[type, ...], what: str) -> Any:
        value = body.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            problems.append(tr("field {field} is missing or is not {what}", field=key,
                               what=what))
            return None
        return value

    year = need("edition", int, tr("a year"))
    juror = need("juror", str, tr("a code"))
    revision = need("revision", int, tr("a whole number"))
    created = need("created_at", str, tr("a date and time"))
    signature = need("signature", str, tr("a signature"))
    scores = need("scores", list, tr("a list"))
    notes = need("notes", list, tr("a list"))
    submitted = need("submitted", list, tr("a list"))
    if isinstance(revision, int) and revision < 1:
        problems.append(tr("field {field} must be at least 1", field="revision"))
    when = None
    if isinstance(created, str):
        try:
            when = dt.datetime.strptime(created, TIME_FORMAT)
        except ValueError:
            problems.append(tr("field {field} is missing or is not {what}", field="created_at",
                               what=tr("a date and time")))
    if isinstance(signature, str) and not _is_hex(signature, 64):
        problems.append(tr("field {field} is missing or is not {what}", field="signature",
                           what=tr("a signature")))
    seen: set[tuple[str, str]] = set()
    for n, entry in enumerate(scores or [], start=1):
        problem = _score_problem(entry)
        if problem:
            problems.append(tr("score {n}: {problem}", n=n, problem=problem))
            continue
        cell = (entry["project"], entry["criterion"])
        if cell in seen:
            problems.append(tr("score {n}: project {project}, criterion {criterion} appears "
                               "twice", n=n, project=cell[0], criterion=cell[1]))
        seen.add(cell)
    noted: set[str] = set()
    for n, entry in enumerate(notes or [], start=1):
        if not (isinstance(entry, dict) and isinstance(entry.get("project"), str)
                and isinstance(entry.get("comment"), str)):
            problems.append(tr("note {n}: it needs a project and a comment", n=n))
        elif entry["project"] in noted:
            problems.append(tr("note {n}: project {project} appears twice", n=n,
                               project=entry["project"]))
        else:
            noted.add(entry["project"])
    if submitted is not None and not all(isinstance(code, str) for code in submitted):
        problems.append(tr("field {field} is missing or is not {what}", field="submitted",
                           what=tr("a list of category codes")))
    stage = body.get("stage")
    if stage is not None and not (isinstance(stage, str) and stage):
        problems.append(tr("field {field} is missing or is not {what}", field="stage",
                           what=tr("a code")))
    if problems or when is None:
        return None
    return ParsedBallot(body, year, juror, revision, when, scores, notes, submitted, signature,
                        stage)


def _score_problem(entry: Any) -> str | None:
    if not isinstance(entry, dict):
        return tr("not a score")
    for key in ("project", "criterion", "comment"):
        if not isinstance(entry.get(key), str):
            return tr("field {field} is missing or is not {what}", field=key, what=tr("text"))
    value = entry.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return tr("field {field} is missing or is not {what}", field="value", what=tr("a number"))
    return None


def _is_hex(text: str, length: int) -> bool:
    return len(text) == length and all(c in "0123456789abcdef" for c in text)


# -- import (in the secretariat's database) -----------------------------------------------
def import_ballot(db: Database, year: int, path: Path, *, actor: str = "") -> BallotReport:
    """Verify the ballot at `path` and apply it to edition `year` in one transaction.

    Raises InputError, with nothing written, for a ballot that is damaged, signed with
    another key, for another edition or juror, older than the last one applied, or
    holding any score the grid or the conflicts do not allow.
    """
    path = Path(path)
    refuse_package(db)
    ballot = read_ballot(path)
    if ballot.year != year:
        raise InputError(Problem(tr("this ballot is for edition {ballot}, not edition {year}",
                                    ballot=ballot.year, year=year), file=path.name))
    return apply_ballot(db, year, ballot, path.name, actor=actor)
