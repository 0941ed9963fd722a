"""The prize's reference lists shipped in `data/`: municipalities, police zones,
actor categories and the default grid (copied from shared/reference; sources
in data/README.md)."""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache

from yansenne.paths import data_dir


@dataclass(frozen=True)
class Municipality:
    nis_code: str
    name_fr: str
    name_nl: str
    police_zone: str


@dataclass(frozen=True)
class PoliceZone:
    zone: str
    name_fr: str
    name_nl: str


@dataclass(frozen=True)
class Actor:
    code: str
    name_fr: str
    name_nl: str
    name_en: str


@dataclass(frozen=True)
class DefaultCriterion:
    code: str
    name_fr: str
    name_nl: str
    name_en: str
    weight: float
    min_value: float
    max_value: float
    step: float


def _rows(name: str) -> list[dict[str, str]]:
    with (data_dir() / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def municipalities() -> tuple[Municipality, ...]:
    return tuple(Municipality(r["nis_code"], r["name_fr"], r["name_nl"], r["police_zone"])
                 for r in _rows("municipalities.csv"))


@cache
def police_zones() -> dict[str, PoliceZone]:
    return {r["zone"]: PoliceZone(r["zone"], r["name_fr"], r["name_nl"])
            for r in _rows("police_zones.csv")}


@cache
def actors() -> tuple[Actor, ...]:
    return tuple(Actor(r["code"], r["name_fr"], r["name_nl"], r["name_en"])
                 for r in _rows("actor_categories.csv"))


@cache
def default_criteria() -> tuple[DefaultCriterion, ...]:
    return tuple(
        DefaultCriterion(r["code"], r["name_fr"], r["name_nl"], r["name_en"], float(r["weight"]),
                         float(r["min"]), float(r["max"]), float(r["step"]))
        for r in _rows("default_criteria.csv")
    )


def fold(text: str) -> str:
    """Case-, accent- and dash-insensitive key, so 'saint gilles' finds 'Saint-Gilles'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").replace("'", " ").split())


@cache
def _municipality_index() -> dict[str, Municipality]:
    index: dict[str, Municipality] = {}
    for m in municipalities():
        for key in (m.nis_code, m.name_fr, m.name_nl):
            index[fold(key)] = m
    return index


def find_municipality(text: str) -> Municipality | None:
    """The municipality named by a NIS code or its French or Dutch name."""
    return _municipality_index().get(fold(text))


def municipality(nis_code: str | None) -> Municipality | None:
    if not nis_code:
        return None
    return next((m for m in municipalities() if m.nis_code == nis_code), None)


def actor(code: str) -> Actor | None:
    return next((a for a in actors() if a.code == code), None)
