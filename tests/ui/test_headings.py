"""Column headings of names over short lines, broken between words only."""

from __future__ import annotations

from yansenne.ui.headings import LINE_CHARS, heading_lines


def test_a_long_name_wraps_between_words() -> None:
    assert heading_lines("Services communaux de prévention et de la jeunesse") == (
        "Services communaux\nde prévention et\nde la jeunesse")
    lines = heading_lines("Gemeentediensten voor preventie en jongeren").split("\n")
    assert lines == ["Gemeentediensten", "voor preventie en", "jongeren"]
    assert all(len(line) <= LINE_CHARS for line in lines)


def test_a_short_name_or_a_long_word_stays_whole() -> None:
    assert heading_lines("Burgers") == "Burgers"
    assert heading_lines("Caractère innovant") == "Caractère innovant"  # 18 characters
    assert heading_lines("Verkeersveiligheidsvoorlichting") == "Verkeersveiligheidsvoorlichting"
    assert heading_lines("") == ""
