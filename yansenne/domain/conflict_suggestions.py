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


@dataclass(frozen=True)
class _Juror:
    """What a juror's links are looked for with, worked out once per juror."""

    facts: JurorFacts
    institution: frozenset[str]  # distinctive words, the common ones left out
    named: frozenset[str]  # those long enough to look for in a summary
    surnames: frozenset[str]
    domain: str
    domain_words: frozenset[str]  # distinctive words of the domain, common left out


@dataclass(frozen=True)
class _Project:
    """What a project's links are looked for with, worked out once per project."""

    facts: ProjectFacts
    organisation: frozenset[str]
    summary_words: frozenset[str]
    surnames: frozenset[str]
    domain: str


def _juror(juror: JurorFacts, common: set[str]) -> _Juror:
    institution = frozenset(distinctive(juror.institution) - common)
    juror_domain = domain(juror.email)
    return _Juror(juror, institution,
                  frozenset(w for w in institution if len(w) >= MIN_SUMMARY_WORD),
                  frozenset(surnames(juror.name)), juror_domain,
                  frozenset(distinctive(juror_domain.rsplit(".", 1)[0]) - common))


def _project(project: ProjectFacts, common: set[str]) -> _Project:
    return _Project(project, frozenset(distinctive(project.organisation) - common),
                    frozenset().union(*(words(s) for s in project.summaries)),
                    frozenset(surnames(project.contact_name)), domain(project.contact_email))


def _reasons(juror: _Juror, project: _Project) -> list[str]:
    reasons = []
    facts, theirs = juror.facts, project.facts
    if juror.institution & project.organisation:
        reasons.append(tr("the juror's institution ({institution}) matches the project's "
                          "organisation ({organisation})", institution=facts.institution,
                          organisation=theirs.organisation))
    else:
        mentioned = sorted(juror.named & project.summary_words)
        if mentioned:
            reasons.append(tr("the project's summary names \"{word}\", as in the juror's "
                              "institution ({institution})", word=mentioned[0],
                              institution=facts.institution))
    if juror.surnames & project.surnames:
        reasons.append(tr("same surname as the project's contact person ({contact})",
                          contact=theirs.contact_name))
    if juror.domain and juror.domain not in PUBLIC_MAIL:
        if juror.domain == project.domain:
            reasons.append(tr("same e-mail domain as the project's contact ({domain})",
                              domain=juror.domain))
        elif not juror.institution & project.organisation and (
                juror.domain_words & project.organisation):
            reasons.append(tr("the juror's e-mail domain ({domain}) names the project's "
                              "organisation", domain=juror.domain))
    return reasons


def suggest(jurors: Iterable[JurorFacts], projects: Iterable[ProjectFacts],
            declared: Collection[tuple[str, str]] = ()) -> list[Suggestion]:
    """Every (juror, project) pair with an evident link, not already declared.

    Each juror's and each project's words are worked out once, not once a pair, and
    a reason met again (a shared mail domain gives the same text for every pair of a
    large edition) is kept once: 40,000 suggestions share it, not 40,000 copies."""
    projects = list(projects)
    common = _common(projects)
    prepared = [_project(p, common) for p in projects]
    texts: dict[str, str] = {}
    found = []
    for facts in jurors:
        juror = _juror(facts, common)
        for project in prepared:
            if (facts.code, project.facts.code) in declared:
                continue
            reasons = _reasons(juror, project)
            if reasons:
                reason = "; ".join(reasons)
                found.append(Suggestion(facts.code, project.facts.code,
                                        texts.setdefault(reason, reason)))
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
