"""Write the corpus of spreadsheets and CSV files that must never be silently misread
into tests/corpus/files/sheets_* (issue 17, item 4).

    python -m tests.corpus.make_corpus_sheets

Each file is one fault the reader once let through: a CSV row with a field too many
or too few, an unterminated quote, two sheets named alike but for case or spaces,
numbers Python's float() takes but a person does not write ("1_0", Arabic-Indic
digits), a mark off its step by a hair, control characters, a workbook declaring
1,048,576 x 16,384 cells, and grid or edition numbers that overflow. The files are
committed; rerunning this script rewrites them identically in content.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.corpus.make_corpus import mutate, set_cell
from tests.exchange.workbooks import Sheets, minimal_sheets, write_xlsx

FILES = Path(__file__).with_name("files")

SCORES = "juror;project;criterion;score;comment\r\n"

CSV_FILES: dict[str, bytes] = {
    # The issue's own row: "7,5" in a comma-separated file is two fields, not 7.
    "sheets_fields_more.csv": b"juror,project,criterion,score\r\nJ1,P02,relevance,7,5\r\n",
    "sheets_fields_fewer.csv": b"juror;project;criterion;score\r\nJ1;P02;relevance;7\r\n"
                               b"J1;P03;relevance\r\n",
    # The quote opened on row 3 swallows every row after it.
    "sheets_unterminated_quote.csv": (SCORES + "J1;P02;relevance;7;Bien\r\n"
                                      "J1;P03;relevance;8;\"Très bien\r\n"
                                      "J2;P02;relevance;6;ok\r\n").encode(),
    "sheets_underscore.csv": (SCORES + "J1;P02;relevance;1_0;\r\n").encode(),
    "sheets_arabic_digits.csv": (SCORES + "J1;P02;relevance;\u0667;\r\n").encode(),
    "sheets_off_step.csv": (SCORES + "J1;P02;relevance;7.50000000001;\r\n").encode(),
    "sheets_nul.csv": (SCORES + "J1;P02;relevance;7;Bien\x00\r\n").encode(),
    "sheets_soh.csv": b"code;category;title_fr\r\nP05;citizens;V\x01lo\r\n",
    "sheets_esc.csv": (SCORES + "J1;P02;relevance;7;\x1b[2J\x1b[31mok\r\n").encode(),
}

WORKBOOKS: dict[str, Callable[[Sheets], None]] = {
    "sheets_scale_max.xlsx": set_cell("Criteria", 1, "max", 1e308),
    "sheets_scale_min.xlsx": set_cell("Criteria", 1, "min", -1e308),
    "sheets_step_tiny.xlsx": set_cell("Criteria", 1, "step", 1e-320),
    "sheets_quorum_huge.xlsx": set_cell("Edition", 5, "value", 1e19),
    "sheets_trim_huge.xlsx": lambda s: s["Edition"].append(["trim", 1e20]),
    # Excel writes a control character in a cell as an escape: _x001B_ is ESC.
    "sheets_esc.xlsx": set_cell("Jurors", 1, "name", "Anne_x001B_[31mDupont"),
}


def rewritten(path: Path, change: Callable[[str, bytes], bytes]) -> None:
    """The workbook at `path` with each of its parts passed through `change`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, change(info.filename, source.read(info)))
    path.write_bytes(buffer.getvalue())


def twin_sheets(path: Path, twin: str) -> None:
    """The minimal edition with a second Scores sheet named `twin` (Excel itself forbids
    names equal but for case; the file says so anyway). Today's reader kept the later
    one: its single mark replaced the edition's five."""
    sheets = minimal_sheets()
    sheets["Other"] = [list(sheets["Scores"][0]), ["J1", "P02", "relevance", 3, None]]
    write_xlsx(path, sheets)
    rewritten(path, lambda name, data: data.replace(b'name="Other"', f'name="{twin}"'.encode())
              if name == "xl/workbook.xml" else data)


NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def raw_workbook(sheets: dict[str, str], dimension: str = "A1:XFD1048576") -> bytes:
    """A workbook written by hand: each sheet's `<sheetData>` content as given, under a
    declared `<dimension>` (openpyxl would write the true one)."""
    names = list(sheets)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(names) + 1))
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>'),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<workbook xmlns="{NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships"><sheets>' + "".join(
                f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
                for i, name in enumerate(names, start=1)) + "</sheets></workbook>"),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/'
                      'officeDocument/2006/relationships/worksheet" '
                      f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(names) + 1))
            + "</Relationships>"),
        **{f"xl/worksheets/sheet{i}.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{NS}">'
            f'<dimension ref="{dimension}"/><sheetData>{data}</sheetData></worksheet>')
           for i, data in enumerate(sheets.values(), start=1)},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(zipfile.ZipInfo(name, (2027, 1, 1, 0, 0, 0)), text.encode(),
                             compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return buffer.getvalue()


def text_cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def dimension_bomb() -> bytes:
    """A workbook of about 10 KB whose one sheet declares A1:XFD1048576 (17 billion
    cells) and holds a header, then 1,048,576 empty rows: one more row than a sheet
    may have. openpyxl's `iter_rows` would visit every declared cell; the reader visits
    the rows the file holds and is refused at the row where the count runs out."""
    header = "".join(text_cell(f"{col}1", name) for col, name in
                     zip("ABCD", ("juror", "project", "criterion", "score"), strict=True))
    return raw_workbook({"Scores": f'<row r="1">{header}</row>' + "<row/>" * 1_048_576})


def main() -> None:
    FILES.mkdir(parents=True, exist_ok=True)
    for old in FILES.glob("sheets_*"):
        old.unlink()
    for name, content in CSV_FILES.items():
        (FILES / name).write_bytes(content)
    for name, change in WORKBOOKS.items():
        write_xlsx(FILES / name, mutate(change))
    twin_sheets(FILES / "sheets_twin_case.xlsx", "SCORES")
    twin_sheets(FILES / "sheets_twin_spaces.xlsx", "Scores ")
    (FILES / "sheets_dimension_bomb.xlsx").write_bytes(dimension_bomb())


if __name__ == "__main__":
    main()
