"""The sheets of the results workbook, one writer each, in the workbook's language.

A summary (laureates, then each category's ranking under the edition's method, with
its agreement figures and a chart), the places under every method side by side, the
projects x jurors matrix of juror totals, every score in long form, the jurors
(completion, leniency), the criteria, the conflicts of interest and the audit log.
Each list is a real Excel table written through `yansenne.reports.results_book`,
from the facts and streamed rows of `yansenne.domain.results_record` (this module
reads nothing from the database itself).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import numpy as np
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import ColorScaleRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from yansenne import scoring
from yansenne.cells import header
from yansenne.domain import results_record
from yansenne.domain.history import readable_details
from yansenne.domain.preliminary import MarkRevision
from yansenne.domain.results_record import Facts
from yansenne.i18n import format_count, format_datetime, format_number, language, tr
from yansenne.reports import standings
from yansenne.reports.results_book import (
    Book,
    Col,
    code,
    number,
    styled,
    text,
    unique_names,
    wrapped,
)
from yansenne.scoring import catalogue
from yansenne.scoring.model import Uncertainty
from yansenne.store.database import Database

TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
SECTION_FONT = Font(bold=True, size=12, color="1F4E79")
NOTE_FONT = Font(italic=True, color="595959")
CHANGED_FILL = PatternFill("solid", fgColor="FCE4D6")
FIGURE = "0.00"
INTEGER = "0"
PERCENT = "0%"
SIGNED = "+0.00;-0.00;0.00"
AMOUNT = '#,##0 "€"'
TIME = "yyyy-mm-dd hh:mm:ss"
DATE = "yyyy-mm-dd"
CHART_TOP = 10  # projects shown in each category's chart
CHART_ROWS = 16  # rows a chart covers: a section is at least this tall
SCORE_BATCH = results_record.BATCH  # rows between progress steps: one per fetch


def method_name(method: str, lang: str | None, trim: int | None = None) -> str:
    """The method catalogue's name, with K where the method takes one."""
    lang = lang or language()
    return catalogue.name(method, lang, trim) if trim is not None else catalogue.column(
        method, lang)


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
        return format_number(value, 2, book.lang)

    if agreement is None:
        return ""
    return tr("Agreement: Kendall's W {w} (on {projects} projects × {jurors} jurors), "
              "ICC(2,1) {icc}, ICC(2,k) {icc_k}, Krippendorff's alpha {alpha}",
              lang=book.lang, w=show(agreement.kendall_w),
              projects=format_count(agreement.n_projects, book.lang),
              jurors=format_count(agreement.n_jurors, book.lang),
              icc=show(agreement.icc.shown if agreement.icc else None),
              icc_k=show(agreement.icc_k), alpha=show(agreement.krippendorff_alpha))


SUMMARY_WIDTHS = (16, 12, 12, 60, 18, 10, 14, 11, 11, 14)


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
    generated = format_datetime(dt.datetime.now(), lang)
    put([styled(ws, tr("Method: {method}; quorum {quorum}; generated on {when}", lang=lang,
                       method=method_name(facts.method, lang, facts.rules.trim),
                       quorum=facts.rules.quorum,
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
        if result.reason is not None:  # not comparable: grids or panels differ
            put([styled(ws, result.reason.text(lang), NOTE_FONT)])
        grid = ([c for c in criteria_codes if any(c in s.criteria for s in result.standings)]
                if scope is not None else [])
        extra = ([crit_names[c] for c in grid] if scope is not None
                 else [tr("category", lang=lang)])
        names = unique_names([tr("place", lang=lang), tr("rank", lang=lang),
                              tr("project", lang=lang), tr("title", lang=lang),
                              tr("score", lang=lang), tr("jurors", lang=lang),
                              tr("tie", lang=lang), tr("P(first)", lang=lang),
                              tr("P(top 3)", lang=lang), tr("rank interval", lang=lang),
                              *extra])
        first = put(header(ws, names))
        for s in result.standings:
            tail = ([number(ws, s.criteria.get(c), FIGURE) for c in grid] if scope is not None
                    else [text(ws, categories.get(s.category, s.category))])
            tie = tr("ex aequo", lang=lang) if s.tie else ""
            if s.decided_by:
                tie = tr("{tie} (decided by {rule})", lang=lang, tie=tie,
                         rule=s.decided_by).strip()
            put([s.place, s.rank, code(ws, s.project), text(ws, ranking.titles.get(s.project)),
                 number(ws, s.score, FIGURE), s.n_jurors, text(ws, tie),
                 *_uncertainty_cells(ws, s.uncertainty), *tail])
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


def _uncertainty_cells(ws: WriteOnlyWorksheet, u: Uncertainty | None) -> list[Any]:
    """P(first), P(top 3) and the 5th-95th percentile ranks (empty when not computed)."""
    if u is None:
        return [None, None, None]
    interval = str(u.rank_low) if u.rank_low == u.rank_high else f"{u.rank_low}–{u.rank_high}"
    return [number(ws, u.p_first, PERCENT), number(ws, u.p_top3, PERCENT), text(ws, interval)]


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
            if project not in at:  # an edition with stages: it did not reach the last one
                continue
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
    title = tr("Scores", lang=lang)
    with results_record.score_rows(db, facts.edition_id, facts.stage_id) as rows:
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
    rows = ([r.code, r.name, r.institution, role_name(r.role, lang), r.language, r.categories,
             r.expected, r.given, r.completion, r.leniency, r.submitted] for r in facts.jurors)
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
    title = tr("Audit log", lang=lang)
    with results_record.audit_rows(db, facts.year) as rows:
        readable = (row._replace(details=readable_details(row.details, lang)) for row in rows)
        book.list_sheet(title, "Audit", columns, readable, freeze="A2", every=SCORE_BATCH)


def write_preliminary(book: Book, facts: Facts) -> None:
    """An edition with stages: the last stage's marks at first submission (preliminary)
    against the marks after the panel's discussion (final), with the differences, then
    each project's figure and rank under the method on either. Nothing otherwise."""
    revisions = facts.revisions
    if revisions is None or revisions.empty:
        return
    lang = book.lang
    categories = dict(revisions.categories)
    total = tr("weighted total", lang=lang)
    criteria = {code_: name for _, code_, name, *_ in facts.criteria}
    columns = [
        Col(tr("category", lang=lang), 22, "text"),
        Col(tr("project", lang=lang), 10, "code"),
        Col(tr("juror", lang=lang), 10, "code"),
        Col(tr("name", lang=lang), 26, "text"),
        Col(tr("criterion", lang=lang), 26, "text"),
        Col(tr("preliminary", lang=lang), 12, "number", FIGURE),
        Col(tr("final", lang=lang), 12, "number", FIGURE),
        Col(tr("difference", lang=lang), 12, "number", SIGNED),
    ]
    marks: dict[tuple[str, str], list[MarkRevision]] = {}
    for mark in revisions.marks:
        marks.setdefault((mark.project, mark.juror), []).append(mark)

    def rows() -> Iterator[list[Any]]:
        for t in revisions.totals:
            category = categories.get(t.category, t.category)
            for m in marks.get((t.project, t.juror), []):
                yield [category, t.project, t.juror, t.juror_name,
                       criteria.get(m.criterion, m.criterion), m.preliminary, m.final,
                       m.difference]
            yield [category, t.project, t.juror, t.juror_name, total, t.preliminary, t.final,
                   t.difference]

    ws, count = book.list_sheet(tr("Preliminary and final", lang=lang), "Preliminary",
                                columns, rows(), freeze="F2")
    if count:
        ws.conditional_formatting.add(
            f"A2:H{count + 1}",
            FormulaRule(formula=["AND(ISNUMBER($H2),ABS($H2)>0.000001)"], fill=CHANGED_FILL,
                        stopIfTrue=False))
    columns = [
        Col(tr("category", lang=lang), 22, "text"),
        Col(tr("project", lang=lang), 10, "code"),
        Col(tr("title", lang=lang), 46, "text"),
        Col(tr("preliminary", lang=lang), 12, "number", FIGURE),
        Col(tr("final", lang=lang), 12, "number", FIGURE),
        Col(tr("difference", lang=lang), 12, "number", SIGNED),
        Col(tr("preliminary rank", lang=lang), 12, "number", INTEGER),
        Col(tr("final rank", lang=lang), 12, "number", INTEGER),
        Col(tr("places gained", lang=lang), 12, "number", "+0;-0;0"),
    ]
    projects = ([categories.get(p.category, p.category), p.project, p.title, p.preliminary,
                 p.final, p.difference, p.preliminary_rank, p.final_rank, p.rank_change]
                for p in revisions.projects)
    ws, count = book.list_sheet(tr("Preliminary and final ranks", lang=lang),
                                "Preliminary_ranks", columns, projects, freeze="D2")
    if count:
        ws.conditional_formatting.add(
            f"A2:I{count + 1}",
            FormulaRule(formula=["AND(ISNUMBER($I2),$I2<>0)"], fill=CHANGED_FILL,
                        stopIfTrue=False))
    ws.append([])
    note = tr("Stage {stage}, method {method}: each project's figure and rank in its category "
              "on the marks as first submitted (preliminary) and on the marks after the "
              "panel's discussion (final).", lang=lang, stage=revisions.stage_name,
              method=method_name(revisions.method, lang))
    ws.append([styled(ws, note, NOTE_FONT)])
    if not revisions.higher_is_better:
        ws.append([styled(ws, tr("Under this method a lower figure ranks higher.", lang=lang),
                          NOTE_FONT)])
