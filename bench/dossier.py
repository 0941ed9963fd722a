"""How long the ceremony dossier of a 200-project edition takes (edition M).

Target: under 5 s for the whole dossier (reading, ranking, sensitivity, layout in
two passes). The baseline measured in the same run is the bare ranking
(`ranking.compute`), so that the ratio holds on a noisy machine.

    .venv/bin/python -m bench.dossier
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from sqlalchemy import select

from bench.common import discard, edition_db, median, timed, write_result
from yansenne.domain import ranking
from yansenne.reports.dossier import write_dossier
from yansenne.store.database import Database
from yansenne.store.models import Decision, Edition, Project
from yansenne.store.opening import open_database

TARGET_SECONDS = 5.0
AWARDS = ("1", "2", "3", "mention", "mention")


def decide(db: Database, year: int) -> None:
    """Give the prizes and two mentions to the top five, so the laureate pages are built."""
    with db.read() as session:
        top = [s.project for s in ranking.compute(session, year).results.overall.standings]
    with db.write() as session:
        edition = session.scalars(select(Edition).where(Edition.year == year)).one()
        ids = dict(session.execute(select(Project.code, Project.id)
                                   .where(Project.edition_id == edition.id)).all())
        for position, (award, code) in enumerate(zip(AWARDS, top, strict=False)):
            session.add(Decision(edition_id=edition.id, project_id=ids[code], award=award,
                                 amount_eur=(6000.0, 4000.0, 2000.0)[position]
                                 if award != "mention" else None,
                                 citation_fr="Le jury salue un projet exemplaire.",
                                 citation_nl="De jury prijst een voorbeeldig project.",
                                 citation_en="The jury praises an exemplary project.",
                                 position=position))


def main() -> None:
    path, year = edition_db("M")
    db = open_database(path)
    try:
        decide(db, year)

        def baseline() -> None:
            with db.read() as session:
                ranking.compute(session, year)

        pages: dict[str, int] = {}

        def dossier(lang: str) -> None:
            pages[lang] = write_dossier(db, year, lang, io.BytesIO())

        base = median(timed(baseline, repeat=5))
        results = {}
        for lang in ("fr", "fr+nl"):
            seconds = median(timed(lambda lang=lang: dossier(lang), repeat=3))
            results[lang] = {"seconds": round(seconds, 3), "pages": pages[lang],
                             "pages_per_second": round(pages[lang] / seconds, 1),
                             "times_the_ranking": round(seconds / base, 1),
                             "under_target": seconds < TARGET_SECONDS}
        with tempfile.TemporaryDirectory() as folder:  # one real file, for the record
            size = write_dossier(db, year, "fr+nl", Path(folder) / "dossier.pdf")
        record = {"edition": "M", "projects": 200, "target_seconds": TARGET_SECONDS,
                  "ranking_seconds": round(base, 4), "dossier": results,
                  "file_pages": size}
        out = write_result("dossier", record)
        for lang, figures in results.items():
            print(f"dossier {lang}: {figures['seconds']} s, {figures['pages']} pages, "
                  f"{figures['pages_per_second']} pages/s (target < {TARGET_SECONDS} s)")
        print(f"written to {out}")
    finally:
        db.close()
        discard(path)


if __name__ == "__main__":
    main()
