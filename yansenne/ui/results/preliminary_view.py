"""The results page's "Preliminary and final" tab, for an edition with stages.

In the last stage a juror's marks at first submission are kept as preliminary; after
the panel's discussion the secretariat reopens and the juror revises. This tab sets
both side by side (`yansenne.domain.preliminary.Revisions`): per project, the method's
figure and rank on the preliminary marks and on the final marks; per juror and
project, the weighted totals, the revised ones shaded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from yansenne.domain.preliminary import ProjectRevision, Revisions, TotalRevision
from yansenne.ui.results.models import (
    DASH,
    RIGHT,
    Column,
    RecordsModel,
    SortProxy,
    _juror,
    _num,
    figure,
)

CHANGED_BACKGROUND = QColor("#fce4d6")  # a figure the discussion changed


def _rank(value: int | None) -> str:
    return DASH if value is None else str(value)


class ProjectRevisionsModel(RecordsModel):
    """One row a project: preliminary and final figure, difference, rank before -> after."""

    def headers(self) -> list[str]:
        return [self.tr("Project"), self.tr("Title"), self.tr("Preliminary"), self.tr("Final"),
                self.tr("Difference"), self.tr("Rank"), self.tr("Places gained")]

    def columns(self) -> list[Column]:
        shade = self._shade
        return [
            Column(lambda r: r.project, background=shade),
            Column(lambda r: r.title, background=shade),
            Column(lambda r: figure(r.preliminary), lambda r: _num(r.preliminary), RIGHT),
            Column(lambda r: figure(r.final), lambda r: _num(r.final), RIGHT),
            Column(lambda r: figure(r.difference, signed=True), lambda r: _num(r.difference),
                   RIGHT, background=shade),
            Column(self._ranks, lambda r: _num(r.final_rank), RIGHT, background=shade,
                   accessible=self._ranks_spoken),
            Column(lambda r: DASH if r.rank_change is None
                   else f"{r.rank_change:+d}" if r.rank_change else "0",
                   lambda r: _num(r.rank_change), RIGHT, background=shade),
        ]

    @staticmethod
    def _shade(row: ProjectRevision) -> QColor | None:
        return CHANGED_BACKGROUND if row.changed else None

    @staticmethod
    def _ranks(row: ProjectRevision) -> str:
        return f"{_rank(row.preliminary_rank)} \u2192 {_rank(row.final_rank)}"

    def _ranks_spoken(self, row: ProjectRevision) -> str:
        return self.tr("rank {before} before the discussion, {after} after").format(
            before=_rank(row.preliminary_rank), after=_rank(row.final_rank))


class TotalRevisionsModel(RecordsModel):
    """One row a juror and project: their weighted totals before and after."""

    def headers(self) -> list[str]:
        return [self.tr("Project"), self.tr("Juror"), self.tr("Preliminary"), self.tr("Final"),
                self.tr("Difference"), self.tr("Marks changed")]

    def columns(self) -> list[Column]:
        shade = self._shade
        return [
            Column(lambda r: r.project, background=shade),
            Column(lambda r: _juror(r.juror, r.juror_name), lambda r: r.juror, background=shade),
            Column(lambda r: figure(r.preliminary), lambda r: _num(r.preliminary), RIGHT),
            Column(lambda r: figure(r.final), lambda r: _num(r.final), RIGHT),
            Column(lambda r: figure(r.difference, signed=True), lambda r: _num(r.difference),
                   RIGHT, background=shade),
            Column(lambda r: str(r.marks_changed), lambda r: r.marks_changed, RIGHT,
                   background=shade),
        ]

    @staticmethod
    def _shade(row: TotalRevision) -> QColor | None:
        return CHANGED_BACKGROUND if row.changed else None


class PreliminaryView(QWidget):
    """The tab: a note, the projects, and the jurors' totals (one category or all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preliminaryTab")
        self.revisions: Revisions | None = None
        self.scope: str | None = None
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("preliminaryNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.projects_model = ProjectRevisionsModel(self)
        self.totals_model = TotalRevisionsModel(self)
        # the title (projects) and the juror (totals) take the width the figures leave
        self.projects_view = self._view(splitter, self.projects_model, "preliminaryProjects", 1)
        self.totals_view = self._view(splitter, self.totals_model, "preliminaryTotals", 1)
        self.retranslate()

    def _view(self, parent: QWidget, model: RecordsModel, name: str,
              stretch: int) -> QTableView:
        view = QTableView(parent)
        view.setObjectName(name)
        proxy = SortProxy(self)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setProperty("stretch", stretch)
        return view

    @staticmethod
    def _fit(view: QTableView) -> None:
        """Figures to their contents, the stretching column the rest (never sideways)."""
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        stretch = int(view.property("stretch"))
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def has_revisions(self) -> bool:
        return self.revisions is not None and not self.revisions.empty

    def show_revisions(self, revisions: Revisions | None, scope: str | None = None) -> None:
        """Show `revisions` for category `scope` (None: every category)."""
        self.revisions, self.scope = revisions, scope
        if revisions is None or revisions.empty:
            self.projects_model.set_rows([])
            self.totals_model.set_rows([])
            self.note.setText("")
            return
        wanted = (lambda category: True) if scope is None else (lambda c: c == scope)
        self.projects_model.set_rows([p for p in revisions.projects if wanted(p.category)])
        self.totals_model.set_rows([t for t in revisions.totals if wanted(t.category)])
        for view in (self.projects_view, self.totals_view):
            self._fit(view)
        self._write_note()

    def _write_note(self) -> None:
        revisions = self.revisions
        if revisions is None or revisions.empty:
            self.note.setText("")
            return
        changed = [m for m in revisions.changed_marks
                   if self.scope is None or m.category == self.scope]
        jurors = len({m.juror for m in changed})
        words = [self.tr("Stage “{stage}”: each juror's marks as first submitted "
                         "(preliminary) beside their marks after the panel's discussion "
                         "(final), ranked by the same method.").format(
            stage=revisions.stage_name or revisions.stage)]
        if changed:
            words.append(self.tr("Revised after the discussion: {marks} mark(s) by {jurors} "
                                 "juror(s).").format(marks=len(changed), jurors=jurors))
        else:
            words.append(self.tr("No mark was revised after the discussion."))
        if not revisions.higher_is_better:
            words.append(self.tr("Under this method a lower figure ranks higher."))
        self.note.setText(" ".join(words))

    def retranslate(self) -> None:
        self.projects_view.setAccessibleName(self.tr("Projects, preliminary and final"))
        self.totals_view.setAccessibleName(self.tr("Jurors' totals, preliminary and final"))
        self.projects_model.refresh()
        self.totals_model.refresh()
        self._write_note()
