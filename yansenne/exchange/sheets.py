"""The sheets of the edition workbook, read into plain records (edition-workbook.md).

Each `read_*` function checks one sheet against what it may refer to (a
`Context`: the codes of categories, projects, jurors, criteria and conflicts,
taken from the same workbook or from the database) and returns plain dicts whose
keys are model attributes, plus references by code. They write nothing.

Beyond the spec, and written back by `edition export` so the round trip keeps
them: Edition keys `trim` and `tie_break`, a Jurors column `categories` (the
categories the juror scores, `;`-separated, blank = all) and a Decisions column
`justification`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yansenne.domain import deliberation, edition_rules, names
from yansenne.domain import scale as scale_rule
from yansenne.domain.amounts import MAX_AMOUNT
from yansenne.domain.marks import scale_problem
from yansenne.domain.places import municipality_code, municipality_problem
from yansenne.domain.record_import import Context, Scale  # also built from the database
from yansenne.exchange.fields import HEADER_SYNONYMS, SheetReader, header_map, show
from yansenne.exchange.tabular import MAX_CELL_CHARS, Row, Sheet
from yansenne.i18n import tr
from yansenne.scoring import METHODS
from yansenne.store.models import (
    ACTORS,
    AWARDS,
    DEFAULT_PRIZES,
    LANGUAGES,
    ROLES,
    Category,
    Criterion,
    Edition,
    Juror,
    Project,
)

EDITION_KEYS = ("year", "name_fr", "name_nl", "name_en", "ceremony_date", "method", "quorum",
                "foreword_fr", "foreword_nl", "foreword_en", "trim", "tie_break", "prizes",
                "deliberation_date", "deliberation_place", "deliberation_start",
                "deliberation_end", "casting_vote")
CATEGORY_COLUMNS = ("code", "name_fr", "name_nl", "name_en")
CRITERION_COLUMNS = ("code", "name_fr", "name_nl", "name_en", "category", "weight", "min", "max",
                     "step", "descriptor_fr", "descriptor_nl", "descriptor_en")
PROJECT_COLUMNS = ("code", "category", "title_fr", "title_nl", "title_en", "organisation",
                   "lead_actor", "partner_actors", "municipality", "summary_fr", "summary_nl",
                   "summary_en", "contact_name", "contact_email", "budget_eur", "language")
JUROR_COLUMNS = ("code", "name", "institution", "role", "language", "email", "categories")
CONFLICT_COLUMNS = ("juror", "project", "reason")
SCORE_COLUMNS = ("juror", "project", "criterion", "score", "comment")
# The optional "Call values" sheet: how the call spreadsheet writes a category or an
# actor type the application names otherwise (editions.value_mapping), one value a row.
VALUE_COLUMNS = ("field", "value", "code")
VALUE_FIELDS = ("category", "lead_actor")
DECISION_COLUMNS = ("project", "award", "amount_eur", "citation_fr", "citation_nl", "citation_en",
                    "justification")


def length(model: type, column: str) -> int | None:
    """The declared length of a text column, so no database ever truncates or refuses it."""
    return getattr(model.__table__.c[column].type, "length", None)  # type: ignore[attr-defined]


def read_edition(sheet: Sheet, problems: list, warnings: list) -> dict[str, Any]:
    reader = SheetReader(sheet, known=("key", "value"), required=("key", "value"))
    record: dict[str, Any] = {}
    rows: dict[str, Row] = {}
    if reader.usable:
        for row in sheet.rows:
            key = str(row.get("key") or "").strip().lower()
            if key not in EDITION_KEYS:
                reader.warnings.append(sheet.problem(
                    tr("unknown key {key} ignored", key=show(row.get("key"))), row, "key"))
                continue
            if key in rows:
                reader.fail(row, "key", tr("key {key} appears twice", key=key))
                continue
            rows[key] = row
        year_row = rows.get("year")
        if year_row is None:
            reader.problems.append(sheet.problem(tr("the key \"year\" is missing")))
        else:
            year = reader.integer(year_row, "value", minimum=1900, required=True)
            if year is not None and year > 2999:
                reader.fail(year_row, "value", tr("{value} is not a plausible year",
                                                  value=show(year)))
                year = None
            record["year"] = year
        names = {"fr": "Prix David Yansenne {year}", "nl": "David Yansenne-prijs {year}",
                 "en": "David Yansenne Prize {year}"}
        for lang, default in names.items():
            row = rows.get(f"name_{lang}")
            value = reader.text(row, "value", max_length=length(Edition, "name_fr")) \
                if row else None
            record[f"name_{lang}"] = value or default.format(year=record.get("year") or "")
        for lang in LANGUAGES:
            row = rows.get(f"foreword_{lang}")
            record[f"foreword_{lang}"] = (reader.text(row, "value", multiline=True)
                                          if row else None) or ""
        row = rows.get("ceremony_date")
        record["ceremony_date"] = reader.date(row, "value") if row else None
        row = rows.get("method")
        record["method"] = reader.choice(row, "value", METHODS, default="mean") if row else "mean"
        row = rows.get("quorum")
        record["quorum"] = reader.integer(row, "value", default=1, minimum=1,
                                          maximum=edition_rules.MAX_QUORUM) if row else 1
        row = rows.get("trim")
        record["trim"] = reader.integer(row, "value", default=1, minimum=0,
                                        maximum=edition_rules.MAX_TRIM) if row else 1
        row = rows.get("tie_break")
        record["tie_break"] = edition_rules.items(reader.text(row, "value", multiline=True)
                                                  if row else None)
        record["_tie_break_row"] = row
        row = rows.get("prizes")
        record["prizes"] = _prizes(reader, row) if row else list(DEFAULT_PRIZES)
        row = rows.get("deliberation_date")
        record["deliberation_date"] = reader.date(row, "value") if row else None
        row = rows.get("deliberation_place")
        record["deliberation_place"] = (reader.text(row, "value", max_length=300)
                                        if row else None) or ""
        for key in ("deliberation_start", "deliberation_end"):
            record[key] = _clock(reader, rows.get(key))
        meeting = deliberation.Meeting(start=record["deliberation_start"],
                                       end=record["deliberation_end"])
        problem = deliberation.meeting_problems(meeting).get("end")
        if problem:
            reader.fail(rows["deliberation_end"], "value", problem)
        row = rows.get("casting_vote")
        record["_casting_vote_row"] = row
        record["casting_vote"] = edition_rules.items(reader.text(row, "value", multiline=True)
                                                     if row else None)
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return record


def _clock(reader: SheetReader, row: Row | None) -> str:
    """A meeting time as "HH:MM" ("" when absent); "14:30", "14h30" or a time cell."""
    if row is None:
        return ""
    value = row.get("value")
    problem = deliberation.time_problem(value)
    if problem:
        reader.fail(row, "value", problem)
        return ""
    return deliberation.clock_time(value) or ""


def _prizes(reader: SheetReader, row: Row) -> list[float]:
    """Prize amounts, e.g. `6000;4000;2000`: at most three non-negative numbers."""
    raw = reader.text(row, "value", multiline=True) or ""
    problem = edition_rules.prizes_problem(raw)
    if problem is not None:
        reader.fail(row, "value", problem)
        return list(DEFAULT_PRIZES)
    return edition_rules.prize_amounts(raw)


def check_casting_vote(sheet: Sheet, record: dict[str, Any], context: Context,
                       problems: list) -> None:
    """The casting vote names projects of this edition, each once."""
    row = record.pop("_casting_vote_row", None)
    codes = record.get("casting_vote", [])
    resolved = []
    for code in codes:
        found = context.projects.get(code.lower())
        if found is None:
            problems.append(sheet.problem(tr("unknown project {value}", value=show(code)),
                                          row, "value"))
        elif found[0] not in resolved:
            resolved.append(found[0])
    record["casting_vote"] = resolved


def check_tie_break(sheet: Sheet, record: dict[str, Any], context: Context,
                    problems: list) -> None:
    """Tie-break rules: `criterion:CODE`, `median`, `first_places`, `casting_vote`, in order."""
    row = record.pop("_tie_break_row", None)
    tokens = record.get("tie_break", [])
    known_criteria = {code for (_, code) in context.criteria}
    for token in tokens:
        problem = edition_rules.tie_break_problem([token], known_criteria)
        if problem is not None:
            problems.append(sheet.problem(problem, row, "value"))


def read_categories(sheet: Sheet, problems: list, warnings: list) -> list[dict[str, Any]]:
    reader = SheetReader(sheet, known=CATEGORY_COLUMNS, required=("code", "name_fr"))
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    if reader.usable:
        for position, row in enumerate(sheet.rows):
            code = reader.code(row, "code")
            fields = {lang: reader.text(row, f"name_{lang}", required=lang == "fr",
                                        max_length=length(Category, "name_fr"))
                      for lang in LANGUAGES}
            if reader.unique(row, "code", code, seen) and fields["fr"]:
                records.append({"code": code, "name_fr": fields["fr"],
                                "name_nl": fields["nl"] or "", "name_en": fields["en"] or "",
                                "position": position})
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return records


def read_criteria(sheet: Sheet, context: Context, problems: list,
                  warnings: list) -> list[dict[str, Any]]:
    reader = SheetReader(sheet, known=CRITERION_COLUMNS, required=("code", "name_fr"))
    records: list[dict[str, Any]] = []
    seen: dict[tuple[str | None, str], int] = {}
    if reader.usable:
        for position, row in enumerate(sheet.rows):
            code = reader.code(row, "code")
            category = reader.code(row, "category", required=False)
            names = {lang: reader.text(row, f"name_{lang}", required=lang == "fr",
                                       max_length=length(Criterion, "name_fr"))
                     for lang in LANGUAGES}
            descriptors = {lang: reader.text(row, f"descriptor_{lang}", multiline=True) or ""
                           for lang in LANGUAGES}
            weight = _grid_number(reader, row, "weight", 1.0, scale_rule.weight_problem)
            lo = _grid_number(reader, row, "min", 0.0, scale_rule.bound_problem)
            hi = _grid_number(reader, row, "max", 10.0, scale_rule.bound_problem)
            step = _grid_number(reader, row, "step", 0.5, scale_rule.step_size_problem)
            ok = None not in (code, weight, lo, hi, step, names["fr"])
            if category is not None and category.lower() not in context.categories:
                reader.fail(row, "category", tr("unknown category {value}", value=show(category)))
                ok = False
            if ok and (wrong := scale_rule.bounds_problem(lo, hi)):  # type: ignore[arg-type]
                reader.fail(row, "max", wrong)
                ok = False
            if ok and (wrong := scale_rule.steps_problem(lo, hi, step)):  # type: ignore[arg-type]
                reader.fail(row, "step", wrong)
                ok = False
            if code is None:
                continue
            cat_key = category.lower() if category else None
            key = (cat_key, code.lower())
            clash = key in seen or (cat_key is None and any(k[1] == key[1] for k in seen)) or (
                cat_key is not None and (None, key[1]) in seen)
            if clash:
                first = seen.get(key) or next(v for k, v in seen.items() if k[1] == key[1])
                reader.fail(row, "code", tr("criterion {value} appears twice for the same "
                                            "category (first in row {first})",
                                            value=show(code), first=first))
                continue
            seen[key] = row.number
            if ok:
                category_code = context.categories[cat_key] if cat_key else None
                records.append({
                    "code": code, "category": category_code, "weight": weight,
                    "min_value": lo, "max_value": hi, "step": step, "position": position,
                    **{f"name_{lang}": names[lang] or "" for lang in LANGUAGES},
                    **{f"descriptor_{lang}": descriptors[lang] for lang in LANGUAGES},
                })
                context.criteria[key] = Scale(code, lo, hi, step)  # type: ignore[arg-type]
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return records


def _grid_number(reader: SheetReader, row: Row, column: str, default: float,
                 problem: Callable[[float], str | None]) -> float | None:
    """A weight, bound or step of the grid: a number (a weight or a step above 0) that
    the grid can hold (`scale`'s limits: no scale of 1e308, no step of 1e-320)."""
    positive = column in ("weight", "step")
    value = reader.number(row, column, default=default, positive=positive)
    if value is not None and (wrong := problem(value)):
        reader.fail(row, column, wrong)
        return None
    return value


def _actors(reader: SheetReader, row: Row, column: str,
            mapped: dict[str, str] | None = None) -> str | None:
    raw = reader.text(row, column)
    if raw is None:
        return ""
    choices = names.actor_choices()
    codes = []
    for part in (c.strip() for c in raw.replace(",", ";").split(";")):
        if not part:
            continue
        if (mapped or {}).get(names.mapping_key(part)) in choices:
            codes.append((mapped or {})[names.mapping_key(part)])
            continue
        problem = names.name_problem(part, choices)
        if problem is not None:
            reader.fail(row, column, problem)
            return None
        codes.append(names.name_code(part, choices))
    return ";".join(a for a in ACTORS if a in codes)


def category_choices(context: Context) -> dict[str, tuple[str, ...]]:
    """The categories a row may name: code -> (name_fr, name_nl, name_en).

    The names come from the edition (the context's `category_names`); a category the
    context has no names for (a workbook's own new category) and coded like an actor
    type is known by that actor type's names."""
    supplied = context.category_names
    actors = names.actor_choices()
    return {code: tuple(supplied.get(code) or actors.get(code.lower()) or ())
            for code in context.categories.values()}


def _municipality(reader: SheetReader, row: Row) -> tuple[bool, str | None]:
    raw = row.get("municipality")
    if raw is None:
        return True, None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    problem = municipality_problem(raw)
    if problem is not None:
        reader.fail(row, "municipality", problem)
        return False, None
    return True, municipality_code(raw)


def read_projects(sheet: Sheet, context: Context, problems: list,
                  warnings: list) -> list[dict[str, Any]]:
    reader = SheetReader(sheet, known=PROJECT_COLUMNS, required=("code", "category", "title_fr"),
                         synonyms=HEADER_SYNONYMS)
    sheet = reader.sheet  # under the Projects column names
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    categories = category_choices(context)
    actors = names.actor_choices()
    mapping = context.value_mapping
    if reader.usable:
        for row in sheet.rows:
            before = len(reader.problems)
            code = reader.code(row, "code")
            category = reader.named(row, "category", categories, required=True,
                                    kind="category", mapped=mapping.get("category"))
            record: dict[str, Any] = {"code": code}
            for column in ("title_fr", "title_nl", "title_en", "organisation", "contact_name"):
                record[column] = reader.text(row, column, required=column == "title_fr",
                                             max_length=length(Project, column)) or ""
            for column in ("summary_fr", "summary_nl", "summary_en"):
                record[column] = reader.text(row, column, multiline=True) or ""
            # Optional (edition-workbook.md): a call spreadsheet need not give it.
            record["lead_actor"] = reader.named(row, "lead_actor", actors,
                                                mapped=mapping.get("lead_actor"))
            record["partner_actors"] = _actors(reader, row, "partner_actors",
                                               mapping.get("lead_actor"))
            _, record["municipality"] = _municipality(reader, row)
            record["contact_email"] = reader.email(row, "contact_email") or ""
            record["budget_eur"] = reader.amount(row, "budget_eur", minimum=0)
            record["language"] = reader.choice(row, "language", LANGUAGES, default="fr")
            record["_row"] = row.number
            known_category = context.categories.get(category.lower()) if category else None
            if reader.unique(row, "code", code, seen):
                # Known even if the row has faults: rows referring to it stay quiet.
                context.projects[code.lower()] = (code, known_category)  # type: ignore[union-attr]
                if len(reader.problems) == before and known_category:
                    record["category"] = known_category
                    records.append(record)
    else:
        _register_unreadable(sheet, context, "projects")
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return records


def project_columns(header: list[str]) -> set[str]:
    """The Projects columns a file's header gives (by name or synonym): what an update
    from that file may touch."""
    return set(header_map(header, PROJECT_COLUMNS).values())


def read_jurors(sheet: Sheet, context: Context, problems: list,
                warnings: list) -> list[dict[str, Any]]:
    reader = SheetReader(sheet, known=JUROR_COLUMNS, required=("code", "name"))
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    if reader.usable:
        for position, row in enumerate(sheet.rows):
            before = len(reader.problems)
            code = reader.code(row, "code")
            record: dict[str, Any] = {
                "code": code,
                "name": reader.text(row, "name", required=True, max_length=length(Juror, "name")),
                "institution": reader.text(row, "institution",
                                           max_length=length(Juror, "institution")) or "",
                "role": reader.choice(row, "role", ROLES, default="member"),
                "language": reader.choice(row, "language", LANGUAGES, default="fr"),
                "email": reader.email(row, "email") or "",
                "position": position,
                "categories": None,
            }
            raw = reader.text(row, "categories")
            if raw:
                codes = [c.strip() for c in raw.replace(",", ";").split(";") if c.strip()]
                unknown = [c for c in codes if c.lower() not in context.categories]
                if unknown:
                    reader.fail(row, "categories", tr("unknown category {value}",
                                                      value=show(unknown[0])))
                record["categories"] = [context.categories.get(c.lower(), c) for c in codes]
            if reader.unique(row, "code", code, seen):
                context.jurors[code.lower()] = (code, record["role"])  # type: ignore[union-attr]
                if len(reader.problems) == before:
                    records.append(record)
    else:
        _register_unreadable(sheet, context, "jurors")
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return records


def _register_unreadable(sheet: Sheet, context: Context, kind: str) -> None:
    """A sheet missing a required column: keep what codes it has, check no reference to it."""
    if "code" in sheet.header:
        target = context.jurors if kind == "jurors" else context.projects
        for row in sheet.rows:
            if row.get("code") is not None:
                code = str(row.get("code")).strip()
                target[code.lower()] = (code, None)
    else:
        context.unreadable.add(kind)


def _reference(reader: SheetReader, row: Row, column: str, known: dict[str, Any],
               context: Context) -> Any:
    """The (code, ...) tuple a `juror` or `project` cell refers to, or None with a problem."""
    code = reader.code(row, column)
    if code is None:
        return None
    found = known.get(code.lower())
    if found is None and f"{column}s" in context.unreadable:
        return (code, None)
    if found is None:
        message = (tr("unknown juror {value}", value=show(code)) if column == "juror"
                   else tr("unknown project {value}", value=show(code)))
        reader.fail(row, column, message)
    return found


def read_conflicts(sheet: Sheet, context: Context, problems: list,
                   warnings: list) -> list[dict[str, Any]]:
    reader = SheetReader(sheet, known=CONFLICT_COLUMNS, required=("juror", "project"))
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    if reader.usable:
        for row in sheet.rows:
            juror = _reference(reader, row, "juror", context.jurors, context)
            project = _reference(reader, row, "project", context.projects, context)
            reason = reader.text(row, "reason", multiline=True) or ""
            if juror and project and reader.unique(row, "project", f"{juror[0]}/{project[0]}",
                                                   seen):
                records.append({"juror": juror[0], "project": project[0], "reason": reason})
                context.conflicts.add((juror[0].lower(), project[0].lower()))
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return records


def read_scores(sheet: Sheet, context: Context, problems: list,
                warnings: list) -> list[dict[str, Any]]:
    reader = SheetReader(sheet, known=SCORE_COLUMNS,
                         required=("juror", "project", "criterion", "score"))
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    has_comment = "comment" in sheet.header
    if reader.usable:
        for row in sheet.rows:
            record = _plain_score(row, context, seen, has_comment)
            if record is not None:
                records.append(record)
                continue
            juror = _reference(reader, row, "juror", context.jurors, context)
            project = _reference(reader, row, "project", context.projects, context)
            code = reader.code(row, "criterion")
            raw = row.get("score")
            value = reader.number(row, "score")
            if raw is None:
                reader.fail(row, "score", tr("a value is required"))
            # No comment column: keep the comments already in the database.
            comment = ((reader.text(row, "comment", multiline=True) or "")
                       if "comment" in sheet.header else None)
            if not (juror and project and code):
                continue
            if project[1] is None:
                # The project's category is unreadable (reported on its row): check the
                # mark against the criteria of that code, so that a wrong mark is listed
                # in the same pass.
                _check_loosely(reader, row, context, code, value)
                continue
            scale = context.criterion_for(project[1], code)
            if scale is None:
                reader.fail(row, "criterion", tr(
                    "criterion {criterion} is not in the grid of project {project}",
                    criterion=code, project=project[0]))
                continue
            if juror[1] == "observer":
                reader.fail(row, "juror", tr("juror {juror} is an observer and does not score",
                                             juror=juror[0]))
                continue
            if (juror[0].lower(), project[0].lower()) in context.conflicts:
                reader.fail(row, "project", tr("juror {juror} is in conflict with project "
                                               "{project}", juror=juror[0], project=project[0]))
                continue
            if value is None:
                continue
            problem = scale_problem(scale, value)  # type: ignore[arg-type]
            if problem:
                reader.fail(row, "score", problem)
                continue
            if reader.unique(row, "criterion", f"{juror[0]}/{project[0]}/{scale.code}", seen):
                records.append({"juror": juror[0], "project": project[0],
                                "criterion": scale.code, "comment": comment,
                                "value": scale_rule.snapped(value, scale.min_value, scale.step)})
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return records


def _check_loosely(reader: SheetReader, row: Row, context: Context, code: str,
                   value: float | None) -> None:
    """A mark of a project whose category is unknown: refused when it fits none of the
    scales of the criteria coded `code` (of any category)."""
    scales = [scale for (_, key), scale in context.criteria.items() if key == code.lower()]
    if value is None or not scales:
        return
    problems = [scale_problem(scale, value) for scale in scales]  # type: ignore[arg-type]
    if all(problems):
        reader.fail(row, "score", problems[0])  # type: ignore[arg-type]


def read_values(sheet: Sheet, context: Context, problems: list,
                warnings: list) -> dict[str, dict[str, str]]:
    """The "Call values" sheet: field (category or lead_actor), value as the call writes
    it, code it stands for (a category of the edition or an actor type)."""
    reader = SheetReader(sheet, known=VALUE_COLUMNS, required=VALUE_COLUMNS)
    found: dict[str, dict[str, str]] = {}
    seen: dict[str, int] = {}
    if reader.usable:
        for row in sheet.rows:
            field = reader.choice(row, "field", VALUE_FIELDS)
            if row.get("field") is None:
                reader.fail(row, "field", tr("a value is required"))
            value = reader.text(row, "value", required=True)
            code = reader.code(row, "code")
            if field is None or value is None or code is None:
                continue
            known = context.categories if field == "category" else {a: a for a in ACTORS}
            if code.lower() not in known:
                reader.fail(row, "code", tr("unknown category {value}", value=show(code))
                            if field == "category" else tr(
                                "{value} is not one of: {choices}", value=show(code),
                                choices=", ".join(ACTORS)))
                continue
            key = names.mapping_key(value)
            if reader.unique(row, "value", f"{field}/{key}", seen):
                found.setdefault(field, {})[key] = known[code.lower()]
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return found


def _plain_score(row: Row, context: Context, seen: dict[str, int],
                 has_comment: bool) -> dict[str, Any] | None:
    """The record of a score row with nothing unusual about it, or None to take the
    full, located checks of `read_scores`. An edition holds hundreds of thousands of
    scores: the common case must not pay for the rare one."""
    values = row.values
    juror, project, code = values.get("juror"), values.get("project"), values.get("criterion")
    value, comment = values.get("score"), values.get("comment")
    if not (isinstance(juror, str) and isinstance(project, str) and isinstance(code, str)):
        return None
    if type(value) not in (int, float) or not (comment is None or isinstance(comment, str)):
        return None
    found_juror = context.jurors.get(juror.lower())
    found_project = context.projects.get(project.lower())
    if not found_juror or not found_project or found_juror[1] not in ("member", "president"):
        return None
    if found_project[1] is None:
        return None
    scale = context.criterion_for(found_project[1], code)
    if scale is None or (found_juror[0].lower(), found_project[0].lower()) in context.conflicts:
        return None
    if type(value) is int and not -2**53 <= value <= 2**53:
        return None  # a cell of many digits: the full checks say so
    value = float(value)
    if not scale_rule.fits(value, scale.min_value, scale.max_value, scale.step):
        return None
    key = f"{found_juror[0]}/{found_project[0]}/{scale.code}".lower()
    if key in seen or len(comment or "") > MAX_CELL_CHARS:
        return None
    seen[key] = row.number
    return {"juror": found_juror[0], "project": found_project[0], "criterion": scale.code,
            "value": scale_rule.snapped(value, scale.min_value, scale.step),
            "comment": (comment or "") if has_comment else None}


def read_decisions(sheet: Sheet, context: Context, problems: list,
                   warnings: list) -> list[dict[str, Any]]:
    reader = SheetReader(sheet, known=DECISION_COLUMNS, required=("project", "award"))
    records: list[dict[str, Any]] = []
    seen_projects: dict[str, int] = {}
    seen_awards: dict[str, int] = {}
    if reader.usable:
        for position, row in enumerate(sheet.rows):
            before = len(reader.problems)
            project = _reference(reader, row, "project", context.projects, context)
            award = reader.choice(row, "award", AWARDS)
            if row.get("award") is None:
                reader.fail(row, "award", tr("a value is required"))
            record: dict[str, Any] = {
                "project": project[0] if project else None, "award": award,
                "amount_eur": reader.number(row, "amount_eur", minimum=0, maximum=MAX_AMOUNT),
                "justification": reader.text(row, "justification", multiline=True) or "",
                "position": position,
                **{f"citation_{lang}": reader.text(row, f"citation_{lang}", multiline=True) or ""
                   for lang in LANGUAGES},
            }
            if project:
                reader.unique(row, "project", project[0], seen_projects)
            if award and award != "mention":
                reader.unique(row, "award", award, seen_awards)
            if len(reader.problems) == before and project and award:
                records.append(record)
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return records

