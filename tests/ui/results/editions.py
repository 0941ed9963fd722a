"""A small edition where the methods disagree for a reason a jury meets: a harsh juror
recused from one project.

Built on `tests.factories.build_small_edition` (3 jurors, J2 recused from P01), with the
marks of the category "citizens" rewritten so that every juror sees the same quality
(P01: 5, P03: 6, P05: 4 on every criterion) and J2 marks 4 below the others. The mean
lifts P01 above P03 (the harsh juror is missing from P01's totals only); `adjusted`
takes J2's offset out and puts P03 first. J3 left one criterion of P05 unmarked (a
partial total), and nobody but J1 and J2 marked the police projects (the panels differ,
so the overall ranking is not comparable).
"""

from __future__ import annotations

from sqlalchemy import delete, select

from tests.factories import YEAR, build_small_edition, ids_of
from yansenne.store.database import Database
from yansenne.store.models import Score

QUALITY = {"P01": 5.0, "P03": 6.0, "P05": 4.0}
HARSH = "J2"
HARSHNESS = 4.0
PARTIAL = ("J3", "P05", "methodology")
POLICE = ("P02", "P04", "P06")


def build_harsh_recused(db: Database, year: int = YEAR) -> None:
    build_small_edition(db, year)
    ids = ids_of(db, year)
    with db.write() as s:
        for code, quality in QUALITY.items():
            for score in s.scalars(select(Score).where(Score.project_id == ids.projects[code])):
                harsh = score.juror_id == ids.jurors[HARSH]
                score.value = quality - (HARSHNESS if harsh else 0.0)
        juror, project, criterion = PARTIAL
        s.execute(delete(Score).where(Score.juror_id == ids.jurors[juror],
                                      Score.project_id == ids.projects[project],
                                      Score.criterion_id == ids.criteria[criterion]))
        s.execute(delete(Score).where(Score.juror_id == ids.jurors["J3"],
                                      Score.project_id.in_([ids.projects[p] for p in POLICE])))
