"""Signed ballots: the round trip from a juror's package back to the secretariat, and every
refusal (tampered, another edition, an older revision, a conflicted project, a damaged
file) leaving the secretariat's database exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from tests.exchange.test_package import make_package
from tests.exchange.workbooks import file_digest
from tests.factories import YEAR, build_small_edition
from yansenne.domain.marks import set_score
from yansenne.errors import InputError
from yansenne.exchange.ballot import (
    BallotReport,
    export_ballot,
    import_ballot,
    read_ballot,
    sign,
)
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    AuditEntry,
    Ballot,
    Category,
    Conflict,
    Criterion,
    Edition,
    Juror,
    PackageInfo,
    Project,
    ProjectNote,
    Score,
    utcnow,
)
from yansenne.store.opening import open_database


def mark(db: Database, project: str, criterion: str, value: float | None,
         comment: str | None = None, juror: str = "J1") -> None:
    """What the juror does in their grid (or the secretariat in its own database)."""
    with db.write() as s:
        j = s.scalar(select(Juror).where(Juror.code == juror))
        p = s.scalar(select(Project).where(Project.code == project))
        c = s.scalar(select(Criterion).where(Criterion.code == criterion))
        set_score(s, j, p, c, value, comment, actor=juror)


def send(package: Path, output: Path) -> Path:
    db = open_database(package)
    try:
        return export_ballot(db, output).path
    finally:
        db.close()


def in_package(package: Path, *changes: tuple) -> None:
    db = open_database(package)
    try:
        for change in changes:
            mark(db, *change)
    finally:
        db.close()


def value_of(db: Database, project: str, criterion: str, juror: str = "J1",
             ) -> tuple[float, str, str] | None:
    with db.read() as s:
        row = s.execute(
            select(Score.value, Score.comment, Score.updated_by)
            .join(Juror, Juror.id == Score.juror_id).join(Project, Project.id == Score.project_id)
            .join(Criterion, Criterion.id == Score.criterion_id)
            .where(Juror.code == juror, Project.code == project, Criterion.code == criterion)
        ).first()
    return tuple(row) if row else None


def refused(db: Database, path: Path, year: int = YEAR) -> list[str]:
    before = file_digest(db)
    with pytest.raises(InputError) as caught:
        import_ballot(db, year, path)
    assert file_digest(db) == before, "a refused ballot changed the database"
    return [str(p) for p in caught.value.problems]


def rewrite(path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """Edit a ballot by hand, as someone with a text editor would."""
    body = json.loads(path.read_text(encoding="utf-8"))
    change(body)
    out = path.with_name("edited.ballot")
    out.write_text(json.dumps(body, indent=2), encoding="utf-8")
    return out


def resign(path: Path, package: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A ballot edited and signed again with the juror's real secret: only the content
    checks stand between it and the database."""
    db = open_database(package)
    with db.read() as s:
        secret = s.scalar(select(Juror.secret))
    db.close()

    def edit(body: dict) -> None:
        change(body)
        body["signature"] = sign(body, secret)

    return rewrite(path, edit)


@pytest.fixture
def package(small_db: Database, tmp_path: Path) -> Path:
    """J1's package, made after the secretariat lost one of J1's marks (P02 relevance)."""
    with small_db.write() as s:
        s.execute(delete(Score).where(
            Score.juror_id == s.scalar(select(Juror.id).where(Juror.code == "J1")),
            Score.project_id == s.scalar(select(Project.id).where(Project.code == "P02")),
            Score.criterion_id == s.scalar(select(Criterion.id).where(
                Criterion.code == "relevance"))))
    return make_package(small_db, tmp_path / "laptop", "J1")


def test_round_trip(small_db: Database, package: Path, tmp_path: Path) -> None:
    in_package(package,
               ("P02", "relevance", 6.5, "Nouveau"),         # added
               ("P03", "innovation", 9.5, "Très original"),  # changed
               ("P04", "methodology", None))                 # cleared
    laptop = open_database(package)
    with laptop.write() as s:
        juror = s.scalar(select(Juror))
        s.add(ProjectNote(juror_id=juror.id, comment="À revoir en séance",
                          project_id=s.scalar(select(Project.id).where(Project.code == "P05"))))
        s.scalar(select(Assignment).where(Assignment.juror_id == juror.id)
                 ).submitted_at = utcnow()
    laptop.close()
    path = send(package, tmp_path / "J1.ballot")
    ballot = read_ballot(path)
    assert (ballot.year, ballot.juror, ballot.revision, len(ballot.scores)) == (YEAR, "J1", 1, 23)
    assert ballot.notes == [{"project": "P05", "comment": "À revoir en séance"}]

    report = import_ballot(small_db, YEAR, path)
    assert (report.added, report.changed, report.unchanged, report.cleared, report.notes) == (
        1, 1, 21, 1, 1)
    assert "1 cleared (absent from the ballot)" in report.summary()
    assert value_of(small_db, "P02", "relevance") == (6.5, "Nouveau", "J1 (ballot 1)")
    assert value_of(small_db, "P03", "innovation")[:2] == (9.5, "Très original")
    assert value_of(small_db, "P04", "methodology") is None
    with small_db.read() as s:
        stored = s.scalars(select(Ballot)).one()
        assert (stored.revision, stored.added, stored.cleared) == (1, 1, 1)
        assert stored.digest == ballot.digest
        assert s.scalar(select(ProjectNote.comment)) == "À revoir en séance"
        submitted = s.scalars(select(Assignment.submitted_at).join(Juror).where(
            Juror.code == "J1")).all()
        assert sum(1 for when in submitted if when is not None) == 1
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-6:] == ["score.set", "score.set", "score.clear", "note.set",
                            "scores.submit", "ballot.import"]
    # The other jurors' marks were not touched.
    assert value_of(small_db, "P03", "innovation", juror="J2")[2] == "J2"


def test_same_ballot_twice_is_already_applied(small_db: Database, package: Path,
                                              tmp_path: Path) -> None:
    path = send(package, tmp_path / "J1.ballot")
    import_ballot(small_db, YEAR, path)
    before = file_digest(small_db)
    again = import_ballot(small_db, YEAR, path)
    assert again.already_applied and again.revision == 1
    assert "was already applied on" in again.summary()
    assert file_digest(small_db) == before


def test_newer_ballots_apply_and_an_older_one_is_refused(small_db: Database, package: Path,
                                                         tmp_path: Path) -> None:
    first = send(package, tmp_path / "1.ballot")
    in_package(package, ("P03", "relevance", 1.0))
    second = send(package, tmp_path / "2.ballot")
    assert read_ballot(second).revision == 2
    import_ballot(small_db, YEAR, second)
    assert refused(small_db, first) == [
        "1.ballot: this ballot (revision 1) is older than the last one applied for juror J1 "
        f"(revision 2, applied on {_applied_at(small_db)}); nothing was changed"]
    assert value_of(small_db, "P03", "relevance")[0] == 1.0


def _applied_at(db: Database) -> str:
    with db.read() as s:
        return s.scalar(select(Ballot.applied_at)).strftime("%Y-%m-%d %H:%M")


def test_tampered_ballot_is_refused(small_db: Database, package: Path, tmp_path: Path) -> None:
    path = send(package, tmp_path / "J1.ballot")

    def raise_a_mark(body: dict) -> None:
        body["scores"][0]["value"] = 10.0

    message = ("edited.ballot: the signature does not match: the ballot was changed after juror "
               "J1 sent it, or it does not come from their package")
    assert refused(small_db, rewrite(path, raise_a_mark)) == [message]
    # Claiming to be another juror, or another edition's ballot, breaks it as well.
    make_package(small_db, tmp_path / "j3", "J3")
    assert refused(small_db, rewrite(path, lambda b: b.update(juror="J3"))) == [
        message.replace("juror J1", "juror J3")]
    # Whitespace is not content: a re-indented ballot is still the juror's.
    assert import_ballot(small_db, YEAR, rewrite(path, lambda b: None)).unchanged == 23


def test_ballot_signed_by_another_database_is_refused(small_db: Database, tmp_path: Path,
                                                      ) -> None:
    """Same edition, same juror code, but a package from another secretariat's database."""
    other = open_database(tmp_path / "other.sqlite")
    build_small_edition(other)
    foreign = make_package(other, tmp_path / "other", "J1")
    other.close()
    make_package(small_db, tmp_path / "ours", "J1")  # J1 has a secret here too
    assert refused(small_db, send(foreign, tmp_path / "J1.ballot"))[0].endswith(
        "the signature does not match: the ballot was changed after juror J1 sent it, or it "
        "does not come from their package")


def test_ballot_for_another_edition_is_refused(small_db: Database, package: Path,
                                               tmp_path: Path) -> None:
    build_small_edition(small_db, 2027)
    path = send(package, tmp_path / "J1.ballot")
    assert refused(small_db, path, year=2027) == [
        "J1.ballot: this ballot is for edition 2026, not edition 2027"]


def test_ballot_scoring_a_conflicted_project_is_refused(small_db: Database, package: Path,
                                                        tmp_path: Path) -> None:
    """J1 scored P02 on the laptop; meanwhile the secretariat recorded J1's conflict of
    interest with P02 (after clearing J1's marks on it, as the store requires)."""
    path = send(package, tmp_path / "J1.ballot")
    with small_db.write() as s:
        j1 = s.scalar(select(Juror.id).where(Juror.code == "J1"))
        p02 = s.scalar(select(Project.id).where(Project.code == "P02"))
        s.execute(delete(Score).where(Score.juror_id == j1, Score.project_id == p02))
        s.flush()
        s.add(Conflict(juror_id=j1, project_id=p02, reason="Conjoint dans l'ASBL"))
    problems = refused(small_db, path)
    assert problems[0] == ("J1.ballot: score 5 (P02, collaboration): juror J1 is in conflict "
                           "with project P02")
    assert len(problems) == 3  # each of J1's three remaining marks on P02


def test_forged_mark_on_a_conflicted_project_is_refused(small_db: Database, tmp_path: Path,
                                                        ) -> None:
    """Even signed with the right secret, a mark the juror may not give is refused."""
    package = make_package(small_db, tmp_path / "laptop", "J2")
    path = send(package, tmp_path / "J2.ballot")
    forged = resign(path, package, lambda b: b["scores"].append(
        {"project": "P01", "criterion": "relevance", "value": 9.0, "comment": ""}))
    assert refused(small_db, forged) == [
        "edited.ballot: score 21 (P01, relevance): juror J2 is in conflict with project P01"]


@pytest.mark.parametrize(("change", "message"), [
    (lambda b: b["scores"][0].update(value=10.5),
     "score 1 (P01, collaboration): 10.5 is outside the scale 0 to 10 of criterion "
     "collaboration"),
    (lambda b: b["scores"][0].update(value=7.3),
     "score 1 (P01, collaboration): 7.3 is not on the step 0.5 of criterion collaboration "
     "(0 to 10)"),
    (lambda b: b["scores"][0].update(project="P99"),
     "score 1 (P99, collaboration): unknown project P99"),
    (lambda b: b["scores"][0].update(criterion="budget"),
     "score 1 (P01, budget): criterion budget is not in the grid of project P01"),
    (lambda b: b.update(submitted=["ghosts"]),
     "juror J1 is not assigned to category ghosts"),
])
def test_signed_ballot_with_a_bad_mark_is_refused(small_db: Database, package: Path,
                                                  tmp_path: Path, change, message: str,
                                                  ) -> None:  # type: ignore[no-untyped-def]
    path = resign(send(package, tmp_path / "J1.ballot"), package, change)
    assert refused(small_db, path) == [f"edited.ballot: {message}"]


def test_locked_edition_takes_no_ballot(small_db: Database, package: Path,
                                        tmp_path: Path) -> None:
    path = send(package, tmp_path / "J1.ballot")
    with small_db.write() as s:
        s.scalar(select(Edition)).locked_at = utcnow()
    assert refused(small_db, path) == [
        "J1.ballot: edition 2026 is locked after its deliberation; the secretariat must reopen "
        "it first"]


def test_ballot_of_a_juror_without_package_is_refused(small_db: Database, package: Path,
                                                      tmp_path: Path) -> None:
    path = rewrite(send(package, tmp_path / "J1.ballot"), lambda b: b.update(juror="J3"))
    with small_db.write() as s:
        s.scalar(select(Juror).where(Juror.code == "J3")).secret = None
    assert refused(small_db, path) == [
        "edited.ballot: no package was ever made for juror J3, so this ballot cannot be "
        "verified"]


def test_a_new_package_continues_the_revisions(small_db: Database, package: Path,
                                               tmp_path: Path) -> None:
    """A juror who lost their laptop gets a new package; its ballots follow the last one."""
    send(package, tmp_path / "1.ballot")
    import_ballot(small_db, YEAR, send(package, tmp_path / "2.ballot"))
    fresh = make_package(small_db, tmp_path / "new-laptop", "J1")
    third = send(fresh, tmp_path / "3.ballot")
    assert read_ballot(third).revision == 3
    assert import_ballot(small_db, YEAR, third).revision == 3


def test_ballot_export_needs_a_package(small_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="a ballot is sent from a juror package"):
        export_ballot(small_db, tmp_path / "x.ballot")
    assert not (tmp_path / "x.ballot").exists()


def test_ballot_import_refused_inside_a_package(small_db: Database, package: Path,
                                                tmp_path: Path) -> None:
    path = send(package, tmp_path / "J1.ballot")
    laptop = open_database(package)
    try:
        with pytest.raises(InputError, match="is the juror package of juror J1"):
            import_ballot(laptop, YEAR, path)
    finally:
        laptop.close()


GOOD = {"format": "yansenne-ballot", "version": 1, "edition": 2026, "juror": "J1",
        "revision": 1, "created_at": "2026-05-01T10:00:00Z", "scores": [], "notes": [],
        "submitted": [], "signature": "0" * 64}


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the ballot is empty"),
    (b"\xff\xfe\x00scores", "not a ballot: the file is not text (UTF-8)"),
    (b"juror;project;score\nJ1;P01;7\n", "not a ballot: unreadable at line 1, column 1"),
    (json.dumps(GOOD).encode()[:-40], "the ballot is incomplete: the file ends too early (cut "
                                      "short while copying?)"),
    (json.dumps({"edition": 2026}).encode(), "not a Yansenne ballot"),
    (json.dumps({**GOOD, "version": 7}).encode(),
     "ballot format 7 is not known to this version of Yansenne"),
    (json.dumps({**GOOD, "revision": "3"}).encode(),
     "field revision is missing or is not a whole number"),
    (json.dumps({**GOOD, "revision": 0}).encode(), "field revision must be at least 1"),
    (json.dumps({**GOOD, "signature": "abc"}).encode(),
     "field signature is missing or is not a signature"),
    (json.dumps({**GOOD, "scores": [{"project": "P01", "criterion": "relevance",
                                     "value": True, "comment": ""}]}).encode(),
     "score 1: field value is missing or is not a number"),
    (json.dumps({**GOOD, "scores": [{"project": "P01", "criterion": "relevance", "value": 1,
                                     "comment": ""}] * 2}).encode(),
     "score 2: project P01, criterion relevance appears twice"),
    (json.dumps({**GOOD, "notes": [{"project": "P01"}]}).encode(),
     "note 1: it needs a project and a comment"),
    (b'{"format": "yansenne-ballot", "version": 1, "x": NaN}',
     "field x: NaN is not a finite number"),
])
def test_damaged_files_are_refused_clearly(small_db: Database, tmp_path: Path, content: bytes,
                                           message: str) -> None:
    path = tmp_path / "J1.ballot"
    path.write_bytes(content)
    assert refused(small_db, path) == [f"J1.ballot: {message}"]


def test_missing_file(small_db: Database, tmp_path: Path) -> None:
    assert refused(small_db, tmp_path / "nowhere.ballot") == ["nowhere.ballot: no such file"]


def test_report_summary_in_french() -> None:
    from yansenne.i18n import set_language

    set_language("fr")
    report = BallotReport("J1.ballot", YEAR, "J1", 2, added=1, changed=2, unchanged=3,
                          cleared=4, notes=0)
    assert report.summary().startswith("J1.ballot\u202f: bulletin 2 du membre du jury J1 appliqué")


# -- hostile ballots (issue 17): signed by their juror, yet outside what they may touch ---

def take_category(db: Database, juror: str, category: str, *, clear: bool = True) -> None:
    """The secretariat takes a category from a juror (clearing their marks there first,
    as `jury.set_assignments` requires; `clear=False` leaves them, as an old import may)."""
    with db.write() as s:
        j = s.scalar(select(Juror.id).where(Juror.code == juror))
        c = s.scalar(select(Category.id).where(Category.code == category))
        if clear:
            s.execute(delete(Score).where(Score.juror_id == j, Score.project_id.in_(
                select(Project.id).where(Project.category_id == c))))
        s.execute(delete(Assignment).where(Assignment.juror_id == j,
                                           Assignment.category_id == c))


def test_marks_outside_the_jurors_categories_are_refused(small_db: Database, package: Path,
                                                        tmp_path: Path) -> None:
    path = send(package, tmp_path / "J1.ballot")  # still holds J1's police marks
    take_category(small_db, "J1", "police")
    problems = refused(small_db, path)
    assert problems[0] == ("J1.ballot: score 5 (P02, collaboration): juror J1 is not assigned "
                           "to category police of project P02")
    assert len(problems) == 11  # P02's three marks, P04's and P06's four


def test_a_mark_outside_the_categories_may_only_stay_as_recorded(small_db: Database,
                                                                 package: Path,
                                                                 tmp_path: Path) -> None:
    """Marks left in a category taken from the juror (an import did it) ride along in the
    ballot unchanged: accepted as they are, and never cleared; changing one is refused."""
    take_category(small_db, "J1", "police", clear=False)
    before = value_of(small_db, "P04", "relevance")
    report = import_ballot(small_db, YEAR, send(package, tmp_path / "1.ballot"))
    assert report.cleared == 0 and value_of(small_db, "P04", "relevance") == before
    in_package(package, ("P04", "relevance", 0.0))
    problems = refused(small_db, send(package, tmp_path / "2.ballot"))
    assert problems == ["2.ballot: score 15 (P04, relevance): juror J1 is not assigned to "
                        "category police of project P04"]


def test_a_note_outside_the_jurors_categories_is_refused(small_db: Database, package: Path,
                                                        tmp_path: Path) -> None:
    take_category(small_db, "J1", "police")
    path = resign(send(package, tmp_path / "J1.ballot"), package, lambda b: b.update(
        scores=[s for s in b["scores"] if s["project"] in ("P01", "P03", "P05")],
        notes=[{"project": "P02", "comment": "Excellent"}]))
    assert refused(small_db, path) == [
        "edited.ballot: note 1: juror J1 is not assigned to category police of project P02"]


HUGE = "1" + "0" * 400


@pytest.mark.parametrize(("old", "new", "message"), [
    ('"revision": 1', '"revision": 9223372036854775808',
     "field revision: the number 9223372036854775808 is out of range (whole numbers in a "
     "ballot lie between -2147483648 and 2147483647)"),
    ('"revision": 1', '"revision": 2147483648',
     "field revision: the number 2147483648 is out of range (whole numbers in a ballot lie "
     "between -2147483648 and 2147483647)"),
    ('"revision": 1', '"revision": -2147483649',
     "field revision: the number -2147483649 is out of range (whole numbers in a ballot lie "
     "between -2147483648 and 2147483647)"),
    ('"edition": 2026', f'"edition": {HUGE}',
     "field edition: the number 100000000000… (401 characters) is out of range (whole numbers "
     "in a ballot lie between -2147483648 and 2147483647)"),
    ('"value": 1', f'"value": {HUGE}',
     "score 1: field value: the number 100000000000… (401 characters) is out of range (whole "
     "numbers in a ballot lie between -2147483648 and 2147483647)"),
    ('"value": 1', '"value": 1e400', "score 1: field value: 1e400 is not a finite number"),
    ('"value": 1', '"value": -Infinity',
     "score 1: field value: -Infinity is not a finite number"),
    ('"comment": "x"', '"comment": "x", "extra": [[1e999]]',
     "field notes[1].extra[1][1]: 1e999 is not a finite number"),
])
def test_numbers_no_column_holds_are_refused_where_they_are(small_db: Database, tmp_path: Path,
                                                           old: str, new: str,
                                                           message: str) -> None:
    body = {**GOOD, "scores": [{"project": "P01", "criterion": "relevance", "value": 1,
                                "comment": ""}], "notes": [{"project": "P01", "comment": "x"}]}
    path = tmp_path / "J1.ballot"
    text = json.dumps(body)
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert refused(small_db, path) == [f"J1.ballot: {message}"]


def test_the_largest_revision_a_column_holds_is_read(tmp_path: Path) -> None:
    path = tmp_path / "J1.ballot"
    path.write_text(json.dumps({**GOOD, "revision": 2**31 - 1}), encoding="utf-8")
    assert read_ballot(path).revision == 2**31 - 1


def test_nesting_is_bounded_before_parsing(small_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "J1.ballot"
    for depth, refused_too in ((13, False), (15, False), (16, True), (100_000, True)):
        extra = "[" * depth + "]" * depth  # the body itself is one level
        path.write_text(json.dumps(GOOD)[:-1] + f', "extra": {extra}}}', encoding="utf-8")
        if not refused_too:
            assert read_ballot(path).revision == 1
            continue
        assert refused(small_db, path) == [
            "J1.ballot: not a ballot: its content is nested more than 16 levels deep"]
    # Brackets inside strings are text, not nesting.
    path.write_text(json.dumps({**GOOD, "juror": "[" * 100_000}), encoding="utf-8")
    assert read_ballot(path).juror == "[" * 100_000


def test_ballot_export_to_a_folder_counts_no_revision(small_db: Database, package: Path,
                                                      tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    laptop = open_database(package)
    try:
        with pytest.raises(InputError, match="this is a folder, not a file"):
            export_ballot(laptop, folder)
        with laptop.read() as s:
            assert s.scalar(select(PackageInfo.ballot_revision)) == 0
            assert s.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.action == "ballot.export")) == 0
        assert export_ballot(laptop, folder / "J1.ballot").revision == 1  # the first one
    finally:
        laptop.close()
    assert [p.name for p in folder.iterdir()] == ["J1.ballot"]  # no temporary file left


def test_a_damaged_secret_refuses_cleanly(small_db: Database, package: Path,
                                          tmp_path: Path) -> None:
    path = send(package, tmp_path / "J1.ballot")
    with small_db.write() as s:
        s.scalar(select(Juror).where(Juror.code == "J1")).secret = "z" * 64
    assert refused(small_db, path) == [
        "J1.ballot: the secret of juror J1 in this database is damaged (it is not 64 "
        "hexadecimal digits); nothing can be signed or verified with it"]
