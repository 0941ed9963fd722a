"""How the ceremony dossier and the minutes word an edition: labels, dates, amounts.

The data itself (`CeremonyData` and its records, and `gather`, which reads and ranks
the edition) lives in `yansenne.domain.ceremony_record`, so that this layer only
makes documents and never reads the database. `gather` is still importable from
here for the callers that name it so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from yansenne import scoring
from yansenne.domain import deliberation as D
from yansenne.domain.ceremony_record import LANGS, PRIZE_AWARDS, CeremonyData, Texts, texts
from yansenne.domain.ceremony_record import gather as gather  # callers still import it here
from yansenne.i18n import format_count, singular, tr
from yansenne.i18n import format_number as i18n_number
from yansenne.scoring import catalogue


def in_language(values: Texts, lang: str) -> str:
    """The text in `lang`, else in another language, so a reader always gets one."""
    for code in (lang, *(other for other in LANGS if other != lang)):
        if values.get(code):
            return values[code]
    return ""


# -- How the documents word the data ------------------------------------------------
# Every fixed string goes through tr(msgid, lang=...) so that one document can hold
# French and Dutch side by side; codes become words here, once for both documents.

DOSSIER_LANGUAGES = ("fr", "nl", "en", "fr+nl")
_translate = tr  # Voice.tr forwards msgids that its callers wrote as literals
MINUTES_LANGUAGES = ("fr", "nl")


@dataclass(frozen=True)
class Voice:
    """The language(s) of one document: one of fr, nl, en, or French and Dutch."""

    langs: tuple[str, ...]

    @classmethod
    def of(cls, spec: str) -> Voice:
        langs = tuple(spec.split("+"))
        if not langs or any(lang not in LANGS for lang in langs):
            raise ValueError(f"unknown document language {spec!r}")
        return cls(langs)

    @property
    def spec(self) -> str:
        return "+".join(self.langs)

    @property
    def bilingual(self) -> bool:
        return len(self.langs) > 1

    @property
    def primary(self) -> str:
        return self.langs[0]

    def tr(self, msgid: str, /, **values: object) -> str:
        """`msgid` in each language, joined by " / " (once if they read the same).

        Callers pass literals (`voice.tr("Foreword")`), which the message extractor
        collects like any `tr()` call; here the msgid is only passed on."""
        return self.join(_translate(msgid, lang=lang, **values) for lang in self.langs)

    @staticmethod
    def join(parts: Iterable[str]) -> str:
        return " / ".join(dict.fromkeys(p for p in parts if p))

    def pick(self, values: Texts) -> str:
        """A bilingual field in the document's language(s)."""
        return self.join(in_language(values, lang) for lang in self.langs)


def month_name(month: int, lang: str) -> str:
    names = (tr("January", lang=lang), tr("February", lang=lang), tr("March", lang=lang),
             tr("April", lang=lang), tr("May", lang=lang), tr("June", lang=lang),
             tr("July", lang=lang), tr("August", lang=lang), tr("September", lang=lang),
             tr("October", lang=lang), tr("November", lang=lang), tr("December", lang=lang))
    return names[month - 1]


def format_date(day: dt.date | None, lang: str) -> str:
    """'4 février 2027' (1er for the first), '4 februari 2027', '4 February 2027'."""
    if day is None:
        return tr("date to be set", lang=lang)
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {month_name(day.month, lang)} {day.year}"


def _grouped(value: float, decimals: int, thousands: str, point: str) -> str:
    text = f"{abs(value):,.{decimals}f}".replace(",", "\x00").replace(".", point)
    return ("-" if value < 0 else "") + text.replace("\x00", thousands)


def format_amount(amount: float | None, lang: str) -> str:
    """Euros the Belgian way: '6 000 €' in French, '€ 6.000' in Dutch, '€6,000' in English."""
    if amount is None:
        return ""
    decimals = 0 if float(amount).is_integer() else 2
    if lang == "fr":
        # A no-break space (ReportLab breaks lines at U+202F, which Python calls a space).
        return _grouped(amount, decimals, "\u00a0", ",") + "\u00a0€"
    if lang == "nl":
        return "€\u00a0" + _grouped(amount, decimals, ".", ",")
    return "€" + _grouped(amount, decimals, ",", ".")


def format_number(value: float | None, lang: str, decimals: int = 2) -> str:
    """A figure with the language's decimal mark; '—' when there is none."""
    return i18n_number(value, decimals, lang)


def award_label(award: str, lang: str) -> str:
    return {"1": tr("First prize", lang=lang), "2": tr("Second prize", lang=lang),
            "3": tr("Third prize", lang=lang)}.get(award) or tr("Mention", lang=lang)


def in_words(code: str, lang: str) -> str:
    """'in Dutch' written in `lang` ('en néerlandais', 'in het Nederlands')."""
    return {"fr": tr("in French", lang=lang), "nl": tr("in Dutch", lang=lang)}.get(
        code) or tr("in English", lang=lang)


def role_label(role: str, lang: str) -> str:
    return {"president": tr("President of the jury", lang=lang),
            "observer": tr("Observer (does not vote)", lang=lang)}.get(role) or tr(
                "Member of the jury", lang=lang)


def actor_label(code: str | None, lang: str) -> str:
    """An actor type by its name; "—" when the project has none (it is optional)."""
    from yansenne import reference

    if not code:
        return "—"

    found = reference.actor(code)
    return in_language(texts(found, "name"), lang) if found else code


def municipality_label(code: str | None, lang: str) -> str:
    """Municipalities have official French and Dutch names; English readers get French."""
    from yansenne import reference

    if code == "region":
        return tr("The whole Region", lang=lang)
    found = reference.municipality(code)
    if found is None:
        return code or "—"
    return found.name_nl if lang == "nl" else found.name_fr


def police_zone_label(code: str | None, lang: str) -> str:
    from yansenne import reference

    if code == "region":
        return tr("every zone of the Region", lang=lang)
    found = reference.municipality(code)
    zone = reference.police_zones().get(found.police_zone) if found else None
    if zone is None:
        return "—"
    return f"{zone.name_nl if lang == 'nl' else zone.name_fr} ({zone.zone})"


def method_label(method: str, lang: str) -> str:
    return catalogue.title(method, lang)


def reason_label(reason: str, lang: str) -> str:
    return {scoring.BELOW_QUORUM: tr("below quorum", lang=lang),
            scoring.NO_SCORES: tr("no scores", lang=lang),
            scoring.TOO_FEW_TO_TRIM: tr("too few totals to trim", lang=lang)}.get(reason, reason)


def choice_label(choice: str, lang: str) -> str:
    return {"for": tr("for", lang=lang), "against": tr("against", lang=lang)}.get(
        choice) or tr("abstention", lang=lang)


def outcome_label(outcome: str, lang: str) -> str:
    """What the vote decided (the count is the domain's: deliberation.count_votes)."""
    return {D.ADOPTED: tr("adopted", lang=lang), D.REJECTED: tr("rejected", lang=lang),
            D.TIED: tr("tied, no casting vote", lang=lang)}.get(outcome) or tr(
        "not voted", lang=lang)


def subject_label(subject: str, lang: str) -> str:
    """What was put to the vote: 'award:1' is the first prize, 'mention:P07' a mention."""
    kind, _, rest = subject.partition(":")
    if kind == "award" and rest in PRIZE_AWARDS:
        return award_label(rest, lang)
    if kind == "mention":
        return tr("Mention", lang=lang)
    return subject


def _tie_rule(token: str, data: CeremonyData, lang: str) -> str:
    if token.startswith("criterion:"):
        found = data.criterion(token.split(":", 1)[1])
        name = in_language(found.names, lang) if found else token.split(":", 1)[1]
        return tr("the higher figure on the criterion “{criterion}”", lang=lang, criterion=name)
    return {"median": tr("the higher median of the jurors' totals", lang=lang),
            "first_places": tr("the more jurors placing it first", lang=lang),
            "casting_vote": tr("the casting vote of the president of the jury", lang=lang),
            }.get(token, token)


def quorum_line(data: CeremonyData, lang: str) -> str:
    """The ranking's parameters in one line: its method, its quorum, the marks it read."""
    values = {"method": method_label(data.method, lang),
              "quorum": format_count(data.quorum, lang),
              "scores": format_count(data.n_scores, lang)}
    if singular(data.quorum, lang):
        return tr("Method: {method}. Quorum: {quorum} juror. Marks recorded: {scores}.",
                  lang=lang, **values)
    return tr("Method: {method}. Quorum: {quorum} jurors. Marks recorded: {scores}.",
              lang=lang, **values)


def method_in_words(data: CeremonyData, lang: str) -> list[str]:
    """How the ranking is made, in plain words, one paragraph per item."""
    method = data.method
    paragraphs = [
        tr("Each juror scores every project of the categories entrusted to them, on each "
           "criterion of the grid. A juror's total for a project is the weighted share of the "
           "maximum, out of 100: each criterion counts in proportion to its weight.", lang=lang),
        catalogue.described(method, lang, data.trim),
        tr("A project is ranked only if at least one juror scored it. A juror who declared a "
           "conflict of interest with a project does not score it.", lang=lang)
        if data.quorum < 2 else
        tr("A project is ranked only if at least {quorum} jurors scored it. A juror who "
           "declared a conflict of interest with a project does not score it.", lang=lang,
           quorum=format_count(data.quorum, lang)),
    ]
    rules = [_tie_rule(token, data, lang) for token in data.tie_break]
    if rules:
        paragraphs.append(tr("Projects with the same figure share their rank (ex aequo); their "
                             "place is then decided by, in this order: {rules}.", lang=lang,
                             rules="; ".join(rules)))
    else:
        paragraphs.append(tr("Projects with the same figure share their rank (ex aequo).",
                             lang=lang))
    paragraphs.append(tr("The ranking guides the jury, whose deliberation is sovereign: it may "
                         "depart from the ranking, giving its reasons.", lang=lang))
    return paragraphs
