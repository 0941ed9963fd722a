"""The staged edition from a terminal, as the secretariat runs it: screening import,
promote, assign, round-one marks, submissions, rank per stage, promote with the ties at
the cut, final marks kept as preliminary at submission, and the lock waiting for the
consensus texts; every refusal exits 2, names what is wrong and changes nothing. The
tight panel (40 projects, 9 jurors, 12 conflicts, 3 readers) is solved through `assign`
where a greedy pass fails (tests/scoring/test_allocation.py)."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.cli.conftest import Run
from tests.scoring.test_allocation import TIGHT_CONFLICTS, TIGHT_LANGUAGES
from yansenne.paths import demo_workbook

YEAR = "2027"
INELIGIBLE = ("P09", "P22")


def staged_call(folder: Path) -> Path:
    """The demo's call as next year's staged edition: screening, a first round of three
    readers per project (shortlist 3, adjusted), a final; no marks yet."""
    wb = load_workbook(demo_workbook())
    for key, value in wb["Edition"].iter_rows(min_row=2):
        if key.value == "year":
            value.value = int(YEAR)
        elif str(key.value).startswith("name_"):
            value.value = str(value.value).replace("2026", YEAR)
    del wb["Scores"]
    stages = wb.create_sheet("Stages")
    stages.append(["code", "kind", "name_fr", "name_nl", "name_en", "jurors", "per_project",
                   "shortlist", "method"])
    stages.append(["eligibility", "screening", "Recevabilité", "Ontvankelijkheid",
                   "Eligibility"])
    stages.append(["round1", "scoring", "Premier tour", "Eerste ronde", "First round", None, 3,
                   3, "adjusted"])
    stages.append(["final", "scoring", "Finale", "Finale", "Final"])
    path = folder / "call.xlsx"
    wb.save(path)
    return path


def demo_marks() -> list[tuple]:
    rows = list(load_workbook(demo_workbook())["Scores"].iter_rows(values_only=True))
    return [tuple(r[:5]) for r in rows[1:]]


def write_csv(path: Path, header: list[str], rows: list[tuple], **kw: str) -> Path:
    with path.open("w", newline="", encoding=kw.get("encoding", "utf-8")) as f:
        writer = csv.writer(f, delimiter=kw.get("delimiter", ","))
        writer.writerow(header)
        writer.writerows(rows)
    return path


def query(db: Path, sql: str, *args: object) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def allocations(db: Path, stage: str = "round1") -> set[tuple[str, str]]:
    return set(query(db, "SELECT j.code, p.code FROM allocations a JOIN jurors j "
                         "ON j.id = a.juror_id JOIN projects p ON p.id = a.project_id "
                         "JOIN stages s ON s.id = a.stage_id WHERE s.code = ?", stage))


def unchanged(db: Path) -> list[tuple]:
    """Everything a refused command must leave as it was."""
    return [query(db, f"SELECT * FROM {t} ORDER BY 1, 2") for t in (
        "stages", "screenings", "allocations", "shortlists", "scores", "assignments",
        "preliminary_marks", "audit_log")]


@pytest.fixture
def staged(run: Run, db_path: Path, tmp_path: Path) -> Path:
    assert run("edition", "import", str(staged_call(tmp_path))).code == 0
    return db_path


def screen(run: Run, tmp_path: Path) -> None:
    rows = [(f"P{i:02d}", "eligibility", "non" if f"P{i:02d}" in INELIGIBLE else "oui",
             "Budget au-delà du plafond (« 7.450,00 € »)" if f"P{i:02d}" in INELIGIBLE else "")
            for i in range(1, 29)]
    path = write_csv(tmp_path / "screening.csv", ["Projet", "Étape", "Éligible", "Motif"],
                     rows, encoding="cp1252", delimiter=";")
    done = run("screening", "import", YEAR, str(path))
    assert (done.code, done.out) == (0, "screening: 28 added, 0 changed, 0 unchanged\n"), done.err
    assert run("stage", "promote", YEAR, "eligibility").code == 0


def score_round1(run: Run, db: Path, tmp_path: Path) -> None:
    pairs = allocations(db)
    rows = [r for r in demo_marks() if (r[0], r[1]) in pairs]
    path = write_csv(tmp_path / "round1.csv", ["juror", "project", "criterion", "score",
                                               "comment"], rows)
    done = run("scores", "import", YEAR, str(path))
    assert done.code == 0, done.err
    for juror in ("J01", "J02", "J03", "J04", "J05", "J06", "J07"):
        assert run("scores", "submit", YEAR, "--juror", juror).code == 0


def test_the_whole_staged_scenario(run: Run, staged: Path, tmp_path: Path) -> None:
    listed = run("stage", "list", YEAR)
    assert listed.code == 0
    assert listed.out.splitlines()[1].split()[:5] == ["eligibility", "Eligibility",
                                                      "screening", "open", "28"]
    # A promotion before every project is decided names the first undecided one.
    before = unchanged(staged)
    refused = run("stage", "promote", YEAR, "eligibility")
    assert refused.code == 2 and "project P01 has no eligibility decision" in refused.err
    assert unchanged(staged) == before

    screen(run, tmp_path)
    assert query(staged, "SELECT p.code, s.reason FROM screenings s JOIN projects p "
                         "ON p.id = s.project_id WHERE NOT s.eligible ORDER BY 1") == [
        ("P09", "Budget au-delà du plafond (« 7.450,00 € »)"),
        ("P22", "Budget au-delà du plafond (« 7.450,00 € »)")]

    done = run("assign", YEAR, "--seed", "7")
    assert done.code == 0, done.err
    assert done.out.splitlines()[-1] == "stage round1: 78 readings allocated, 3 per project"
    first = allocations(staged)
    assert len(first) == 26 * 3 and not {p for _j, p in first} & set(INELIGIBLE)
    assert not first & set(query(staged, "SELECT j.code, p.code FROM conflicts c JOIN jurors j "
                                         "ON j.id = c.juror_id JOIN projects p "
                                         "ON p.id = c.project_id"))
    assert run("assign", YEAR, "--seed", "7").code == 0  # no marks yet: allowed, same result
    assert allocations(staged) == first

    score_round1(run, staged, tmp_path)
    # Allocating again over marks needs --force.
    before = unchanged(staged)
    again = run("assign", YEAR, "--seed", "8")
    assert again.code == 2 and "already holds 312 marks" in again.err
    assert unchanged(staged) == before

    ranked = json.loads(run("rank", YEAR, "--stage", "round1", "--format", "json").out)
    assert ranked["method"] == "adjusted"
    rows = [r for c in ranked["categories"] for r in c["ranking"]]
    assert len(rows) == 26 and {r["n_jurors"] for r in rows} == {3}

    promoted = run("stage", "promote", YEAR, "round1")
    assert promoted.code == 0, promoted.err
    cut = {c["code"]: {r["project"] for r in c["ranking"] if r["rank"] <= 3}
           for c in ranked["categories"]}
    went_on = set(query(staged, "SELECT p.code FROM shortlists l JOIN stages s "
                                "ON s.id = l.stage_id JOIN projects p ON p.id = l.project_id "
                                "WHERE s.code = 'round1'"))
    assert {p for (p,) in went_on} == set().union(*cut.values())
    second = run("stage", "promote", YEAR, "round1")
    assert (second.code, second.err_lines) == (2, ["stage round1 was already promoted"])
    assert query(staged, "SELECT code, state FROM stages ORDER BY position") == [
        ("eligibility", "closed"), ("round1", "closed"), ("final", "open")]

    final = json.loads(run("rank", YEAR, "--format", "json").out)  # the open stage: final
    assert {r["project"] for c in final["categories"] for r in c["ranking"]} == set()
    assert {u["project"] for c in final["categories"] for u in c["unranked"]} == {
        p for (p,) in went_on}
    # Final marks: every juror on the shortlisted projects; submission keeps them as
    # preliminary.
    shortlisted = {p for (p,) in went_on}
    rows = [(*r, "final") for r in demo_marks() if r[1] in shortlisted]
    path = write_csv(tmp_path / "final.csv", ["juror", "project", "criterion", "score",
                                              "comment", "stage"], rows)
    assert run("scores", "import", YEAR, str(path)).code == 0
    for juror in ("J01", "J02", "J03", "J04", "J05", "J06", "J07"):
        assert run("scores", "submit", YEAR, "--juror", juror).code == 0
    assert query(staged, "SELECT count(*) FROM preliminary_marks") == [(len(rows),)]
    closed = run("scores", "submit", YEAR, "--juror", "J01", "--stage", "round1")
    assert closed.code == 2 and "only the open stage" in closed.err

    assert run("deliberation", "propose", YEAR).code == 0
    before = unchanged(staged)
    lock = run("deliberation", "lock", YEAR, "--force")
    assert lock.code == 2
    assert len([line for line in lock.err_lines if "no consensus text" in line]) == len(
        shortlisted)
    assert unchanged(staged) == before


def test_a_screening_stage_refuses_what_it_cannot_be(run: Run, staged: Path,
                                                     tmp_path: Path) -> None:
    before = unchanged(staged)
    assert run("rank", YEAR, "--stage", "eligibility").code == 2
    wrong = run("assign", YEAR, "--stage", "eligibility")
    assert wrong.code == 2 and "stage eligibility is a screening stage" in wrong.err
    unknown = run("stage", "promote", YEAR, "semifinal")
    assert unknown.code == 2 and "unknown stage semifinal" in unknown.err
    pending = run("stage", "promote", YEAR, "final")
    assert pending.code == 2 and "not open yet" in pending.err
    assert unchanged(staged) == before


def test_the_same_seed_gives_the_same_allocation(run: Run, staged: Path, tmp_path: Path) -> None:
    screen(run, tmp_path)
    assert run("assign", YEAR, "--seed", "3").code == 0
    first = allocations(staged)
    assert run("assign", YEAR, "--seed", "11").code == 0
    other = allocations(staged)
    assert run("assign", YEAR, "--seed", "3").code == 0
    assert allocations(staged) == first
    assert len(other) == len(first)


def tight_workbook(folder: Path) -> Path:
    wb = Workbook()
    edition = wb.active
    edition.title = "Edition"
    edition.append(["key", "value"])
    edition.append(["year", 2031])
    wb.create_sheet("Categories").append(["code", "name_fr"])
    wb["Categories"].append(["x", "Catégorie X"])
    criteria = wb.create_sheet("Criteria")
    criteria.append(["code", "name_fr"])
    criteria.append(["c1", "Critère"])
    projects = wb.create_sheet("Projects")
    projects.append(["code", "category", "title_fr", "language"])
    languages = {"f": "fr", "n": "nl", "e": "en"}
    for i, code in enumerate(TIGHT_LANGUAGES, start=1):
        projects.append([f"P{i:02d}", "x", f"Projet {i}", languages[code]])
    jurors = wb.create_sheet("Jurors")
    jurors.append(["code", "name", "language"])
    for i in range(1, 10):
        jurors.append([f"J{i}", f"Juré {i}", ("fr", "nl", "en")[i % 3]])
    conflicts = wb.create_sheet("Conflicts")
    conflicts.append(["juror", "project", "reason"])
    for juror, project in TIGHT_CONFLICTS:
        conflicts.append([juror, project, "lien"])
    stages = wb.create_sheet("Stages")
    stages.append(["code", "kind", "name_fr", "per_project"])
    stages.append(["round1", "scoring", "Premier tour", 3])
    stages.append(["final", "scoring", "Finale", None])
    path = folder / "tight.xlsx"
    wb.save(path)
    return path


def test_the_tight_panel_is_solved_and_an_impossible_one_named(run: Run, db_path: Path,
                                                                tmp_path: Path) -> None:
    assert run("edition", "import", str(tight_workbook(tmp_path))).code == 0
    done = run("assign", "2031", "--seed", "1")
    assert done.code == 0, done.err
    pairs = allocations(db_path)
    assert len(pairs) == 120 and not pairs & set(TIGHT_CONFLICTS)
    loads = sorted(sum(1 for j, _p in pairs if j == f"J{i}") for i in range(1, 10))
    assert loads == [13] * 6 + [14] * 3
    assert {sum(1 for _j, p in pairs if p == f"P{i:02d}") for i in range(1, 41)} == {3}
    before = unchanged(db_path)
    impossible = run("assign", "2031", "--per-project", "6")
    assert impossible.code == 2
    assert impossible.err_lines == ["project P40 needs 6 readers but only 5 jurors of its "
                                    "category's panel are free of conflicts with it"]
    assert unchanged(db_path) == before


def test_the_staged_demo_shows_every_stage(run: Run, db_path: Path) -> None:
    done = run("demo", "--staged")
    assert done.out == "demo edition 2027 loaded: 28 projects, 8 jurors, 716 scores\n", done.err
    assert query(db_path, "SELECT code, kind, state, per_project FROM stages ORDER BY position") \
        == [("eligibility", "screening", "closed", None), ("round1", "scoring", "closed", 3),
            ("final", "scoring", "open", None)]
    assert query(db_path, "SELECT count(*) FROM screenings WHERE NOT eligible") == [(2,)]
    assert query(db_path, "SELECT count(*) FROM allocations") == [(26 * 3,)]
    revised = query(db_path, "SELECT count(*) FROM preliminary_marks p JOIN scores s "
                             "ON s.stage_id = p.stage_id AND s.juror_id = p.juror_id "
                             "AND s.project_id = p.project_id "
                             "AND s.criterion_id = p.criterion_id WHERE s.value <> p.value")
    assert revised == [(5,)]
    assert run("deliberation", "propose", "2027").code == 0
    lock = run("deliberation", "lock", "2027")  # every consensus text is there
    assert lock.code == 2 and "consensus" not in lock.err  # only what --force may pass
    forced = run("deliberation", "lock", "2027", "--force")
    assert forced.code == 0, forced.err
    fingerprint = query(db_path, "SELECT lock_fingerprint FROM editions WHERE year = 2027")
    assert len(fingerprint[0][0]) == 64
    from yansenne.domain.deliberation import verify_lock
    from yansenne.store.opening import open_database

    db = open_database(db_path)
    try:
        with db.read() as session:
            assert verify_lock(session, 2027).matches
    finally:
        db.close()
