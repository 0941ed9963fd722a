"""The tables of the results page: ranking, leniency, methods compared, explanation.

Each model is read-only over frozen scoring records, with a sort role that sorts
numbers as numbers and puts the blanks last, and right-aligned figures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from yansenne import scoring
from yansenne.i18n import format_number
from yansenne.reports import readings
from yansenne.scoring import catalogue
from yansenne.ui import i18n

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PROJECT_ROLE = Qt.ItemDataRole.UserRole + 2
DASH = "—"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
FLAG_BACKGROUND = QColor("#fdf1dc")  # a laureate whose place is fragile
MOVED_BACKGROUND = QColor("#e8eef8")  # a place that differs from the chosen method's
LAST = float("inf")


def figure(value: float | None, decimals: int = 2, signed: bool = False) -> str:
    """A number in the interface language's notation (decimal comma in fr and nl)."""
    if value is None or value != value:
        return DASH
    return format_number(value, decimals, i18n.current_language(), signed=signed)


def percent(share: float | None) -> str:
    """A share as a whole percentage ("62 %")."""
    return DASH if share is None or share != share else figure(100 * share, 0) + " %"


@dataclass(frozen=True)
class Column:
    """How one column shows a row: its text, its sort key, alignment, tooltip, background."""

    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align: int | None = None
    tip: Callable[[Any], str] | None = None
    background: Callable[[Any], QColor | None] | None = None
    accessible: Callable[[Any], str] | None = None  # what a screen reader says instead


class RecordsModel(QAbstractTableModel):
    """Rows of frozen records shown through `columns()`; subclasses name the headers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._columns: list[Column] = []
        self._headers: list[str] = []

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def project_of(self, row: Any) -> str | None:
        return getattr(row, "project", None)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._columns = self.columns()
        self._headers = self.headers()  # asked for on every paint: translated once
        self.endResetModel()

    def refresh(self) -> None:
        """Language changed: same rows, new words."""
        self.set_rows(self._rows)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._columns:
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip(row) if column.tip else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column.accessible:
            return column.accessible(row) or column.text(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            colour = column.background(row)
            return QBrush(colour) if colour is not None else None
        if role == PROJECT_ROLE:
            return self.project_of(row)
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE (numbers as numbers, blanks last)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        numbers = (int, float)
        if isinstance(a, numbers) and isinstance(b, numbers):
            return a < b
        if type(a) is not type(b):
            return str(a) < str(b)
        return bool(a < b)


def _juror(code: str, name: str) -> str:
    return f"{code} \u2014 {name}" if name else code


def _num(value: float | None) -> float:
    return LAST if value is None or value != value else value


# -- the ranking ---------------------------------------------------------------------


@dataclass(frozen=True)
class RankingRow:
    standing: scoring.Standing
    title: str
    flag: scoring.LaureateFlag | None
    compared: int | None = None  # place under the model's compared method (None: unranked)
    compared_known: bool = False  # False: that method was not computed

    @property
    def project(self) -> str:
        return self.standing.project

    @property
    def moves(self) -> bool:
        """Whether the compared method would put the project elsewhere."""
        return self.compared_known and self.compared != self.standing.place


class RankingColumn:
    """Positions of the ranking's columns (the page fits the title, tests find marks)."""

    COMPARED = 5
    LIKELY = 6
    TOTALS = 7
    STABILITY = 8
    TITLE = 9


PARTIAL_MARK = "\u25d0"  # ◐ a half-filled circle: a total resting on part of the grid
BETTER_MARK = "\u2191"  # ↑
WORSE_MARK = "\u2193"  # ↓


class RankingModel(RecordsModel):
    """Place, competition rank ("2="), project, title, figure, jurors, ties and fragility,
    the place under a second method (marked where it differs) and the likely places."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decimals = 2
        self.tips: dict[str, str] = {}
        self.compared_method = "adjusted"
        self.trim = 1

    def compared_heading(self) -> str:
        return catalogue.heading(self.compared_method, i18n.current_language(), self.trim)

    def headers(self) -> list[str]:
        return [self.tr("Place"), self.tr("Rank"), self.tr("Tie"), self.tr("Project"),
                self.tr("Score"), self.compared_heading(), self.tr("Likely places"),
                self.tr("Totals"), self.tr("Stability"), self.tr("Title")]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return {RankingColumn.TOTALS: self.tr("How many jurors gave the project a total; "
                                                  "◐ marks a total resting on only part "
                                                  "of the grid"),
                    RankingColumn.STABILITY: self.tr(
                        "Whether a laureate's place depends on the method or on one juror"),
                    RankingColumn.COMPARED: self.tr(
                        "The place under this method, to compare with the chosen one; "
                        "↑ or ↓ marks a project whose place would change"),
                    RankingColumn.LIKELY: self.tr(
                        "The places the project reaches in 90 % of the rankings recomputed "
                        "with the jurors drawn again at random")}.get(section)
        return super().headerData(section, orientation, role)

    def columns(self) -> list[Column]:
        return [
            Column(lambda r: str(r.standing.place), lambda r: r.standing.place, RIGHT),
            Column(lambda r: f"{r.standing.rank}=" if r.standing.tie else str(r.standing.rank),
                   lambda r: r.standing.rank, RIGHT),
            Column(lambda r: self.tr("ex aequo") if r.standing.tie else "",
                   lambda r: (not r.standing.tie, r.standing.rank)),
            Column(lambda r: r.project, background=self._flag_colour),
            Column(lambda r: figure(r.standing.score, self.decimals), lambda r: r.standing.score,
                   RIGHT),
            Column(self._compared, lambda r: _num(r.compared) if r.compared_known else LAST,
                   CENTRE, tip=self._compared_tip, accessible=self._compared_tip,
                   background=lambda r: MOVED_BACKGROUND if r.moves else None),
            Column(self._likely, lambda r: self._likely_key(r), CENTRE, tip=self._likely_tip,
                   accessible=self._likely_tip),
            Column(self._totals, lambda r: r.standing.n_jurors, RIGHT, tip=self._partial_tip,
                   accessible=self._totals_spoken),
            Column(self._stability, lambda r: self._stability(r) or "~",
                   background=self._flag_colour, tip=self._stability_tip),
            Column(lambda r: r.title, tip=lambda r: r.title),
        ]

    # the jurors' totals, marked when one rests on part of the grid
    def _totals(self, row: RankingRow) -> str:
        count = str(row.standing.n_jurors)
        return f"{PARTIAL_MARK} {count}" if row.standing.partial else count

    def _partial_tip(self, row: RankingRow) -> str:
        return self.tr("A juror's total rests on only part of the grid.") \
            if row.standing.partial else ""

    def _totals_spoken(self, row: RankingRow) -> str:
        if not row.standing.partial:
            return str(row.standing.n_jurors)
        return self.tr("{count} totals; a juror's total rests on only part of the grid").format(
            count=row.standing.n_jurors)

    # the place under the compared method
    def _compared(self, row: RankingRow) -> str:
        if not row.compared_known:
            return DASH
        text = readings.place_text(row.compared)
        if not row.moves:
            return text
        better = row.compared is not None and row.compared < row.standing.place
        return f"{text} {BETTER_MARK if better else WORSE_MARK}"

    def _compared_tip(self, row: RankingRow) -> str:
        if not row.compared_known:
            return self.tr("Not computed under this method.")
        method = readings.method_name(self.compared_method, self.trim)
        if row.moves:
            return self.tr("Place {other} under {method} instead of {place}: the place would "
                           "change.").format(other=readings.place_text(row.compared),
                                             method=method, place=row.standing.place)
        return self.tr("Place {place} under {method} as well.").format(
            place=row.standing.place, method=method)

    # likely places, from the jurors drawn again
    def _likely(self, row: RankingRow) -> str:
        u = row.standing.uncertainty
        if u is None:
            return DASH
        if u.rank_low == u.rank_high:
            return str(u.rank_low)
        return f"{u.rank_low}\u2013{u.rank_high}"

    @staticmethod
    def _likely_key(row: RankingRow) -> Any:
        u = row.standing.uncertainty
        return (LAST, LAST) if u is None else (u.rank_low, u.rank_high)

    def _likely_tip(self, row: RankingRow) -> str:
        u = row.standing.uncertainty
        if u is None:
            return self.tr("No likely places computed.")
        return self.tr("Likely places {low} to {high}; first in {first} of the rankings "
                       "recomputed with the jurors drawn again, in the top 3 in {top3}.").format(
            low=u.rank_low, high=u.rank_high, first=percent(u.p_first), top3=percent(u.p_top3))

    def _flag_colour(self, row: RankingRow) -> QColor | None:
        flag = row.flag
        return FLAG_BACKGROUND if flag and (flag.method_dependent or flag.juror_dependent) else None

    def _stability(self, row: RankingRow) -> str:
        flag = row.flag
        if flag is None:
            return ""
        parts = []
        if flag.method_dependent:
            parts.append(self.tr("method"))
        if flag.juror_dependent:
            parts.append(self.tr("one juror"))
        return " · ".join(parts) or self.tr("stable")

    def _stability_tip(self, row: RankingRow) -> str:
        if row.flag is None:
            return ""
        return self.tip(row.project) or self.tr(
            "Placed 1 to 3: the same place under every method and with any one juror left out.")

    def tip(self, project: str) -> str:
        """The sentence saying why a laureate's place is fragile (set by the page)."""
        return self.tips.get(project, "")


# -- leniency ------------------------------------------------------------------------


@dataclass(frozen=True)
class LeniencyRow:
    juror: scoring.JurorLeniency
    name: str


class LeniencyModel(RecordsModel):
    def headers(self) -> list[str]:
        return [self.tr("Juror"), self.tr("Leniency"), self.tr("Reading"),
                self.tr("Projects"), self.tr("Scores")]

    def columns(self) -> list[Column]:
        return [
            Column(lambda r: _juror(r.juror.juror, r.name), lambda r: r.juror.juror),
            Column(lambda r: figure(r.juror.leniency, 1, signed=True),
                   lambda r: _num(r.juror.leniency), RIGHT),
            Column(lambda r: readings.leniency_reading(r.juror.leniency),
                   tip=lambda r: readings.leniency_reading(r.juror.leniency)),
            Column(lambda r: str(r.juror.n_projects), lambda r: r.juror.n_projects, RIGHT),
            Column(lambda r: str(r.juror.n_scores), lambda r: r.juror.n_scores, RIGHT),
        ]

    def project_of(self, row: Any) -> str | None:
        return None


# -- methods compared ----------------------------------------------------------------


@dataclass(frozen=True)
class MethodsRow:
    project: str
    title: str
    places: dict[str, int | None]  # method -> place
    chosen: str
    influence: scoring.JurorInfluence | None
    flag: scoring.LaureateFlag | None


class MethodsModel(RecordsModel):
    """One row per project: its place under each method, and without each juror."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.methods: tuple[str, ...] = tuple(scoring.METHODS)
        self.trim = 1

    def headers(self) -> list[str]:
        return [self.tr("Project"), self.tr("Title"),
                *[catalogue.heading(m, i18n.current_language(), self.trim) for m in self.methods],
                self.tr("Without one juror"), self.tr("Largest move")]

    def columns(self) -> list[Column]:
        columns = [Column(lambda r: r.project, background=self._flag_colour),
                   Column(lambda r: r.title, tip=lambda r: r.title)]
        for method in self.methods:
            columns.append(Column(
                lambda r, m=method: readings.place_text(r.places.get(m)),
                lambda r, m=method: _num(r.places.get(m)), RIGHT,
                background=lambda r, m=method: MOVED_BACKGROUND
                if r.places.get(m) != r.places.get(r.chosen) else None))
        columns.append(Column(self._range, lambda r: _num(
            r.influence.worst_place if r.influence else None), CENTRE, tip=self._range_tip))
        columns.append(Column(lambda r: str(r.influence.max_movement) if r.influence else DASH,
                              lambda r: -(r.influence.max_movement if r.influence else -1),
                              RIGHT))
        return columns

    def _flag_colour(self, row: MethodsRow) -> QColor | None:
        flag = row.flag
        return FLAG_BACKGROUND if flag and (flag.method_dependent or flag.juror_dependent) else None

    def _range(self, row: MethodsRow) -> str:
        inf = row.influence
        if inf is None:
            return DASH
        if inf.can_drop_out:
            return self.tr("{best} to unranked").format(best=readings.place_text(inf.best_place))
        if inf.best_place == inf.worst_place:
            return str(inf.best_place)
        return self.tr("{best} to {worst}").format(best=inf.best_place, worst=inf.worst_place)

    def _range_tip(self, row: MethodsRow) -> str:
        inf = row.influence
        if inf is None:
            return ""
        parts = []
        if inf.best_without and inf.best_place is not None:
            parts.append(self.tr("place {place} without {juror}").format(
                place=inf.best_place, juror=inf.best_without))
        if inf.worst_without:
            parts.append(self.tr("place {place} without {juror}").format(
                place=readings.place_text(inf.worst_place if not inf.can_drop_out else None),
                juror=inf.worst_without))
        return "\n".join(parts)


# -- explanation ---------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionRow:
    part: scoring.CriterionPart
    name: str
    above: float | None  # contribution gap with the project above (this minus it)
    below: float | None


class CriteriaModel(RecordsModel):
    """A project's figure by criterion, and its gaps to the projects placed around it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.neighbours: tuple[str | None, str | None] = (None, None)

    def headers(self) -> list[str]:
        above, below = self.neighbours
        return [self.tr("Criterion"), self.tr("Weight"), self.tr("Figure"),
                self.tr("Points"), self.tr("Gap to {project}").format(project=above or DASH),
                self.tr("Gap to {project}").format(project=below or DASH)]

    def columns(self) -> list[Column]:
        return [
            Column(lambda r: r.name, tip=lambda r: r.part.criterion),
            Column(lambda r: figure(100 * r.part.weight_share, 0) + " %",
                   lambda r: r.part.weight_share, RIGHT),
            Column(lambda r: figure(r.part.figure), lambda r: _num(r.part.figure), RIGHT),
            Column(lambda r: figure(r.part.contribution), lambda r: _num(r.part.contribution),
                   RIGHT),
            Column(lambda r: figure(r.above, signed=True), lambda r: _num(r.above), RIGHT),
            Column(lambda r: figure(r.below, signed=True), lambda r: _num(r.below), RIGHT),
        ]

    def project_of(self, row: Any) -> str | None:
        return None


@dataclass(frozen=True)
class JurorPartRow:
    part: scoring.JurorPart
    name: str


class JurorPartsModel(RecordsModel):
    def headers(self) -> list[str]:
        return [self.tr("Juror"), self.tr("Status"), self.tr("Total"), self.tr("Deviation")]

    def columns(self) -> list[Column]:
        return [
            Column(lambda r: _juror(r.part.juror, r.name), lambda r: r.part.juror),
            Column(self._status),
            Column(lambda r: figure(r.part.total, 1), lambda r: _num(r.part.total), RIGHT),
            Column(lambda r: figure(r.part.deviation, 1, signed=True),
                   lambda r: _num(r.part.deviation), RIGHT),
        ]

    def _status(self, row: JurorPartRow) -> str:
        return {
            "complete": self.tr("every criterion scored"),
            "partial": self.tr("%n criteria scored", "", row.part.n_criteria),
            "not_scored": self.tr("not scored"),
            "conflict": self.tr("conflict of interest"),
        }.get(row.part.status, row.part.status)

    def project_of(self, row: Any) -> str | None:
        return None
