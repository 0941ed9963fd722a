"""Large, complete, reproducible editions for benchmarks (`demo --synthetic`).

The same arguments and seed always give the same edition: projects spread over
the five actor categories, every juror scoring every project on every criterion,
marks drawn from a latent quality per project, a leniency per juror and noise.
"""

from __future__ import annotations

import random

from sqlalchemy import delete

from yansenne import reference
from yansenne.domain.edition_write import EditionData, drop_edition_logins, write_edition
from yansenne.domain.lookup import edition_or_none
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import ACTORS, Edition


def synthetic_edition(year: int, projects: int, jurors: int, criteria: int,
                      seed: int = 1) -> EditionData:
    """The edition as plain records (no database)."""
    if projects < 1 or jurors < 1 or criteria < 1:
        raise InputError(Problem(tr("projects, jurors and criteria must be at least 1")))
    rng = random.Random(seed)
    actors = reference.actors()
    municipalities = [m.nis_code for m in reference.municipalities()] + ["region"]
    categories = [{"code": a.code, "name_fr": a.name_fr, "name_nl": a.name_nl,
                   "name_en": a.name_en, "position": i} for i, a in enumerate(actors)]
    defaults = reference.default_criteria()
    grid = []
    for i in range(criteria):
        base = defaults[i] if i < len(defaults) else None
        code = base.code if base else f"criterion{i + 1}"
        grid.append({
            "code": code, "category": None, "weight": float(1 + i % 3), "min_value": 0.0,
            "max_value": 10.0, "step": 0.5, "position": i,
            "name_fr": base.name_fr if base else f"Critère {i + 1}",
            "name_nl": base.name_nl if base else f"Criterium {i + 1}",
            "name_en": base.name_en if base else f"Criterion {i + 1}",
            "descriptor_fr": "", "descriptor_nl": "", "descriptor_en": "",
        })
    width = len(str(projects))
    project_records, quality = [], []
    for i in range(projects):
        category = ACTORS[i % len(ACTORS)]
        code = f"P{i + 1:0{width}d}"
        project_records.append({
            "code": code, "category": category, "title_fr": f"Projet de prévention {i + 1}",
            "title_nl": f"Preventieproject {i + 1}", "title_en": f"Prevention project {i + 1}",
            "organisation": f"Organisation {i + 1}", "lead_actor": category,
            "partner_actors": ";".join(a for a in ACTORS if a != category and rng.random() < 0.2),
            "municipality": municipalities[i % len(municipalities)],
            "summary_fr": "Projet généré pour les mesures.", "summary_nl": "Gegenereerd project.",
            "summary_en": "Generated project.", "contact_name": f"Contact {i + 1}",
            "contact_email": f"contact{i + 1}@example.org",
            "budget_eur": float(rng.randrange(5_000, 120_000, 500)),
        })
        quality.append(rng.gauss(6.0, 1.5))
    juror_records, leniency = [], []
    for j in range(jurors):
        juror_records.append({
            "code": f"J{j + 1:02d}", "name": f"Juror {j + 1}", "institution": "Institution",
            "role": "president" if j == 0 else "member", "language": ("fr", "nl", "en")[j % 3],
            "email": f"juror{j + 1}@example.org", "position": j, "categories": None})
        leniency.append(rng.gauss(0.0, 0.7))
    scores = []
    for j, juror in enumerate(juror_records):
        for p, project in enumerate(project_records):
            for criterion in grid:
                raw = quality[p] + leniency[j] + rng.gauss(0.0, 1.2)
                value = min(10.0, max(0.0, round(raw * 2) / 2))
                scores.append({"juror": juror["code"], "project": project["code"],
                               "criterion": criterion["code"], "value": value, "comment": ""})
    edition = {"year": year, "name_fr": f"Prix David Yansenne {year}",
               "name_nl": f"David Yansenne-prijs {year}", "name_en": f"David Yansenne Prize {year}",
               "ceremony_date": None, "method": "mean", "quorum": 1, "trim": 1,
               "foreword_fr": "", "foreword_nl": "", "foreword_en": "", "tie_break": []}
    return EditionData(edition, categories, grid, project_records, juror_records, [], scores, [])


def build_synthetic(db: Database, *, year: int, projects: int, jurors: int, criteria: int,
                    seed: int = 1, replace: bool = False) -> dict[str, int]:
    """Write a synthetic edition; returns its counts."""
    data = synthetic_edition(year, projects, jurors, criteria, seed)
    with db.write() as session:
        existing = edition_or_none(session, year)
        if existing is not None:
            if not replace:
                raise InputError(Problem(tr("edition {year} already exists in the database; "
                                            "use --replace to replace it", year=year)))
            drop_edition_logins(session, existing, actor="synthetic", reason="edition.replace")
            session.execute(delete(Edition).where(Edition.id == existing.id))
            session.flush()
        write_edition(session, data, actor="synthetic")
        counts = {"projects": projects, "jurors": jurors, "scores": len(data.scores)}
        audit.record(session, "edition.synthetic", year=year, entity="edition", key=str(year),
                     actor="synthetic", seed=seed, criteria=criteria, **counts)
    return counts
