"""The ranking methods, one entry each: code, names in French, Dutch and English, unit,
direction and a description in plain words.

The command line, the desk, the workbooks and the dossier all read their words here,
so a new method is one entry below and its function in methods.py. The names are
written out in the three languages rather than looked up, because the core must
not depend on the catalogues of the interface; `words(...)` picks one.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

LANGUAGES = ("fr", "nl", "en")


@dataclass(frozen=True)
class Words:
    """One text in the three languages of the prize."""

    en: str
    fr: str
    nl: str

    def __call__(self, lang: str, **values: object) -> str:
        text = getattr(self, lang if lang in LANGUAGES else "en")
        return text.format(**values) if values else text


@dataclass(frozen=True)
class Method:
    """A ranking method as people meet it."""

    code: str
    names: Words  # in a sentence: "mean of z-scores" ({k}: the trimmed mean's K)
    titles: Words  # as a label or a header of the desk: "z-scores"
    column: Words  # a column of the results workbook, which scripts read by name
    unit: Words  # what a difference in its figure is counted in
    direction: Literal["higher", "lower"]  # which figure ranks first
    description: Words  # how a project's figure is made, for the dossier ({k} as above)
    trims: bool = False  # takes K, the number of highest and lowest totals set aside


CATALOGUE: tuple[Method, ...] = (
    Method(
        code="mean",
        names=Words("mean", "moyenne", "gemiddelde"),
        titles=Words("Mean", "Moyenne", "Gemiddelde"),
        column=Words("mean", "moyenne", "gemiddelde"),
        unit=Words("points", "points", "punten"),
        direction="higher",
        description=Words(
            en=("A project's figure is the average of its jurors' totals; the highest figure"
                " ranks first."),
            fr=("Le résultat d’un projet est la moyenne des totaux de ses membres du jury ; "
                "le résultat le plus élevé est classé premier."),
            nl=("Het resultaat van een project is het gemiddelde van de totalen van zijn "
                "juryleden; het hoogste resultaat staat eerst."),
        ),
    ),
    Method(
        code="median",
        names=Words("median", "médiane", "mediaan"),
        titles=Words("Median", "Médiane", "Mediaan"),
        column=Words("median", "médiane", "mediaan"),
        unit=Words("points", "points", "punten"),
        direction="higher",
        description=Words(
            en=("A project's figure is the median of its jurors' totals (the lower middle "
                "value when their number is even), so that a single very high or very low "
                "total does not move it; the highest figure ranks first."),
            fr=("Le résultat d’un projet est la médiane des totaux de ses membres du jury "
                "(la valeur centrale inférieure quand leur nombre est pair), si bien qu’un "
                "seul total très élevé ou très bas ne le déplace pas ; le résultat le plus "
                "élevé est classé premier."),
            nl=("Het resultaat van een project is de mediaan van de totalen van zijn "
                "juryleden (de lagere middelste waarde bij een even aantal), zodat één heel "
                "hoog of heel laag totaal het niet verschuift; het hoogste resultaat staat "
                "eerst."),
        ),
    ),
    Method(
        code="trimmed",
        trims=True,
        names=Words(
            en="trimmed mean (K = {k})",
            fr="moyenne tronquée (K = {k})",
            nl="getrimd gemiddelde (K = {k})",
        ),
        titles=Words("Trimmed mean", "Moyenne tronquée", "Getrimd gemiddelde"),
        column=Words("trimmed mean", "moyenne tronquée", "getrimd gemiddelde"),
        unit=Words("points", "points", "punten"),
        direction="higher",
        description=Words(
            en=("A project's figure is the average of its jurors' totals once the {k} "
                "highest and the {k} lowest are set aside; the highest figure ranks first."),
            fr=("Le résultat d’un projet est la moyenne des totaux de ses membres du jury, "
                "après avoir écarté les {k} plus élevés et les {k} plus bas ; le résultat le"
                " plus élevé est classé premier."),
            nl=("Het resultaat van een project is het gemiddelde van de totalen van zijn "
                "juryleden, nadat de {k} hoogste en de {k} laagste opzij zijn gezet; het "
                "hoogste resultaat staat eerst."),
        ),
    ),
    Method(
        code="zscore",
        names=Words("mean of z-scores", "moyenne des scores z", "gemiddelde van de z-scores"),
        titles=Words("z-scores", "scores z", "z-scores"),
        column=Words("z-scores", "scores z", "z-scores"),
        unit=Words("standard deviations", "écarts-types", "standaardafwijkingen"),
        direction="higher",
        description=Words(
            en=("Each juror's totals are first standardised (how far above or below that "
                "juror's own average they lie), so that a strict juror and a lenient one "
                "weigh the same; a project's figure is the average of these standardised "
                "totals, and the highest ranks first."),
            fr=("Les totaux de chaque membre du jury sont d’abord standardisés (leur écart "
                "par rapport à la moyenne propre de ce membre), de sorte qu’un membre sévère"
                " et un membre indulgent pèsent autant ; le résultat d’un projet est la "
                "moyenne de ces totaux standardisés, et le plus élevé est classé premier."),
            nl=("De totalen van elk jurylid worden eerst gestandaardiseerd (hoever ze boven "
                "of onder het eigen gemiddelde van dat jurylid liggen), zodat een strenge en"
                " een milde beoordelaar even zwaar wegen; het resultaat van een project is "
                "het gemiddelde van die gestandaardiseerde totalen, en het hoogste staat "
                "eerst."),
        ),
    ),
    Method(
        code="ranksum",
        names=Words("rank sum (Borda)", "somme des rangs (Borda)", "rangsom (Borda)"),
        titles=Words("Rank sum", "Somme des rangs", "Rangsom"),
        column=Words("rank sum", "somme des rangs", "rangsom"),
        unit=Words("rank points", "points de rang", "rangpunten"),
        direction="lower",
        description=Words(
            en=("Each juror ranks the projects by their totals; a project's figure is the "
                "sum of the ranks it received, and the lowest sum ranks first (a Borda "
                "count)."),
            fr=("Chaque membre du jury classe les projets selon leurs totaux ; le résultat "
                "d’un projet est la somme des rangs reçus, et la somme la plus basse est "
                "classée première (méthode de Borda)."),
            nl=("Elk jurylid rangschikt de projecten volgens hun totalen; het resultaat van "
                "een project is de som van de ontvangen rangen, en de laagste som staat "
                "eerst (methode-Borda)."),
        ),
    ),
    Method(
        code="majority",
        names=Words("majority judgment", "jugement majoritaire", "meerderheidsoordeel"),
        titles=Words("Majority judgment", "Jugement majoritaire", "Meerderheidsoordeel"),
        column=Words("majority judgment", "jugement majoritaire", "meerderheidsoordeel"),
        unit=Words("points", "points", "punten"),
        direction="higher",
        description=Words(
            en=("Majority judgment: a project's figure is the total that a majority of its "
                "jurors give at least (its majority grade); projects with the same grade are"
                " separated by the grades that remain."),
            fr=("Jugement majoritaire : le résultat d’un projet est le total qu’une majorité"
                " de ses membres du jury lui accorde au moins (sa mention majoritaire) ; les"
                " projets de même mention sont départagés par les totaux restants."),
            nl=("Meerderheidsoordeel: het resultaat van een project is het totaal dat een "
                "meerderheid van zijn juryleden het minstens geeft (zijn meerderheidsscore);"
                " projecten met dezelfde score worden gescheiden door de overige totalen."),
        ),
    ),
    Method(
        code="schulze",
        names=Words("Schulze", "Schulze", "Schulze"),
        titles=Words("Schulze", "Schulze", "Schulze"),
        column=Words("Schulze", "Schulze", "Schulze"),
        unit=Words("projects placed below", "projets classés en dessous",
                   "projecten lager geplaatst"),
        direction="higher",
        description=Words(
            en=("Every pair of projects is compared by the number of jurors who prefer one "
                "to the other; the Schulze method finds the order that best respects these "
                "majorities."),
            fr=("Chaque paire de projets est comparée selon le nombre de membres du jury qui"
                " préfèrent l’un à l’autre ; la méthode de Schulze trouve l’ordre qui "
                "respecte le mieux ces majorités."),
            nl=("Elk paar projecten wordt vergeleken volgens het aantal juryleden dat het "
                "ene boven het andere verkiest; de methode-Schulze vindt de volgorde die "
                "deze meerderheden het best respecteert."),
        ),
    ),
    Method(
        code="adjusted",
        names=Words("adjusted mean", "moyenne ajustée", "aangepast gemiddelde"),
        titles=Words("Adjusted mean", "Moyenne ajustée", "Aangepast gemiddelde"),
        column=Words("adjusted mean", "moyenne ajustée", "aangepast gemiddelde"),
        unit=Words("points", "points", "punten"),
        direction="higher",
        description=Words(
            en=("Each juror's totals are read as the project's value plus that juror's own "
                "leniency, both estimated from every total given (least squares), so that a "
                "project scored only by strict jurors is not held back when the jurors score"
                " different projects; a project's figure is its value, the highest ranks "
                "first, and it equals the mean when every juror scores every project."),
            fr=("Les totaux de chaque membre du jury sont lus comme la valeur du projet plus "
                "l’indulgence propre à ce membre, toutes deux estimées sur l’ensemble des "
                "totaux donnés (moindres carrés), de sorte qu’un projet noté seulement par "
                "des membres sévères ne soit pas désavantagé quand les membres du jury notent"
                " des projets différents ; le résultat d’un projet est sa valeur, le plus "
                "élevé est classé premier, et il est égal à la moyenne quand chaque membre du"
                " jury note chaque projet."),
            nl=("De totalen van elk jurylid worden gelezen als de waarde van het project plus"
                " de eigen mildheid van dat jurylid, beide geschat uit alle gegeven totalen "
                "(kleinste kwadraten), zodat een project dat alleen door strenge juryleden "
                "beoordeeld werd niet benadeeld wordt wanneer de juryleden verschillende "
                "projecten beoordelen; het resultaat van een project is zijn waarde, het "
                "hoogste staat eerst, en het is gelijk aan het gemiddelde wanneer elk jurylid"
                " elk project beoordeelt."),
        ),
    ),
)

BY_CODE = MappingProxyType({m.code: m for m in CATALOGUE})
#: Other names the command line accepts ("borda" is the rank sum).
ALIASES = MappingProxyType({"borda": "ranksum"})
CODES: tuple[str, ...] = tuple(BY_CODE)


def method(code: str) -> Method:
    """The entry of a method by its code or alias; KeyError for an unknown one."""
    return BY_CODE[ALIASES.get(code, code)]


def name(code: str, lang: str, trim: int = 1) -> str:
    """The method's name in a sentence: "moyenne tronquée (K = 1)"."""
    return method(code).names(lang, k=trim)


def title(code: str, lang: str) -> str:
    """The method's label in a list or a column heading: "Somme des rangs"."""
    return method(code).titles(lang)


def heading(code: str, lang: str, trim: int = 1) -> str:
    """The label with its K where the method takes one: "Trimmed mean (K = 2)"."""
    entry = method(code)
    return f"{entry.titles(lang)} (K = {trim})" if entry.trims else entry.titles(lang)


def column(code: str, lang: str) -> str:
    """The method's column in the results workbook: "trimmed mean"."""
    return method(code).column(lang)


def described(code: str, lang: str, trim: int = 1) -> str:
    return method(code).description(lang, k=trim)


def choices() -> str:
    """The codes the command line accepts, aliases beside their method: "ranksum|borda"."""
    aliases = {target: alias for alias, target in ALIASES.items()}
    return ", ".join(f"{c}|{aliases[c]}" if c in aliases else c for c in CODES)
