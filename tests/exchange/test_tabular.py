"""Reading sheets and CSV files: headers, blank rows, located values, and files that are
not what they claim (not a zip, empty, truncated, a zip bomb, the wrong encoding)."""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
from pathlib import Path

import pytest

from tests.exchange.workbooks import minimal_sheets, write_xlsx
from yansenne.errors import InputError
from yansenne.exchange.tabular import (
    MAX_UNPACKED_BYTES,
    as_date,
    check_workbook_file,
    read_csv,
    read_first_table,
    read_workbook,
)
from yansenne.exchange.workbook import import_edition
from yansenne.store.database import Database


def refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_workbook(path)
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def test_headers_are_matched_loosely_and_blank_rows_skipped(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"Sheet": [
        ["  Code ", "TITLE_FR", None, "Title_NL", "code"],
        ["P01", " Titre ", "ignored: no header", "Titel", "second code column ignored"],
        [None, "", "   ", None, None],
        [],
        ["P02", None, None, None, None],
    ]})
    sheet = read_workbook(path)["sheet"]
    assert sheet.name == "Sheet" and sheet.file == "t.xlsx"
    assert sheet.header == ["code", "title_fr", "", "title_nl", "code"]
    # A workbook's row holds the cells the file holds (a missing one reads as None).
    assert [(r.number, r.values) for r in sheet.rows] == [
        (2, {"code": "P01", "title_fr": "Titre", "title_nl": "Titel"}),
        (5, {"code": "P02"}),
    ]
    assert sheet.rows[1].get("title_fr") is None
    assert [str(w) for w in sheet.warnings] == [
        "t.xlsx: sheet Sheet, row 2: column C has no name in row 1: its values are ignored"]
    problem = sheet.problem("bad", sheet.rows[1], "title_nl")
    assert str(problem) == "t.xlsx: sheet Sheet, row 5, column D (title_nl): bad"


def test_cells_keep_their_excel_types(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [
        ["n", "f", "d", "t"], [7, 7.5, dt.date(2027, 2, 12), "7,5"]]})
    row = read_workbook(path)["s"].rows[0]
    assert row.values == {"n": 7, "f": 7.5, "d": dt.datetime(2027, 2, 12), "t": "7,5"}


@pytest.mark.parametrize(("raw", "expected"), [
    (dt.datetime(2027, 2, 12, 0, 0), dt.date(2027, 2, 12)),
    (dt.date(2027, 2, 12), dt.date(2027, 2, 12)),
    ("2027-02-12", dt.date(2027, 2, 12)),
    ("12/02/2027", dt.date(2027, 2, 12)),
    ("12-02-2027", dt.date(2027, 2, 12)),
    (" 12.02.2027 ", dt.date(2027, 2, 12)),
])
def test_dates_as_cells_or_text(raw: object, expected: dt.date) -> None:
    assert as_date(raw) == expected


@pytest.mark.parametrize("raw", ["2027-13-01", "tomorrow", 46000])
def test_not_a_date(raw: object) -> None:
    with pytest.raises(ValueError):
        as_date(raw)


def test_unreadable_date_is_located(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    sheets["Edition"][3] = ["ceremony_date", "31/02/2032"]
    with pytest.raises(InputError) as caught:
        import_edition(db, write_xlsx(tmp_path / "d.xlsx", sheets))
    assert [str(p) for p in caught.value.problems] == [
        'd.xlsx: sheet Edition, row 4, column B (value): "31/02/2032" is not a date (write it '
        "as 2027-02-12 or 12/02/2027)"]


def test_file_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("code;title\nP01;Titre\n")
    assert refusal(path) == (f"{path.name}: not an Excel workbook (.xlsx): the file is not a zip "
                             "archive or is truncated")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.touch()
    assert refusal(path) == f"{path.name}: the file is empty"


def test_missing_file(tmp_path: Path) -> None:
    assert refusal(tmp_path / "nowhere.xlsx") == f"{tmp_path / 'nowhere.xlsx'}: no such file"


def test_truncated_workbook(tmp_path: Path, minimal_path: Path) -> None:
    data = minimal_path.read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) * 2 // 3])
    assert "not a zip archive or is truncated" in refusal(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a spreadsheet")
    assert refusal(path) == f"{path.name}: not an Excel workbook (.xlsx)"


def test_damaged_workbook_parts(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook")
    assert refusal(path).startswith(f"{path.name}: the workbook cannot be read (")


def test_zip_bomb_by_ratio(tmp_path: Path, minimal_path: Path) -> None:
    """A real workbook plus a member that inflates 1000 times: refused from the zip's
    directory, before anything is unpacked. The file itself stays small."""
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(minimal_path) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for info in source.infolist():
            bomb.writestr(info, source.read(info))
        with bomb.open("xl/media/filler.bin", "w") as member:
            block = bytes(1 << 20)
            for _ in range(24):
                member.write(block)
    assert path.stat().st_size < 100_000
    assert refusal(path) == (f"{path.name}: refused: the workbook would unpack to 24 MB, far more "
                             "than a real edition")


def test_zip_bomb_by_declared_size(tmp_path: Path, minimal_path: Path) -> None:
    """A member whose directory entry claims 3.75 GB is refused on that claim alone."""
    path = tmp_path / "forged.xlsx"
    path.write_bytes(minimal_path.read_bytes())
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/media/big.bin", b"x" * 1000)
    data = bytearray(path.read_bytes())
    entry = data.rfind(b"PK\x01\x02")  # the central directory entry just added
    struct.pack_into("<I", data, entry + 24, 0xF0000000)  # its uncompressed size
    path.write_bytes(bytes(data))
    assert 0xF0000000 > MAX_UNPACKED_BYTES
    assert "refused: the workbook would unpack to 3840 MB" in refusal(path)


def test_check_workbook_file_accepts_a_workbook(minimal_path: Path) -> None:
    check_workbook_file(minimal_path)


# ----------------------------------------------------------------------- CSV

ROWS = "code{d}category{d}title_fr\nP01{d}citizens{d}\"Titre{d} avec séparateur\"\n"


@pytest.mark.parametrize(("delimiter", "bom"), [(";", False), (",", False), (";", True),
                                                (",", True), ("\t", False)])
def test_csv_separators_and_bom(tmp_path: Path, delimiter: str, bom: bool) -> None:
    path = tmp_path / "p.csv"
    path.write_text(("\ufeff" if bom else "") + ROWS.format(d=delimiter), encoding="utf-8")
    sheet = read_csv(path)
    assert sheet.header == ["code", "category", "title_fr"]
    assert [r.values for r in sheet.rows] == [
        {"code": "P01", "category": "citizens", "title_fr": f"Titre{delimiter} avec séparateur"}]
    assert sheet.is_csv
    assert str(sheet.problem("bad", sheet.rows[0], "title_fr")) == (
        "p.csv: row 2, column C (title_fr): bad")


def test_csv_with_windows_line_ends_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(b"code;title_fr\r\nP01;Un\r\n;\r\n\r\nP02;Deux\r\n")
    assert [(r.number, r.values["code"]) for r in read_csv(path).rows] == [
        (2, "P01"), (5, "P02")]


def test_latin1_csv_is_read_as_windows_1252(tmp_path: Path) -> None:
    # Once refused ("not UTF-8 text"); the spec now reads it as Excel's Windows-1252.
    path = tmp_path / "latin1.csv"
    path.write_bytes("code;title_fr\nP01;Ok\nP02;Sécurité\n".encode("latin-1"))
    assert [r.values["title_fr"] for r in read_csv(path).rows] == ["Ok", "Sécurité"]


def test_csv_without_separator_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("just one column\nvalue\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot find the columns"):
        read_csv(path)


def test_empty_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\n  \n")
    with pytest.raises(InputError, match="the file is empty"):
        read_csv(path)


def test_read_first_table(tmp_path: Path) -> None:
    """The first sheet of an .xlsx, a .csv; any other type is refused."""
    path = write_xlsx(tmp_path / "two.xlsx", {"First": [["code"], ["A"]],
                                              "Second": [["code"], ["B"]]})
    assert [r.values for r in read_first_table(path).rows] == [{"code": "A"}]
    other = tmp_path / "p.ods"
    other.write_bytes(b"whatever")
    with pytest.raises(InputError, match="unsupported file type"):
        read_first_table(other)


def test_windows_1252_csv_as_excel_saves_it(tmp_path: Path) -> None:
    path = tmp_path / "appel.csv"
    text = "N° dossier;Titre;Budget total (€)\r\nP01;Café – rue’s;12\u00a0500 €\r\n"
    path.write_bytes(text.encode("cp1252"))
    sheet = read_csv(path)
    assert sheet.header == ["n° dossier", "titre", "budget total (€)"]
    assert sheet.rows[0].values == {"n° dossier": "P01", "titre": "Café – rue’s",
                                    "budget total (€)": "12\u00a0500 €"}


def test_utf8_with_and_without_bom_is_utf8(tmp_path: Path) -> None:
    for bom in (b"", b"\xef\xbb\xbf"):
        path = tmp_path / "u.csv"
        path.write_bytes(bom + "code;title_fr\nP01;Sécurité – €\n".encode())
        sheet = read_csv(path)
        assert sheet.header == ["code", "title_fr"]
        assert sheet.rows[0].values["title_fr"] == "Sécurité – €"


def test_a_byte_windows_1252_leaves_undefined_is_refused_naming_its_line(
        tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"code;title_fr\r\nP01;Caf\xe9\r\nP02;Ok\r\nP03;A\x9d\r\n")
    with pytest.raises(InputError) as caught:
        read_csv(path)
    assert str(caught.value) == (
        "odd.csv: line 4 holds a character that is neither UTF-8 nor Windows-1252 text; "
        "save the file as \"CSV UTF-8\" and try again")
    assert "byte" not in str(caught.value) and "0x" not in str(caught.value)


def test_rows_with_another_number_of_fields_are_refused_naming_them(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("code;title_fr;budget_eur\nP01;Un;1\nP02;Deux\nP03;Trois;3;x\n;;\n",
                    encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_csv(path)
    assert [(p.row, p.message) for p in caught.value.problems] == [
        (3, "this row has 2 fields but the header has 3; check the separators and quotes"),
        (4, "this row has 4 fields but the header has 3; check the separators and quotes")]


def test_an_unterminated_quote_is_refused_naming_its_row(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('code;title_fr\nP01;"Un\nP02;Deux\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_csv(path)
    assert str(caught.value) == "q.csv: row 2: a quote opened on this row is never closed"


def test_a_quoted_cell_may_hold_separators_and_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('code;title_fr\nP01;"Un; deux\ntrois"\nP02;Deux\n', encoding="utf-8")
    assert [r.values["title_fr"] for r in read_csv(path).rows] == ["Un; deux\ntrois", "Deux"]
