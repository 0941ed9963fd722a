"""A refused edition workbook: one located problem per fault, and not a byte written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exchange.workbooks import file_digest, minimal_sheets, write_xlsx
from tests.factories import build_small_edition
from yansenne.errors import InputError
from yansenne.exchange.workbook import import_edition
from yansenne.store.database import Database


def problems_of(db: Database, path: Path) -> list[str]:
    with pytest.raises(InputError) as caught:
        import_edition(db, path)
    return [str(p) for p in caught.value.problems]


def test_every_fault_is_one_located_problem_and_nothing_is_written(
        tmp_path: Path, db: Database) -> None:
    """Nine deliberate faults, on rows nothing else refers to: exactly nine problems,
    each naming the sheet, row and column; the database file is unchanged."""
    build_small_edition(db)  # something that must survive untouched
    sheets = minimal_sheets()
    sheets["Projects"] += [
        ["P05", "ghosts", "Catégorie inconnue", "citizens", None, None, None, None],
        ["P02", "citizens", "Doublon", "citizens", None, None, None, None],
        ["P06", "citizens", "Commune inconnue", "citizens", None, "Atlantis", None, None],
    ]
    sheets["Jurors"].append(["J4", "Jan Zonder Mail", None, None, None, "jan.example.org"])
    sheets["Conflicts"].append(["J9", "P02", "Unknown juror"])
    sheets["Scores"] += [
        ["J1", "P02", "relevance", "abc", None],
        ["J1", "P02", "innovation", 11, None],
        ["J1", "P04", "relevance", 7.3, None],
    ]
    sheets["Decisions"] = [["project", "amount_eur"], ["P01", 5000]]
    path = write_xlsx(tmp_path / "bad.xlsx", sheets)
    before = file_digest(db)
    assert problems_of(db, path) == [
        'bad.xlsx: sheet Projects, row 6, column B (category): unknown category "ghosts"; '
        "choose one of: citizens, police",
        'bad.xlsx: sheet Projects, row 7, column A (code): "P02" is used twice in this sheet '
        "(first in row 3)",
        'bad.xlsx: sheet Projects, row 8, column F (municipality): "Atlantis" is not one of '
        'the 19 municipalities of the Region (NIS code, French or Dutch name) nor "region"',
        'bad.xlsx: sheet Jurors, row 5, column F (email): "jan.example.org" is not an e-mail '
        "address",
        'bad.xlsx: sheet Conflicts, row 3, column A (juror): unknown juror "J9"',
        'bad.xlsx: sheet Scores, row 7, column D (score): "abc" is not a number',
        "bad.xlsx: sheet Scores, row 8, column D (score): 11 is outside the scale 0 to 10 of "
        "criterion innovation",
        "bad.xlsx: sheet Scores, row 9, column D (score): 7.3 is not on the step 0.5 of "
        "criterion relevance (0 to 10)",
        'bad.xlsx: sheet Decisions, row 1: required column "award" is missing',
    ]
    assert file_digest(db) == before


@pytest.mark.parametrize(("sheet", "row", "fault"), [
    ("Scores", ["J1", "P02", "relevance", 11, None],
     "sheet Scores, row 7, column D (score): 11 is outside the scale 0 to 10 of criterion "
     "relevance"),
    ("Scores", ["OB", "P02", "relevance", 5, None],
     "sheet Scores, row 7, column A (juror): juror OB is an observer and does not score"),
    ("Scores", ["J2", "P01", "innovation", 5, None],
     "sheet Scores, row 7, column B (project): juror J2 is in conflict with project P01"),
    ("Scores", ["J1", "P01", "zone", 3, None],
     'sheet Scores, row 7, column C (criterion): criterion zone is not in the grid of '
     "project P01"),
    ("Scores", ["J1", "P01", "relevance", 8, None],
     'sheet Scores, row 7, column C (criterion): "J1/P01/relevance" is used twice in this '
     "sheet (first in row 2)"),
    ("Scores", ["J1", "P02", "relevance", None, "no mark"],
     "sheet Scores, row 7, column D (score): a value is required"),
    ("Scores", ["J1", "P99", "relevance", 5, None],
     'sheet Scores, row 7, column B (project): unknown project "P99"'),
    ("Scores", ["J 1", "P02", "relevance", 5, None],
     "sheet Scores, row 7, column A (juror): \"J 1\" is not a valid code (letters, digits, "
     "'-', '_', '.'; at most 40 characters)"),
    ("Criteria", ["bad", "Mauvais", None, 1, 5, 5, 1],
     "sheet Criteria, row 5, column F (max): the maximum 5 must be greater than the "
     "minimum 5"),
    ("Criteria", ["odd", "Impair", None, 1, 0, 10, 3],
     "sheet Criteria, row 5, column G (step): the scale 0 to 10 is not a whole number of "
     "steps of 3"),
    ("Criteria", ["light", "Léger", None, 0, 0, 10, 1],
     'sheet Criteria, row 5, column D (weight): "0" must be greater than 0'),
    ("Criteria", ["relevance", "Encore", "police", 1, 0, 10, 1],
     'sheet Criteria, row 5, column A (code): criterion "relevance" appears twice for the '
     "same category (first in row 2)"),
    ("Jurors", ["J5", "Rôle inconnu", None, "chair", None, None],
     'sheet Jurors, row 5, column D (role): "chair" is not one of: president, member, '
     "observer"),
    ("Jurors", ["J5", "Langue", None, None, "de", None],
     'sheet Jurors, row 5, column E (language): "de" is not one of: fr, nl, en'),
    ("Projects", ["P07", "citizens", "Acteur", "army", None, None, None, None],
     'sheet Projects, row 6, column D (lead_actor): "army" is not one of: citizens, '
     "associations, municipal, police, regional"),
    ("Projects", ["P07", "citizens", "Partenaire", "citizens", "police;mafia", None, None,
                  None],
     'sheet Projects, row 6, column E (partner_actors): "mafia" is not one of: citizens, '
     "associations, municipal, police, regional"),
    ("Projects", ["P07", "citizens", "Budget", "citizens", None, None, None, -5],
     'sheet Projects, row 6, column H (budget_eur): "-5" must be at least 0'),
    ("Projects", ["P07", "citizens", None, "citizens", None, None, None, None],
     "sheet Projects, row 6, column C (title_fr): a value is required"),
    ("Decisions", ["P02", 1],
     'sheet Decisions, row 3, column B (award): "1" is used twice in this sheet (first in '
     "row 2)"),
    ("Decisions", ["P02", "4th"],
     'sheet Decisions, row 3, column B (award): "4th" is not one of: 1, 2, 3, mention'),
    ("Edition", ["method", "average"],
     'sheet Edition, row 6, column B (value): "average" is not one of: mean, median, '
     "trimmed, zscore, ranksum, majority, schulze, adjusted"),
    ("Edition", ["tie_break", "coin"],
     'sheet Edition, row 7, column B (value): "coin" is not a tie-break rule '
     "(criterion:CODE, median, first_places, casting_vote)"),
    ("Edition", ["year", 2032],
     "sheet Edition, row 7, column A (key): key year appears twice"),
])
def test_single_fault(tmp_path: Path, db: Database, sheet: str, row: list,
                      fault: str) -> None:
    """One fault anywhere gives exactly one problem that says where and what."""
    sheets = minimal_sheets()
    if sheet == "Edition" and row[0] == "method":
        sheets[sheet] = [r for r in sheets[sheet] if r[0] != "method"]
    sheets[sheet].append(row)
    before = file_digest(db)
    assert problems_of(db, write_xlsx(tmp_path / "one.xlsx", sheets)) == [f"one.xlsx: {fault}"]
    assert file_digest(db) == before


def test_edition_year_is_required(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    sheets["Edition"] = [r for r in sheets["Edition"] if r[0] != "year"]
    assert problems_of(db, write_xlsx(tmp_path / "noyear.xlsx", sheets)) == [
        'noyear.xlsx: sheet Edition: the key "year" is missing']


def test_edition_needs_a_category(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    sheets = {"Edition": sheets["Edition"], "Categories": [["code", "name_fr"]],
              "Criteria": [sheets["Criteria"][0]], "Projects": [sheets["Projects"][0]],
              "Jurors": [sheets["Jurors"][0]]}
    assert problems_of(db, write_xlsx(tmp_path / "nocat.xlsx", sheets)) == [
        "nocat.xlsx: sheet Categories: an edition needs at least one category"]


def test_too_long_text_is_refused(tmp_path: Path, db: Database) -> None:
    """Longer than the column allows: refused rather than truncated by some database."""
    sheets = minimal_sheets()
    sheets["Categories"].append(["long", "x" * 201])
    assert problems_of(db, write_xlsx(tmp_path / "long.xlsx", sheets)) == [
        "long.xlsx: sheet Categories, row 4, column B (name_fr): the text is 201 characters "
        "long; at most 200 are allowed"]


def test_fault_in_a_referenced_row_is_reported_once(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    sheets["Jurors"][1][5] = "not-an-address"  # J1, who has scores
    sheets["Projects"][1][5] = "Atlantis"  # P01, scored, in conflict, awarded
    assert problems_of(db, write_xlsx(tmp_path / "ref.xlsx", sheets)) == [
        'ref.xlsx: sheet Projects, row 2, column F (municipality): "Atlantis" is not one of '
        'the 19 municipalities of the Region (NIS code, French or Dutch name) nor "region"',
        'ref.xlsx: sheet Jurors, row 2, column F (email): "not-an-address" is not an e-mail '
        "address",
    ]


def test_missing_juror_column_is_reported_once(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    sheets["Jurors"] = [[c for i, c in enumerate(r) if i != 1] for r in sheets["Jurors"]]
    assert problems_of(db, write_xlsx(tmp_path / "noname.xlsx", sheets)) == [
        'noname.xlsx: sheet Jurors, row 1: required column "name" is missing']


def test_independent_faults_of_several_sheets_are_listed_in_one_pass(
        tmp_path: Path, db: Database) -> None:
    """A bad category in Projects does not hide an out-of-range score of that project in
    Scores, nor a bad language or a bad call value: all listed in one refusal."""
    sheets = minimal_sheets()
    sheets["Projects"][1][1] = "astronauts"  # P01
    sheets["Projects"][0].append("language")
    sheets["Projects"][2].append("de")  # P02
    sheets["Scores"].append(["J1", "P01", "relevance", 12, None])
    sheets["Call values"] = [["field", "value", "code"], ["category", "Quartiers", "nowhere"]]
    found = problems_of(db, write_xlsx(tmp_path / "many.xlsx", sheets))
    assert any("sheet Projects, row 2, column B (category)" in p for p in found), found
    assert any("sheet Projects, row 3" in p and "(language)" in p and '"de"' in p
               for p in found), found
    assert any("sheet Scores" in p and "(score)" in p and "12" in p for p in found), found
    assert any("sheet Call values, row 2" in p and '"nowhere"' in p for p in found), found
