"""The merged letters file never replaces a letter, even under another case: on macOS
and Windows `P07.PDF` and `P07.pdf` are one file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.test_letters import demo_db, draft  # noqa: F401 (fixtures)
from yansenne.errors import InputError
from yansenne.reports.file_names import file_name
from yansenne.reports.letters import LettersFacts, write_letters


def test_a_merged_file_named_as_a_letter_in_another_case(draft: LettersFacts,  # noqa: F811
                                                           tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    letter = file_name(draft.letters[0].project)
    shouted = folder / (Path(letter).stem.swapcase() + ".PDF")
    with pytest.raises(InputError, match="would replace one of the letters"):
        write_letters(draft, folder, merged=shouted)
    assert not folder.exists()  # refused before any letter is written
