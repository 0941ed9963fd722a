"""The tables of the deliberation page: proposal, decisions, attendance and votes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from yansenne.domain import deliberation as D
from yansenne.domain.deliberation_state import DeliberationState, JurorInfo
from yansenne.store.models import VOTE_CHOICES
from yansenne.ui import i18n
from yansenne.ui.models.projects_model import format_budget
from yansenne.ui.results.models import (
    CENTRE,
    DASH,
    RIGHT,
    Column,
    Index,
    RecordsModel,
    figure,
)

DEPARTS_COLOUR = QColor("#fbe3e0")
ADOPTED_COLOUR = QColor("#e3f1e3")
ABSENT_COLOUR = QColor("#eceef2")
RESULT_ROW = "__result__"


def normalised(draft: D.DecisionDraft, proposal: D.Proposal | None) -> D.DecisionDraft:
    """A draft as it would be saved (the edition's amount filled in, texts trimmed),
    so that an edited draft and the stored decision compare equal when they are."""
    amount = draft.amount_eur
    if amount is None and proposal is not None and draft.award != D.MENTION:
        amount = proposal.amount(draft.award)
    return D.DecisionDraft(draft.award, draft.project.strip(), amount,
                           draft.citation_fr.strip(), draft.citation_nl.strip(),
                           draft.citation_en.strip(), draft.justification.strip())


def title_in(titles: dict[str, str], lang: str) -> str:
    order = [lang] + [other for other in ("fr", "nl", "en") if other != lang]
    return next((titles[code] for code in order if titles.get(code)), "")


class _Words(QObject):
    """Translated words shared by the models (one translation context)."""

    def award(self, award: str) -> str:
        if award == D.MENTION:
            return self.tr("Mention")
        return self.tr("Prize {number}").format(number=award)

    def choice(self, choice: str | None) -> str:
        return {"for": self.tr("for"), "against": self.tr("against"),
                "abstain": self.tr("abstains")}.get(choice or "", "")

    def outcome(self, tally: D.Tally | None, short: bool = False) -> str:
        """"adopted (6 for, 0 against, 1 abstaining)", or with `short` "adopted (6–0–1)"."""
        if tally is None or tally.outcome == D.NOT_VOTED:
            return self.tr("not voted")
        verdict = {D.ADOPTED: self.tr("adopted"), D.REJECTED: self.tr("rejected"),
                   D.TIED: self.tr("tied")}[tally.outcome]
        if short:
            return f"{verdict} ({tally.n_for}–{tally.n_against}–{tally.n_abstain})"
        counts = self.tr("{n_for} for, {n_against} against, {n_abstain} abstaining").format(
            n_for=tally.n_for, n_against=tally.n_against, n_abstain=tally.n_abstain)
        return f"{verdict} ({counts})"

    def role(self, role: str) -> str:
        return {"president": self.tr("president"), "member": self.tr("member"),
                "observer": self.tr("observer")}.get(role, role)


WORDS: _Words | None = None


def words() -> _Words:
    global WORDS
    if WORDS is None:
        WORDS = _Words()
    return WORDS


# -- proposal ------------------------------------------------------------------------


class ProposalModel(RecordsModel):
    """The prizes the ranking proposes: project, place, figure, amount, ties."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles: dict[str, dict[str, str]] = {}

    def headers(self) -> list[str]:
        return [self.tr("Prize"), self.tr("Project"), self.tr("Place"), self.tr("Score"),
                self.tr("Amount"), self.tr("Tied with"), self.tr("Title")]

    def columns(self) -> list[Column]:
        lang = i18n.current_language()
        return [
            Column(lambda r: words().award(r.award)),
            Column(lambda r: r.project or DASH),
            Column(lambda r: str(r.place) if r.place else DASH, align=RIGHT),
            Column(lambda r: figure(r.score), align=RIGHT),
            Column(lambda r: format_budget(r.amount_eur, lang), align=RIGHT),
            Column(lambda r: ", ".join(r.tied_with)),
            Column(lambda r: title_in(self.titles.get(r.project or "", {}), lang),
                   tip=lambda r: title_in(self.titles.get(r.project or "", {}), lang)),
        ]


# -- decisions -----------------------------------------------------------------------


class DecisionsModel(RecordsModel):
    """The jury's decisions being edited (drafts), with what each departs from."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state: DeliberationState | None = None
        self.departures: list[str | None] = []
        self.saved: dict[str, D.DecisionDraft] = {}

    def set_drafts(self, drafts: list[D.DecisionDraft]) -> None:
        self._update_departures(drafts)
        self.set_rows([(i, d) for i, d in enumerate(drafts)])

    def replace(self, row: int, draft: D.DecisionDraft) -> None:
        """One draft edited in place: the selection stays, every departure is re-read
        (a change to one decision can make another depart)."""
        self._rows[row] = (row, draft)
        self._update_departures(self.drafts())
        self.dataChanged.emit(self.index(0, 0),
                              self.index(self.rowCount() - 1, self.columnCount() - 1))

    def departure(self, row: int) -> str | None:
        return self.departures[row] if 0 <= row < len(self.departures) else None

    def _update_departures(self, drafts: list[D.DecisionDraft]) -> None:
        proposal = self.state.proposal if self.state else None
        self.departures = [D.departure(d, drafts, proposal) if proposal else None
                           for d in drafts]

    def drafts(self) -> list[D.DecisionDraft]:
        return [d for _, d in self.rows()]

    def project_of(self, row: Any) -> str | None:
        return row[1].project

    def headers(self) -> list[str]:
        return [self.tr("Award"), self.tr("Project"), self.tr("Place"), self.tr("Amount"),
                self.tr("Proposal"), self.tr("Citations"), self.tr("Vote"),
                self.tr("Title")]

    def columns(self) -> list[Column]:
        lang = i18n.current_language()
        state = self.state

        def info(row: Any) -> Any:
            return state.project(row[1].project) if state else None

        return [
            Column(lambda r: words().award(r[1].award)),
            Column(lambda r: r[1].project),
            Column(lambda r: str(info(r).place) if info(r) and info(r).place else DASH,
                   align=RIGHT),
            Column(lambda r: format_budget(self.amount_of(r[1]), lang), align=RIGHT),
            Column(self._departure_text, background=lambda r: DEPARTS_COLOUR
                   if self.departures[r[0]] else None, tip=lambda r: self.departures[r[0]] or ""),
            Column(self._citations, align=CENTRE),
            Column(self._vote, background=self._vote_colour, tip=self._vote_tip),
            Column(lambda r: title_in(info(r).titles, lang) if info(r) else "",
                   tip=lambda r: title_in(info(r).titles, lang) if info(r) else ""),
        ]

    def is_saved(self, draft: D.DecisionDraft) -> bool:
        proposal = self.state.proposal if self.state else None
        return self.saved.get(draft.subject) == normalised(draft, proposal)

    def amount_of(self, draft: D.DecisionDraft) -> float | None:
        if draft.amount_eur is not None or self.state is None:
            return draft.amount_eur
        return self.state.proposal.amount(draft.award) if draft.award != D.MENTION else None

    def _departure_text(self, row: Any) -> str:
        if row[1].award == D.MENTION:
            return self.tr("mention")
        if not self.departures[row[0]]:
            return self.tr("as proposed")
        if row[1].justification:
            return self.tr("departs, justified")
        return self.tr("departs: justification needed")

    def _citations(self, row: Any) -> str:
        draft = row[1]
        return " · ".join(f"{code} {'✓' if text else '✗'}"
                          for code, text in (("FR", draft.citation_fr),
                                             ("NL", draft.citation_nl)))

    def _vote(self, row: Any) -> str:
        draft = row[1]
        if not self.is_saved(draft):
            return self.tr("save to vote")
        tally = self.state.tallies.get(draft.subject) if self.state else None
        return words().outcome(tally, short=True)

    def _vote_tip(self, row: Any) -> str:
        tally = self.state.tallies.get(row[1].subject) if self.state else None
        return words().outcome(tally)

    def _vote_colour(self, row: Any) -> QColor | None:
        tally = self.state.tallies.get(row[1].subject) if self.state else None
        if tally is None or not self.is_saved(row[1]):
            return None
        return {D.ADOPTED: ADOPTED_COLOUR, D.REJECTED: DEPARTS_COLOUR,
                D.TIED: DEPARTS_COLOUR}.get(tally.outcome)


# -- attendance ----------------------------------------------------------------------


class AttendanceModel(RecordsModel):
    """Every juror with a Present box; ticking it asks the page to record it."""

    present_toggled = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_only = False

    def headers(self) -> list[str]:
        return [self.tr("Present"), self.tr("Juror"), self.tr("Name"), self.tr("Role")]

    def columns(self) -> list[Column]:
        return [
            Column(lambda r: ""),
            Column(lambda r: r.code),
            Column(lambda r: r.name),
            Column(lambda r: words().role(r.role)),
        ]

    def project_of(self, row: Any) -> str | None:
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0 and not self.read_only:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            juror: JurorInfo = self._rows[index.row()]
            return Qt.CheckState.Checked if juror.present else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        juror: JurorInfo = self._rows[index.row()]
        present = Qt.CheckState(value) == Qt.CheckState.Checked
        if present != juror.present:
            self.present_toggled.emit(juror.code, present)
        return True


# -- votes ---------------------------------------------------------------------------


class VotesModel(QAbstractTableModel):
    """Voting jurors (rows) by saved decisions (columns); the last row is the outcome."""

    vote_cast = Signal(str, str, object)  # juror, subject, choice or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state: DeliberationState | None = None
        self.jurors: list[JurorInfo] = []
        self.subjects: list[tuple[str, D.DecisionDraft]] = []

    def set_state(self, state: DeliberationState | None) -> None:
        self.beginResetModel()
        self.state = state
        self.jurors = [j for j in state.jurors if j.role != "observer"] if state else []
        self.subjects = [(d.subject, d) for d in state.decisions] if state else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self.subjects else len(self.jurors) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.subjects)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical
                and section < len(self.jurors)):
            return self.jurors[section].name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and section < len(self.subjects):
            draft = self.subjects[section][1]
            return f"{words().award(draft.award)} · {draft.project}"
        if orientation == Qt.Orientation.Vertical:
            if section < len(self.jurors):
                juror = self.jurors[section]
                return f"{juror.code} {juror.name.split()[0] if juror.name else ''}".strip()
            return self.tr("Outcome")
        return None

    def _is_result(self, index: Index) -> bool:
        return index.row() >= len(self.jurors)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._is_result(index) or self.state is None or self.state.locked:
            return base
        if not self.jurors[index.row()].present:
            return Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.state is None:
            return None
        subject = self.subjects[index.column()][0]
        if self._is_result(index):
            tally = self.state.tallies.get(subject)
            if role == Qt.ItemDataRole.DisplayRole:
                return words().outcome(tally, short=True)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return CENTRE
            if role == Qt.ItemDataRole.BackgroundRole and tally is not None:
                colour = {D.ADOPTED: ADOPTED_COLOUR, D.REJECTED: DEPARTS_COLOUR,
                          D.TIED: DEPARTS_COLOUR}.get(tally.outcome)
                return QBrush(colour) if colour else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return words().outcome(tally)
            return None
        juror = self.jurors[index.row()]
        choice = self.state.votes.get(subject, {}).get(juror.code)
        if role == Qt.ItemDataRole.DisplayRole:
            return words().choice(choice) if juror.present else self.tr("absent")
        if role == Qt.ItemDataRole.EditRole:
            return choice or ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRE
        if role == Qt.ItemDataRole.BackgroundRole and not juror.present:
            return QBrush(ABSENT_COLOUR)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index)
                                                     & Qt.ItemFlag.ItemIsEditable):
            return False
        juror = self.jurors[index.row()]
        subject = self.subjects[index.column()][0]
        choice = str(value) if value in VOTE_CHOICES else None
        if choice != self.state.votes.get(subject, {}).get(juror.code):
            self.vote_cast.emit(juror.code, subject, choice)
        return True


class VoteDelegate(QStyledItemDelegate):
    """A vote is chosen from a list: for, against, abstains, or nothing."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("", "")
        for choice in VOTE_CHOICES:
            combo.addItem(words().choice(choice), choice)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
