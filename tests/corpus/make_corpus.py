"""Write the corpus of bad input files into tests/corpus/files/.

    python -m tests.corpus.make_corpus

Each file is a small, deliberate fault in something the program reads: edition
workbooks and CSV files here; databases are made at test time from a real one
(see test_corpus.py). The files are committed so that the corpus can be opened
and inspected; rerunning this script rewrites them identically in content.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.exchange.workbooks import Sheets, minimal_sheets, write_xlsx

FILES = Path(__file__).with_name("files")


def mutate(change: Callable[[Sheets], None]) -> Sheets:
    sheets = minimal_sheets()
    change(sheets)
    return sheets


def set_cell(sheet: str, row: int, column: str, value: object) -> Callable[[Sheets], None]:
    def change(sheets: Sheets) -> None:
        header = sheets[sheet][0]
        sheets[sheet][row][header.index(column)] = value
    return change


def drop_column(sheet: str, column: str) -> Callable[[Sheets], None]:
    def change(sheets: Sheets) -> None:
        index = sheets[sheet][0].index(column)
        sheets[sheet] = [[v for i, v in enumerate(r) if i != index] for r in sheets[sheet]]
    return change


WORKBOOKS: dict[str, Callable[[Sheets], None]] = {
    "missing_sheet.xlsx": lambda s: s.pop("Jurors"),
    "missing_column.xlsx": drop_column("Projects", "title_fr"),
    "score_text.xlsx": set_cell("Scores", 1, "score", "beaucoup"),
    "score_off_scale.xlsx": set_cell("Scores", 1, "score", 11),
    "score_off_step.xlsx": set_cell("Scores", 1, "score", 7.3),
    "duplicate_codes.xlsx": set_cell("Projects", 2, "code", "P01"),
    "unknown_project.xlsx": set_cell("Scores", 4, "project", "P99"),
    "unknown_juror.xlsx": set_cell("Conflicts", 1, "juror", "J99"),
    "unknown_criterion.xlsx": set_cell("Scores", 1, "criterion", "impact"),
    "huge_title.xlsx": set_cell("Projects", 1, "title_fr", "Sécurité " * 116_509),
    "score_in_conflict.xlsx": set_cell("Scores", 4, "project", "P01"),
    "observer_score.xlsx": set_cell("Scores", 1, "juror", "OB"),
    "bad_year.xlsx": set_cell("Edition", 1, "value", "deux mille"),
    "criteria_max_below_min.xlsx": set_cell("Criteria", 1, "max", 0),
    "bad_tie_break.xlsx": lambda s: s["Edition"].append(["tie_break", "pile ou face"]),
    "unknown_municipality.xlsx": set_cell("Projects", 1, "municipality", "Atlantis"),
    "bad_email.xlsx": set_cell("Jurors", 2, "email", "pieter(at)example"),
}

CSV_FILES: dict[str, bytes] = {
    "projects_not_text.csv": b"code;category;title_fr\nP05;citizens;S\x81curit\xe9\n",
    "projects_pipe.csv": b"code|category|title_fr\nP05|citizens|Velo\n",
    "projects_empty.csv": b"",
    "projects_bad_email.csv": b"code;category;title_fr;contact_email\n"
                              b"P05;citizens;Velo;nobody\n",
    "projects_unknown_category.csv": b"code,category,title_fr\nP05,sport,Velo\n",
    "scores_unknown_juror.csv": b"juror;project;criterion;score\nJ9;P02;relevance;5\n",
    "scores_bad_number.csv": b"\xef\xbb\xbfjuror;project;criterion;score\n"
                             b"J1;P02;relevance;cinq\n",
    "scores_off_scale.csv": b"juror,project,criterion,score\nJ1,P02,relevance,-1\n",
    "projects.txt": b"code;category;title_fr\nP05;citizens;Velo\n",
    # A 1 MB title: a CSV has no cell limit (openpyxl cuts .xlsx cells at 32,767).
    "projects_huge_title.csv": ("code;category;title_fr\nP05;citizens;" + "Sécurité " * 116_509
                                + "\n").encode("utf-8"),
}


def declared_bomb() -> bytes:
    """A zip whose directory claims a 3 GB part: refused before anything is unpacked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "0" * 1024)
    data = bytearray(buffer.getvalue())
    # Patch the uncompressed size of the last entry in the central directory.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24:central + 28] = (3 * 1024 ** 3).to_bytes(4, "little")
    return bytes(data)


def main() -> None:
    shutil.rmtree(FILES, ignore_errors=True)
    FILES.mkdir(parents=True)
    for name, change in WORKBOOKS.items():
        write_xlsx(FILES / name, mutate(change))
    write_xlsx(FILES / "valid_minimal.xlsx", minimal_sheets())
    good = (FILES / "valid_minimal.xlsx").read_bytes()
    (FILES / "truncated.xlsx").write_bytes(good[: len(good) // 2])
    (FILES / "not_a_zip.xlsx").write_text("code;category\nP01;citizens\n", encoding="utf-8")
    (FILES / "empty.xlsx").write_bytes(b"")
    (FILES / "bomb_declared.xlsx").write_bytes(declared_bomb())
    for name, content in CSV_FILES.items():
        (FILES / name).write_bytes(content)
    from tests.corpus import make_corpus_sheets  # the folder was emptied: its files too

    make_corpus_sheets.main()


if __name__ == "__main__":
    main()
