"""The method catalogue: one entry per method, complete in three languages, in step
with the arithmetic and with the schema's list of methods."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import one_criterion
from yansenne.scoring import METHODS, catalogue, rank_scope
from yansenne.store import models


def test_every_method_has_one_entry_and_is_ranked() -> None:
    assert METHODS == catalogue.CODES
    snapshot = one_criterion([[90, 70, 80], [70, 60, 70], [10, 20, 30]])
    for code in METHODS:
        ranking = rank_scope(snapshot, "cat", code)
        assert [s.project for s in ranking.standings][0] in ("P0", "P1")


@pytest.mark.parametrize("code", catalogue.CODES)
@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_every_entry_speaks_three_languages(code: str, lang: str) -> None:
    entry = catalogue.method(code)
    for words in (entry.names, entry.titles, entry.column, entry.unit, entry.description):
        assert words(lang, k=2).strip()
        assert "{" not in words(lang, k=2)
    assert entry.direction in ("higher", "lower")


def test_names_titles_and_aliases() -> None:
    assert catalogue.name("trimmed", "fr", 2) == "moyenne tronquée (K = 2)"
    assert catalogue.heading("trimmed", "nl", 1) == "Getrimd gemiddelde (K = 1)"
    assert catalogue.title("borda", "en") == "Rank sum"
    assert catalogue.method("ranksum").direction == "lower"
    assert "ranksum|borda" in catalogue.choices()
    with pytest.raises(KeyError):
        catalogue.method("coin_toss")


def test_the_schema_lists_the_catalogue_methods() -> None:
    """The store keeps its own copy for its CHECK constraint (it may not import scoring):
    a new method adds it there and in a migration."""
    assert models.METHODS == catalogue.CODES
