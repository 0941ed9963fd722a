"""The ranking for people (`rank` without --format): its agreement line."""

from __future__ import annotations

import dataclasses

import pytest

from tests.reports.test_readings import snapshot
from yansenne import scoring
from yansenne.i18n import set_language
from yansenne.reports import standings


@pytest.mark.parametrize(("lang", "figure"), [("fr", "1\u202f200"), ("nl", "1.200"),
                                              ("en", "1,200")])
def test_the_agreement_line_groups_a_large_count(lang: str, figure: str) -> None:
    """It printed "on 1200 projects" where every other count of the table is grouped."""
    agreement = dataclasses.replace(scoring.agreement(snapshot(), "k"),
                                    complete_projects=1_200, scope_projects=1_200)
    set_language(lang)
    try:
        line = standings.agreement_line(agreement)
    finally:
        set_language("en")
    assert f"{figure} " in line and "1200" not in line, line
