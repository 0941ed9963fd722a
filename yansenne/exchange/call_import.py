"""Importing the call's spreadsheet: columns mapped to the Projects columns, every row
checked and shown before anything is written, then one atomic import.

A call for projects rarely uses the spec's column names ("Titre du projet",
"Gemeente", "E-mail"): `propose_mapping` guesses a Projects column for each of
the file's columns from its name, the user corrects it, `check_call` reads the
mapped rows exactly as `projects import` would and lists each row's problems
(located by the file's own column letters and names), and `import_call` writes
them in one transaction through the registry's audited functions.

Values the file writes differently (a category or an actor type the name rules do not
resolve) are mapped once (`unmapped_values` lists them, `values` carries the user's
choices) and stored with the edition (editions.value_mapping) by the import, so that
the next import, the command line's included, reads them the same way. All or nothing
is the default; `skip_invalid` imports the valid rows and lists the refused ones, which
`write_rejects` saves as `projects import --rejects` does.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from yansenne.domain import names, record_import
from yansenne.domain.work import Session
from yansenne.errors import InputError, Problem
from yansenne.exchange import sheets as S
from yansenne.exchange.fields import HEADER_SYNONYMS, fold_header
from yansenne.exchange.records import (
    RecordsReport,
    RefusedRow,
    checked_reader,
    refused_rows,
    skipping_reader,
    write_rejects,
)
from yansenne.exchange.tabular import Column, Row, Sheet, read_first_table
from yansenne.i18n import tr
from yansenne.store.database import Database

TARGETS: tuple[str, ...] = S.PROJECT_COLUMNS
# field -> {folded value -> code}: the value mapping, as editions.value_mapping holds it.
Values = Mapping[str, Mapping[str, str]]
VALUE_FIELDS: tuple[str, ...] = ("category", "lead_actor")
# The file columns whose values a field's mapping reads (partners are actor types too).
VALUE_SOURCES = {"category": ("category",), "lead_actor": ("lead_actor", "partner_actors")}
REQUIRED: tuple[str, ...] = ("code", "category", "title_fr")
SIMILARITY = 0.75
# What calls for projects write instead of the spec's names, folded (`fold_header`): the
# spec's own synonyms (fields.HEADER_SYNONYMS, which the command line reads too) win over
# the wider guesses the desk proposes for mapping.
_GUESSES: dict[str, str] = {
    "id": "code", "ref": "code", "reference": "code", "referentie": "code", "numero": "code",
    "nummer": "code", "dossier": "code", "code projet": "code", "projectcode": "code",
    "categorie": "category", "category": "category", "type": "category",
    "titre": "title_fr", "titre du projet": "title_fr", "titre fr": "title_fr",
    "intitule": "title_fr", "nom du projet": "title_fr", "title": "title_en",
    "titel": "title_nl", "titel van het project": "title_nl", "projectnaam": "title_nl",
    "titre nl": "title_nl", "titel nl": "title_nl", "titre en": "title_en",
    "organisation": "organisation", "organisatie": "organisation", "organisme": "organisation",
    "promoteur": "organisation", "promotor": "organisation",
    "association": "organisation", "vereniging": "organisation", "structure": "organisation",
    "acteur": "lead_actor", "type d acteur": "lead_actor", "acteur porteur": "lead_actor",
    "lead actor": "lead_actor", "trekker": "lead_actor", "type actor": "lead_actor",
    "partenaires": "partner_actors", "partners": "partner_actors",
    "acteurs partenaires": "partner_actors", "partneractoren": "partner_actors",
    "commune": "municipality", "gemeente": "municipality", "localisation": "municipality",
    "lieu": "municipality", "plaats": "municipality", "municipality": "municipality",
    "resume": "summary_fr", "description": "summary_fr", "resume fr": "summary_fr",
    "samenvatting": "summary_nl", "beschrijving": "summary_nl", "summary": "summary_en",
    "contact": "contact_name", "personne de contact": "contact_name",
    "contactpersoon": "contact_name", "responsable": "contact_name", "naam": "contact_name",
    "e mail": "contact_email", "email": "contact_email", "courriel": "contact_email",
    "mail": "contact_email", "adresse e mail": "contact_email", "e mailadres": "contact_email",
    "budget": "budget_eur", "montant": "budget_eur", "cout": "budget_eur", "bedrag": "budget_eur",
    "kostprijs": "budget_eur", "budget total": "budget_eur", "totaal budget": "budget_eur",
    "budget eur": "budget_eur", "budget en eur": "budget_eur", "montant eur": "budget_eur",
    "budget in eur": "budget_eur", "bedrag eur": "budget_eur",
}
SYNONYMS: dict[str, str] = {**_GUESSES, **{fold_header(name): target
                                           for target, names in HEADER_SYNONYMS.items()
                                           for name in names}}


@dataclass
class CallFile:
    """The file as read: its first sheet with the file's own column names."""

    path: Path
    sheet: Sheet

    @property
    def columns(self) -> list[Column]:
        """The named columns, in file order (letter and header)."""
        return [_column(self.sheet, h) for h in self.headers]

    @property
    def headers(self) -> list[str]:
        return [h for h in self.sheet.header if h]

    def title(self, header: str) -> str:
        """A column's header as the file writes it (case and all)."""
        titles, index = self.sheet.titles, self.sheet.header.index(header)
        return titles[index] if index < len(titles) and titles[index] else header

    def sample(self, header: str, limit: int = 3) -> list[Any]:
        """A few values of a column as read (numbers stay numbers), to help the user map
        it."""
        values = [row.get(header) for row in self.sheet.rows]
        return [v for v in values if v is not None][:limit]


def _column(sheet: Sheet, header: str) -> Column:
    from openpyxl.utils import get_column_letter

    return Column(get_column_letter(sheet.header.index(header) + 1), header)


def read_call_file(path: Path) -> CallFile:
    """The first sheet of an .xlsx or a CSV file (refused with a located message)."""
    return CallFile(path, read_first_table(path))


def propose_mapping(headers: list[str]) -> dict[str, str | None]:
    """A Projects column for each header, by name (exact, known synonym, then close
    spelling); each Projects column is proposed for one header at most."""
    proposed: dict[str, str | None] = {}
    used: set[str] = set()
    passes = (_exact, _synonym, _similar)
    for guess in passes:
        for header in headers:
            if proposed.get(header):
                continue
            target = guess(header)
            if target and target not in used:
                proposed[header] = target
                used.add(target)
    return {header: proposed.get(header) for header in headers}


def _exact(header: str) -> str | None:
    key = fold_header(header).replace(" ", "_")
    return key if key in TARGETS else None


def _synonym(header: str) -> str | None:
    key = fold_header(header)
    if key in SYNONYMS:
        return SYNONYMS[key]
    for suffix, lang in ((" fr", "fr"), (" nl", "nl"), (" en", "en")):
        if key.endswith(suffix) and SYNONYMS.get(key[: -len(suffix)], "").endswith("_fr"):
            return SYNONYMS[key[: -len(suffix)]][:-2] + lang
    return None


def _similar(header: str) -> str | None:
    key = fold_header(header)
    candidates = {**{t.replace("_", " "): t for t in TARGETS}, **SYNONYMS}
    close = difflib.get_close_matches(key, list(candidates), n=1, cutoff=SIMILARITY)
    return candidates[close[0]] if close else None


def mapping_problems(mapping: Mapping[str, str | None]) -> list[str]:
    """What is wrong with a mapping itself: a Projects column chosen twice, or a
    required one not chosen."""
    problems = []
    chosen = [t for t in mapping.values() if t]
    for target in sorted({t for t in chosen if chosen.count(t) > 1}, key=TARGETS.index):
        headers = [h for h, t in mapping.items() if t == target]
        problems.append(tr("the columns {columns} are all mapped to {target}; keep one",
                           columns=", ".join(f"\"{h}\"" for h in headers), target=target))
    for target in REQUIRED:
        if target not in chosen:
            problems.append(tr("no column is mapped to the required column {target}",
                               target=target))
    return problems


def mapped_sheet(call: CallFile, mapping: Mapping[str, str | None]) -> Sheet:
    """The file's rows under the Projects column names; each cell keeps the file's
    column letter and name, so that problems point at the file as the user sees it."""
    header = [(mapping.get(h) or "") if h else "" for h in call.sheet.header]
    # A control character in a mapped column stays that column's fault, under its target.
    faults = [replace(f, name=mapping.get(f.name) or "") for f in call.sheet.faults
              if not f.name or mapping.get(f.name)]
    sheet = Sheet(file=call.sheet.file, name=call.sheet.name, header=header,
                  is_csv=call.sheet.is_csv, faults=faults, warnings=call.sheet.warnings)
    columns = {target: _column(call.sheet, source) for source, target in mapping.items()
               if target and source in call.sheet.header}
    for row in call.sheet.rows:
        values = {target: row.get(source) for source, target in mapping.items() if target}
        sheet.rows.append(Row(row.number, values, columns))
    return sheet


@dataclass
class RowCheck:
    """One data row as the import would see it."""

    number: int
    code: str
    title: str
    action: str  # "add", "update" or "refused"
    problems: list[Problem] = field(default_factory=list)


@dataclass
class CallCheck:
    rows: list[RowCheck]
    problems: list[Problem]  # about the mapping or the file as a whole
    warnings: list[Problem]

    @property
    def importable(self) -> bool:
        return bool(self.rows) and not self.problems and all(not r.problems for r in self.rows)

    @property
    def partly_importable(self) -> bool:
        """At least one valid row and nothing wrong with the file as a whole: what
        importing the valid rows only needs."""
        return not self.problems and any(not r.problems for r in self.rows)

    def counts(self) -> dict[str, int]:
        return {kind: sum(r.action == kind for r in self.rows)
                for kind in ("add", "update", "refused")}


@dataclass
class ValueChoice:
    """A value of the file that needs the user's word: what it stands for."""

    field: str  # "category" or "lead_actor" (actor types, partners included)
    value: str  # as the file writes it (the first spelling met)
    key: str  # folded, as the value mapping keeps it
    rows: int  # how many rows write it
    code: str | None  # what the mapping says it stands for, None while unmapped


def value_options(db: Database, year: int) -> dict[str, dict[str, tuple[str, ...]]]:
    """What a value may stand for, by field: code -> (name_fr, name_nl, name_en)."""
    context, _ = record_import.projects_context(db, year)
    return {"category": S.category_choices(context), "lead_actor": names.actor_choices()}


def stored_values(db: Database, year: int) -> dict[str, dict[str, str]]:
    """The value mapping stored with edition `year` by earlier imports."""
    return record_import.value_mapping(db, year)


def unmapped_values(call: CallFile, mapping: Mapping[str, str | None],
                    options: Mapping[str, Mapping[str, tuple[str, ...]]],
                    values: Values) -> list[ValueChoice]:
    """The values of the mapped category and actor columns that the name rules do not
    resolve, each once (in file order), with what `values` maps them to."""
    found: dict[tuple[str, str], ValueChoice] = {}
    for header, target in mapping.items():
        field_ = next((f for f, sources in VALUE_SOURCES.items() if target in sources), None)
        if field_ is None:
            continue
        choices = options.get(field_, {})
        for row in call.sheet.rows:
            raw = row.get(header)
            if raw is None:
                continue
            parts = (str(raw).replace(",", ";").split(";") if target == "partner_actors"
                     else [str(raw)])
            for part in (p.strip() for p in parts):
                if not part or names.resolves(part, choices):
                    continue
                key = names.mapping_key(part)
                choice = found.get((field_, key))
                if choice is None:
                    code = (values.get(field_) or {}).get(key)
                    choice = found[(field_, key)] = ValueChoice(
                        field_, part, key, 0, code if code in choices else None)
                choice.rows += 1
    return list(found.values())


def _with_values(context: record_import.Context, values: Values | None) -> None:
    """The user's value choices over the edition's stored ones (not written yet)."""
    if values:
        context.value_mapping = record_import.merged_mapping(context.value_mapping, values)


def check_call(db: Database, year: int, call: CallFile,
               mapping: Mapping[str, str | None], values: Values | None = None) -> CallCheck:
    """Read the mapped rows against edition `year` without writing anything; `values`:
    the value choices made in the preview, over those stored with the edition."""
    general = [Problem(message, file=call.sheet.file) for message in mapping_problems(mapping)]
    if general:
        return CallCheck([], general, [])
    sheet = mapped_sheet(call, mapping)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    context, existing = record_import.projects_context(db, year)
    _with_values(context, values)
    S.read_projects(sheet, context, problems, warnings)
    by_row: dict[int | None, list[Problem]] = {}
    for problem in problems:
        by_row.setdefault(problem.row, []).append(problem)
    rows = []
    for row in sheet.rows:
        code = str(row.get("code") or "")
        found = by_row.get(row.number, [])
        action = "refused" if found else ("update" if code.lower() in existing else "add")
        rows.append(RowCheck(row.number, code, str(row.get("title_fr") or ""), action, found))
    listed = {r.number for r in sheet.rows}
    general = [p for p in problems if p.row not in listed]
    return CallCheck(rows, general, warnings)


@dataclass
class CallReport:
    """What an import did, and what undoing it needs."""

    counts: dict[str, int]
    warnings: list[Problem]
    added: list[str] = field(default_factory=list)  # codes of the new projects
    previous: dict[str, dict[str, Any]] = field(default_factory=dict)  # code -> old values
    # The edition's value mapping before the import stored the preview's choices.
    previous_values: dict[str, dict[str, str]] | None = None
    refused: list[RefusedRow] = field(default_factory=list)  # with skip_invalid
    rejects: Path | None = None  # where the refused rows were saved


def import_call(db: Database, year: int, call: CallFile, mapping: Mapping[str, str | None], *,
                actor: str, values: Values | None = None, skip_invalid: bool = False,
                rejects: Path | None = None) -> CallReport:
    """Add new projects and update existing ones (by code), all or nothing, and store the
    value choices with the edition. An update changes only the mapped columns.

    With `skip_invalid` the refused rows are left out (and listed in the report), the
    others written in one transaction; with `rejects` too, the refused rows are saved
    there (as `projects import --rejects` saves them) before the transaction commits."""
    if rejects is not None and not skip_invalid:
        raise ValueError("rejects needs skip_invalid")
    with db.write() as session:
        report = apply_call(session, year, call, mapping, actor=actor, values=values,
                            skip_invalid=skip_invalid)
        if rejects is not None:
            report.rejects = save_rejects(call, report, rejects)
        return report


def apply_call(session: Session, year: int, call: CallFile,
               mapping: Mapping[str, str | None], *, actor: str, values: Values | None = None,
               skip_invalid: bool = False) -> CallReport:
    """`import_call` inside the caller's write session (the desk's undoable edits)."""
    refused = [Problem(message, file=call.sheet.file) for message in mapping_problems(mapping)]
    if refused:
        raise InputError(refused)
    previous_values = None
    if values:
        previous_values = record_import.store_value_mapping(
            session, year, values, actor=actor, file=call.path.name)
    sheet = mapped_sheet(call, mapping)
    warnings: list[Problem] = []
    where = None if call.sheet.is_csv else call.sheet.name

    def locate(message: str, row: int, _column: str | None) -> Problem:
        """A registry refusal located at the file's row (its fields are the file's own)."""
        return Problem(message, file=call.sheet.file, sheet=where, row=row)

    problems: list[Problem] = []
    read = (skipping_reader(S.read_projects, sheet, warnings, problems) if skip_invalid
            else checked_reader(S.read_projects, sheet, warnings))
    applied = record_import.apply_projects(
        session, year, read, mapped={t for t in mapping.values() if t}, locate=locate,
        actor=actor, file=call.sheet.file, source=call.path.name,
        refused=problems if skip_invalid else None)
    return CallReport(applied.counts, warnings, applied.added, applied.previous,
                      previous_values, refused_rows(call.sheet, problems))


def save_rejects(call: CallFile, report: CallReport, path: Path) -> Path:
    """The refused rows, with the file's own columns and a `problem` column, to fix and
    import later (the format of `projects import --rejects`)."""
    records = RecordsReport(report.counts, report.warnings, refused=report.refused,
                            columns=list(call.sheet.header), titles=list(call.sheet.titles))
    return write_rejects(records, path.expanduser(), source=call.path)


def undo_call(session: Session, year: int, report: CallReport, *, actor: str) -> None:
    """Take an import back: its new projects removed, the updated ones as they were, the
    value mapping as it was."""
    record_import.undo_projects(session, year, report.added, report.previous, actor=actor)
    if report.previous_values is not None:
        record_import.store_value_mapping(session, year, report.previous_values, actor=actor,
                                          replace=True)
