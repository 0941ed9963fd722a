"""Write `data/demo_staged_edition.xlsx`: next year's demo edition, run in stages.

The 2027 edition is the demo's call (`data/demo_edition.xlsx`, its 28 invented projects,
jury and grid) taken through the program's own stages, as the secretariat would from a
terminal: an eligibility screening (two projects found ineligible, with their reasons),
a first round where the solver gives each project three readers of its panel (seeded),
the first round's marks (the demo's marks of those pairs) and submissions, the shortlist
of the top three per category, the final round's marks by the whole panel, submitted
(so kept as preliminary), two jurors' categories reopened after the panel's discussion
and a few marks revised, and the panel's consensus texts (one project with a majority
and a minority text instead). The final stage stays open: the deliberation is next.

Every step goes through `yansenne` itself; the workbook is its edition export, saved
with fixed timestamps so that the bytes do not change from one run to the next.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from make_demo_edition import FIXED_TIMESTAMP, save_stable  # noqa: E402

from yansenne.cli.main import main as yansenne  # noqa: E402

SOURCE = ROOT / "data" / "demo_edition.xlsx"
DEFAULT_OUTPUT = ROOT / "data" / "demo_staged_edition.xlsx"
YEAR = 2027
SEED = 2027
JURORS = ("J01", "J02", "J03", "J04", "J05", "J06", "J07")
INELIGIBLE = {
    "P09": "Dossier reçu après la date limite de l'appel (le 3 mars à 14 h).",
    "P22": "Budget demandé au-delà du plafond de l'appel (7.450,00 € pour 5.000,00 €).",
}
# After the panel's discussion: (juror, project index in the shortlist, criterion, change).
REVISIONS = (("J02", 0, 0, -1.0), ("J02", 1, 1, 0.5), ("J02", 2, 2, 1.0),
             ("J05", 3, 0, 0.5), ("J05", 4, 3, -0.5))
STAGES = (
    ("eligibility", "screening", "Recevabilité", "Ontvankelijkheid", "Eligibility", None,
     None),
    ("round1", "scoring", "Premier tour", "Eerste ronde", "First round", 3, 3),
    ("final", "scoring", "Délibération finale", "Eindberaadslaging", "Final round", None,
     None),
)


def run(*args: str) -> None:
    code = yansenne(["--lang", "en", *args])
    if code != 0:
        raise SystemExit(f"yansenne {' '.join(args)} failed with exit status {code}")


def call_workbook(folder: Path) -> Path:
    """The demo's call as the 2027 edition with stages, its candidates' languages set."""
    wb = load_workbook(SOURCE)
    for key, value in wb["Edition"].iter_rows(min_row=2):
        if key.value == "year":
            value.value = YEAR
        elif str(key.value).startswith(("name_", "foreword_")):
            value.value = str(value.value).replace("2026", str(YEAR))
        elif key.value == "ceremony_date" and value.value is not None:
            value.value = value.value.replace(year=YEAR + 1)
        elif key.value == "deliberation_date" and value.value is not None:
            value.value = value.value.replace(year=YEAR)
    projects = wb["Projects"]
    header = [c.value for c in projects[1]]
    if "language" not in header:
        projects.cell(row=1, column=len(header) + 1, value="language")
    column = [c.value for c in projects[1]].index("language") + 1
    draw = random.Random(SEED)
    for row in range(2, projects.max_row + 1):
        projects.cell(row=row, column=column, value=draw.choice(("fr", "fr", "nl")))
    del wb["Scores"]
    stages = wb.create_sheet("Stages")
    stages.append(["code", "kind", "name_fr", "name_nl", "name_en", "per_project", "shortlist",
                   "method"])
    for code, kind, fr, nl, en, per_project, shortlist in STAGES:
        stages.append([code, kind, fr, nl, en, per_project, shortlist,
                       "adjusted" if per_project else None])
    path = folder / "call.xlsx"
    wb.save(path)
    return path


def demo_marks() -> list[tuple]:
    rows = list(load_workbook(SOURCE)["Scores"].iter_rows(values_only=True))
    return [tuple(r[:5]) for r in rows[1:]]


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def rows_of(workbook: Path, sheet: str) -> list[tuple]:
    return list(load_workbook(workbook)[sheet].iter_rows(min_row=2, values_only=True))


def build(output: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = str(folder / "staged.sqlite")
        base = ("--db", db)
        run(*base, "edition", "import", str(call_workbook(folder)))
        screening = [(p, "eligibility", "no" if p in INELIGIBLE else "yes",
                      INELIGIBLE.get(p, "")) for p in (f"P{i:02d}" for i in range(1, 29))]
        run(*base, "screening", "import", str(YEAR), str(write_csv(
            folder / "screening.csv", ("project", "stage", "eligible", "reason"), screening)))
        run(*base, "stage", "promote", str(YEAR), "eligibility")
        run(*base, "assign", str(YEAR), "--seed", str(SEED))
        run(*base, "edition", "export", str(YEAR), "-o", str(folder / "allocated.xlsx"))
        pairs = {(j, p) for _s, j, p in rows_of(folder / "allocated.xlsx", "Allocations")}
        marks = demo_marks()
        run(*base, "scores", "import", str(YEAR), str(write_csv(
            folder / "round1.csv", ("juror", "project", "criterion", "score", "comment"),
            [m for m in marks if (m[0], m[1]) in pairs])))
        for juror in JURORS:
            run(*base, "scores", "submit", str(YEAR), "--juror", juror)
        run(*base, "stage", "promote", str(YEAR), "round1")
        run(*base, "edition", "export", str(YEAR), "-o", str(folder / "promoted.xlsx"))
        shortlist = sorted(p for s, p in rows_of(folder / "promoted.xlsx", "Shortlist")
                           if s == "round1")
        final = [m for m in marks if m[1] in shortlist]
        run(*base, "scores", "import", str(YEAR), str(write_csv(
            folder / "final.csv", ("juror", "project", "criterion", "score", "comment"),
            final)))
        for juror in JURORS:
            run(*base, "scores", "submit", str(YEAR), "--juror", juror)
        revise(db, folder, final, shortlist)
        run(*base, "edition", "export", str(YEAR), "-o", str(folder / "staged.xlsx"))
        with_consensus(folder / "staged.xlsx", shortlist, output)
    check = Path(tempfile.mkdtemp()) / "check.sqlite"
    run("--db", str(check), "edition", "import", str(output))  # it reads back


def revise(db: str, folder: Path, final: list[tuple], shortlist: list[str]) -> None:
    """The secretariat reopens two jurors' categories; they revise a few marks and submit
    again (their first marks stay as preliminary)."""
    from yansenne.domain.juror_desk import reopen
    from yansenne.store.opening import open_database

    criteria = sorted({m[2] for m in final})
    by_key = {(m[0], m[1], m[2]): m for m in final}
    changed = []
    for juror, index, criterion, change in REVISIONS:
        project = shortlist[index]
        mark = by_key.get((juror, project, criteria[criterion]))
        if mark is None:
            continue
        value = min(10.0, max(0.0, float(mark[3]) + change))
        changed.append((juror, project, mark[2], value, mark[4] or ""))
    database = open_database(db)
    try:
        from yansenne.domain.edition_read import edition_contents

        contents = edition_contents(database, YEAR)
        category = {p.code: p.category for p in contents.projects}
        reopened: set[tuple[str, str]] = set()
        for juror, project, *_rest in changed:
            if (juror, category[project]) not in reopened:
                reopen(database, YEAR, juror, category[project], actor="secretariat")
                reopened.add((juror, category[project]))
    finally:
        database.close()
    run("--db", db, "scores", "import", str(YEAR), str(write_csv(
        folder / "revised.csv", ("juror", "project", "criterion", "score", "comment"),
        changed)))
    for juror in sorted({c[0] for c in changed}):
        run("--db", db, "scores", "submit", str(YEAR), "--juror", juror)


def with_consensus(exported: Path, shortlist: list[str], output: Path) -> None:
    wb = load_workbook(exported)
    sheet = wb["Consensus"]
    titles = {r[0]: (r[2], r[3]) for r in wb["Projects"].iter_rows(min_row=2, values_only=True)}
    split = shortlist[len(shortlist) // 2]
    for project in shortlist:
        fr, nl = titles[project]
        if project == split:
            sheet.append([project, "final", "majority",
                          f"La majorité du jury retient « {fr} » pour l'ampleur de son "
                          "partenariat local et la solidité de son évaluation.",
                          f"De meerderheid van de jury weerhoudt „{nl or fr}” om de omvang "
                          "van het lokale partnerschap en de degelijke evaluatie."])
            sheet.append([project, "final", "minority",
                          "Une minorité estime que le projet reste trop dépendant d'un "
                          "financement ponctuel pour être reproduit ailleurs.",
                          "Een minderheid vindt het project te afhankelijk van eenmalige "
                          "financiering om elders te worden herhaald."])
            continue
        sheet.append([project, "final", "consensus",
                      f"Le jury salue dans « {fr} » une démarche concrète, portée par ses "
                      "partenaires et attentive aux habitants.",
                      f"De jury waardeert in „{nl or fr}” een concrete aanpak, gedragen door "
                      "de partners en aandachtig voor de bewoners."])
    wb.properties.creator = "Yansenne"
    wb.properties.lastModifiedBy = "Yansenne"
    wb.properties.created = wb.properties.modified = FIXED_TIMESTAMP
    save_stable(wb, output)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT,
                        help="where to write the workbook (default: "
                             "data/demo_staged_edition.xlsx)")
    args = parser.parse_args(argv)
    build(args.output)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
