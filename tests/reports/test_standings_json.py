"""`rank --format json` text: the fast indented writer against json.dumps, byte for byte."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from yansenne.reports import standings

LEAVES = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
DOCUMENTS = st.recursive(
    LEAVES,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=30)


def written(value: Any) -> str:
    out: list[str] = []
    standings._write(value, "\n", out)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
def test_the_writer_writes_what_json_dumps_writes(value: Any) -> None:
    assert written(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_quotes_escapes_and_odd_keys_as_json_does() -> None:
    value = {"titre": "Voisins attentifs : « l’appli »\n\u2028\"x\"", "n": [1, 2.5, -0.0],
             "vide": [[], {}], 3: float("nan"), None: float("inf"), True: (1, 2)}
    assert written(value) == json.dumps(value, ensure_ascii=False, indent=2)


ROWS = st.lists(st.dictionaries(st.text(max_size=5), LEAVES, max_size=4), max_size=4)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["ranking", "unranked", "code"]), ROWS, max_size=3),
       st.integers(min_value=0, max_value=3))
def test_rows_are_one_line_each_and_read_back_the_same(value: dict[str, Any],
                                                       depth: int) -> None:
    """`rank --format json` writes each project of a ranking on one line (spec/cli.md):
    the same document once read, whatever it holds."""
    for _ in range(depth):
        value = {"categories": [value]}
    out: list[str] = []
    standings._write(value, "\n", out, rows=standings.ROW_LISTS)
    text = "".join(out)
    expected = json.dumps(value, ensure_ascii=False, indent=2)
    # NaN, Infinity read as words: NaN != NaN
    assert json.loads(text, parse_constant=str) == json.loads(expected, parse_constant=str)
    for line in text.splitlines():
        if line.lstrip().startswith("{\"") and line.rstrip(",").endswith("}"):
            json.loads(line.rstrip(","))  # a row is a whole object on its line
