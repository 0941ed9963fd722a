"""The uncertainty chart on its own: one bar per ranked project, as shares in percent."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QValueAxis
from pytestqt.qtbot import QtBot

from yansenne import scoring
from yansenne.domain import results as C
from yansenne.scoring.model import Uncertainty
from yansenne.store.database import Database
from yansenne.ui.results.charts import MAX_PROJECTS, UncertaintyChart


@pytest.fixture
def ranking(demo_db: Database) -> scoring.Ranking:
    """The demo's overall mean ranking, with made-up uncertainties (the first project
    surest), so that the chart is tested apart from how they are computed."""
    loaded = C.load_edition(demo_db, 2026)
    plain = scoring.rank_scope(loaded.snapshot, None, "mean", loaded.info.rules)
    standings = tuple(
        replace(s, uncertainty=Uncertainty(p_first=0.5 if i == 0 else 0.5 / 27,
                                           p_top3=max(0.0, 1.0 - 0.1 * i),
                                           rank_low=max(1, i - 1), rank_high=i + 3))
        for i, s in enumerate(plain.standings))
    return replace(plain, standings=standings)


def test_one_pair_of_bars_per_ranked_project(qtbot: QtBot, english: str,
                                             ranking: scoring.Ranking) -> None:
    chart = UncertaintyChart()
    qtbot.addWidget(chart)
    assert chart.show_uncertainty(ranking) == len(ranking.standings) == 28 <= MAX_PROJECTS
    (series,) = chart.chart().series()
    assert isinstance(series, QBarSeries)
    top3, first = series.barSets()
    assert (top3.label(), first.label()) == ("In the top 3", "First")
    assert [top3.at(i) for i in range(3)] == pytest.approx([100.0, 90.0, 80.0])
    assert first.at(0) == pytest.approx(50.0)
    axes = chart.chart().axes()
    codes = next(a for a in axes if isinstance(a, QBarCategoryAxis)).categories()
    assert codes == [s.project for s in ranking.standings]
    shares = next(a for a in axes if isinstance(a, QValueAxis))
    assert (shares.min(), shares.max()) == (0, 100)


def test_no_uncertainty_draws_an_empty_chart(qtbot: QtBot, english: str,
                                             ranking: scoring.Ranking) -> None:
    chart = UncertaintyChart()
    qtbot.addWidget(chart)
    bare = replace(ranking, standings=tuple(replace(s, uncertainty=None)
                                            for s in ranking.standings))
    assert chart.show_uncertainty(bare) == 0
    assert not chart.chart().series()
