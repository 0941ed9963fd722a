"""A laureate's summary missing in a language is said to be missing in the dossier,
never left blank nor silently replaced; the domain lists them for the Ceremony page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reports.ceremony_setup import (
    YEAR,
    deliberate,
    demo_copy,
    drop_summary,
    flat,
    pdf_pages,
)
from yansenne.domain.ceremony_record import missing_summaries
from yansenne.reports.dossier import write_dossier
from yansenne.store.database import Database


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo") / "demo.sqlite"


@pytest.fixture
def deliberated(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    db = demo_copy(demo_file, tmp_path / "d.sqlite")
    deliberate(db)
    yield db
    db.close()


def text_of(db: Database, lang: str, path: Path) -> str:
    write_dossier(db, YEAR, lang, path)
    return flat(" ".join(pdf_pages(path)))


def test_a_missing_dutch_summary_is_marked(deliberated: Database, tmp_path: Path) -> None:
    french = drop_summary(deliberated, "P13", "nl")
    assert missing_summaries(deliberated, YEAR, ("fr", "nl")) == [("P13", ("nl",))]
    assert missing_summaries(deliberated, YEAR, ("fr",)) == []
    dutch = text_of(deliberated, "nl", tmp_path / "nl.pdf")
    assert ("Er werd geen samenvatting in het Nederlands ingediend; hier is ze in het "
            "Frans.") in dutch
    assert flat(french)[:60] in dutch
    both = text_of(deliberated, "fr+nl", tmp_path / "both.pdf")
    assert "Er werd geen samenvatting in het Nederlands ingediend." in both


def test_a_summary_missing_everywhere_is_said_so(deliberated: Database, tmp_path: Path) -> None:
    for lang in ("fr", "nl", "en"):
        drop_summary(deliberated, "P20", lang)
    assert ("P20", ("fr", "nl", "en")) in missing_summaries(deliberated, YEAR,
                                                            ("fr", "nl", "en"))
    assert "Aucun résumé n’a été fourni en français." in text_of(deliberated, "fr",
                                                                 tmp_path / "fr.pdf")
