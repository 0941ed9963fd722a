"""`yansenne rank --format json` on the demo edition conforms to spec/cli.md.

The spec's shape: `edition`, `method`, `categories` (each with `code`, `ranking`
best first, `agreement`, `unranked`) and `overall.ranking`; each ranked object has
exactly `rank`, `place`, `project`, `title`, `score`, `criteria`, `n_jurors`, `tie`.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from yansenne.cli.main import main

YEAR = 2026
CATEGORIES = ["citizens", "associations", "municipal", "police", "regional"]
CRITERIA = {"relevance", "collaboration", "innovation", "methodology"}
STANDING_KEYS = {"rank", "place", "project", "title", "score", "criteria", "n_jurors", "tie",
                 "tie_broken_by", "partial", "uncertainty"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rank_json") / "demo.sqlite"
    assert main(["--db", str(path), "--lang", "en", "demo"]) == 0
    return path


def rank_json(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--db", str(db), "--lang", "en", "rank", str(YEAR), "--format", "json",
                 *args]) == 0
    return json.loads(capsys.readouterr().out)


def edited_copy(demo: Path, tmp_path: Path, sql: str) -> Path:
    copy = tmp_path / "copy.sqlite"
    with sqlite3.connect(demo) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        target.execute(sql)
    return copy


def check_standing(entry: dict[str, Any]) -> None:
    assert set(entry) == STANDING_KEYS
    assert isinstance(entry["rank"], int) and entry["rank"] >= 1
    assert isinstance(entry["place"], int) and entry["place"] >= entry["rank"]
    assert isinstance(entry["project"], str) and entry["project"]
    assert isinstance(entry["title"], str) and entry["title"]
    assert isinstance(entry["score"], float) and 0 <= entry["score"] <= 100
    assert isinstance(entry["n_jurors"], int) and 1 <= entry["n_jurors"] <= 7
    assert isinstance(entry["tie"], bool)
    assert entry["tie_broken_by"] is None or entry["place"] != entry["rank"]
    assert entry["partial"] is False  # every demo juror scored the whole grid
    chances = entry["uncertainty"]
    assert set(chances) == {"p_first", "p_top3", "rank_low", "rank_high"}
    assert 0 <= chances["p_first"] <= chances["p_top3"] <= 1
    assert 1 <= chances["rank_low"] <= chances["rank_high"] <= 28
    assert set(entry["criteria"]) == CRITERIA
    assert all(isinstance(v, float) and 0 <= v <= 10 for v in entry["criteria"].values())


def check_ranking(ranking: list[dict[str, Any]]) -> None:
    """Best first, competition ranks (1, 2, 2, 4), `tie` exactly where a rank is shared."""
    for entry in ranking:
        check_standing(entry)
    scores = [e["score"] for e in ranking]
    assert scores == sorted(scores, reverse=True)
    for entry in ranking:
        better = sum(s > entry["score"] + 1e-9 for s in scores)
        assert entry["rank"] == better + 1
        shared = sum(e["rank"] == entry["rank"] for e in ranking)
        assert entry["tie"] is (shared > 1)
    places = [e["place"] for e in ranking]
    assert places == sorted(places)


def test_the_document_has_the_spec_shape(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = rank_json(demo, capsys)
    assert set(doc) == {"edition", "method", "categories", "overall"}
    assert doc["edition"] == YEAR and doc["method"] == "mean"
    assert [c["code"] for c in doc["categories"]] == CATEGORIES
    ranked: list[str] = []
    for category in doc["categories"]:
        assert set(category) == {"code", "ranking", "agreement", "notes", "unranked"}
        assert all(isinstance(note, str) and note for note in category["notes"])
        check_ranking(category["ranking"])
        assert sum(e["uncertainty"]["p_first"] for e in category["ranking"]) == (
            pytest.approx(1, abs=1e-3))
        figures = dict(category["agreement"])
        assert list(figures) == ["kendall_w", "icc", "icc_k", "krippendorff_alpha",
                                 "n_projects", "n_jurors"]
        n_projects, n_jurors = figures.pop("n_projects"), figures.pop("n_jurors")
        assert isinstance(n_projects, int) and 2 <= n_projects <= len(category["ranking"])
        assert isinstance(n_jurors, int) and n_jurors >= 2
        w = figures["kendall_w"]
        assert isinstance(w, float) and 0 <= w <= 1
        assert all(isinstance(v, float) and -1 <= v <= 1 for v in figures.values())
        assert category["unranked"] == []
        ranked += [e["project"] for e in category["ranking"]]
    assert len(ranked) == 28 == len(set(ranked))
    assert set(doc["overall"]) == {"comparable", "reason", "ranking"}
    assert doc["overall"]["comparable"] is True and doc["overall"]["reason"] is None
    check_ranking(doc["overall"]["ranking"])
    assert sorted(e["project"] for e in doc["overall"]["ranking"]) == sorted(ranked)


def test_no_rule_leaves_place_equal_to_rank_and_a_tie_shares_it(
        demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    municipal = rank_json(demo, capsys)["categories"][2]["ranking"]
    assert [(e["project"], e["rank"], e["place"], e["tie"]) for e in municipal[:4]] == [
        ("P13", 1, 1, False), ("P14", 2, 2, True), ("P15", 2, 2, True), ("P16", 4, 4, False)]


def test_place_follows_the_tie_break_rules(demo: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = edited_copy(demo, tmp_path, "UPDATE editions SET tie_break = '[\"criterion:innovation\"]'")
    municipal = rank_json(db, capsys)["categories"][2]["ranking"]
    tied = {e["project"]: e for e in municipal if e["rank"] == 2}
    assert set(tied) == {"P14", "P15"} and all(e["tie"] for e in tied.values())
    better = max(tied.values(), key=lambda e: e["criteria"]["innovation"])
    worse = min(tied.values(), key=lambda e: e["criteria"]["innovation"])
    assert (better["place"], worse["place"]) == (2, 3)
    assert [e["project"] for e in municipal[1:3]] == [better["project"], worse["project"]]


def test_unranked_projects_say_why(demo: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = edited_copy(demo, tmp_path, "UPDATE editions SET quorum = 7")
    doc = rank_json(db, capsys)
    unranked = {u["project"]: u for c in doc["categories"] for u in c["unranked"]}
    assert set(unranked) == {"P07", "P08", "P19", "P24"}  # six totals each
    assert all(set(u) == {"project", "reason"} and u["reason"] == "below quorum"
               for u in unranked.values())
    overall = {e["project"] for e in doc["overall"]["ranking"]}
    assert overall.isdisjoint(unranked) and len(overall) == 24
    trimmed = rank_json(demo, capsys, "--method", "trimmed", "--trim", "3")
    assert trimmed["method"] == "trimmed"
    # fewer than 2K+1 = 7 totals no longer unranks: those projects trim less, and say so
    assert [u for c in trimmed["categories"] for u in c["unranked"]] == []
    notes = [n for c in trimmed["categories"] for n in c["notes"] if "trimmed mean" in n]
    assert sorted(notes) == [f"{p} has 6 totals: its trimmed mean sets aside 2 at each end "
                             "instead of 3." for p in ("P07", "P08", "P19", "P24")]


def test_one_category_has_no_overall(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = rank_json(demo, capsys, "--category", "police", "--method", "borda")
    assert set(doc) == {"edition", "method", "categories"} and doc["method"] == "ranksum"
    [police] = doc["categories"]
    scores = [e["score"] for e in police["ranking"]]
    assert police["code"] == "police" and scores == sorted(scores)  # rank sum: lower first
