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
from yansenne.domain.record_import import (  # also built from the database
    Context,
    Scale,
    StageRule,
)
from yansenne.domain.stages import FINAL_STAGE
from yansenne.exchange.fields import (
    CODE,
    HEADER_SYNONYMS,
    SheetReader,
    fold_header,
    header_map,
    show,
)
from yansenne.exchange.tabular import MAX_CELL_CHARS, Row, Sheet
from yansenne.i18n import tr
from yansenne.scoring import METHODS
from yansenne.store.models import (
    ACTORS,
    AWARDS,
    CONSENSUS_KINDS,
    DEFAULT_PRIZES,
    LANGUAGES,
    ROLES,
    STAGE_KINDS,
    STAGE_STATES,
    Category,
    Criterion,
    Edition,
    Juror,
    Project,
    Stage,
)

EDITION_KEYS = ("year", "name_fr", "name_nl", "name_en", "ceremony_date", "method", "quorum",
                "foreword_fr", "foreword_nl", "foreword_en", "trim", "tie_break", "prizes",
                "deliberation_date", "deliberation_place", "deliberation_start",
                "deliberation_end", "casting_vote", "remedies_fr", "remedies_nl",
                "remedies_en")
CATEGORY_COLUMNS = ("code", "name_fr", "name_nl", "name_en")
CRITERION_COLUMNS = ("code", "name_fr", "name_nl", "name_en", "category", "weight", "min", "max",
                     "step", "descriptor_fr", "descriptor_nl", "descriptor_en")
PROJECT_COLUMNS = ("code", "category", "title_fr", "title_nl", "title_en", "organisation",
                   "lead_actor", "partner_actors", "municipality", "summary_fr", "summary_nl",
                   "summary_en", "contact_name", "contact_email", "budget_eur", "language")
JUROR_COLUMNS = ("code", "name", "institution", "role", "language", "email", "categories")
CONFLICT_COLUMNS = ("juror", "project", "reason")
SCORE_COLUMNS = ("juror", "project", "criterion", "score", "comment")
# Read with a `stage` column too; an edition with stages is written with it.
STAGED_SCORE_COLUMNS = (*SCORE_COLUMNS, "stage")
# Read too, written only where a mark has one: the mark as it stood at the juror's first
# submission in the last stage (preliminary), when it differs from the final one or not.
PRELIMINARY_COLUMN = "preliminary"
STAGE_COLUMNS = ("code", "kind", "name_fr", "name_nl", "name_en", "jurors", "per_project",
                 "shortlist", "method", "closes", "state")
SCREENING_COLUMNS = ("project", "stage", "eligible", "reason")
ALLOCATION_COLUMNS = ("stage", "juror", "project")
SHORTLIST_COLUMNS = ("stage", "project")
CONSENSUS_COLUMNS = ("project", "stage", "kind", "text_fr", "text_nl")
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
            for field in (f"foreword_{lang}", f"remedies_{lang}"):
                row = rows.get(field)
                record[field] = (reader.text(row, "value", multiline=True)
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
    reader = SheetReader(sheet, known=(*STAGED_SCORE_COLUMNS, PRELIMINARY_COLUMN),
                         required=("juror", "project", "criterion", "score"))
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    has_comment = "comment" in sheet.header
    has_stage = "stage" in sheet.header
    pairs: dict[tuple[Any, ...], Any] = {}
    if reader.usable:
        for row in sheet.rows:
            record = (None if row.get(PRELIMINARY_COLUMN) is not None
                      else _plain_score(row, context, seen, has_comment, has_stage, pairs))
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
            known, rule = score_stage(reader, row, context)
            if not (juror and project and code and known):
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
            if rule is not None and (refused := rule.refusal(juror[0], project[0])):
                reader.fail(row, *refused)
                continue
            if value is None:
                continue
            problem = scale_problem(scale, value)  # type: ignore[arg-type]
            if problem:
                reader.fail(row, "score", problem)
                continue
            preliminary = _preliminary(reader, row, scale)
            if preliminary is False:
                continue
            stage = rule.code if rule else None
            key = _score_key(juror[0], project[0], scale.code, stage if has_stage else None)
            if reader.unique(row, "criterion", key, seen):
                records.append({"juror": juror[0], "project": project[0],
                                "criterion": scale.code, "comment": comment, "stage": stage,
                                "value": scale_rule.snapped(value, scale.min_value, scale.step),
                                "_row": row.number,
                                **({"preliminary": preliminary} if preliminary is not None
                                   else {})})
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return records


def _preliminary(reader: SheetReader, row: Row, scale: Scale) -> float | None | bool:
    """The row's preliminary mark: None when blank, False when refused (reported)."""
    if row.get(PRELIMINARY_COLUMN) is None:
        return None
    value = reader.number(row, PRELIMINARY_COLUMN)
    if value is None:
        return False
    problem = scale_problem(scale, value)  # type: ignore[arg-type]
    if problem:
        reader.fail(row, PRELIMINARY_COLUMN, problem)
        return False
    return scale_rule.snapped(value, scale.min_value, scale.step)


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


def _score_key(juror: str, project: str, criterion: str, stage: str | None) -> str:
    """What a mark is unique by in a sheet: the stage too when the sheet names stages."""
    key = f"{juror}/{project}/{criterion}"
    return key if stage is None else f"{key}/{stage}"


def _plain_score(row: Row, context: Context, seen: dict[str, int],
                 has_comment: bool, has_stage: bool = False,
                 pairs: dict[tuple[Any, ...], tuple[str, str, str, StageRule | None] | bool]
                 | None = None) -> dict[str, Any] | None:
    """The record of a score row with nothing unusual about it, or None to take the
    full, located checks of `read_scores`. An edition holds hundreds of thousands of
    scores: the common case must not pay for the rare one. `pairs` keeps what was found
    of each (juror, project, stage) cell triple: a pair has a row per criterion."""
    values = row.values
    juror, project, code = values.get("juror"), values.get("project"), values.get("criterion")
    value, comment = values.get("score"), values.get("comment")
    if not (isinstance(juror, str) and isinstance(project, str) and isinstance(code, str)):
        return None
    if type(value) not in (int, float) or not (comment is None or isinstance(comment, str)):
        return None
    raw_stage = values.get("stage")
    key = (juror, project, raw_stage)
    pair = pairs.get(key) if pairs is not None else None
    if pair is None:
        pair = _plain_pair(juror, project, raw_stage, context)
        if pairs is not None:
            pairs[key] = pair
    if pair is False:
        return None
    juror_code, project_code, category, rule = pair  # type: ignore[misc]
    scale = context.criterion_for(category, code)
    if scale is None:
        return None
    if type(value) is int and not -2**53 <= value <= 2**53:
        return None  # a cell of many digits: the full checks say so
    value = float(value)
    if not scale_rule.fits(value, scale.min_value, scale.max_value, scale.step):
        return None
    stage = rule.code if rule else None
    key = _score_key(juror_code, project_code, scale.code,
                     stage if has_stage else None).lower()
    if key in seen or len(comment or "") > MAX_CELL_CHARS:
        return None
    seen[key] = row.number
    return {"juror": juror_code, "project": project_code, "criterion": scale.code,
            "value": scale_rule.snapped(value, scale.min_value, scale.step),
            "comment": (comment or "") if has_comment else None, "stage": stage,
            "_row": row.number}


def _plain_pair(juror: str, project: str, raw_stage: Any,
                context: Context) -> tuple[str, str, str, StageRule | None] | bool:
    """(juror code, project code, the project's category, the stage's rule) when a
    juror may plainly mark a project in the stage a row names, or False for the full
    checks (an unknown code, an observer, a conflict, a stage that refuses the pair)."""
    found_juror = context.jurors.get(juror.lower())
    found_project = context.projects.get(project.lower())
    if not found_juror or not found_project or found_juror[1] not in ("member", "president"):
        return False
    if found_project[1] is None:
        return False
    if (found_juror[0].lower(), found_project[0].lower()) in context.conflicts:
        return False
    rule = _plain_stage(raw_stage, context)
    if rule is False or (rule is not None and rule.refusal(found_juror[0], found_project[0])):
        return False
    return found_juror[0], found_project[0], found_project[1], rule  # type: ignore[return-value]


def _plain_stage(raw: Any, context: Context) -> StageRule | None | bool:
    """The stage of a plain score row: its rule, None when stages are not checked, or
    False when the row needs the full checks (an odd or unknown stage cell)."""
    if not context.stages:
        return None if raw is None else False
    if raw is None:
        code = context.blank_stage
    elif isinstance(raw, str) and CODE.match(raw):
        code = raw
    else:
        return False
    rule = context.stages.get(code.lower()) if code else None
    return rule if rule is not None and rule.kind == "scoring" else False


def score_stage(reader: SheetReader, row: Row,
                context: Context) -> tuple[bool, StageRule | None]:
    """The stage a score row names (a blank cell: the context's `blank_stage`): whether
    it is a known scoring stage, and its rule (None when the stages are not checked)."""
    raw = reader.code(row, "stage", required=False)
    if raw is None and row.get("stage") is not None:
        return False, None  # not a code: reported
    if not context.stages:
        if raw is not None:
            reader.fail(row, "stage", tr("unknown stage {value}", value=show(raw)))
            return False, None
        return True, None
    code = raw if raw is not None else context.blank_stage
    if code is None:
        reader.fail(row, "stage", tr("no stage is open: the stage column must name one"))
        return False, None
    rule = context.stages.get(code.lower())
    if rule is None:
        reader.fail(row, "stage", tr("unknown stage {value}", value=show(code)))
        return False, None
    if rule.kind != "scoring":
        reader.fail(row, "stage", tr("stage {stage} is a screening stage: it takes no scores",
                                     stage=rule.code))
        return False, None
    return True, rule


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



# ---------------------------------------------------------------- stages

# What the Screening sheet and a screening file accept for `eligible` (folded: no case,
# no accents); anything else (1/0, true/false, "x") is ambiguous and refused.
ELIGIBLE_VALUES = {"yes": True, "oui": True, "ja": True, "no": False, "non": False,
                   "nee": False}
# What a secretariat writes instead of the Screening column names (a screening file).
SCREENING_SYNONYMS: dict[str, tuple[str, ...]] = {
    "project": ("projet", "n° dossier", "dossier", "nummer"),
    "stage": ("étape", "phase", "fase", "etappe"),
    "eligible": ("éligible", "éligibilité", "recevable", "ontvankelijk", "in aanmerking"),
    "reason": ("motif", "raison", "motivation", "reden", "motivering"),
}
MAX_STAGE_COUNT = 100_000  # per_project and shortlist: whole numbers a database column holds


def default_stages(context: Context) -> None:
    """No Stages sheet (or none readable): the one scoring stage `final`, where blank
    stage cells go."""
    context.stages = {FINAL_STAGE: StageRule(FINAL_STAGE)}
    context.blank_stage = FINAL_STAGE


def read_stages(sheet: Sheet, context: Context, problems: list,
                warnings: list) -> list[dict[str, Any]]:
    """The Stages sheet, in stage order; sets the context's stage rules (no project has
    reached a later stage until the Shortlist sheet says so)."""
    reader = SheetReader(sheet, known=STAGE_COLUMNS, required=("code", "kind", "name_fr"))
    records: list[dict[str, Any]] = []
    rows: dict[str, Row] = {}
    seen: dict[str, int] = {}
    if reader.usable:
        for row in sheet.rows:
            record = _stage_record(reader, row, context, seen)
            if record is not None:
                records.append(record)
                rows[record["code"]] = row
        _stage_states(reader, records, rows, any(r.get("state") is not None
                                                 for r in sheet.rows))
        if records and records[-1]["kind"] != "scoring":
            reader.fail(rows[records[-1]["code"]], "kind",
                        tr("the last stage must be a scoring stage"))
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    if not records:
        default_stages(context)
        return records
    context.stages = {}
    for position, record in enumerate(records):
        context.stages[record["code"].lower()] = StageRule(
            record["code"], record["kind"], record["state"], record["per_project"],
            jurors=frozenset(j.lower() for j in record["jurors"]) or None,
            projects=None if position == 0 else frozenset(),
            allocated=None if record["per_project"] is None else frozenset())
    context.blank_stage = records[-1]["code"]
    return records


def _stage_record(reader: SheetReader, row: Row, context: Context,
                  seen: dict[str, int]) -> dict[str, Any] | None:
    """One Stages row as a record (state None when blank), or None when faulty."""
    before = len(reader.problems)
    code = reader.code(row, "code")
    kind = reader.choice(row, "kind", STAGE_KINDS)
    if row.get("kind") is None:
        reader.fail(row, "kind", tr("a value is required"))
    record: dict[str, Any] = {
        "code": code, "kind": kind,
        **{f"name_{lang}": reader.text(row, f"name_{lang}", required=lang == "fr",
                                       max_length=length(Stage, "name_fr")) or ""
           for lang in LANGUAGES},
        "jurors": _stage_jurors(reader, row, context),
        "per_project": reader.integer(row, "per_project", minimum=1, maximum=MAX_STAGE_COUNT),
        "shortlist": reader.integer(row, "shortlist", minimum=1, maximum=MAX_STAGE_COUNT),
        "method": reader.choice(row, "method", METHODS, default=""),
        "closes": reader.date(row, "closes"),
        "state": reader.choice(row, "state", STAGE_STATES),
        "_row": row.number,
    }
    if reader.unique(row, "code", code, seen) and len(reader.problems) == before:
        return record
    return None


def _stage_jurors(reader: SheetReader, row: Row, context: Context) -> list[str]:
    """The `jurors` cell: juror codes separated by `;`, each a scoring juror (blank: all)."""
    raw = reader.text(row, "jurors")
    codes: list[str] = []
    for part in (c.strip() for c in (raw or "").replace(",", ";").split(";")):
        if not part:
            continue
        found = context.jurors.get(part.lower())
        if found is None and "jurors" not in context.unreadable:
            reader.fail(row, "jurors", tr("unknown juror {value}", value=show(part)))
        elif found is not None and found[1] == "observer":
            reader.fail(row, "jurors", tr("juror {juror} is an observer and does not score",
                                          juror=found[0]))
        elif (found or (part,))[0] not in codes:
            codes.append((found or (part,))[0])
    return codes


def _stage_states(reader: SheetReader, records: list[dict[str, Any]], rows: dict[str, Row],
                  given: bool) -> None:
    """States as written (blank: pending), or, none written at all, the first stage open
    and the others pending; at most one open stage, only pending ones after it, and no
    closed stage after one that is not."""
    if not given:
        for position, record in enumerate(records):
            record["state"] = "open" if position == 0 else "pending"
        return
    opened: str | None = None
    unclosed: str | None = None
    for record in records:
        if record["state"] is None:
            record["state"] = "pending"
        state, row = record["state"], rows[record["code"]]
        if opened is not None and state != "pending":
            reader.fail(row, "state", tr("stage {stage} comes after the open stage {open}: it "
                                         "must be pending", stage=record["code"], open=opened))
        elif unclosed is not None and state == "closed":
            reader.fail(row, "state", tr("stage {stage} is closed but the earlier stage "
                                         "{earlier} is not", stage=record["code"],
                                         earlier=unclosed))
        if state == "open" and opened is None:
            opened = record["code"]
        if state != "closed" and unclosed is None:
            unclosed = record["code"]


def _stage(reader: SheetReader, row: Row, context: Context) -> StageRule | None:
    """The stage a `stage` cell names, or None with a problem."""
    code = reader.code(row, "stage")
    if code is None:
        return None
    rule = context.stages.get(code.lower())
    if rule is None:
        reader.fail(row, "stage", tr("unknown stage {value}", value=show(code)))
    return rule


def _reaches(reader: SheetReader, row: Row, rule: StageRule, project: str) -> bool:
    """Whether `project` reached the stage (else a problem on the row's project)."""
    if rule.projects is None or project.lower() in rule.projects:
        return True
    reader.fail(row, "project", tr("project {project} did not reach stage {stage}",
                                   project=project, stage=rule.code))
    return False


def read_shortlists(sheet: Sheet, context: Context, problems: list,
                    warnings: list) -> list[dict[str, Any]]:
    """The Shortlist sheet: who went on from each closed stage. The next stage's rule
    learns who reached it; each row's project must have reached its own stage."""
    reader = SheetReader(sheet, known=SHORTLIST_COLUMNS, required=SHORTLIST_COLUMNS)
    found: list[tuple[Row, dict[str, Any]]] = []
    seen: dict[str, int] = {}
    if reader.usable:
        for row in sheet.rows:
            rule = _stage(reader, row, context)
            project = _reference(reader, row, "project", context.projects, context)
            if rule is None or project is None:
                continue
            if rule.state != "closed":
                reader.fail(row, "stage", tr("stage {stage} is not closed: it has no shortlist "
                                             "yet", stage=rule.code))
            elif reader.unique(row, "project", f"{rule.code}/{project[0]}", seen):
                found.append((row, {"stage": rule.code, "project": project[0],
                                    "_row": row.number}))
    ordered = list(context.stages.values())
    for before, after in zip(ordered, ordered[1:], strict=False):
        after.projects = frozenset(r["project"].lower() for _, r in found
                                   if r["stage"] == before.code)
    records = [r for row, r in found
               if _reaches(reader, row, context.stages[r["stage"].lower()], r["project"])]
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return records


def eligible_value(reader: SheetReader, row: Row) -> bool | None:
    """yes/no, oui/non, ja/nee in any case, accents ignored; anything else refused."""
    raw = row.get("eligible")
    if raw is None:
        reader.fail(row, "eligible", tr("a value is required"))
        return None
    value = ELIGIBLE_VALUES.get(fold_header(raw)) if isinstance(raw, str) else None
    if value is None:
        reader.fail(row, "eligible", tr("{value} is not one of: {choices}", value=show(raw),
                                        choices=", ".join(ELIGIBLE_VALUES)))
    return value


def read_screenings(sheet: Sheet, context: Context, problems: list, warnings: list, *,
                    open_only: bool = False) -> list[dict[str, Any]]:
    """The Screening sheet (or a screening file): one eligibility decision a project and
    screening stage, with a reason when not eligible. `open_only`: a closed stage's
    decisions were promoted and may no longer change."""
    reader = SheetReader(sheet, known=SCREENING_COLUMNS, required=SCREENING_COLUMNS[:3],
                         synonyms=SCREENING_SYNONYMS)
    sheet = reader.sheet
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    if reader.usable:
        for row in sheet.rows:
            before = len(reader.problems)
            rule = _stage(reader, row, context)
            project = _reference(reader, row, "project", context.projects, context)
            eligible = eligible_value(reader, row)
            reason = reader.text(row, "reason", multiline=True) or ""
            if eligible is False and not reason.strip():
                reader.fail(row, "reason", tr("a reason is required when the project is not "
                                              "eligible"))
            if rule is None or project is None:
                continue
            if rule.kind != "screening":
                reader.fail(row, "stage", tr("stage {stage} is a scoring stage: it takes no "
                                             "eligibility decisions", stage=rule.code))
                continue
            if open_only and rule.state == "closed":
                reader.fail(row, "stage", tr("stage {stage} is closed: its decisions were "
                                             "promoted", stage=rule.code))
                continue
            if (_reaches(reader, row, rule, project[0])
                    and reader.unique(row, "project", f"{rule.code}/{project[0]}", seen)
                    and len(reader.problems) == before):
                records.append({"stage": rule.code, "project": project[0],
                                "eligible": eligible, "reason": reason, "_row": row.number})
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return records


def read_open_screenings(sheet: Sheet, context: Context, problems: list,
                         warnings: list) -> list[dict[str, Any]]:
    """A screening file (`screening import`): only stages not yet promoted."""
    return read_screenings(sheet, context, problems, warnings, open_only=True)


def check_screened_shortlists(sheet: Sheet | None, shortlists: list[dict[str, Any]],
                              screenings: list[dict[str, Any]], context: Context,
                              problems: list) -> None:
    """A project found ineligible goes on from no screening stage."""
    refused = {(r["stage"], r["project"]) for r in screenings if not r["eligible"]}
    for record in shortlists:
        if sheet is not None and (record["stage"], record["project"]) in refused:
            problems.append(sheet.problem(tr(
                "project {project} was found not eligible in stage {stage}: it cannot go on",
                project=record["project"], stage=record["stage"]), record["_row"], "project"))


def read_allocations(sheet: Sheet, context: Context, problems: list,
                     warnings: list) -> list[dict[str, Any]]:
    """The Allocations sheet: who reads what in a stage with `per_project`; every project
    that reached such a stage gets exactly that many readers, each of its category's
    panel, none in conflict with it."""
    reader = SheetReader(sheet, known=ALLOCATION_COLUMNS, required=ALLOCATION_COLUMNS)
    found: list[tuple[Row, dict[str, Any]]] = []
    seen: dict[str, int] = {}
    if reader.usable:
        for row in sheet.rows:
            record = _allocation(reader, row, context, seen)
            if record is not None:
                found.append((row, record))
        _allocation_counts(reader, sheet, found, context)
    for rule in context.stages.values():
        if rule.per_project is not None:
            rule.allocated = frozenset((r["juror"].lower(), r["project"].lower())
                                       for _, r in found if r["stage"] == rule.code)
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return [r for _, r in found]


def _allocation(reader: SheetReader, row: Row, context: Context,
                seen: dict[str, int]) -> dict[str, Any] | None:
    """One Allocations row as a record, or None (with its problems) when refused."""
    rule = _stage(reader, row, context)
    juror = _reference(reader, row, "juror", context.jurors, context)
    project = _reference(reader, row, "project", context.projects, context)
    if rule is None or juror is None or project is None:
        return None
    if rule.per_project is None:
        reader.fail(row, "stage", tr("stage {stage} has no per_project: it allocates no "
                                     "jurors", stage=rule.code))
        return None
    before = len(reader.problems)
    if juror[1] == "observer":
        reader.fail(row, "juror", tr("juror {juror} is an observer and does not score",
                                     juror=juror[0]))
    elif rule.jurors is not None and juror[0].lower() not in rule.jurors:
        reader.fail(row, "juror", tr("juror {juror} is not in the jury of stage {stage}",
                                     juror=juror[0], stage=rule.code))
    elif project[1] is not None and (panel := context.panels.get(juror[0].lower())) is not None \
            and project[1] not in panel:
        reader.fail(row, "juror", tr("juror {juror} does not score category {category} of "
                                     "project {project}", juror=juror[0], category=project[1],
                                     project=project[0]))
    if (juror[0].lower(), project[0].lower()) in context.conflicts:
        reader.fail(row, "project", tr("juror {juror} is in conflict with project {project}",
                                       juror=juror[0], project=project[0]))
    _reaches(reader, row, rule, project[0])
    key = f"{rule.code}/{juror[0]}/{project[0]}"
    if not reader.unique(row, "project", key, seen) or len(reader.problems) != before:
        return None
    return {"stage": rule.code, "juror": juror[0], "project": project[0], "_row": row.number}


def _allocation_counts(reader: SheetReader, sheet: Sheet,
                       found: list[tuple[Row, dict[str, Any]]], context: Context) -> None:
    """Every project that reached an allocated stage has exactly `per_project` readers (a
    stage without any Allocations row is not allocated yet: `yansenne assign` will)."""
    for rule in context.stages.values():
        rows = [(row, r) for row, r in found if r["stage"] == rule.code]
        if rule.per_project is None or not rows:
            continue
        reached = (rule.projects if rule.projects is not None
                   else {code for code, _ in context.projects.items()})
        for project in sorted(reached):
            mine = [row for row, r in rows if r["project"].lower() == project]
            if len(mine) == rule.per_project:
                continue
            code = context.projects.get(project, (project,))[0]
            message = tr("stage {stage}: project {project} has {count} allocated jurors; the "
                         "stage needs {needed}", stage=rule.code, project=code,
                         count=len(mine), needed=rule.per_project)
            if mine:
                reader.fail(mine[0], "project", message)
            else:
                reader.problems.append(sheet.problem(message))


def read_consensus(sheet: Sheet, context: Context, problems: list,
                   warnings: list) -> list[dict[str, Any]]:
    """The Consensus sheet: the panel's texts on the projects shortlisted into the last
    stage: a consensus text, or a majority and a minority text."""
    reader = SheetReader(sheet, known=CONSENSUS_COLUMNS, required=CONSENSUS_COLUMNS)
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    kinds: dict[str, tuple[str, Row]] = {}
    last = list(context.stages.values())[-1] if context.stages else None
    if reader.usable:
        for row in sheet.rows:
            before = len(reader.problems)
            rule = _stage(reader, row, context)
            project = _reference(reader, row, "project", context.projects, context)
            kind = reader.choice(row, "kind", CONSENSUS_KINDS)
            if row.get("kind") is None:
                reader.fail(row, "kind", tr("a value is required"))
            texts = {lang: reader.text(row, f"text_{lang}", required=True, multiline=True)
                     for lang in ("fr", "nl")}
            if rule is None or project is None or kind is None:
                continue
            if rule is not last:
                reader.fail(row, "stage", tr("consensus texts belong to the last stage, "
                                             "{stage}", stage=last.code if last else ""))
                continue
            if not _reaches(reader, row, rule, project[0]):
                continue
            other = kinds.get(project[0].lower())
            if other and (other[0] == "consensus") != (kind == "consensus"):
                reader.fail(row, "kind", tr("project {project} has a consensus text and a "
                                            "majority or minority text (row {first})",
                                            project=project[0], first=other[1].number))
                continue
            kinds.setdefault(project[0].lower(), (kind, row))
            if (reader.unique(row, "kind", f"{project[0]}/{kind}", seen)
                    and len(reader.problems) == before):
                records.append({"stage": rule.code, "project": project[0], "kind": kind,
                                "text_fr": texts["fr"], "text_nl": texts["nl"],
                                "_row": row.number})
    problems.extend(reader.problems)
    warnings.extend(reader.warnings)
    return records
