"""A deliberated copy of the demo edition, and ways to read the PDFs back.

The decisions, votes and attendance are recorded straight through the models (the
deliberation services are not needed to test the documents). Citations carry the
characters a font must have for French and Dutch: œ ’ ë ij €.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import select

from yansenne.exchange.workbook import import_edition
from yansenne.paths import demo_workbook
from yansenne.store.database import Database
from yansenne.store.models import Decision, Edition, Juror, Project, Vote
from yansenne.store.opening import open_database

YEAR = 2026

CITATIONS = {
    "P13": ("Un projet exemplaire où commerçants et service de prévention œuvrent ensemble ; "
            "l’accueil des victimes y est pensé dès le premier jour.",
            "Een voorbeeldig project waarin handelaars en preventiedienst samenwerken; de "
            "opvang van slachtoffers is vanaf dag één doordacht en geïntegreerd.",
            "An exemplary project in which shopkeepers and the prevention service work "
            "together; victims are welcomed from day one."),
    "P20": ("Un premier accueil spécialisé qui change la vie des victimes de violences "
            "intrafamiliales : le jury salue son cœur et sa rigueur.",
            "Een gespecialiseerd eerste onthaal dat het leven van slachtoffers van "
            "intrafamiliaal geweld verandert: de jury prijst zijn ijver en zorg.",
            "A specialised first reception that changes the lives of victims of family "
            "violence: the jury praises its heart and rigour."),
    "P06": ("Des médiateurs de rue qui tissent des liens durables entre habitants, "
            "associations et police à Cureghem.",
            "Straatbemiddelaars die duurzame banden smeden tussen bewoners, verenigingen en "
            "politie in Kuregem.",
            "Street mediators who weave lasting ties between residents, associations and "
            "police in Cureghem."),
    "P01": ("Une application de quartier simple et sobre, reliée à l’agent de quartier.",
            "Een eenvoudige, sobere wijkapp in verbinding met de wijkagent.",
            "A simple, sober neighbourhood app linked to the community officer."),
    "P27": ("Des concierges de prévention présents au quotidien dans les logements sociaux.",
            "Preventieconciërges die dagelijks aanwezig zijn in de sociale woningen.",
            "Prevention caretakers present every day in social housing."),
}
AWARDS = [("1", "P13", 6000.0), ("2", "P20", 4000.0), ("3", "P06", 2000.0),
          ("mention", "P01", None), ("mention", "P27", None)]
JUSTIFICATION = ("Le jury a placé P20 avant P06 pour l’ampleur de son effet sur les victimes, "
                 "après un vote à la majorité.")


def demo_copy(cache: Path, target: Path) -> Database:
    """Open a fresh copy of the demo edition at `target` (imported once into `cache`)."""
    if not cache.exists():
        db = open_database(cache)
        import_edition(db, demo_workbook(), actor="tests")
        db.checkpoint()
        db.close()
    shutil.copyfile(cache, target)
    return open_database(target)


def deliberate(db: Database, year: int = YEAR, *, absent: str = "J07") -> None:
    """Record the decisions, the votes, attendance, date, place and casting vote."""
    with db.write() as s:
        edition = s.scalars(select(Edition).where(Edition.year == year)).one()
        projects = {p.code: p for p in s.scalars(
            select(Project).where(Project.edition_id == edition.id))}
        jurors = list(s.scalars(select(Juror).where(Juror.edition_id == edition.id)))
        edition.deliberation_date = dt.date(2026, 12, 10)
        edition.deliberation_place = "Bruxelles, Mont des Arts 10-13"
        edition.deliberation_start, edition.deliberation_end = "14:00", "17:30"
        edition.casting_vote = ["P15", "P14"]
        for juror in jurors:
            juror.present = juror.code != absent
        for position, (award, code, amount) in enumerate(AWARDS):
            fr, nl, en = CITATIONS[code]
            s.add(Decision(edition_id=edition.id, project_id=projects[code].id, award=award,
                           amount_eur=amount, citation_fr=fr, citation_nl=nl, citation_en=en,
                           justification=JUSTIFICATION if code == "P20" else "",
                           position=position))
        voters = [j for j in jurors if j.role != "observer" and j.present]
        for award, code, _amount in AWARDS:
            subject = f"award:{award}" if award != "mention" else f"mention:{code}"
            for index, juror in enumerate(voters):
                choice = "for"
                if award == "2" and index == 1:
                    choice = "against"
                if award == "2" and index == 2:
                    choice = "abstain"
                s.add(Vote(edition_id=edition.id, juror_id=juror.id, subject=subject,
                           project_id=projects[code].id, choice=choice))


def lock(db: Database, year: int = YEAR) -> None:
    """Lock the deliberation the way the deliberation service will: editions.locked_at."""
    with db.write() as s:
        edition = s.scalars(select(Edition).where(Edition.year == year)).one()
        edition.locked_at = dt.datetime(2026, 12, 10, 18, 30)


def jurors_of(db: Database, year: int = YEAR) -> list[tuple[str, str, str]]:
    """(name, institution, role) of every juror."""
    with db.read() as s:
        return [(j.name, j.institution, j.role) for j in s.scalars(
            select(Juror).join(Edition).where(Edition.year == year))]


def project_titles(db: Database) -> dict[str, dict[str, str]]:
    """Each project's titles: {code: {lang: title}}."""
    with db.read() as s:
        return {p.code: {"fr": p.title_fr, "nl": p.title_nl, "en": p.title_en}
                for p in s.scalars(select(Project))}


def pdf_pages(path: Path) -> list[str]:
    """The text of each page in the order it is drawn (pdftotext -raw): the DRAFT mark,
    drawn under the content, comes first and never splits a sentence."""
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def flat(text: str) -> str:
    """Whitespace folded, so a phrase wrapped over lines or columns still matches."""
    return " ".join(text.split())


def pdf_fonts(path: Path) -> list[list[str]]:
    """`pdffonts` rows: name, type, encoding, emb, sub, uni, object, id."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def drop_summary(db: Database, code: str, lang: str) -> str:
    """Empty one project's summary in `lang`; returns its French summary."""
    with db.write() as s:
        project = s.scalars(select(Project).where(Project.code == code)).one()
        setattr(project, f"summary_{lang}", "")
        return project.summary_fr
