"""Readings of a ranking in words (`notes` of spec/cli.md), in the three languages.

The core says what it did to the figures (a juror's spread floored, a trimmed
mean that trimmed less, a ranking split into unlinked sets) as a code and its
values; `Note.text(lang)` gives the sentence. Like the method catalogue, the
words are written out here so that the core needs no interface catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from yansenne.scoring.catalogue import Words

#: Every note the core can give, by code. Values in braces are filled by `Note.values`.
NOTES: Mapping[str, Words] = MappingProxyType({
    # zscore: a juror whose totals barely vary would otherwise weigh most
    "spread_floored": Words(
        en=("{jurors}: totals spread by less than {floor} points; their spread was counted"
            " as {floor} points so that their z-scores do not outweigh the other jurors'."),
        fr=("{jurors} : totaux écartés de moins de {floor} points ; leur écart a été compté"
            " pour {floor} points afin que leurs scores z ne pèsent pas plus que ceux des"
            " autres membres du jury."),
        nl=("{jurors}: totalen met minder dan {floor} punten spreiding; hun spreiding is als"
            " {floor} punten geteld zodat hun z-scores niet zwaarder wegen dan die van de"
            " andere juryleden."),
    ),
    # trimmed: a project with fewer totals (a recusal) sets fewer aside
    "trimmed_less": Words(
        en=("{project} has {n} totals: its trimmed mean sets aside {k} at each end instead"
            " of {trim}."),
        fr=("{project} a {n} totaux : sa moyenne tronquée en écarte {k} de chaque côté au"
            " lieu de {trim}."),
        nl=("{project} heeft {n} totalen: zijn getrimd gemiddelde laat er aan elke kant {k}"
            " weg in plaats van {trim}."),
    ),
    # adjusted: offsets are identifiable only within a set linked by shared marks
    "unlinked_sets": Words(
        en=("The jurors and projects fall into {count} sets that share no mark ({sets});"
            " adjusted figures compare projects only within one set."),
        fr=("Les membres du jury et les projets forment {count} ensembles sans note commune"
            " ({sets}) ; les résultats ajustés ne comparent les projets qu’au sein d’un même"
            " ensemble."),
        nl=("De juryleden en projecten vormen {count} groepen zonder gemeenschappelijke"
            " score ({sets}); aangepaste resultaten vergelijken projecten alleen binnen één"
            " groep."),
    ),
    # a juror total resting on part of the grid
    "partial_totals": Words(
        en="{projects}: at least one juror's total rests on only part of the grid.",
        fr="{projects} : au moins un total d’un membre du jury ne porte que sur une partie"
           " de la grille.",
        nl="{projects}: minstens één totaal van een jurylid steunt op slechts een deel van"
           " het rooster.",
    ),
    # uncertainty: consecutive places that the resampled panels often reverse
    # uncertainty: Schulze's draws over many projects would take minutes
    "uncertainty_left_out": Words(
        en=("How sure each place is was not computed: with {projects} projects, resampling"
            " the jurors under this method would take minutes (it is computed up to {limit})."),
        fr=("La solidité de chaque place n’a pas été calculée : avec {projects} projets, le"
            " rééchantillonnage des membres du jury prendrait des minutes avec cette méthode"
            " (elle est calculée jusqu’à {limit})."),
        nl=("Hoe zeker elke plaats is, werd niet berekend: met {projects} projecten zou het"
            " herbemonsteren van de juryleden met deze methode minuten duren (berekend tot"
            " {limit})."),
    ),
    "indistinct_places": Words(
        en=("{upper} and {lower} cannot be told apart with this panel: in the resamplings"
            " of the jurors, {upper} ranks ahead in {ahead}% and {lower} in {behind}%."),
        fr=("{upper} et {lower} ne peuvent être départagés par ce jury : dans les"
            " rééchantillonnages des membres du jury, {upper} est classé devant dans"
            " {ahead} % des cas et {lower} dans {behind} %."),
        nl=("{upper} en {lower} zijn met dit panel niet van elkaar te onderscheiden: bij"
            " het hertrekken van de juryleden staat {upper} in {ahead}% van de gevallen"
            " voor en {lower} in {behind}%."),
    ),
    # overall ranking across categories
    "overall_grids_differ": Words(
        en=("Not comparable: the categories are scored on different grids, so their"
            " figures do not measure the same thing. Award prizes per category."),
        fr=("Non comparable : les catégories sont notées sur des grilles différentes, leurs"
            " résultats ne mesurent donc pas la même chose. Attribuez les prix par"
            " catégorie."),
        nl=("Niet vergelijkbaar: de categorieën worden op verschillende roosters gescoord,"
            " dus hun resultaten meten niet hetzelfde. Ken de prijzen per categorie toe."),
    ),
    "overall_panels_differ": Words(
        en=("Not comparable: the categories were scored by different juror panels, so a"
            " lenient panel lifts its whole category. Award prizes per category."),
        fr=("Non comparable : les catégories ont été notées par des jurys différents, un"
            " jury indulgent élève donc toute sa catégorie. Attribuez les prix par"
            " catégorie."),
        nl=("Niet vergelijkbaar: de categorieën werden door verschillende jurypanels"
            " gescoord, dus een mild panel tilt zijn hele categorie op. Ken de prijzen per"
            " categorie toe."),
    ),
})


@dataclass(frozen=True)
class Note:
    """One reading of a ranking: a code of NOTES and the values its words need."""

    code: str
    values: tuple[tuple[str, object], ...] = field(default=())

    @classmethod
    def of(cls, code: str, **values: object) -> Note:
        if code not in NOTES:
            raise ValueError(f"unknown note {code!r}")
        return cls(code, tuple(sorted(values.items())))

    def text(self, lang: str) -> str:
        """The note as a sentence in French, Dutch or English."""
        return NOTES[self.code](lang, **dict(self.values))
