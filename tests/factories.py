"""A small, complete edition built straight through the models, for tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from yansenne.domain.stages import default_stage
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    Category,
    Conflict,
    Criterion,
    Edition,
    Juror,
    Project,
    Score,
)

YEAR = 2026


def build_small_edition(db: Database, year: int = YEAR) -> None:
    """2 categories, 4 shared criteria, 6 projects, 3 scoring jurors and an observer,
    one conflict, and complete scores except for the conflicted pair."""
    with db.write() as s:
        edition = Edition(
            year=year,
            name_fr=f"Prix David Yansenne {year}",
            name_nl=f"David Yansenne-prijs {year}",
            name_en=f"David Yansenne Prize {year}",
            ceremony_date=dt.date(year + 1, 2, 12),
            foreword_fr="Avant-propos.",
            foreword_nl="Voorwoord.",
            foreword_en="Foreword.",
        )
        s.add(edition)
        s.flush()
        stage = default_stage(edition.id)
        s.add(stage)
        s.flush()
        cats = [
            Category(edition_id=edition.id, code="citizens", name_fr="Citoyens",
                     name_nl="Burgers", name_en="Citizens", position=0),
            Category(edition_id=edition.id, code="police", name_fr="Services de police",
                     name_nl="Politiediensten", name_en="Police services", position=1),
        ]
        s.add_all(cats)
        crits = [
            Criterion(edition_id=edition.id, code=code, name_fr=fr, name_nl=nl, name_en=en,
                      weight=w, position=i, descriptor_fr=f"{fr}: 0 faible, 10 excellent",
                      descriptor_nl=f"{nl}: 0 zwak, 10 uitstekend",
                      descriptor_en=f"{en}: 0 weak, 10 excellent")
            for i, (code, fr, nl, en, w) in enumerate([
                ("relevance", "Pertinence", "Relevantie", "Relevance", 1.0),
                ("collaboration", "Qualité de la collaboration", "Kwaliteit van de samenwerking",
                 "Quality of the collaboration", 1.0),
                ("innovation", "Caractère innovant", "Innovatief karakter", "Innovation", 2.0),
                ("methodology", "Méthodologie", "Methodologie", "Methodology", 1.0),
            ])
        ]
        s.add_all(crits)
        s.flush()
        projects = []
        municipalities = ["21004", "21015", "region", "21001", "21009", None]
        for i in range(6):
            cat = cats[i % 2]
            projects.append(Project(
                edition_id=edition.id, category_id=cat.id, code=f"P{i + 1:02d}",
                title_fr=f"Projet {i + 1} — sécurité", title_nl=f"Project {i + 1} — veiligheid",
                title_en=f"Project {i + 1} — safety", organisation=f"ASBL Exemple {i + 1}",
                lead_actor="citizens" if cat.code == "citizens" else "police",
                partner_actors="associations;municipal" if i % 3 == 0 else "",
                municipality=municipalities[i], summary_fr="Résumé.", summary_nl="Samenvatting.",
                summary_en="Summary.", contact_name="Jan Peeters",
                contact_email=f"contact{i + 1}@example.org", budget_eur=10000.0 + 2500 * i,
            ))
        s.add_all(projects)
        jurors = [
            Juror(edition_id=edition.id, code="J1", name="Anne Dupont", institution="Cabinet",
                  role="president", language="fr", email="anne@example.org", position=0),
            Juror(edition_id=edition.id, code="J2", name="Pieter Janssens",
                  institution="safe.brussels", role="member", language="nl", position=1),
            Juror(edition_id=edition.id, code="J3", name="Sarah Lambert", institution="ULB",
                  role="member", language="en", position=2),
            Juror(edition_id=edition.id, code="OB", name="Olivier Observateur",
                  institution="Brusafe", role="observer", language="fr", position=3),
        ]
        s.add_all(jurors)
        s.flush()
        for juror in jurors:
            for cat in cats:
                s.add(Assignment(juror_id=juror.id, category_id=cat.id))
        s.add(Conflict(juror_id=jurors[1].id, project_id=projects[0].id, reason="Partner"))
        s.flush()
        for j, juror in enumerate(jurors[:3]):
            for p, project in enumerate(projects):
                if (j, p) == (1, 0):
                    continue
                for c, crit in enumerate(crits):
                    value = float((3 + p + j + c) % 11)
                    s.add(Score(stage_id=stage.id, juror_id=juror.id, project_id=project.id,
                                criterion_id=crit.id, value=value, updated_by=juror.code))


@dataclass(frozen=True)
class Ids:
    """Database ids of the small edition (tests.factories), by code."""

    edition: int
    jurors: dict[str, int]
    projects: dict[str, int]
    criteria: dict[str, int]


def ids_of(db: Database, year: int) -> Ids:
    with db.read() as s:
        edition = s.scalars(select(Edition).where(Edition.year == year)).one()
        jurors = {j.code: j.id for j in s.scalars(select(Juror).where(
            Juror.edition_id == edition.id))}
        projects = {p.code: p.id for p in s.scalars(select(Project).where(
            Project.edition_id == edition.id))}
        criteria = {c.code: c.id for c in s.scalars(select(Criterion).where(
            Criterion.edition_id == edition.id))}
        return Ids(edition.id, jurors, projects, criteria)
