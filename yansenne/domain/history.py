"""A project's history, read back from the append-only audit log.

The log refers to a project by its code at the time; a rename is itself logged
(`project.update` with a `code` change), so the history follows the project
through its earlier codes. Its conflicts (`J2/P07`) and scores (`J2/P07/relevance`)
are part of its story too.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from yansenne.domain.projects import PROJECT_FIELDS
from yansenne.i18n import format_number, language, tr
from yansenne.store.models import AuditEntry

ENTITIES = ("project", "conflict", "score")
IMPORTS = ("edition.import", "edition.replace")


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    actor: str
    action: str
    subject: str  # the project's code, or the conflict's or score's key
    summary: str


def field_label(name: str, lang: str | None = None) -> str:
    """A project field as people call it."""
    return _field_labels(lang or language()).get(name) or detail_label(name, lang)


# The labels are made once per language: the results workbook names the details of every
# entry of the audit log (a mark each), and making them at each call doubled its cost.
@cache
def _field_labels(lang: str) -> dict[str, str]:
    return {
        "code": tr("code", lang=lang), "category": tr("category", lang=lang),
        "title_fr": tr("title (French)", lang=lang), "title_nl": tr("title (Dutch)", lang=lang),
        "title_en": tr("title (English)", lang=lang),
        "organisation": tr("organisation", lang=lang), "lead_actor": tr("lead actor", lang=lang),
        "partner_actors": tr("partner actors", lang=lang),
        "municipality": tr("municipality", lang=lang),
        "summary_fr": tr("summary (French)", lang=lang),
        "summary_nl": tr("summary (Dutch)", lang=lang),
        "summary_en": tr("summary (English)", lang=lang),
        "contact_name": tr("contact person", lang=lang),
        "contact_email": tr("contact e-mail", lang=lang), "budget_eur": tr("budget", lang=lang),
    }


def detail_label(name: str, lang: str | None = None) -> str:
    """A key of an audit entry's details as people call it (else the key, spaced)."""
    return _detail_labels(lang or language()).get(name) or name.replace("_", " ")


@cache
def _detail_labels(lang: str) -> dict[str, str]:
    return {
        "file": tr("file", lang=lang), "reason": tr("reason", lang=lang),
        "revision": tr("revision", lang=lang), "comment": tr("comment", lang=lang),
        "scores": tr("scores", lang=lang), "criteria": tr("criteria", lang=lang),
        "jurors": tr("jurors", lang=lang), "projects": tr("projects", lang=lang),
        "categories": tr("categories", lang=lang), "conflicts": tr("conflicts", lang=lang),
        "decisions": tr("decisions", lang=lang), "notes": tr("notes", lang=lang),
        "source": tr("source", lang=lang), "project": tr("project", lang=lang),
        "name": tr("name", lang=lang), "name_fr": tr("name (French)", lang=lang),
        "name_nl": tr("name (Dutch)", lang=lang), "name_en": tr("name (English)", lang=lang),
        "institution": tr("institution", lang=lang), "role": tr("role", lang=lang),
        "language": tr("language", lang=lang), "email": tr("e-mail", lang=lang),
        "weight": tr("weight", lang=lang), "min_value": tr("minimum", lang=lang),
        "max_value": tr("maximum", lang=lang), "step": tr("step", lang=lang),
        "quorum": tr("quorum", lang=lang), "fingerprint": tr("fingerprint", lang=lang),
        "value": tr("value", lang=lang),
        "added": tr("added", lang=lang),
        "changed": tr("changed", lang=lang),
        "unchanged": tr("unchanged", lang=lang),
        "amount_eur": tr("amount (€)", lang=lang),
        "award": tr("award", lang=lang),
        "base_revision": tr("base revision", lang=lang),
        "ceremony_date": tr("ceremony date", lang=lang),
        "citation_fr": tr("citation (French)", lang=lang),
        "citation_nl": tr("citation (Dutch)", lang=lang),
        "citation_en": tr("citation (English)", lang=lang),
        "cleared": tr("cleared", lang=lang),
        "comments": tr("comments", lang=lang),
        "confirmed": tr("confirmed", lang=lang),
        "count": tr("count", lang=lang),
        "date": tr("date", lang=lang),
        "descriptor_fr": tr("rubric (French)", lang=lang),
        "descriptor_nl": tr("rubric (Dutch)", lang=lang),
        "descriptor_en": tr("rubric (English)", lang=lang),
        "eligible": tr("eligible", lang=lang),
        "end": tr("end", lang=lang),
        "forced": tr("forced", lang=lang),
        "foreword_fr": tr("foreword (French)", lang=lang),
        "foreword_nl": tr("foreword (Dutch)", lang=lang),
        "foreword_en": tr("foreword (English)", lang=lang),
        "generated": tr("made on", lang=lang),
        "intact": tr("intact", lang=lang),
        "justification": tr("justification", lang=lang),
        "language_misses": tr("language not followed", lang=lang),
        "locked_at": tr("locked on", lang=lang),
        "method": tr("method", lang=lang),
        "missing": tr("missing", lang=lang),
        "next": tr("next stage", lang=lang),
        "note": tr("note", lang=lang),
        "offset": tr("places moved", lang=lang),
        "pairs": tr("pairs", lang=lang),
        "per_project": tr("readers per project", lang=lang),
        "place": tr("venue", lang=lang),  # the meeting's; "place" is a ranking's
        "prizes": tr("prizes", lang=lang),
        "restored": tr("restored", lang=lang),
        "scored": tr("already scored", lang=lang),
        "seed": tr("seed", lang=lang),
        "sequence": tr("sequence number", lang=lang),
        "shortlist": tr("shortlist", lang=lang),
        "stage": tr("stage", lang=lang),
        "start": tr("start", lang=lang),
        "submitted": tr("submitted", lang=lang),
        "submitted_at": tr("submitted on", lang=lang),
        "text_fr": tr("text (French)", lang=lang),
        "text_nl": tr("text (Dutch)", lang=lang),
        "tie_break": tr("tie-break", lang=lang),
    }


def readable_details(stored: str | None, lang: str | None = None) -> str:
    """An audit entry's details as lines a person reads ("budget: 17 500 → 900"),
    not the JSON they are stored as; the text itself when it is not JSON."""
    if not stored:
        return ""
    try:
        details = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(details, dict):
        return _shown(details, lang)
    lines: list[str] = []
    before, after = details.pop("before", None), details.pop("after", None)
    changes = details.pop("changes", None)
    if isinstance(changes, dict):
        lines += [_change(name, values, lang) for name, values in changes.items()]
    if isinstance(before, dict) or isinstance(after, dict):
        old, new = before if isinstance(before, dict) else {}, after if isinstance(
            after, dict) else {}
        lines += [_change(name, [old.get(name), new.get(name)], lang)
                  for name in dict.fromkeys([*old, *new]) if old.get(name) != new.get(name)]
    elif before is not None or after is not None:
        lines.append(_change("value", [before, after], lang))
    lines += [tr("{field}: {value}", lang=lang, field=field_label(name, lang),
                 value=_shown(value, lang))
              for name, value in details.items()]
    return "\n".join(lines)


def _change(name: str, values: Any, lang: str | None) -> str:
    old, new = values if isinstance(values, list | tuple) and len(values) == 2 else (None, values)
    return tr("{field}: {before} → {after}", lang=lang, field=field_label(name, lang),
              before=_shown(old, lang), after=_shown(new, lang))


def _shown(value: Any, lang: str | None = None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, float):  # "12 500,5" in French: as the reader writes it
        return format_number(value, 2, lang, grouped=True, trim=True)
    if isinstance(value, list):
        return ", ".join(_shown(item, lang) for item in value) or "—"
    if isinstance(value, dict):
        return "; ".join(f"{field_label(k, lang)} {_shown(v, lang)}"
                         for k, v in value.items()) or "—"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:59] + "…"


def _summary(action: str, key: str, details: dict[str, Any]) -> str:
    parts = key.split("/")
    match action:
        case "project.add":
            source = details.get("file")
            return (tr("added from {file}", file=source) if source else tr("added"))
        case "project.restore":
            return tr("restored (deletion undone)")
        case "project.update":
            changes = details.get("changes") or {}
            order = list(PROJECT_FIELDS)
            changes = dict(sorted(changes.items(), key=lambda item: order.index(item[0])
                                  if item[0] in order else len(order)))
            text = "\n".join(  # one line per field
                tr("{field}: {before} → {after}", field=field_label(name),
                   before=_shown(values[0]), after=_shown(values[1]))
                for name, values in changes.items())
            source = details.get("file")
            return tr("changed from {file}:", file=source) + "\n" + text if source \
                else tr("changed:") + "\n" + text
        case "project.delete":
            return tr("deleted")
        case "conflict.declare":
            return tr("conflict of interest declared for juror {juror}: {reason}",
                      juror=parts[0], reason=details.get("reason") or "—")
        case "conflict.withdraw":
            return tr("conflict of interest withdrawn for juror {juror}", juror=parts[0])
        case "conflict.update":
            return tr("reason of the conflict of interest of juror {juror}: {reason}",
                      juror=parts[0], reason=details.get("after") or "—")
        case "score.set":
            return tr("score of juror {juror} on {criterion}: {value} (revision {revision})",
                      juror=parts[0], criterion=parts[-1], value=_shown(details.get("after")),
                      revision=details.get("revision", 1))
        case "edition.import" | "edition.replace":
            return tr("the edition was imported from {file}", file=details.get("file") or "—")
        case "score.clear":
            return tr("score of juror {juror} on {criterion} cleared (was {value})",
                      juror=parts[0], criterion=parts[-1], value=_shown(details.get("before")))
    return action


def _project_code(entity: str, key: str) -> str:
    return key if entity == "project" else key.split("/")[1] if "/" in key else ""


def project_history(session: Session, year: int, code: str) -> list[HistoryEntry]:
    """Everything the log says about project `code` of edition `year`, oldest first."""
    entries = session.scalars(
        select(AuditEntry).where(
            AuditEntry.edition_year == year,
            or_(AuditEntry.action.in_(IMPORTS),
                AuditEntry.entity.in_(ENTITIES) & (
                    (AuditEntry.entity == "project") | AuditEntry.entity_key.contains("/"))))
        .order_by(AuditEntry.id.desc())).all()
    codes = {code}
    found: list[HistoryEntry] = []
    for entry in entries:  # newest first, so renames extend the codes to earlier ones
        subject = _project_code(entry.entity, entry.entity_key)
        if entry.action not in IMPORTS and subject not in codes:
            continue
        details = json.loads(entry.details) if entry.details else {}
        if entry.action == "project.update":
            renamed = (details.get("changes") or {}).get("code")
            if renamed and renamed[1] in codes:
                codes.add(renamed[0])
        if entry.action in IMPORTS:
            found.append(HistoryEntry(entry.at, entry.actor, entry.action, str(year),
                                      _summary(entry.action, "", details)))
            break  # an import replaced everything before it
        found.append(HistoryEntry(entry.at, entry.actor, entry.action, entry.entity_key,
                                  _summary(entry.action, entry.entity_key, details)))
    found.reverse()
    return found
