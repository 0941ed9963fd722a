"""The reference lists shipped in data/: the 19 municipalities, 6 police zones, 5 actor
categories and 4 default criteria, and finding a municipality however it is typed."""

from __future__ import annotations

import pytest

from yansenne import reference
from yansenne.store.models import ACTORS


def test_nineteen_municipalities_with_their_nis_codes() -> None:
    towns = reference.municipalities()
    assert len(towns) == 19
    assert sorted(m.nis_code for m in towns) == [str(code) for code in range(21001, 21020)]
    assert len({m.name_fr for m in towns}) == 19
    assert len({m.name_nl for m in towns}) == 19
    assert all(m.name_fr.strip() and m.name_nl.strip() for m in towns)


def test_six_police_zones_each_used() -> None:
    zones = reference.police_zones()
    assert len(zones) == 6
    assert set(zones) == {"5339", "5340", "5341", "5342", "5343", "5344"}
    used = {m.police_zone for m in reference.municipalities()}
    assert used == set(zones), "every municipality's zone is known, every zone has one"
    assert all(z.name_fr and z.name_nl for z in zones.values())


@pytest.mark.parametrize(("nis", "zone"), [
    ("21004", "5339"),  # Bruxelles: Bruxelles-Capitale/Ixelles
    ("21009", "5339"),  # Ixelles
    ("21001", "5341"),  # Anderlecht: Midi
    ("21013", "5341"),  # Saint-Gilles: Midi
    ("21002", "5342"),  # Auderghem: Marlow
    ("21015", "5344"),  # Schaerbeek: Bruxelles-Nord
])
def test_known_police_zones(nis: str, zone: str) -> None:
    found = reference.municipality(nis)
    assert found is not None and found.police_zone == zone


def test_five_actor_categories_match_the_schema() -> None:
    actors = reference.actors()
    assert tuple(a.code for a in actors) == ACTORS
    assert all(a.name_fr and a.name_nl and a.name_en for a in actors)
    assert reference.actor("police") is not None
    assert reference.actor("police").name_nl == "Politiediensten"  # type: ignore[union-attr]
    assert reference.actor("army") is None


def test_four_default_criteria() -> None:
    criteria = reference.default_criteria()
    assert [c.code for c in criteria] == ["relevance", "collaboration", "innovation",
                                         "methodology"]
    for c in criteria:
        assert (c.weight, c.min_value, c.max_value, c.step) == (1.0, 0.0, 10.0, 0.5)
        assert c.name_fr and c.name_nl and c.name_en


@pytest.mark.parametrize(("typed", "nis"), [
    ("21004", "21004"),
    (" 21004 ", "21004"),
    ("Bruxelles", "21004"),
    ("Brussel", "21004"),
    ("BRUXELLES", "21004"),
    ("Saint-Gilles", "21013"),
    ("saint gilles", "21013"),
    ("Sint-Gillis", "21013"),
    ("sint gillis", "21013"),
    ("Ixelles", "21009"),
    ("elsene", "21009"),
    ("Molenbeek-Saint-Jean", "21012"),
    ("Sint-Jans-Molenbeek", "21012"),
    ("Berchem-Sainte-Agathe", "21003"),
    ("berchem sainte agathe", "21003"),
    ("Woluwé-Saint-Lambert", "21018"),
    ("woluwe saint lambert", "21018"),
    ("Sint-Lambrechts-Woluwe", "21018"),
    ("Schaerbeek", "21015"),
    ("Schaarbeek", "21015"),
    ("Watermael-Boitsfort", "21017"),
    ("Watermaal-Bosvoorde", "21017"),
    ("Uccle", "21016"),
    ("Ukkel", "21016"),
])
def test_find_municipality_by_folded_names(typed: str, nis: str) -> None:
    found = reference.find_municipality(typed)
    assert found is not None, typed
    assert found.nis_code == nis


@pytest.mark.parametrize("typed", ["", "Paris", "21020", "Saint", "region", "1000"])
def test_find_municipality_unknown(typed: str) -> None:
    assert reference.find_municipality(typed) is None


def test_municipality_lookup_by_code() -> None:
    assert reference.municipality(None) is None
    assert reference.municipality("") is None
    assert reference.municipality("21099") is None
    found = reference.municipality("21011")
    assert found is not None and (found.name_fr, found.name_nl) == ("Koekelberg", "Koekelberg")
