"""Conflicts of interest the secretariat should look at, each with its reason.

Links that show in the registry itself: a juror's institution that matches a
project's organisation, or that the project's summary names among its partners;
a juror who shares a surname with the project's contact person; a juror's e-mail
domain equal to the contact's, or naming the organisation. Words common to many
organisations ("police", "prévention", "Bruxelles") prove nothing and are left
out. These are suggestions: the secretariat confirms or ignores each one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne.domain.lookup import find_edition
from yansenne.i18n import tr
from yansenne.store.models import Conflict, Juror, Project

# Words that name a kind of body, a place or a function rather than one body.
GENERIC = frozenset("""
a al au aux and at d de den der des di du een en et het in l la le les of op pour sur t te ten
ter the van voor von vander zu asbl vzw sa nv bv sprl srl cv scrl ivzw aisbl
service services dienst diensten departement department cellule cel team equipe centre centrum
police politie zone zones commune communes gemeente gemeenten ville stad city municipal
communal gemeentelijke region regional regionale gewest gewestelijk gewestelijke bruxelles
brussel brussels capitale hoofdstad hoofdstedelijk prevention preventie securite veiligheid
safety security cabinet kabinet ministre minister president ministere federal federale
federaal spf fod public publique publics openbare openbaar local locale locales lokale integrale
integraal universite universiteit university ecole school projet project projets jeunesse jeugd
association vereniging collectif collectief comite wijkcomite quartier wijk reseau netwerk
social sociale sociaal maison huis zaken affaires
""".split())
PARTICLES = frozenset("van de den der le la du des el al ben von di da dos ter ten vander".split())
PUBLIC_MAIL = frozenset("""
gmail.com googlemail.com hotmail.com hotmail.be hotmail.fr outlook.com outlook.be live.com
live.be msn.com yahoo.com yahoo.fr icloud.com me.com skynet.be telenet.be proximus.be
scarlet.be voo.be gmx.com gmx.net protonmail.com proton.me
""".split())
MIN_WORD, MIN_SUMMARY_WORD = 3, 5
RARE_SHARE = 0.1  # a word in more than this share of the organisations is not distinctive


@dataclass(frozen=True)
class JurorFacts:
    code: str
    name: str
    institution: str
    email: str


@dataclass(frozen=True)
class ProjectFacts:
    code: str
    organisation: str
    contact_name: str
    contact_email: str
    summaries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    juror: str
    project: str
    reason: str


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text)))


def distinctive(text: str) -> set[str]:
    return {w for w in words(text) if len(w) >= MIN_WORD and w not in GENERIC
            and not w.isdigit()}


def surnames(name: str) -> set[str]:
    """The words of a surname: all but the first given name, without particles."""
    parts = name.split()
    return {w for w in words(" ".join(parts[1:])) if len(w) >= MIN_WORD
            and w not in PARTICLES} if len(parts) > 1 else set()


def domain(email: str) -> str:
    return fold(email.rpartition("@")[2]).strip() if "@" in email else ""


def _common(projects: Collection[ProjectFacts]) -> set[str]:
    """Words in too many organisations to point at one of them."""
    counts = Counter(w for p in projects for w in distinctive(p.organisation))
    limit = max(2, int(len(projects) * RARE_SHARE))
    return {w for w, n in counts.items() if n > limit}


def _reasons(juror: JurorFacts, project: ProjectFacts, common: set[str]) -> list[str]:
    reasons = []
    institution = distinctive(juror.institution) - common
    organisation = distinctive(project.organisation) - common
    if institution & organisation:
        reasons.append(tr("the juror's institution ({institution}) matches the project's "
                          "organisation ({organisation})", institution=juror.institution,
                          organisation=project.organisation))
    else:
        named = {w for w in institution if len(w) >= MIN_SUMMARY_WORD}
        mentioned = sorted(named & set().union(*(words(s) for s in project.summaries)))
        if mentioned:
            reasons.append(tr("the project's summary names \"{word}\", as in the juror's "
                              "institution ({institution})", word=mentioned[0],
                              institution=juror.institution))
    shared = surnames(juror.name) & surnames(project.contact_name)
    if shared:
        reasons.append(tr("same surname as the project's contact person ({contact})",
                          contact=project.contact_name))
    juror_domain, contact_domain = domain(juror.email), domain(project.contact_email)
    if juror_domain and juror_domain not in PUBLIC_MAIL:
        if juror_domain == contact_domain:
            reasons.append(tr("same e-mail domain as the project's contact ({domain})",
                              domain=juror_domain))
        elif not institution & organisation and (
                distinctive(juror_domain.rsplit(".", 1)[0]) - common) & organisation:
            reasons.append(tr("the juror's e-mail domain ({domain}) names the project's "
                              "organisation", domain=juror_domain))
    return reasons


def suggest(jurors: Iterable[JurorFacts], projects: Iterable[ProjectFacts],
            declared: Collection[tuple[str, str]] = ()) -> list[Suggestion]:
    """Every (juror, project) pair with an evident link, not already declared."""
    projects = list(projects)
    common = _common(projects)
    found = []
    for juror in jurors:
        for project in projects:
            if (juror.code, project.code) in declared:
                continue
            reasons = _reasons(juror, project, common)
            if reasons:
                found.append(Suggestion(juror.code, project.code, "; ".join(reasons)))
    return found


def suggestions(session: Session, year: int) -> list[Suggestion]:
    """The suggestions for edition `year`, jurors in their order, projects by code."""
    edition = find_edition(session, year)
    jurors = [JurorFacts(j.code, j.name, j.institution or "", j.email or "")
              for j in edition.jurors]
    projects = [ProjectFacts(p.code, p.organisation or "", p.contact_name or "",
                             p.contact_email or "",
                             tuple(s for s in (p.summary_fr, p.summary_nl, p.summary_en) if s))
                for p in edition.projects]
    declared = {(j, p) for j, p in session.execute(
        select(Juror.code, Project.code).select_from(Conflict)
        .join(Juror, Juror.id == Conflict.juror_id).join(Project, Project.id == Conflict.project_id)
        .where(Juror.edition_id == edition.id))}
    return suggest(jurors, projects, declared)
