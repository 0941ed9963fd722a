"""The secretariat's results workbook (`results export`): one file to forward.

Sheets, in the chosen language: a summary (laureates, then each category's ranking
under the edition's method, with its agreement figures and a chart), the places
under every method side by side, the projects x jurors matrix of juror totals, in an
edition with stages the last stage's preliminary marks against its final ones (by mark
and juror total, then by project with the ranks), every score in long form, the jurors
(completion, leniency), the criteria, the conflicts of
interest and the audit log. Every list is a real Excel table (filters, banding), with
a bold frozen header, number formats, print setup (landscape, one page wide,
header row repeated) and no formula anywhere.

This module assembles the workbook: it reads the facts once
(`yansenne.domain.results_record`, which also streams the scores and the audit
log to the sheets), writes the sheets in order
(`yansenne.reports.results_sheets`) into a write-only `Book`
(`yansenne.reports.results_book`, which streams 320,000 scores without holding them
and keeps every text cell text), counts the progress, and saves the file
atomically. The ranking comes from `domain.ranking.compute`, the totals and
agreement from `yansenne.scoring`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from yansenne.domain.results_record import gather
from yansenne.files import check_writable_target
from yansenne.i18n import tr
from yansenne.reports.results_book import Book, Progress
from yansenne.reports.results_sheets import (
    write_audit,
    write_conflicts,
    write_criteria,
    write_jurors,
    write_methods,
    write_preliminary,
    write_scores,
    write_summary,
    write_totals,
)
from yansenne.store.database import Database


def export_results(db: Database, year: int, path: Path, *, method: str | None = None,
                   lang: str | None = None, progress: Progress | None = None,
                   stage: str | None = None) -> Path:
    """Write the results workbook of edition `year` to `path` (atomically replaced)."""
    check_writable_target(path)  # a folder or a read-only file: refused before any work
    book = Book(lang, progress)
    book.label = tr("Ranking the projects…", lang=lang)
    book.step(0)
    with db.read() as session:
        facts = gather(session, year, method, lang, stage)
    written: list[Path] = []
    stages: list[tuple[str, Callable[[], Any]]] = [
        (tr("Writing the summary…", lang=lang), lambda: write_summary(book, facts)),
        (tr("Comparing the methods…", lang=lang), lambda: write_methods(book, facts)),
        (tr("Writing the totals…", lang=lang), lambda: write_totals(book, facts)),
        *([(tr("Setting the preliminary marks beside the final ones…", lang=lang),
            lambda: write_preliminary(book, facts))]
          if facts.revisions is not None and not facts.revisions.empty else []),
        (tr("Writing the scores…", lang=lang), lambda: write_scores(book, db, facts)),
        (tr("Writing the jury and the grid…", lang=lang), lambda: (
            write_jurors(book, facts), write_criteria(book, facts),
            write_conflicts(book, facts))),
        (tr("Writing the audit log…", lang=lang), lambda: write_audit(book, db, facts)),
        (tr("Saving the workbook…", lang=lang), lambda: written.append(book.save(Path(path)))),
    ]
    book.total = facts.n_scores + facts.n_audit + len(stages)  # streamed rows count one each
    for label, write in stages:
        book.label = label
        book.step(0)
        write()
        book.step(1)
    return written[0]
