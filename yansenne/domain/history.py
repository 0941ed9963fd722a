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
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from yansenne.domain.projects import PROJECT_FIELDS
from yansenne.i18n import tr
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


def field_label(name: str) -> str:
    """A project field as people call it."""
    labels = {
        "code": tr("code"), "category": tr("category"), "title_fr": tr("title (French)"),
        "title_nl": tr("title (Dutch)"), "title_en": tr("title (English)"),
        "organisation": tr("organisation"), "lead_actor": tr("lead actor"),
        "partner_actors": tr("partner actors"), "municipality": tr("municipality"),
        "summary_fr": tr("summary (French)"), "summary_nl": tr("summary (Dutch)"),
        "summary_en": tr("summary (English)"), "contact_name": tr("contact person"),
        "contact_email": tr("contact e-mail"), "budget_eur": tr("budget"),
    }
    return labels.get(name, name)


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
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
            text = "; ".join(
                tr("{field}: {before} → {after}", field=field_label(name),
                   before=_shown(values[0]), after=_shown(values[1]))
                for name, values in changes.items())
            source = details.get("file")
            return tr("changed from {file}: {changes}", file=source, changes=text) if source \
                else tr("changed: {changes}", changes=text)
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
