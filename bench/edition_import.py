"""`edition import` of edition L's workbook, against openpyxl read_only reading it.

The baseline reads every cell of the same file in read-only mode, the least any
import must do; the ratio says what checking and writing 320,000 scores costs on
top of that. Target: at most 1.3 times the baseline.

The baseline opens the file with `load_workbook(read_only=True)`, which parses every
sheet that declares no size (openpyxl writes none) once just to measure it; the import
opens it without that pass (`tabular._open_read_only`), so part of its margin is that
pass, not cheaper checks.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.common import CACHE, discard, edition_db, median, write_result


def workbook_of(size: str) -> Path:
    """Edition `size` exported once as an edition workbook (cached)."""
    from yansenne.exchange.workbook import export_edition
    from yansenne.store.database import SCHEMA_HEAD
    from yansenne.store.opening import open_database

    path = CACHE / f"{size}-edition-schema{SCHEMA_HEAD}.xlsx"
    if not path.exists():
        db_path, year = edition_db(size)
        db = open_database(db_path)
        try:
            export_edition(db, year, path)
        finally:
            db.close()
            discard(db_path)
    return path


def read_all_cells(path: Path) -> int:
    """The baseline: every value of every sheet, read-only mode."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    count = 0
    for ws in workbook.worksheets:
        for row in ws.iter_rows(values_only=True):
            count += len(row)
    workbook.close()
    return count


def import_once(path: Path, target: Path) -> float:
    from yansenne.exchange.workbook import import_edition
    from yansenne.store.opening import open_database

    discard(target)
    db = open_database(target)
    try:
        start = time.perf_counter()
        import_edition(db, path)
        return time.perf_counter() - start
    finally:
        db.close()


def run(size: str = "L", repeat: int = 3) -> dict:
    path = workbook_of(size)
    baseline, ours = [], []
    target = CACHE / f"import-target-{size}.sqlite"
    for _ in range(repeat):  # interleaved, so a busy moment hits both alike
        start = time.perf_counter()
        read_all_cells(path)
        baseline.append(time.perf_counter() - start)
        ours.append(import_once(path, target))
    discard(target)
    return {
        "size": size,
        "workbook_mb": round(path.stat().st_size / 1e6, 2),
        "baseline_s": round(median(baseline), 3),
        "import_s": round(median(ours), 3),
        "ratio": round(median(ours) / median(baseline), 2),
        "target_ratio": 1.3,
    }


if __name__ == "__main__":
    figures = run()
    print(figures)
    print(write_result("edition_import", figures))
