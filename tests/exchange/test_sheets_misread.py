"""Spreadsheets and CSV files are never silently misread (issue 17, item 4).

Rows with a field too many or too few, quotes left open or closed too early, two
sheets named alike, numbers a person does not write, control characters, workbooks
declaring far more cells than they hold, and edition numbers that overflow: each is
refused with its file, sheet, row and column, or read exactly as Excel means it."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tests.corpus.make_corpus_sheets import raw_workbook, rewritten, text_cell
from tests.exchange.workbooks import minimal_sheets, write_xlsx
from yansenne.errors import InputError
from yansenne.exchange import tabular
from yansenne.exchange.fields import SheetReader, show
from yansenne.exchange.records import import_projects, import_scores
from yansenne.exchange.sheets import read_edition
from yansenne.exchange.tabular import ReadCount, read_csv, read_first_table, read_workbook
from yansenne.exchange.workbook import import_edition, read_edition_workbook
from yansenne.store.database import Database

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "samples"


def messages(caught: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [str(p) for p in caught.value.problems]


def csv_file(tmp_path: Path, text: str, name: str = "s.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode())
    return path


# ------------------------------------------------------------- CSV: fields and quotes

def test_the_issues_row_is_two_fields_too_many_not_a_seven(tmp_path: Path) -> None:
    path = csv_file(tmp_path, "juror,project,criterion,score\nJ02,P01,relevance,7,5\n")
    with pytest.raises(InputError) as caught:
        read_csv(path)
    assert messages(caught) == ["s.csv: row 2: this row has 5 fields but the header has 4; "
                                "check the separators and quotes"]


def test_a_trailing_separator_is_a_field_too_many(tmp_path: Path) -> None:
    """Excel writes every row of a CSV with the header's number of fields (the sample
    call, saved by Excel, has 10 separators on every line): a row ending in one more
    separator than the header is a different row, refused rather than trimmed."""
    lines = (SAMPLES / "appel-2027-excel.csv").read_bytes().split(b"\r\n")
    assert {line.count(b";") for line in lines if line} == {10}
    path = csv_file(tmp_path, "juror;project;criterion;score\r\nJ1;P02;relevance;7;\r\n")
    with pytest.raises(InputError, match="row 2: this row has 5 fields but the header has 4"):
        read_csv(path)


def test_an_unterminated_quote_names_the_row_it_opens_on(tmp_path: Path) -> None:
    path = csv_file(tmp_path, 'code;title_fr\nP01;"Un\ndeux"\nP02;Deux\nP03;"Trois\nP04;Q\n')
    with pytest.raises(InputError) as caught:
        read_csv(path)
    # Row 4 (P03) starts on line 5: the quoted line break of row 2 made them differ.
    assert messages(caught) == ["s.csv: row 4: a quote opened on this row (line 5 of the "
                                "file) is never closed"]


def test_a_quoted_value_going_on_after_its_quote_is_refused_not_mangled(tmp_path: Path) -> None:
    """`"Le "grand" projet"` read leniently becomes `Le grand" projet"`; Excel writes
    `"Le ""grand"" projet"`, which reads back exactly."""
    path = csv_file(tmp_path, 'code;title_fr\nP01;"Le "grand" projet"\nP02;Deux\n')
    with pytest.raises(InputError) as caught:
        read_csv(path)
    assert messages(caught) == [
        "s.csv: row 2: a quoted value on this row goes on after its closing quote; write a "
        'quote inside a quoted value as two quotes ("")']
    good = csv_file(tmp_path, 'code;title_fr\nP01;"Le ""grand"" projet"\nP02;Le "petit"\n')
    assert [r.get("title_fr") for r in read_csv(good).rows] == [
        'Le "grand" projet', 'Le "petit"']


def test_the_sample_csv_still_reads_whole() -> None:
    sheet = read_first_table(SAMPLES / "appel-2027-excel.csv")
    assert len(sheet.rows) == 13 and not sheet.faults and not sheet.warnings


# ------------------------------------------------------------- sheets named alike

@pytest.mark.parametrize("twin", ["SCORES", "scores", "Scores ", " Scores", "Sco res"])
def test_two_sheets_named_alike_are_refused_naming_both(tmp_path: Path, twin: str) -> None:
    path = tmp_path / "t.xlsx"
    row = '<row r="1">' + text_cell("A1", "juror") + "</row>"
    path.write_bytes(raw_workbook({"Scores": row, twin: row}, dimension="A1"))
    with pytest.raises(InputError) as caught:
        read_workbook(path)
    assert messages(caught) == [f't.xlsx: the sheets "Scores" and "{twin}" have the same name '
                                "but for case or spaces; rename or remove one"]


def test_a_sheet_is_found_whatever_its_case_and_spaces(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(raw_workbook({"CALL  Values": '<row r="1">' + text_cell("A1", "field")
                                   + "</row>"}, dimension="A1"))
    assert list(read_workbook(path)) == ["call values"]


def test_the_later_of_two_scores_sheets_no_longer_wins(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    sheets["scores "] = [["juror", "project", "criterion", "score"], ["J1", "P02", "zone", 3]]
    with pytest.raises(InputError, match='the sheets "Scores" and "scores "'):
        import_edition(db, write_xlsx(tmp_path / "twins.xlsx", sheets))


# ------------------------------------------------------------- numbers

@pytest.mark.parametrize(("typed", "shown"), [
    ("1_0", '"1_0"'), ("\u0667", '"\u0667"'), ("\uff17", '"\uff17"'), ("inf", '"inf"'),
    ("NaN", '"NaN"'), ("1e999", '"1e999"')])
def test_numbers_float_takes_but_nobody_writes_are_refused(tmp_path: Path, db: Database,
                                                           typed: str, shown: str) -> None:
    import_edition(db, write_xlsx(tmp_path / "m.xlsx", minimal_sheets()))
    path = csv_file(tmp_path, f"juror;project;criterion;score\nJ1;P02;relevance;{typed}\n")
    with pytest.raises(InputError) as caught:
        import_scores(db, 2031, path)
    assert messages(caught) == [f"s.csv: row 2, column D (score): {shown} is not a number"]


def test_a_mark_a_hair_off_its_step_is_refused(tmp_path: Path, db: Database) -> None:
    import_edition(db, write_xlsx(tmp_path / "m.xlsx", minimal_sheets()))
    path = csv_file(tmp_path, "juror;project;criterion;score\nJ1;P02;relevance;7.50000000001\n")
    with pytest.raises(InputError) as caught:
        import_scores(db, 2031, path)
    assert messages(caught) == ["s.csv: row 2, column D (score): 7.50000000001 is not on the "
                                "step 0.5 of criterion relevance (0 to 10)"]


def test_excels_noise_on_a_step_is_that_step(tmp_path: Path) -> None:
    """A mark a formula computed a few bits off 8.5 (8.499999999999998, which Excel
    shows as 8.5) is read and stored as 8.5, in the fast path of plain rows as in the
    full checks; one off in its 15th digit (8.49999999999999) is refused."""
    noisy = math.nextafter(8.5, 0)
    sheets = minimal_sheets()
    sheets["Scores"][2][3] = noisy  # J1, P01, innovation
    sheets["Scores"][5][3:5] = [9.500000000000002, "un commentaire"]  # J2, P03, relevance
    data = read_edition_workbook(write_xlsx(tmp_path / "n.xlsx", sheets))
    assert repr(noisy) == "8.499999999999998"
    assert [s["value"] for s in data.scores] == [7, 8.5, 4, 6, 9.5]
    sheets["Scores"][2][3] = 8.49999999999999
    with pytest.raises(InputError, match="row 3, column D \\(score\\): 8.49999999999999 is not "
                                         "on the step 0.5"):
        read_edition_workbook(write_xlsx(tmp_path / "n.xlsx", sheets))


@pytest.mark.parametrize(("sheet", "row", "column", "value", "message"), [
    ("Criteria", 1, "max", 1e308, "Criteria, row 2, column F (max): 1e+308 is not a plausible "
                                  "scale bound: a bound lies between -1000000 and 1000000"),
    ("Criteria", 1, "min", -1e308, "Criteria, row 2, column E (min): -1e+308 is not a plausible "
                                   "scale bound"),
    ("Criteria", 1, "step", 1e-320, "Criteria, row 2, column G (step): the step 1e-320 is not "
                                    "plausible: a step lies between 0.000001 and 2000000"),
    ("Criteria", 1, "weight", 1e308, "Criteria, row 2, column D (weight): the weight 1e+308 is "
                                     "not plausible"),
    ("Edition", 5, "value", 1e19, 'Edition, row 6, column B (value): "1e+19" must be at most '
                                  "999"),
    ("Projects", 1, "budget_eur", 1e308, 'Projects, row 2, column H (budget_eur): '
                                         '"1e+308" must be at most 1000000000'),
    ("Decisions", 1, "amount_eur", 1e308, 'Decisions, row 2, column C (amount_eur): "1e+308" '
                                          "must be at most 1000000000"),
])
def test_overflowing_numbers_are_located_not_tracebacks(
        tmp_path: Path, sheet: str, row: int, column: str, value: object, message: str) -> None:
    sheets = minimal_sheets()
    sheets[sheet][row][sheets[sheet][0].index(column)] = value
    with pytest.raises(InputError) as caught:
        read_edition_workbook(write_xlsx(tmp_path / "o.xlsx", sheets))
    assert messages(caught)[0].startswith(f"o.xlsx: sheet {message}"), messages(caught)


@pytest.mark.parametrize(("key", "value", "message"), [
    ("trim", 1e20, '"1e+20" must be at most 20'),
    ("prizes", "9" * 400, 'the prize "999'),
    ("prizes", "\u0666\u0660\u0660\u0660", "is not a list of prize amounts"),
    ("deliberation_start", "\u0661\u0664:\u0663\u0660", "14:30"),
])
def test_edition_keys_overflowing_or_in_other_digits(tmp_path: Path, key: str, value: object,
                                                     message: str) -> None:
    sheets = minimal_sheets()
    sheets["Edition"].append([key, value])
    with pytest.raises(InputError) as caught:
        read_edition_workbook(write_xlsx(tmp_path / "k.xlsx", sheets))
    assert message in messages(caught)[0] and "row 7, column B (value)" in messages(caught)[0]


def test_amounts_and_dates_in_other_digits_are_refused(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    sheets["Projects"][1][7] = "\u0667\u0664\u0665\u0660"
    sheets["Edition"][3][1] = "\u0662\u0660\u0663\u0662-\u0660\u0662-\u0661\u0662"
    with pytest.raises(InputError) as caught:
        read_edition_workbook(write_xlsx(tmp_path / "d.xlsx", sheets))
    found = messages(caught)
    assert any("column B (value)" in m and "is not a date" in m for m in found), found
    assert any("column H (budget_eur)" in m and "is not a number" in m for m in found), found


# ------------------------------------------------------------- control characters

@pytest.mark.parametrize(("char", "code"), [("\x00", "0000"), ("\x01", "0001"),
                                            ("\x1b", "001B"), ("\x7f", "007F"),
                                            ("\x85", "0085"), ("\x9b", "009B")])
def test_control_characters_are_refused_with_their_place(tmp_path: Path, db: Database,
                                                         char: str, code: str) -> None:
    import_edition(db, write_xlsx(tmp_path / "m.xlsx", minimal_sheets()))
    path = csv_file(tmp_path, f"code;category;title_fr\nP05;citizens;V{char}lo\n")
    with pytest.raises(InputError) as caught:
        import_projects(db, 2031, path)
    assert messages(caught) == [f"s.csv: row 2, column C (title_fr): a control character "
                                f"(U+{code}) at character 2; remove it"]


def test_a_control_character_at_the_end_is_not_stripped_away(tmp_path: Path) -> None:
    """str.strip() takes \\x1c to \\x1f and \\x85 for spaces: the check sees the cell as
    written, before any cleaning."""
    sheet = read_csv(csv_file(tmp_path, "code;title_fr\nP01\x1c;Un\x85\n"))
    assert [(f.row, f.name, f.column.letter, f.message) for f in sheet.faults] == [
        (2, "code", "A", "a control character (U+001C) at character 4; remove it"),
        (2, "title_fr", "B", "a control character (U+0085) at character 3; remove it")]


def test_excels_escape_of_a_control_character_is_read_as_that_character(tmp_path: Path) -> None:
    sheets = minimal_sheets()
    sheets["Jurors"][1][1] = "Anne_x001B_Dupont"
    sheets["Jurors"][2][1] = "Pieter_x0041_"  # not a control character: text as typed
    with pytest.raises(InputError) as caught:
        read_edition_workbook(write_xlsx(tmp_path / "e.xlsx", sheets))
    assert messages(caught) == ["e.xlsx: sheet Jurors, row 2, column B (name): a control "
                                "character (U+001B) at character 5; remove it"]


def test_line_breaks_and_tabs_only_in_fields_of_several_lines(tmp_path: Path,
                                                              db: Database) -> None:
    import_edition(db, write_xlsx(tmp_path / "m.xlsx", minimal_sheets()))
    path = csv_file(tmp_path, 'code;category;title_fr;summary_fr\r\n'
                              'P05;citizens;Velo;"Un\r\ndeux\ttrois"\r\n'
                              'P06;citizens;"Deux\r\nlignes";Ok\r\n'
                              'P07;citizens;"Un\ttab";Ok\r\n')
    with pytest.raises(InputError) as caught:
        import_projects(db, 2031, path)
    assert messages(caught) == [
        's.csv: row 3, column C (title_fr): "Deux\\r\\nlignes" holds a line break or a tab (at '
        "character 5); this field is a single line",
        's.csv: row 4, column C (title_fr): "Un\\ttab" holds a line break or a tab (at character '
        "3); this field is a single line"]


def test_a_control_character_in_an_ignored_column_refuses_nothing(tmp_path: Path) -> None:
    sheet = read_csv(csv_file(tmp_path, "key;value;note\nyear;2031;\x1b[31m\n"))
    problems: list = []
    warnings: list = []
    assert read_edition(sheet, problems, warnings)["year"] == 2031
    assert problems == []
    assert [str(w) for w in warnings] == ['s.csv: row 1: unknown column "note" ignored']


def test_a_control_character_in_a_header_is_refused(tmp_path: Path) -> None:
    sheet = read_csv(csv_file(tmp_path, "key;va\x00lue\nyear;2031\n"))
    reader = SheetReader(sheet, known=("key", "value"))
    assert [str(p) for p in reader.problems] == [
        "s.csv: row 1, column B: a control character (U+0000) at character 3; remove it"]


def test_messages_never_carry_a_control_character() -> None:
    assert show("a\x1b[2Jb\n") == '"a\\x1b[2Jb\\n"'
    assert show(7.50000000001) == '"7.50000000001"'


def test_a_value_in_a_column_without_a_name_is_ignored_with_a_warning(tmp_path: Path,
                                                                     db: Database) -> None:
    import_edition(db, write_xlsx(tmp_path / "m.xlsx", minimal_sheets()))
    path = csv_file(tmp_path, "juror;project;criterion;score;\nJ1;P02;relevance;7;\n"
                              "J1;P03;relevance;8;oops\n")
    report = import_scores(db, 2031, path)
    assert [str(w) for w in report.warnings] == [
        "s.csv: row 3: column E has no name in row 1: its values are ignored"]


# ------------------------------------------------------------- declared dimension

def far_cells(rows: int) -> str:
    """A header, then `rows` rows each holding one cell in the last column (XFD)."""
    header = "".join(text_cell(f"{c}1", n) for c, n in zip("ABC", ("code", "category",
                                                                   "title_fr"), strict=True))
    return f'<row r="1">{header}</row>' + "".join(
        f'<row r="{r}">{text_cell(f"A{r}", f"P{r}")}{text_cell(f"XFD{r}", "x")}</row>'
        for r in range(2, rows + 2))


def test_the_declared_dimension_is_not_walked(tmp_path: Path) -> None:
    """2,000 rows with a cell in column XFD, under A1:XFD1048576: 17 billion cells
    declared, 32 million if each row were padded to its last cell; the reader reads
    the 4,003 the file holds."""
    path = tmp_path / "far.xlsx"
    path.write_bytes(raw_workbook({"Projects": far_cells(2000)}))
    count = ReadCount()
    sheet = read_workbook(path, count=count)["projects"]
    assert (count.rows, count.cells) == (2001, 3 + 2 * 2000)
    assert len(sheet.rows) == 2000 and sheet.rows[-1].values == {"code": "P2001"}
    assert [str(w) for w in sheet.warnings] == [
        "far.xlsx: sheet Projects, row 2: column XFD has no name in row 1: its values are "
        "ignored"]


def test_reading_stops_at_the_caps_with_a_located_refusal(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    path = tmp_path / "far.xlsx"
    path.write_bytes(raw_workbook({"Projects": far_cells(2000)}))
    monkeypatch.setattr(tabular, "MAX_CELLS", 1000)
    count = ReadCount()
    with pytest.raises(InputError) as caught:
        read_workbook(path, count=count)
    assert messages(caught) == ["far.xlsx: sheet Projects, row 500: refused: the workbook holds "
                                "more than 1,000 cells, far more than a real edition"]
    assert count.cells == 1001  # the header's 3, then 2 a row: stopped on row 500
    monkeypatch.setattr(tabular, "MAX_ROWS", 100)
    with pytest.raises(InputError, match="row 101: refused: the sheet holds more than 100 rows"):
        read_workbook(path)


def test_rows_out_of_order_are_a_damaged_sheet(tmp_path: Path) -> None:
    path = tmp_path / "order.xlsx"
    path.write_bytes(raw_workbook({"S": '<row r="1">' + text_cell("A1", "code") + "</row>"
                                   '<row r="3">' + text_cell("A3", "P1") + "</row>"
                                   '<row r="2">' + text_cell("A2", "P2") + "</row>"}))
    with pytest.raises(InputError, match="sheet S, row 2: the sheet is damaged: row 2 comes "
                                         "after row 3"):
        read_workbook(path)


def test_the_sample_workbook_still_reads_whole() -> None:
    count = ReadCount()
    sheets = read_workbook(SAMPLES / "appel-2027.xlsx", count=count)
    sheet = sheets["candidatures 2027"]
    assert len(sheet.rows) == 13 and not sheet.faults and not sheet.warnings
    assert count.rows == 14


def test_a_row_with_a_control_character_is_skipped_and_written_back_visibly(
        tmp_path: Path, db: Database) -> None:
    """With --skip-invalid the row goes to the rejects file, its value with the
    character written as an escape: an .xlsx cannot hold the character itself."""
    from openpyxl import load_workbook

    import_edition(db, write_xlsx(tmp_path / "m.xlsx", minimal_sheets()))
    path = csv_file(tmp_path, "code;category;title_fr\nP05;citizens;V\x1blo\nP06;police;Ok\n")
    rejects = tmp_path / "rejects.xlsx"
    report = import_projects(db, 2031, path, skip_invalid=True, rejects=rejects)
    assert report.counts["added"] == 1
    assert [(r.row, r.messages) for r in report.refused] == [
        (2, ["a control character (U+001B) at character 2; remove it"])]
    rows = list(load_workbook(rejects).active.iter_rows(values_only=True))
    assert rows[1][:3] == ("P05", "citizens", "V\\x1blo")


def test_a_mark_of_hundreds_of_digits_is_located(tmp_path: Path) -> None:
    """openpyxl reads a cell of 400 digits as a Python int, which no float holds."""
    sheets = minimal_sheets()
    sheets["Scores"][1][3] = 123456789
    path = write_xlsx(tmp_path / "big.xlsx", sheets)
    rewritten(path, lambda name, data: data.replace(b"<v>123456789</v>",
                                                    f"<v>{10 ** 400}</v>".encode()))
    with pytest.raises(InputError) as caught:
        read_edition_workbook(path)
    assert messages(caught) == ['big.xlsx: sheet Scores, row 2, column D (score): "10000000000000'
                                '00000000000000000000000000…" is not a number']


def test_a_utf16_file_is_refused_in_words_not_as_nul_characters(tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes("code\ttitle_fr\r\nP01\tUn\r\n".encode("utf-16"))
    with pytest.raises(InputError) as caught:
        read_csv(path)
    assert messages(caught) == ["unicode.csv: row 1: the file is UTF-16 text (Excel's \"Unicode "
                                "text\"); save it as \"CSV UTF-8\" and try again"]


def test_a_control_character_in_a_call_files_header_is_refused(tmp_path: Path,
                                                               db: Database) -> None:
    import_edition(db, write_xlsx(tmp_path / "m.xlsx", minimal_sheets()))
    path = csv_file(tmp_path, "N° dossier;Catégorie;Titre;No\x07te\nP05;citizens;Velo;x\n")
    with pytest.raises(InputError) as caught:
        import_projects(db, 2031, path)
    assert messages(caught) == [
        "s.csv: row 1, column D: a control character (U+0007) at character 3; remove it"]


def test_a_non_character_no_xml_file_may_hold_is_refused(tmp_path: Path) -> None:
    """U+FFFF is valid UTF-8 but no XML file may hold it: stored, it would make the
    exported workbook one that Excel cannot open."""
    sheet = read_csv(csv_file(tmp_path, "code;title_fr\nP01;Un\uffff\n"))
    assert [f.message for f in sheet.faults] == [
        "a non-character (U+FFFF) at character 3; remove it"]
