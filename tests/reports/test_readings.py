"""Figures put into words: the thresholds, the notation, and the explanation sentences."""

from __future__ import annotations

import dataclasses

import pytest

from yansenne import scoring
from yansenne.i18n import set_language
from yansenne.reports import readings as R


@pytest.mark.parametrize(("w", "words"), [
    (None, "too few complete rankings to measure"),
    (0.05, "almost no agreement among the jurors' rankings"),
    (0.29, "weak agreement among the jurors' rankings"),
    (0.3, "moderate agreement among the jurors' rankings"),
    (0.69, "fairly strong agreement among the jurors' rankings"),
    (0.7, "strong agreement among the jurors' rankings"),
])
def test_kendall_w_reading(w: float | None, words: str) -> None:
    assert R.kendall_w_reading(w) == words


@pytest.mark.parametrize(("icc", "start"), [
    (0.29, "poor"), (0.5, "moderate"), (0.8, "good"), (0.95, "excellent")])
def test_icc_reading_follows_koo_and_li(icc: float, start: str) -> None:
    assert R.icc_reading(icc).startswith(start)


@pytest.mark.parametrize(("alpha", "start"), [
    (-0.1, "the jurors disagree more than chance"), (0.5, "not reliable"),
    (0.7, "acceptable"), (0.85, "reliable")])
def test_alpha_reading_follows_krippendorff(alpha: float, start: str) -> None:
    assert R.alpha_reading(alpha).startswith(start)


def test_numbers_are_written_as_the_reader_writes_them() -> None:
    assert R.number(-3.14159, 2) == "\u22123.14"
    assert R.number(2.5, 1, signed=True) == "+2.5"
    set_language("fr")
    assert R.number(0.7213) == "0,72"
    assert R.kendall_w_reading(0.2) == "accord faible entre les classements des membres du jury"
    set_language("nl")
    assert R.number(-1.25, 1) == "\u22121,2"
    assert R.leniency_reading(4.0) == "milder: gemiddeld 4,0 punten boven de jury"


def test_leniency_reading() -> None:
    assert R.leniency_reading(None) == "no total in this scope"
    assert R.leniency_reading(0.4) == "in line with the panel"
    assert R.leniency_reading(-5.5) == "stricter: 5.5 points below the panel on average"


def snapshot() -> scoring.Snapshot:
    """Three projects, three jurors, two criteria; B and C tie under the mean."""
    criteria = (scoring.Criterion("q", max=10), scoring.Criterion("r", max=10))
    projects = tuple(scoring.Project(code, "k") for code in "ABC")
    jurors = tuple(scoring.Juror(code) for code in ("J1", "J2", "J3"))
    marks = {"A": [(9, 8), (8, 8), (9, 9)], "B": [(6, 4), (7, 5), (5, 6)],
             "C": [(4, 6), (5, 7), (6, 5)]}
    scores = {(j.code, p, c): float(v[i]) for p, rows in marks.items()
              for j, v in zip(jurors, rows, strict=True) for i, c in enumerate("qr")}
    return scoring.Snapshot(criteria, projects, jurors, scores)


def test_explanation_sentences_name_the_neighbours_and_the_criteria() -> None:
    snap = snapshot()
    ranking = scoring.rank_scope(snap, "k")
    explanation = scoring.explain(snap, "B")
    text = R.explanation_sentences(explanation, ranking, criterion_names={"q": "Quality"},
                                   juror_names={"J1": "Anne"})
    assert text[0] == ("B is placed 2 (rank 2=); its figure is 55.00 (mean, from 3 jurors' "
                       "totals).")
    assert text[1].startswith("It is 30.00 points behind A (placed 1). Largest differences "
                              "by criterion, in points of the total: ")
    assert text[1].endswith("r (\u221216.67 points), Quality (\u221213.33 points).")
    assert text[2] == ("It ties with C (placed 2); no rule separates them, they share the place. "
                       "Largest differences by criterion, in points of the total: Quality "
                       "(+5.00 points), r (\u22125.00 points).")
    assert text[3] == "Its jurors' totals range from 50.0 (Anne) to 60.0 (J2)."
    broken = scoring.rank_scope(snap, "k", rules=scoring.Rules(tie_break=("criterion:q",)))
    explained = scoring.explain(snap, "B", rules=scoring.Rules(tie_break=("criterion:q",)))
    assert "the edition's tie-break rules separate them" in " ".join(
        R.explanation_sentences(explained, broken))


def test_an_unranked_project_says_why() -> None:
    snap = snapshot()
    rules = scoring.Rules(quorum=4)
    ranking = scoring.rank_scope(snap, "k", rules=rules)
    explanation = scoring.explain(snap, "A", rules=rules)
    assert R.explanation_sentences(explanation, ranking, reason="below quorum") == [
        "A is not ranked: below quorum (3 jurors' totals)."]


def test_a_fragile_laureate_is_described() -> None:
    snap = snapshot()
    sensitivity = scoring.sensitivity(snap, "k", "mean")
    flags = {f.project: f for f in sensitivity.laureates}
    assert R.laureate_sentence(flags["A"], sensitivity) is None  # first everywhere
    flag = scoring.LaureateFlag("B", 2, True, True, False, False)
    text = R.laureate_sentence(flag, sensitivity)
    assert text is not None and text.startswith("B (placed 2): ")
    assert R.top_three_sentence(sensitivity) in (
        "Every method gives the same first three places.",
        "The first three places are not the same under every method.")


def test_method_and_rule_names() -> None:
    assert R.method_name("borda") == "rank sum (Borda)"
    assert R.method_name("trimmed", 2) == "trimmed mean (K = 2)"
    assert R.score_unit("zscore") == "standard deviations"
    assert R.rule_name("criterion:q", {"q": "Quality"}) == "the higher figure on Quality"
    assert R.rule_name("casting_vote") == "the president's casting vote"
    agreement = scoring.agreement(snapshot(), "k")
    names = [r.name for r in R.agreement_readings(agreement)]
    assert names == ["Kendall's W", "ICC(2,1)", "Krippendorff's alpha"]


def test_icc_k_reads_the_panel_and_comes_after_icc_2_1() -> None:
    assert R.icc_k_reading(0.92).startswith("excellent: another panel")
    assert R.icc_k_reading(None) == "too few complete totals to measure"
    agreement = scoring.agreement(snapshot(), "k")
    names = [r.name for r in R.agreement_readings(agreement, panel=True)]
    assert names == ["Kendall's W", "ICC(2,1)", "ICC(2,k)", "Krippendorff's alpha"]


def one_juror_scored_two_of_twelve() -> scoring.Agreement:
    """Issue 16: 8 jurors score all 12 projects, J8 only P0 and P1."""
    scores = {(f"J{j}", f"P{p}", "x"): float((3 * p + 5 * j) % 11)
              for j in range(9) for p in range(12) if j < 8 or p < 2}
    snap = scoring.Snapshot(
        criteria=(scoring.Criterion("x", 1.0, 0.0, 10.0, 0.5),),
        projects=tuple(scoring.Project(f"P{p}", "k") for p in range(12)),
        jurors=tuple(scoring.Juror(f"J{j}") for j in range(9)),
        scores=scores)
    return scoring.agreement(snap, "k")


def test_what_w_rests_on_is_said_with_the_juror_who_shrank_it() -> None:
    set_language("en")
    agreement = one_juror_scored_two_of_twelve()
    assert R.w_basis(agreement, {"J8": "Ann"}) == (
        "Kendall's W rests on the 2 of 12 projects that all 9 jurors scored (Ann scored 2).")
    assert R.thin_sentences(agreement) == [
        "Kendall's W rests on too little: 2 projects are too few for the agreement of "
        "rankings to mean much.",
        "Kendall's W leaves out 10 of the 12 projects, those not every juror scored; the ICC "
        "and Krippendorff's alpha use every total."]
    assert R.agreement_basis(agreement).startswith(
        "Kendall's W uses the 2 projects scored by all 9 jurors;")


def test_a_full_panel_rests_on_enough() -> None:
    set_language("en")
    agreement = scoring.agreement(snapshot(), "k")
    assert agreement.n_projects == agreement.scope_projects
    assert R.w_basis(agreement) == (f"Kendall's W rests on the {agreement.n_projects} projects "
                                    f"all {agreement.n_jurors} jurors scored.")


def test_what_w_rests_on_groups_a_large_count() -> None:
    """A thousand projects or more are written as the reader writes them."""
    agreement = dataclasses.replace(scoring.agreement(snapshot(), "k"),
                                    complete_projects=1_200, scope_projects=1_200)
    set_language("en")
    assert R.w_basis(agreement).startswith("Kendall's W rests on the 1,200 projects all ")
    set_language("nl")
    try:
        assert "1.200" in R.w_basis(agreement) and "1.200" in R.agreement_basis(agreement)
    finally:
        set_language("en")
