"""Plain text tables for the terminal."""

from __future__ import annotations


def format_table(head: tuple[str, ...], rows: list[tuple[str, ...]],
                 numeric: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    """A plain text table for people (numbers right-aligned)."""
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]

    def line(row: tuple[str, ...]) -> str:
        return "  ".join(cell.rjust(w) if i in numeric else cell.ljust(w)
                         for i, (cell, w) in enumerate(zip(row, widths, strict=True))).rstrip()

    rule = "  ".join("-" * w for w in widths).rstrip()
    return "\n".join([line(head), rule, *map(line, rows)])
