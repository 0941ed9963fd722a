"""The panel's reasoned opinions in the dossier and the minutes (editions with stages).

Each project that reached the last stage has a consensus text, or a majority and a
minority text, written in French and Dutch only. A French or Dutch document prints its
own language; French and Dutch together print both side by side; an English document
prints the French and the Dutch texts, each under its language's name, since there is
no English text. An edition without stages has no rows, and the documents print nothing
of this.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from yansenne.domain.consensus import CONSENSUS, MAJORITY, MINORITY, ConsensusRow
from yansenne.i18n import tr
from yansenne.reports import pdf_style as ps
from yansenne.reports.ceremony_data import in_language
from yansenne.reports.dossier_frame import LANGUAGE_NAMES, DossierPart

TEXT_LANGUAGES = ("fr", "nl")  # the languages consensus texts are written in


def kind_label(kind: str, lang: str) -> str:
    return {CONSENSUS: tr("Consensus text", lang=lang),
            MAJORITY: tr("Majority text", lang=lang),
            MINORITY: tr("Minority text", lang=lang)}.get(kind, kind)


def kinds_of(row: ConsensusRow) -> tuple[str, ...]:
    """The kinds to print: the consensus text, else the majority and the minority."""
    if row.kind == CONSENSUS:
        return (CONSENSUS,)
    if row.kind == MAJORITY:
        return (MAJORITY, MINORITY)
    return ()


def text_languages(langs: Sequence[str]) -> tuple[str, ...]:
    """The texts' languages a document prints: its own, or French and Dutch for English."""
    own = tuple(lang for lang in langs if lang in TEXT_LANGUAGES)
    return own or TEXT_LANGUAGES


def text_block(row: ConsensusRow, kind: str, langs: Sequence[str],
               label_langs: Sequence[str], missing: str) -> list[Flowable]:
    """One kind's label and its text(s): one box, or French | Dutch side by side, each
    column under its language's name."""
    label = " / ".join(dict.fromkeys(kind_label(kind, x) for x in label_langs))
    out: list[Flowable] = [ps.para(f"<b>{ps.text(label)}</b>", "body", markup=True)]
    pair = row.text(kind)
    shown = text_languages(langs)
    if len(shown) == 1:
        out.append(ps.quote_box([ps.para(pair.in_language(shown[0]).strip() or missing,
                                         "quote")]))
        return out
    half = (ps.FRAME_WIDTH - 8 * mm) / 2
    columns = [[ps.para(LANGUAGE_NAMES[lang].upper(), "kicker"),
                ps.quote_box([ps.para(pair.in_language(lang).strip() or missing, "quote")],
                             half)]
               for lang in shown]
    out.append(ps.side_by_side(columns[0], columns[1], rule=False))
    return out


def opinions(rows: Sequence[ConsensusRow], langs: Sequence[str], title_of: dict[str, str],
             *, level: int = 1, heading_style: str = "h2") -> list[Flowable]:
    """Every project's texts, each project kept together where it fits."""
    out: list[Flowable] = []
    for row in rows:
        missing = " / ".join(dict.fromkeys(tr("No text recorded.", lang=x) for x in langs))
        block: list[Flowable] = [ps.Heading(f"{row.project} — {title_of[row.project]}", level,
                                            f"opinion-{row.project}", style=heading_style)]
        kinds = kinds_of(row)
        if not kinds:
            block.append(ps.para(missing, "muted"))
        for kind in kinds:
            block += text_block(row, kind, langs, langs, missing)
        block.append(Spacer(1, 4 * mm))
        out.append(KeepTogether(block))
    return out


class ConsensusPages(DossierPart):
    """The dossier's section of the panel's reasoned opinions."""

    def consensus(self) -> list[Flowable]:
        data, voice = self.data, self.voice
        if not data.consensus:
            return []
        out: list[Flowable] = [PageBreak(), self.heading(
            lambda x: tr("The jury's reasoned opinions", lang=x), 0, "opinions"), ps.Rule()]
        out += self.prose(lambda lang: [tr(
            "Each project that reached the last stage ({stage}) received the jury's "
            "consensus text, or a majority and a minority text.", lang=lang,
            stage=in_language(data.last_stage, lang))], labels=False)
        if voice.langs == ("en",):
            out += self.prose(lambda lang: [tr("The texts exist in French and Dutch only.",
                                               lang=lang)], style="muted", labels=False)
        titles = {row.project: voice.join(in_language(row.titles, x) for x in voice.langs)
                  for row in data.consensus}
        out += opinions(data.consensus, voice.langs, titles)
        return out
