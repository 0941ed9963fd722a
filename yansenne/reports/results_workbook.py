"""The secretariat's results workbook (`results export`): one file to forward.

Sheets, in the chosen language: a summary (laureates, then each category's ranking
under the edition's method, with its agreement figures and a chart), the places
under every method side by side, the projects x jurors matrix of juror totals, every
score in long form, the jurors (completion, leniency), the criteria, the conflicts of
interest and the audit log. Every list is a real Excel table (filters, banding), with
a bold frozen header, number formats, print setup (landscape, one page wide,
header row repeated) and no formula anywhere.

The workbook is written in openpyxl's write-only mode: an edition of 320,000 scores
streams from the database to the file without being held in memory. Write-only
cells are plain values unless they need a style; a text cell that Excel could read
as a formula or an error (`=`, `+`, `-`, `@`, tab, carriage return, `#N/A`...) goes
through `yansenne.cells.cell` (a string cell with Excel's quote prefix),
any other text is written as the string it is. The ranking comes from
`domain.ranking.compute`, the totals and agreement from `yansenne.scoring`.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import ColorScaleRule, FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne import scoring
from yansenne.cells import FORMULA_TRIGGERS, cell, header
from yansenne.domain import ranking as ranking_service
from yansenne.i18n import pick, tr
from yansenne.reports import standings
from yansenne.store.database import Database
from yansenne.store.models import (
    AuditEntry,
    Conflict,
    Criterion,
    Edition,
    Juror,
    Project,
    Score,
)

Progress = Callable[[int, int, str], None]

TABLE_STYLE = "TableStyleMedium2"
TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
SECTION_FONT = Font(bold=True, size=12, color="1F4E79")
NOTE_FONT = Font(italic=True, color="595959")
WRAP = Alignment(wrap_text=True, vertical="top")
CHANGED_FILL = PatternFill("solid", fgColor="FCE4D6")
FIGURE = "0.00"
INTEGER = "0"
PERCENT = "0%"
SIGNED = "+0.00;-0.00;0.00"
AMOUNT = '#,##0 "€"'
TIME = "yyyy-mm-dd hh:mm:ss"
DATE = "yyyy-mm-dd"
MAX_TEXT = 32_767  # Excel's limit for one cell
PAPER_A4 = "9"  # the paperSize code of A4 in SpreadsheetML
CHART_TOP = 10  # projects shown in each category's chart
CHART_ROWS = 16  # rows a chart covers: a section is at least this tall
SCORE_BATCH = 5_000  # rows fetched at a time when streaming


# -- cells ---------------------------------------------------------------------------

def text(ws: WriteOnlyWorksheet, value: str | None) -> Any:
    """A text cell that stays text: quote-prefixed when Excel could read it otherwise.

    Characters XML cannot carry (control characters other than tab, line feed and
    carriage return) are dropped, so that one odd comment cannot stop an export.
    """
    if not value:
        return None
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > MAX_TEXT:
        value = value[: MAX_TEXT - 1] + "…"
    if value.startswith(FORMULA_TRIGGERS) or value in ERROR_CODES:
        return cell(ws, value)
    return value


def code(ws: WriteOnlyWorksheet, value: str | None) -> Any:
    """A code (letters, digits, `-`, `_`, `.`): only its first character can be a trigger."""
    if not value:
        return None
    return cell(ws, value) if value.startswith(FORMULA_TRIGGERS) else value


def number(ws: WriteOnlyWorksheet, value: float | int | None, fmt: str) -> Any:
    """A number with its format; NaN and None are left blank."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    c = WriteOnlyCell(ws, value=value)
    c.number_format = fmt
    return c


def styled(ws: WriteOnlyWorksheet, value: str, font: Font) -> WriteOnlyCell:
    c = cell(ws, value)
    c.font = font
    return c


def wrapped(ws: WriteOnlyWorksheet, value: str | None) -> Any:
    shown = text(ws, value)
    if shown is None:
        return None
    c = cell(ws, shown) if isinstance(shown, str) else shown
    c.alignment = WRAP
    return c


def unique_names(names: Iterable[str]) -> list[str]:
    """Header names made unique (Excel tables require it, case-insensitively)."""
    seen: set[str] = set()
    result = []
    for name in names:
        name = " ".join(str(name).split()) or "-"
        candidate, n = name, 2
        while candidate.lower() in seen:
            candidate, n = f"{name} ({n})", n + 1
        seen.add(candidate.lower())
        result.append(candidate)
    return result


def table_name(base: str, taken: set[str]) -> str:
    """A valid, workbook-unique Excel table name built from `base`."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", base)
    candidate, n = name, 2
    while candidate.lower() in taken:
        candidate, n = f"{name}_{n}", n + 1
    taken.add(candidate.lower())
    return candidate


# -- sheets --------------------------------------------------------------------------

@dataclass(frozen=True)
class Col:
    """A column of a list sheet: its header, width (characters) and number format."""

    title: str
    width: float
    kind: str = "text"  # text, code, wrap, raw, or a number format
    fmt: str = ""


class Book:
    """The workbook being written: sheets, table names, and the language of its words."""

    def __init__(self, lang: str | None, progress: Progress | None) -> None:
        self.wb = Workbook(write_only=True)
        self.lang = lang
        self.tables: set[str] = set()
        self._progress = progress
        self.done = 0
        self.total = 1
        self.label = ""

    def step(self, amount: int = 1) -> None:
        """Report progress: `amount` more units done, under the current stage's label."""
        self.done += amount
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total, self.label)

    def sheet(self, title: str) -> WriteOnlyWorksheet:
        ws = self.wb.create_sheet(re.sub(r"[\[\]:*?/\\]", "-", title)[:31])
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = PAPER_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.gridLines = False
        ws.oddFooter.center.text = "&A — &P / &N"
        return ws

    def add_table(self, ws: WriteOnlyWorksheet, name: str, names: Sequence[str], first_row: int,
                  last_row: int, first_col: int = 1) -> None:
        """A real Excel table over a header row already written and its data rows."""
        last_col = first_col + len(names) - 1
        ref = (f"{get_column_letter(first_col)}{first_row}:"
               f"{get_column_letter(last_col)}{max(last_row, first_row + 1)}")
        table = Table(displayName=table_name(name, self.tables), ref=ref)
        table.tableColumns = [TableColumn(id=i + 1, name=n) for i, n in enumerate(names)]
        table.autoFilter = AutoFilter(ref=ref)
        table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
        with warnings.catch_warnings():  # columns are given above, as write-only mode needs
            warnings.simplefilter("ignore", UserWarning)
            ws.add_table(table)

    def list_sheet(self, title: str, table: str, columns: Sequence[Col],
                   rows: Iterable[Sequence[Any]], *, freeze: str = "A2",
                   every: int = 0) -> tuple[WriteOnlyWorksheet, int]:
        """A sheet that is one table: header in row 1, then `rows` (streamed)."""
        ws = self.sheet(title)
        for index, column in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = freeze
        ws.print_title_rows = "1:1"
        names = unique_names(c.title for c in columns)
        ws.append(header(ws, names))
        convert = [(i, _converter(ws, c)) for i, c in enumerate(columns) if c.kind != "raw"]
        width = len(columns)
        count = 0
        append = ws.append
        for row in rows:
            values = list(row)
            if len(values) != width:
                raise ValueError(f"{title}: a row of {len(values)} values for {width} columns")
            for i, convert_one in convert:
                values[i] = convert_one(values[i])
            append(values)
            count += 1
            if every and count % every == 0:
                self.step(every)
        if every:
            self.step(count % every)
        self.add_table(ws, table, names, 1, count + 1)
        return ws, count

    def save(self, path: Path) -> Path:
        path = path.expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        try:
            self.wb.save(tmp)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        return path


def _converter(ws: WriteOnlyWorksheet, column: Col) -> Callable[[Any], Any]:
    """How a column's values become cells (raw columns are passed as they are)."""
    if column.kind == "text":
        return lambda v: text(ws, v)
    if column.kind == "code":
        return _codes(ws)
    if column.kind == "wrap":
        return lambda v: wrapped(ws, v)
    fmt = column.fmt
    return lambda v: number(ws, v, fmt) if not isinstance(v, str) else text(ws, v)


def _codes(ws: WriteOnlyWorksheet) -> Callable[[Any], Any]:
    """`code`, remembered: a long list repeats the same few codes thousands of times."""
    known: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return known[value]
        except KeyError:
            shown = code(ws, value)
            if shown is None or isinstance(shown, str):  # a cell object is never shared
                known[value] = shown
            return shown

    return convert


# -- what the workbook shows ---------------------------------------------------------

@dataclass
class Facts:
    """Everything read from the database before writing, except the streamed lists."""

    edition_id: int
    year: int
    name: str
    method: str
    rules: scoring.Rules
    ranking: ranking_service.EditionRanking
    comparisons: dict[str, scoring.MethodComparison]
    categories: list[tuple[str, str]]  # code, name
    projects: list[tuple[str, str, str]]  # code, category code, title
    jurors: list[dict[str, Any]]
    voting: tuple[str, ...]
    totals: np.ndarray  # voting jurors x projects (snapshot order)
    table_projects: tuple[str, ...]
    conflicts: list[tuple[str, str, str, str, str, dt.datetime]]
    criteria: list[tuple[str, str, str, float, float, float, float, str]]
    decisions: list[tuple[str, float | None, str, str, str]]


def gather(session: Session, year: int, method: str | None, lang: str | None) -> Facts:
    """Rank the edition and read what the small sheets show (one read session)."""
    ranking = ranking_service.compute(session, year, method=method, lang=lang)
    edition = ranking_service.find_edition(session, year)
    snapshot = ranking_service.snapshot_of(session, edition)
    rules = ranking_service.rules_of(edition)
    comparisons = {c: scoring.compare_methods(snapshot, c, rules) for c in snapshot.categories}
    table = snapshot.table
    cat_code = {c.id: c.code for c in edition.categories}
    categories = [(c.code, pick(c, "name", lang)) for c in edition.categories]
    order = {c.id: i for i, c in enumerate(edition.categories)}
    projects = sorted(edition.projects, key=lambda p: (order[p.category_id], p.code))
    project_rows = [(p.code, cat_code[p.category_id], pick(p, "title", lang)) for p in projects]
    conflict_rows = session.execute(
        select(Juror.code, Juror.name, Project.code, Project, Conflict.reason,
               Conflict.declared_at)
        .select_from(Conflict).join(Juror, Juror.id == Conflict.juror_id)
        .join(Project, Project.id == Conflict.project_id)
        .where(Juror.edition_id == edition.id).order_by(Juror.position, Project.code)).all()
    conflicts = [(j, n, p, pick(proj, "title", lang), r, d)
                 for j, n, p, proj, r, d in conflict_rows]
    conflicted = {(j, p) for j, _, p, *_ in conflicts}
    jurors = _juror_rows(edition, table, conflicted, cat_code, lang)
    lenient = {x.juror: x.leniency for x in scoring.agreement(snapshot, None).jurors} \
        if snapshot.projects else {}
    for row in jurors:
        row["leniency"] = lenient.get(row["code"])
    criteria = [(cat_code[c.category_id] if c.category_id else "", c.code, pick(c, "name", lang),
                 c.weight, c.min_value, c.max_value, c.step, pick(c, "descriptor", lang))
                for c in edition.criteria]
    titles = {p.id: (p.code, pick(p, "title", lang), cat_code[p.category_id])
              for p in edition.projects}
    decisions = [(d.award, d.amount_eur, *titles[d.project_id]) for d in edition.decisions]
    return Facts(
        edition_id=edition.id, year=edition.year, name=pick(edition, "name", lang),
        method=ranking.method, rules=rules, ranking=ranking, comparisons=comparisons,
        categories=categories, projects=project_rows, jurors=jurors, voting=table.jurors,
        totals=table.totals, table_projects=table.projects, conflicts=conflicts,
        criteria=criteria, decisions=decisions)


def _juror_rows(edition: Edition, table: scoring.Table, conflicted: set[tuple[str, str]],
                cat_code: dict[int, str], lang: str | None) -> list[dict[str, Any]]:
    """Each juror with the marks expected of them and the marks given (completion)."""
    at = {code: i for i, code in enumerate(table.jurors)}
    categories = np.array(table.categories, dtype=object)
    names = {c.code: pick(c, "name", lang) for c in edition.categories}
    rows = []
    for juror in edition.jurors:
        assigned = [cat_code[a.category_id] for a in juror.assignments]
        assigned.sort(key=lambda c: list(names).index(c))
        submitted = sorted((cat_code[a.category_id] for a in juror.assignments
                            if a.submitted_at is not None), key=lambda c: list(names).index(c))
        row: dict[str, Any] = {
            "code": juror.code, "name": juror.name, "institution": juror.institution,
            "role": juror.role, "language": juror.language,
            "categories": "; ".join(names[c] for c in assigned),
            "submitted": "; ".join(names[c] for c in submitted),
            "expected": None, "given": None, "completion": None}
        j = at.get(juror.code)
        if j is not None:
            mask = np.isin(categories, assigned) & np.array(
                [(juror.code, p) not in conflicted for p in table.projects], dtype=bool)
            expected = int(table.applies[mask].sum())
            given = int((~np.isnan(table.marks[j][mask]) & table.applies[mask]).sum())
            row.update(expected=expected, given=given,
                       completion=given / expected if expected else None)
        rows.append(row)
    return rows


# -- the export ----------------------------------------------------------------------

def export_results(db: Database, year: int, path: Path, *, method: str | None = None,
                   lang: str | None = None, progress: Progress | None = None) -> Path:
    """Write the results workbook of edition `year` to `path` (atomically replaced)."""
    book = Book(lang, progress)
    book.label = tr("Ranking the projects…", lang=lang)
    book.step(0)
    with db.read() as session:
        facts = gather(session, year, method, lang)
        n_scores = session.scalar(
            select(func.count()).select_from(Score).join(Project, Project.id == Score.project_id)
            .where(Project.edition_id == facts.edition_id)) or 0
        n_audit = session.scalar(select(func.count()).select_from(AuditEntry)
                                 .where(AuditEntry.edition_year == year)) or 0
    written: list[Path] = []
    stages: list[tuple[str, Callable[[], Any]]] = [
        (tr("Writing the summary…", lang=lang), lambda: write_summary(book, facts)),
        (tr("Comparing the methods…", lang=lang), lambda: write_methods(book, facts)),
        (tr("Writing the totals…", lang=lang), lambda: write_totals(book, facts)),
        (tr("Writing the scores…", lang=lang), lambda: write_scores(book, db, facts)),
        (tr("Writing the jury and the grid…", lang=lang), lambda: (
            write_jurors(book, facts), write_criteria(book, facts),
            write_conflicts(book, facts))),
        (tr("Writing the audit log…", lang=lang), lambda: write_audit(book, db, facts)),
        (tr("Saving the workbook…", lang=lang), lambda: written.append(book.save(Path(path)))),
    ]
    book.total = n_scores + n_audit + len(stages)  # streamed rows count one each
    for label, write in stages:
        book.label = label
        book.step(0)
        write()
        book.step(1)
    return written[0]


def method_name(method: str, lang: str | None) -> str:
    names = {
        "mean": tr("mean", lang=lang), "median": tr("median", lang=lang),
        "trimmed": tr("trimmed mean", lang=lang), "zscore": tr("z-scores", lang=lang),
        "ranksum": tr("rank sum", lang=lang), "majority": tr("majority judgment", lang=lang),
        "schulze": tr("Schulze", lang=lang),
    }
    return names.get(method, method)


def award_name(award: str, lang: str | None) -> str:
    names = {"1": tr("1st prize", lang=lang), "2": tr("2nd prize", lang=lang),
             "3": tr("3rd prize", lang=lang), "mention": tr("mention", lang=lang)}
    return names.get(award, award)


def role_name(role: str, lang: str | None) -> str:
    names = {"president": tr("president", lang=lang), "member": tr("member", lang=lang),
             "observer": tr("observer", lang=lang)}
    return names.get(role, role)


def _agreement_line(book: Book, agreement: scoring.Agreement | None) -> str:
    def show(value: float | None) -> str:
        if value is None:
            return "—"
        shown = f"{value:.2f}"
        return shown.replace(".", ",") if book.lang in ("fr", "nl") else shown

    if agreement is None:
        return ""
    return tr("Agreement: Kendall's W {w}, ICC(2,1) {icc}, Krippendorff's alpha {alpha}",
              lang=book.lang, w=show(agreement.kendall_w),
              icc=show(agreement.icc.shown if agreement.icc else None),
              alpha=show(agreement.krippendorff_alpha))


SUMMARY_WIDTHS = (16, 12, 12, 60, 18, 10, 14)


def write_summary(book: Book, facts: Facts) -> None:
    """Laureates, then each category's ranking with its agreement and a chart."""
    lang, ranking = book.lang, facts.ranking
    ws = book.sheet(tr("Summary of results", lang=lang))
    criteria_codes = list(dict.fromkeys(code for _, code, *_ in facts.criteria))
    crit_names = {code: name for _, code, name, *_ in facts.criteria}
    for index, width in enumerate(SUMMARY_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    for index in range(len(SUMMARY_WIDTHS) + 1, len(SUMMARY_WIDTHS) + len(criteria_codes) + 2):
        ws.column_dimensions[get_column_letter(index)].width = 14
    ws.freeze_panes = "A3"
    ws.print_title_rows = "1:2"
    rows = 0

    def put(values: list[Any]) -> int:
        nonlocal rows
        ws.append(values)
        rows += 1
        return rows

    put([styled(ws, tr("{edition}: results", lang=lang, edition=facts.name), TITLE_FONT)])
    generated = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    put([styled(ws, tr("Method: {method}; quorum {quorum}; generated on {when}", lang=lang,
                       method=method_name(facts.method, lang), quorum=facts.rules.quorum,
                       when=generated), NOTE_FONT)])
    put([])
    put([styled(ws, tr("Laureates", lang=lang), SECTION_FONT)])
    categories = dict(facts.categories)
    if facts.decisions:
        names = unique_names([tr("award", lang=lang), tr("amount", lang=lang),
                              tr("project", lang=lang), tr("title", lang=lang),
                              tr("category", lang=lang)])
        first = put(header(ws, names))
        for award, amount, project, title, category in facts.decisions:
            put([text(ws, award_name(award, lang)), number(ws, amount, AMOUNT),
                 code(ws, project), text(ws, title), wrapped(ws, categories.get(category))])
        book.add_table(ws, "Laureates", names, first, rows)
    else:
        put([styled(ws, tr("No laureate decided yet: the jury's deliberation will name them.",
                           lang=lang), NOTE_FONT)])
    put([])
    charts = len(SUMMARY_WIDTHS) + len(criteria_codes) + 2
    scopes: list[tuple[str | None, str]] = [(c, n) for c, n in facts.categories
                                            if c in ranking.results.categories]
    scopes.append((None, tr("Every category together", lang=lang)))
    for scope, name in scopes:
        result = (ranking.results.categories[scope] if scope is not None
                  else ranking.results.overall)
        start = put([styled(ws, name, SECTION_FONT)])
        note = (_agreement_line(book, ranking.agreement.get(scope)) if scope is not None else
                tr("The same method over every category's projects at once.", lang=lang))
        put([styled(ws, note, NOTE_FONT)])
        grid = ([c for c in criteria_codes if any(c in s.criteria for s in result.standings)]
                if scope is not None else [])
        extra = ([crit_names[c] for c in grid] if scope is not None
                 else [tr("category", lang=lang)])
        names = unique_names([tr("place", lang=lang), tr("rank", lang=lang),
                              tr("project", lang=lang), tr("title", lang=lang),
                              tr("score", lang=lang), tr("jurors", lang=lang),
                              tr("tie", lang=lang), *extra])
        first = put(header(ws, names))
        for s in result.standings:
            tail = ([number(ws, s.criteria.get(c), FIGURE) for c in grid] if scope is not None
                    else [text(ws, categories.get(s.category, s.category))])
            tie = tr("ex aequo", lang=lang) if s.tie else ""
            if s.decided_by:
                tie = tr("{tie} (decided by {rule})", lang=lang, tie=tie,
                         rule=s.decided_by).strip()
            put([s.place, s.rank, code(ws, s.project), text(ws, ranking.titles.get(s.project)),
                 number(ws, s.score, FIGURE), s.n_jurors, text(ws, tie), *tail])
        last = rows
        book.add_table(ws, f"Ranking_{scope}" if scope else "Ranking_overall", names, first,
                       last)
        for u in result.unranked:
            put([styled(ws, tr("not ranked: {project} ({reason})", lang=lang,
                               project=u.project, reason=standings.reason_text(u.reason)),
                        NOTE_FONT)])
        if result.standings and scope is not None:
            _chart(ws, name, first, min(last, first + CHART_TOP), charts, start)
        while scope is not None and rows - start < CHART_ROWS:
            put([])
        put([])


def _chart(ws: WriteOnlyWorksheet, title: str, head: int, last: int, column: int,
           anchor_row: int) -> None:
    """A bar chart of the best projects' figures beside the ranking it shows."""
    chart = BarChart()
    chart.type = "bar"
    chart.style = 2
    chart.title = title
    chart.legend = None
    chart.y_axis.numFmt = FIGURE
    chart.x_axis.scaling.orientation = "maxMin"  # best first, at the top
    chart.height, chart.width = 7.5, 16
    chart.add_data(Reference(ws, min_col=5, min_row=head, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=3, min_row=head + 1, max_row=last))
    ws.add_chart(chart, f"{get_column_letter(column)}{anchor_row}")


def write_methods(book: Book, facts: Facts) -> None:
    """Each project's place under every method, and how far they spread."""
    lang = book.lang
    methods = scoring.METHODS
    columns = [
        Col(tr("category", lang=lang), 22, "text"),
        Col(tr("project", lang=lang), 10, "code"),
        Col(tr("title", lang=lang), 50, "text"),
        *[Col(method_name(m, lang) + (" *" if m == facts.method else ""), 13, "number",
              INTEGER) for m in methods],
        Col(tr("spread", lang=lang), 10, "number", INTEGER),
    ]
    categories = dict(facts.categories)

    def rows() -> Iterator[list[Any]]:
        for cat, _name in facts.categories:
            comparison = facts.comparisons.get(cat)
            if comparison is None:
                continue
            chosen = {p: places.get(facts.method) for p, places in comparison.places.items()}
            order = sorted(comparison.places,
                           key=lambda p: (chosen[p] is None, chosen[p] or 0, p))
            for project in order:
                places = [comparison.places[project].get(m) for m in methods]
                known = [p for p in places if p is not None]
                spread = max(known) - min(known) if known else None
                yield [categories[cat], project, facts.ranking.titles.get(project), *places,
                       spread]

    ws, count = book.list_sheet(tr("Methods", lang=lang), "Methods", columns, rows(),
                                freeze="D2")
    if count:
        last = get_column_letter(len(columns))
        ws.conditional_formatting.add(
            f"A2:{last}{count + 1}",
            FormulaRule(formula=[f"${last}2>0"], fill=CHANGED_FILL, stopIfTrue=False))


def write_totals(book: Book, facts: Facts) -> None:
    """The projects x jurors matrix of juror totals (0-100), with a colour scale."""
    lang = book.lang
    columns = [
        Col(tr("category", lang=lang), 22, "text"),
        Col(tr("project", lang=lang), 10, "code"),
        Col(tr("title", lang=lang), 46, "text"),
        *[Col(j, max(8, len(j) + 3), "number", FIGURE) for j in facts.voting],
    ]
    categories = dict(facts.categories)
    at = {p: i for i, p in enumerate(facts.table_projects)}
    conflicted = {(j, p) for j, _, p, *_ in facts.conflicts}
    conflict = tr("conflict", lang=lang)

    def rows() -> Iterator[list[Any]]:
        for project, category, title in facts.projects:
            values = facts.totals[:, at[project]]
            yield [categories[category], project, title, *[
                conflict if (j, project) in conflicted else None if np.isnan(v) else float(v)
                for j, v in zip(facts.voting, values, strict=True)]]

    ws, count = book.list_sheet(tr("Totals", lang=lang), "Totals", columns, rows(),
                                freeze="D2")
    if count and facts.voting:
        area = f"D2:{get_column_letter(len(columns))}{count + 1}"
        ws.conditional_formatting.add(area, ColorScaleRule(
            start_type="min", start_color="F8696B", mid_type="percentile", mid_value=50,
            mid_color="FFEB84", end_type="max", end_color="63BE7B"))


def write_scores(book: Book, db: Database, facts: Facts) -> None:
    """Every score in long form, streamed from the database."""
    lang = book.lang
    columns = [
        Col(tr("juror", lang=lang), 10, "code"),
        Col(tr("project", lang=lang), 10, "code"),
        Col(tr("criterion", lang=lang), 16, "code"),
        Col(tr("score", lang=lang), 9, "raw"),
        Col(tr("comment", lang=lang), 48, "text"),
        Col(tr("revision", lang=lang), 10, "raw"),
        Col(tr("time (UTC)", lang=lang), 20, "raw"),
    ]
    query = (
        select(Juror.code, Project.code, Criterion.code, Score.value, Score.comment,
               Score.revision, Score.updated_at)
        .select_from(Score).join(Project, Project.id == Score.project_id)
        .join(Juror, Juror.id == Score.juror_id)
        .join(Criterion, Criterion.id == Score.criterion_id)
        .where(Project.edition_id == facts.edition_id)
        .order_by(Project.code, Juror.position, Juror.code, Criterion.position, Criterion.code))
    title = tr("Scores", lang=lang)
    with db.read() as session:  # Core rows, streamed: ORM rows cost twice as much here
        rows = session.connection().execution_options(yield_per=SCORE_BATCH).execute(query)
        book.list_sheet(title, "Scores", columns, rows, freeze="D2", every=SCORE_BATCH)


def write_jurors(book: Book, facts: Facts) -> None:
    """Each juror with their categories, completion and leniency."""
    lang = book.lang
    columns = [
        Col(tr("code", lang=lang), 9, "code"),
        Col(tr("name", lang=lang), 28, "text"),
        Col(tr("institution", lang=lang), 28, "text"),
        Col(tr("role", lang=lang), 12, "text"),
        Col(tr("language", lang=lang), 10, "text"),
        Col(tr("categories", lang=lang), 40, "wrap"),
        Col(tr("marks expected", lang=lang), 12, "number", INTEGER),
        Col(tr("marks given", lang=lang), 12, "number", INTEGER),
        Col(tr("completion", lang=lang), 12, "number", PERCENT),
        Col(tr("leniency", lang=lang), 11, "number", SIGNED),
        Col(tr("submitted", lang=lang), 36, "wrap"),
    ]
    rows = ([r["code"], r["name"], r["institution"], role_name(r["role"], lang),
             r["language"], r["categories"], r["expected"], r["given"], r["completion"],
             r["leniency"], r["submitted"]] for r in facts.jurors)
    ws, count = book.list_sheet(tr("Jurors", lang=lang), "Jurors", columns, rows, freeze="C2")
    if count:
        ws.conditional_formatting.add(f"I2:I{count + 1}", ColorScaleRule(
            start_type="num", start_value=0, start_color="F8696B", end_type="num", end_value=1,
            end_color="63BE7B"))


def write_criteria(book: Book, facts: Facts) -> None:
    """The grid: each criterion's category, weight, scale and rubric."""
    lang = book.lang
    categories = dict(facts.categories)
    every = tr("every category", lang=lang)
    columns = [
        Col(tr("category", lang=lang), 22, "text"),
        Col(tr("code", lang=lang), 16, "code"),
        Col(tr("name", lang=lang), 30, "text"),
        Col(tr("weight", lang=lang), 9, "number", "0.##"),
        Col(tr("min", lang=lang), 7, "number", "0.##"),
        Col(tr("max", lang=lang), 7, "number", "0.##"),
        Col(tr("step", lang=lang), 7, "number", "0.##"),
        Col(tr("rubric", lang=lang), 90, "wrap"),
    ]
    rows = ([categories.get(cat, every) if cat else every, code_, name, weight, lo, hi, step,
             descriptor] for cat, code_, name, weight, lo, hi, step, descriptor in facts.criteria)
    book.list_sheet(tr("Criteria", lang=lang), "Criteria", columns, rows, freeze="C2")


def write_conflicts(book: Book, facts: Facts) -> None:
    """The declared conflicts of interest, with their reasons."""
    lang = book.lang
    columns = [
        Col(tr("juror", lang=lang), 9, "code"),
        Col(tr("name", lang=lang), 28, "text"),
        Col(tr("project", lang=lang), 10, "code"),
        Col(tr("title", lang=lang), 50, "text"),
        Col(tr("reason", lang=lang), 60, "wrap"),
        Col(tr("declared on", lang=lang), 18, "number", TIME),
    ]
    book.list_sheet(tr("Conflicts of interest", lang=lang), "Conflicts", columns,
                    facts.conflicts, freeze="C2")


def write_audit(book: Book, db: Database, facts: Facts) -> None:
    """The edition's audit log, oldest first, streamed."""
    lang = book.lang
    columns = [
        Col(tr("time (UTC)", lang=lang), 20, "raw"),
        Col(tr("by", lang=lang), 16, "text"),
        Col(tr("action", lang=lang), 18, "text"),
        Col(tr("what", lang=lang), 14, "text"),
        Col(tr("key", lang=lang), 26, "text"),
        Col(tr("details", lang=lang), 90, "text"),
    ]
    query = (select(AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.entity,
                    AuditEntry.entity_key, AuditEntry.details)
             .where(AuditEntry.edition_year == facts.year).order_by(AuditEntry.id))
    title = tr("Audit log", lang=lang)
    with db.read() as session:
        rows = session.connection().execution_options(yield_per=SCORE_BATCH).execute(query)
        book.list_sheet(title, "Audit", columns, rows, freeze="A2", every=SCORE_BATCH)
