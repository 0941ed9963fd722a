"""Suggested conflicts of interest: evident links found, generic words ignored."""

from __future__ import annotations

from yansenne.domain import jury
from yansenne.domain.conflict_suggestions import (
    JurorFacts,
    ProjectFacts,
    suggest,
    suggestions,
    surnames,
)
from yansenne.exchange.workbook import import_edition
from yansenne.paths import demo_workbook
from yansenne.store.database import Database

ANNE = JurorFacts("J1", "Anne Dupont-Van Damme", "ASBL Nuits Sereines / Serene Nachten vzw",
                  "anne@serenenachten.example")
PROJECTS = [
    ProjectFacts("P1", "Nuits Sereines ASBL", "Dries Coppens", "dries@other.example"),
    ProjectFacts("P2", "Zone de police Midi", "Els Van Damme", "els@midi.example"),
    ProjectFacts("P3", "Service de prévention d'Evere", "Jan Peeters",
                 "jan@serenenachten.example"),
    ProjectFacts("P4", "Zone de police Marlow", "Tom Claes", "tom@gmail.com",
                 ("Un protocole avec l'ASBL Sereines et la police.",)),
    ProjectFacts("P5", "Service de prévention de Bruxelles", "Marc Dupond", "m@bxl.example"),
]


def reasons(found: list) -> dict[str, str]:
    return {s.project: s.reason for s in found}


def test_each_evident_link_is_suggested_with_its_reason() -> None:
    found = reasons(suggest([ANNE], PROJECTS))
    assert set(found) == {"P1", "P2", "P3", "P4"}
    assert found["P1"] == ("the juror's institution (ASBL Nuits Sereines / Serene Nachten vzw) "
                           "matches the project's organisation (Nuits Sereines ASBL)")
    assert found["P2"] == "same surname as the project's contact person (Els Van Damme)"
    assert found["P3"] == "same e-mail domain as the project's contact (serenenachten.example)"
    assert found["P4"].startswith("the project's summary names \"sereines\"")


def test_generic_words_and_public_mail_prove_nothing() -> None:
    juror = JurorFacts("J2", "Paul Martin", "Zone de police Bruxelles-Capitale / Ixelles",
                       "paul@gmail.com")
    assert suggest([juror], PROJECTS) == []  # "police", "Bruxelles", gmail.com


def test_declared_pairs_are_not_suggested_again() -> None:
    assert reasons(suggest([ANNE], PROJECTS, declared={("J1", "P1"), ("J1", "P2")})).keys() == {
        "P3", "P4"}


def test_surnames_leave_given_names_and_particles_out() -> None:
    assert surnames("Jean-François Piérard") == {"pierard"}
    assert surnames("Sophie Lemaître-Van Acker") == {"lemaitre", "acker"}
    assert surnames("Madonna") == set()


def test_on_the_demo_edition(db: Database) -> None:
    import_edition(db, demo_workbook())
    with db.read() as s:
        assert suggestions(s, 2026) == []  # the demo's evident conflicts are declared
    with db.write() as s:
        jury.withdraw_conflict(s, 2026, "J07", "P24", actor="desk")
    with db.read() as s:
        (found,) = suggestions(s, 2026)
    assert (found.juror, found.project) == ("J07", "P24")
    assert "same e-mail domain as the project's contact (stib-mivb.example)" in found.reason


def test_a_reason_met_again_is_one_text_shared() -> None:
    """A large edition can give every pair the same reason (one mail domain): the
    40,000 suggestions must share one text, not hold 40,000 copies of it."""
    same = [ProjectFacts(f"Q{i}", f"Atelier {i}", f"Contact {i}", f"c{i}@serenenachten.example")
            for i in range(3)]
    found = suggest([ANNE, JurorFacts("J2", "Bob Lenoir", "", "bob@serenenachten.example")],
                    same)
    assert len(found) == 6
    assert len({s.reason for s in found}) == 1
    assert len({id(s.reason) for s in found}) == 1
