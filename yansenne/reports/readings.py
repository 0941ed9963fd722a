"""Figures put into words: agreement, leniency, sensitivity and explanations.

Pure text for people, in the current language (`tr`), shared by the results page
and the printed documents so that both say the same thing about the same number.

Thresholds, and why:
- Kendall's W: the usual reading of Schmidt (1997) — under 0.1 very weak, 0.3
  weak, 0.5 moderate, 0.7 strong.
- ICC(2,1) and ICC(2,k): Koo and Li (2016) — under 0.5 poor, 0.75 moderate, 0.9
  good, else excellent; ICC(2,1) is read as one juror against another, ICC(2,k)
  as the panel's mean totals against another panel like it.
- What a figure rests on, and when that is too little: `scoring.Agreement.thin`
  (fewer than five projects or three jurors, or a W that leaves out more than
  half of the projects), put into words by `thin_sentences`.
- Krippendorff's alpha: Krippendorff (2004) — 0.8 and above reliable, from 0.667
  acceptable for tentative conclusions, below that not reliable.
"""

from __future__ import annotations

from dataclasses import dataclass

from yansenne import scoring
from yansenne.i18n import format_count, language, tr
from yansenne.scoring import catalogue

#: Leniency under this many points of the 0-100 total reads as "in line".
LENIENCY_NOISE = 1.0


def number(value: float, decimals: int = 2, signed: bool = False) -> str:
    """A figure as the reader writes it: decimal comma in French and Dutch, a true minus."""
    text = f"{value:+.{decimals}f}" if signed else f"{value:.{decimals}f}"
    if language() in ("fr", "nl"):
        text = text.replace(".", ",")
    return text.replace("-", "\u2212")


def method_name(method: str, trim: int = 1) -> str:
    """A method's name for people, in a sentence (the catalogue's, in the core language)."""
    return catalogue.name(method, language(), trim)


def score_unit(method: str) -> str:
    """What a difference in the method's figure is counted in."""
    return catalogue.method(method).unit(language())


# -- agreement -----------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """One agreement figure: its name, its value as text and what it means."""

    name: str
    value: str
    meaning: str


def kendall_w_reading(w: float | None) -> str:
    if w is None:
        return tr("too few complete rankings to measure")
    if w < 0.1:
        return tr("almost no agreement among the jurors' rankings")
    if w < 0.3:
        return tr("weak agreement among the jurors' rankings")
    if w < 0.5:
        return tr("moderate agreement among the jurors' rankings")
    if w < 0.7:
        return tr("fairly strong agreement among the jurors' rankings")
    return tr("strong agreement among the jurors' rankings")


def icc_reading(icc: float | None) -> str:
    if icc is None:
        return tr("too few complete totals to measure")
    if icc < 0.5:
        return tr("poor: one juror's totals say little about another's")
    if icc < 0.75:
        return tr("moderate: one juror's totals are a rough guide to the panel's")
    if icc < 0.9:
        return tr("good: the jurors give much the same totals")
    return tr("excellent: the jurors give almost the same totals")


def icc_k_reading(icc: float | None) -> str:
    """ICC(2,k) in words: how far the panel's mean totals would hold with another panel."""
    if icc is None:
        return tr("too few complete totals to measure")
    if icc < 0.5:
        return tr("poor: another panel like this one could give quite other mean totals")
    if icc < 0.75:
        return tr("moderate: the panel's mean totals are a rough guide")
    if icc < 0.9:
        return tr("good: another panel like this one would give much the same mean totals")
    return tr("excellent: another panel like this one would give almost the same mean totals")


def alpha_reading(alpha: float | None) -> str:
    if alpha is None:
        return tr("no variation to compare against")
    if alpha < 0:
        return tr("the jurors disagree more than chance would make them")
    if alpha < 0.667:
        return tr("not reliable: the totals differ too much between jurors")
    if alpha < 0.8:
        return tr("acceptable for tentative conclusions")
    return tr("reliable agreement among the jurors' totals")


def figure(value: float | None) -> str:
    """A figure to two decimals, a dash when it cannot be computed."""
    return "—" if value is None else number(value, 2)


def agreement_readings(agreement: scoring.Agreement,
                       panel: bool = False) -> tuple[Reading, ...]:
    """Kendall's W, ICC(2,1) and Krippendorff's alpha with a one-line reading each.

    With `panel`, ICC(2,k) follows ICC(2,1).
    """
    icc = agreement.icc.shown if agreement.icc else None
    rows = [Reading(tr("Kendall's W"), figure(agreement.kendall_w),
                    kendall_w_reading(agreement.kendall_w)),
            Reading(tr("ICC(2,1)"), figure(icc), icc_reading(icc))]
    if panel:
        rows.append(Reading(tr("ICC(2,k)"), figure(agreement.icc_k),
                            icc_k_reading(agreement.icc_k)))
    rows.append(Reading(tr("Krippendorff's alpha"), figure(agreement.krippendorff_alpha),
                        alpha_reading(agreement.krippendorff_alpha)))
    return tuple(rows)


def agreement_basis(agreement: scoring.Agreement) -> str:
    """What each figure was computed on (W needs complete rankings, the others do not)."""
    return tr("Kendall's W uses the {projects} projects scored by all {jurors} jurors; the "
              "ICC and Krippendorff's alpha use every total.",
              projects=format_count(agreement.n_projects),
              jurors=format_count(agreement.n_jurors))


#: How many of the jurors who left projects out `w_basis` names.
NAMED_SHORT_JURORS = 3


def w_basis(agreement: scoring.Agreement, juror_names: dict[str, str] | None = None) -> str:
    """What Kendall's W rests on, and which jurors made that smaller than the scope."""
    if agreement.n_jurors == 0:
        return tr("Kendall's W: no juror gave a total.")
    if agreement.n_projects == agreement.scope_projects:
        return tr("Kendall's W rests on the {projects} projects all {jurors} jurors scored.",
                  projects=format_count(agreement.n_projects),
                  jurors=format_count(agreement.n_jurors))
    people = juror_names or {}
    short = agreement.short_jurors
    # name one more rather than write "1 more jurors"
    named = len(short) if len(short) <= NAMED_SHORT_JURORS + 1 else NAMED_SHORT_JURORS
    who = [tr("{juror} scored {count}", juror=people.get(code, code), count=format_count(count))
           for code, count in short[:named]]
    if len(short) > named:
        who.append(tr("{count} more jurors scored fewer",
                      count=format_count(len(short) - named)))
    return tr("Kendall's W rests on the {projects} of {total} projects that all {jurors} "
              "jurors scored ({who}).", projects=format_count(agreement.n_projects),
              total=format_count(agreement.scope_projects),
              jurors=format_count(agreement.n_jurors), who=", ".join(who))


def thin_sentences(agreement: scoring.Agreement) -> list[str]:
    """One sentence per figure that rests on too little (`Agreement.thin`), in order."""
    out = []
    for code in agreement.thin:
        if code == "w_few_projects":
            out.append(
                tr("Kendall's W cannot be measured: fewer than two projects were scored by "
                   "every juror.") if agreement.kendall_w is None and agreement.n_projects < 2 else
                tr("Kendall's W rests on too little: {projects} projects are too few for the "
                   "agreement of rankings to mean much.",
                   projects=format_count(agreement.n_projects)))
        elif code == "w_few_jurors":
            out.append(tr("Kendall's W rests on too little: it compares the rankings of "
                          "{jurors} jurors only.", jurors=format_count(agreement.n_jurors)))
        elif code == "w_part":
            out.append(tr("Kendall's W leaves out {left} of the {total} projects, those not "
                          "every juror scored; the ICC and Krippendorff's alpha use every "
                          "total.",
                          left=format_count(agreement.scope_projects - agreement.n_projects),
                          total=format_count(agreement.scope_projects)))
        elif code == "totals_few_projects":
            out.append(tr("The ICC and Krippendorff's alpha rest on too little: {projects} "
                          "projects have totals from two jurors or more.",
                          projects=format_count(agreement.paired_projects)))
        elif code == "totals_few_jurors":
            out.append(tr("The ICC and Krippendorff's alpha rest on too little: {jurors} "
                          "jurors gave totals.", jurors=format_count(agreement.n_jurors)))
    return out


def leniency_reading(leniency: float | None) -> str:
    """How a juror's totals sit against the panel's, in words."""
    if leniency is None:
        return tr("no total in this scope")
    points = number(abs(leniency), 1)
    if abs(leniency) < LENIENCY_NOISE:
        return tr("in line with the panel")
    if leniency > 0:
        return tr("more lenient: {points} points above the panel on average", points=points)
    return tr("stricter: {points} points below the panel on average", points=points)


# -- sensitivity ---------------------------------------------------------------------


def place_text(place: int | None) -> str:
    return tr("unranked") if place is None else str(place)


def laureate_sentence(flag: scoring.LaureateFlag, sensitivity: scoring.Sensitivity,
                      trim: int = 1) -> str | None:
    """Why a laureate's place is fragile (other methods, one juror), None if it holds."""
    parts = []
    if flag.method_dependent:
        row = sensitivity.comparison.places[flag.project]
        places = ", ".join(tr("{method} {place}", method=method_name(name, trim),
                              place=place_text(place))
                           for name, place in row.items()
                           if name != sensitivity.method and place != flag.place)
        parts.append(tr("other methods place it: {places}", places=places))
    if flag.juror_dependent:
        inf = sensitivity.influence[flag.project]
        if inf.can_drop_out:
            parts.append(tr("without {juror} it is not ranked", juror=inf.worst_without))
        else:
            moves = []
            if inf.best_without and inf.best_place is not None and inf.best_place < flag.place:
                moves.append(tr("place {place} without {juror}", place=inf.best_place,
                                juror=inf.best_without))
            if inf.worst_without and inf.worst_place is not None and inf.worst_place > flag.place:
                moves.append(tr("place {place} without {juror}", place=inf.worst_place,
                                juror=inf.worst_without))
            parts.append(tr("one juror moves it: {moves}", moves=", ".join(moves)))
    if not parts:
        return None
    return tr("{project} (placed {place}): {reasons}.", project=flag.project, place=flag.place,
              reasons="; ".join(parts))


def top_three_sentence(sensitivity: scoring.Sensitivity) -> str:
    if sensitivity.comparison.top3_changes:
        return tr("The first three places are not the same under every method.")
    return tr("Every method gives the same first three places.")


# -- explanation ---------------------------------------------------------------------


def _gap_list(gaps: tuple[scoring.CriterionGap, ...], names: dict[str, str],
              count: int = 2) -> str:
    parts = [tr("{criterion} ({gap} points)", criterion=names.get(g.criterion, g.criterion),
                gap=number(g.contribution_gap, 2, signed=True))
             for g in gaps[:count] if g.contribution_gap is not None
             and abs(g.contribution_gap) >= 0.005]
    return ", ".join(parts)


def rule_name(token: str, criterion_names: dict[str, str] | None = None) -> str:
    """A tie-break rule in words."""
    if token.startswith("criterion:"):
        code = token.removeprefix("criterion:")
        return tr("the higher figure on {criterion}",
                  criterion=(criterion_names or {}).get(code, code))
    return {"median": tr("the higher median"),
            "first_places": tr("more jurors ranking it first"),
            "casting_vote": tr("the president's casting vote")}.get(token, token)


def explanation_sentences(explanation: scoring.Explanation, ranking: scoring.Ranking, *,
                          criterion_names: dict[str, str] | None = None,
                          juror_names: dict[str, str] | None = None, trim: int = 1,
                          reason: str | None = None) -> list[str]:
    """The project's standing and why it is above or below its neighbours, in words.

    `ranking` is the ranking the explanation was made in (for ranks, ties and the
    deciding rule); `reason` is the unranked reason in words.
    """
    names = criterion_names or {}
    people = juror_names or {}
    e = explanation
    method = method_name(e.method, trim)
    unit = score_unit(e.method)
    if e.place is None or e.score is None:
        return [tr("{project} is not ranked: {reason} ({count} jurors' totals).",
                   project=e.project, reason=reason or e.unranked_reason or "",
                   count=e.n_jurors)]
    standings = ranking.by_project()
    me = standings[e.project]
    rank = f"{me.rank}=" if me.tie else str(me.rank)
    out = [tr("{project} is placed {place} (rank {rank}); its figure is {score} ({method}, "
              "from {count} jurors' totals).", project=e.project, place=e.place, rank=rank,
              score=number(e.score, 2), method=method, count=e.n_jurors)]
    for gap, side in ((e.above, "above"), (e.below, "below")):
        if gap is None:
            continue
        other = standings[gap.project]
        # This project minus the neighbour, counted where more is better.
        better = gap.score_gap if ranking.higher_is_better else -gap.score_gap
        if other.rank == me.rank:
            how = (tr("the edition's tie-break rules separate them")
                   if other.place != me.place
                   else tr("no rule separates them, they share the place"))
            text = tr("It ties with {other} (placed {other_place}); {how}.",
                      other=gap.project, other_place=gap.place, how=how)
        elif abs(gap.score_gap) < 1e-9:
            text = tr("It has the same figure as {other} (placed {other_place}) but not the "
                      "same ranking key (the majority value goes deeper).",
                      other=gap.project, other_place=gap.place)
        elif side == "above":
            text = tr("It is {gap} {unit} behind {other} (placed {other_place}).",
                      gap=number(abs(better), 2), unit=unit, other=gap.project,
                      other_place=gap.place)
        else:
            text = tr("It is {gap} {unit} ahead of {other} (placed {other_place}).",
                      gap=number(abs(better), 2), unit=unit, other=gap.project,
                      other_place=gap.place)
        detail = _gap_list(gap.criteria, names)
        if detail:
            text += " " + tr("Largest differences by criterion, in points of the total: "
                             "{details}.", details=detail)
        out.append(text)
    totals = [(p.total, p.juror) for p in e.jurors if p.total is not None]
    if len(totals) >= 2:
        low, high = min(totals), max(totals)
        out.append(tr("Its jurors' totals range from {low} ({low_juror}) to {high} "
                      "({high_juror}).", low=number(low[0], 1),
                      low_juror=people.get(low[1], low[1]), high=number(high[0], 1),
                      high_juror=people.get(high[1], high[1])))
    return out
