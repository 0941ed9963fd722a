"""The Stages page: the edition's stages, a screening stage's decisions, a scoring stage's
readers (jurors × projects), Allocate, hand swaps and Promote.

The switcher lists the stages (name and state) and follows the open stage when it
moves (a promotion, or its undo); the table under it sums each stage up. A screening
stage shows its projects with their eligibility, edited in place or with the buttons;
a scoring stage shows who reads what. Every change is one undoable step: a decision
(undo puts the previous one back, undecided included), an allocation (undo puts the
previous pairs and readers per project back), a swap (undo swaps back), a promotion
(undo reopens the stage). A closed stage is shown read-only. An edition without stages
says so and offers nothing to edit.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from yansenne.domain import assignment, queries, screening, stage_flow
from yansenne.domain.assignment import Matrix
from yansenne.domain.screening import Decision
from yansenne.domain.stage_flow import StageRow
from yansenne.i18n import pick
from yansenne.ui import i18n
from yansenne.ui.forms.ui_stages_page import Ui_StagesPage
from yansenne.ui.pages.base import DeskPage
from yansenne.ui.stages.models import (
    CONFLICT,
    CROSS,
    DOT,
    LANGUAGE_MISS,
    OUTSIDE,
    MatrixModel,
    ScreeningModel,
    StagesModel,
    stage_name,
    state_text,
)
from yansenne.ui.stages.widgets import AllocateDialog, EligibleDelegate
from yansenne.ui.undo import step

SINGLE, SCREENING, MATRIX = range(3)
CELL_WIDTH = 40
KIND = "stages"  # the kind of data the undo steps touch
DEFAULT_READERS = 3


class StagesPage(DeskPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StagesPage()
        self.ui.setupUi(self)
        self.rows: list[StageRow] = []
        self.matrix: Matrix | None = None
        self._open: str | None = None  # the open stage when last read
        self._categories: dict[str, str] = {}
        ui = self.ui
        self.stages_model = StagesModel(self)
        ui.stagesView.setModel(self.stages_model)
        ui.stagesView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        ui.stagesView.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ui.stagesView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        ui.stagesView.horizontalHeader().setStretchLastSection(True)
        self.screening_model = ScreeningModel(self)
        ui.screeningView.setModel(self.screening_model)
        ui.screeningView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        ui.screeningView.setItemDelegateForColumn(ScreeningModel.ELIGIBLE,
                                                  EligibleDelegate(ui.screeningView))
        header = ui.screeningView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ScreeningModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ScreeningModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.matrix_model = MatrixModel(self)
        ui.matrixView.setModel(self.matrix_model)
        ui.matrixView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        ui.matrixView.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        ui.matrixView.horizontalHeader().setHighlightSections(False)
        ui.legendLabel.setTextFormat(Qt.TextFormat.RichText)
        ui.pageLayout.setStretchFactor(ui.modeStack, 1)
        ui.switchLayout.setStretchFactor(ui.stateLabel, 1)
        for button in (ui.promoteButton, ui.eligibleButton, ui.ineligibleButton,
                       ui.undecidedButton, ui.allocateButton, ui.swapButton):
            button.setAutoDefault(False)

    def bind(self, desk) -> None:  # type: ignore[no-untyped-def]
        super().bind(desk)
        ui = self.ui
        ui.stageCombo.currentIndexChanged.connect(lambda _i: self._show_stage())
        ui.promoteButton.clicked.connect(lambda: self.promote())
        self.screening_model.decided.connect(self._decided)
        ui.screeningView.selectionModel().currentChanged.connect(
            lambda _c, _p: self._enable())
        ui.eligibleButton.clicked.connect(lambda: self.decide_selected(True))
        ui.ineligibleButton.clicked.connect(lambda: self.decide_selected(False))
        ui.undecidedButton.clicked.connect(lambda: self.decide_selected(None))
        ui.matrixView.selectionModel().currentChanged.connect(lambda _c, _p: self._enable())
        ui.allocateButton.clicked.connect(lambda: self.allocate_dialog())
        ui.swapButton.clicked.connect(lambda: self.swap_selected())
        ui.matrixView.doubleClicked.connect(lambda _index: self.swap_selected())

    # -- reading -------------------------------------------------------------------
    def load(self) -> None:
        desk = self.desk
        if desk is None or desk.edition is None or desk.year is None:
            return
        self.rows = stage_flow.stage_rows(desk.database, desk.year)
        lang = i18n.current_language()
        self._categories = {c.code: pick(c, "name", lang)
                            for c in queries.categories(desk.database, desk.edition.id)}
        self.stages_model.set_rows(self.rows)
        opened = next((r.code for r in self.rows if r.state == "open"), None)
        keep = self.stage_code()
        if keep is None or opened != self._open or keep not in [r.code for r in self.rows]:
            keep = opened or (self.rows[-1].code if self.rows else None)
        self._open = opened
        combo = self.ui.stageCombo
        combo.blockSignals(True)
        combo.clear()
        for row in self.rows:
            combo.addItem(self.tr("{name} — {state}").format(
                name=stage_name(row), state=state_text(row.state)), row.code)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)
        view = self.ui.stagesView
        view.setFixedHeight(view.horizontalHeader().sizeHint().height()
                            + view.verticalHeader().length() + 2 * view.frameWidth() + 2)
        self._show_stage()

    def stage_code(self) -> str | None:
        data = self.ui.stageCombo.currentData()
        return str(data) if data is not None else None

    def stage(self) -> StageRow | None:
        code = self.stage_code()
        return next((r for r in self.rows if r.code == code), None)

    def select_stage(self, code: str) -> bool:
        index = self.ui.stageCombo.findData(code)
        if index < 0:
            return False
        self.ui.stageCombo.setCurrentIndex(index)
        return True

    def _show_stage(self) -> None:
        ui, row, desk = self.ui, self.stage(), self.desk
        staged = len(self.rows) > 1
        for widget in (ui.stageLabel, ui.stageCombo, ui.stateLabel, ui.promoteButton,
                       ui.stagesView):
            widget.setVisible(staged)
        if not staged or row is None or desk is None or desk.year is None:
            ui.singleLabel.setText(self.tr(
                "This edition has one stage: every juror of a category's panel scores all "
                "of its projects."))
            ui.modeStack.setCurrentIndex(SINGLE)
            self.matrix = None
            return
        ui.stateLabel.setText(self._stage_summary(row))
        if row.kind == "screening":
            self._show_screening(row)
        else:
            self._show_matrix(row)
        self._enable()

    def _stage_summary(self, row: StageRow) -> str:
        words = self.tr("%n project(s) reached it", "", row.projects)
        if row.state == "closed":
            words += "; " + self.tr("closed: shown read-only")
        return words

    def _show_screening(self, row: StageRow) -> None:
        desk = self.desk
        assert desk is not None and desk.year is not None
        rows = screening.screening_rows(desk.database, desk.year, row.code)
        selected = self.selected_project()
        self.screening_model.set_rows(rows, self._categories, row.state != "closed")
        if selected is not None:
            self.select_project(selected)
        undecided = sum(1 for r in rows if r.eligible is None)
        if row.state == "closed":
            text = self.tr("This screening stage was promoted: its decisions can no longer "
                           "change.")
        elif row.state == "pending":
            text = self.tr("This stage has not started yet.")
        else:
            text = self.tr("Decide whether each project is eligible; a project found not "
                           "eligible needs a reason. %n project(s) still undecided.", "",
                           undecided)
        self.ui.screeningLabel.setText(text)
        self.ui.modeStack.setCurrentIndex(SCREENING)

    def _show_matrix(self, row: StageRow) -> None:
        desk, ui = self.desk, self.ui
        assert desk is not None and desk.year is not None
        current = self.current_pair()
        self.matrix = assignment.allocation_matrix(desk.database, desk.year, row.code)
        self.matrix_model.set_matrix(self.matrix, self._categories)
        everyone = row.per_project is None and not row.allocations
        ui.matrixView.setVisible(not everyone and bool(self.matrix.projects))
        ui.legendLabel.setVisible(not everyone and bool(self.matrix.projects))
        if not self.matrix.projects:
            text = self.tr("No project has reached this stage yet.")
        elif everyone:
            text = self.tr("Every juror of the panel reads every project of this stage.")
        elif not row.allocations:
            text = self.tr("No reader is allocated yet: Allocate gives each project %n "
                           "reader(s).", "", row.per_project or DEFAULT_READERS)
        else:
            text = self.tr("Each project is read by %n juror(s) of its category's panel. "
                           "Select an allocated cell to swap its reader.", "",
                           row.per_project or 0)
        if row.state == "closed":
            text += " " + self.tr("The stage is closed: its readers can no longer change.")
        ui.matrixLabel.setText(text)
        header = ui.matrixView.horizontalHeader()
        header.setMinimumSectionSize(CELL_WIDTH)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(CELL_WIDTH)
        header.setSectionResizeMode(MatrixModel.JUROR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MatrixModel.LOAD, QHeaderView.ResizeMode.ResizeToContents)
        self._show_legend()
        ui.modeStack.setCurrentIndex(MATRIX)
        if current is not None:
            self.select_pair(*current)

    def _show_legend(self) -> None:
        def swatch(colour: str, mark: str = "") -> str:
            return (f"<span style='background:{colour};'>&nbsp;{mark or '&nbsp;&nbsp;'}"
                    "&nbsp;</span> ")
        self.ui.legendLabel.setText(
            swatch("#ffffff", DOT) + escape(self.tr("reads")) + "&nbsp;&nbsp; "
            + swatch(CONFLICT.name(), CROSS) + escape(self.tr("conflict")) + "&nbsp;&nbsp; "
            + swatch(OUTSIDE.name()) + escape(self.tr("not on the panel")) + "&nbsp;&nbsp; "
            + f"<span style='color:{LANGUAGE_MISS.name()};'>{DOT}</span> "
            + escape(self.tr("not in the juror's language")))

    def _enable(self) -> None:
        ui, row = self.ui, self.stage()
        editable = row is not None and row.state != "closed"
        ui.promoteButton.setEnabled(row is not None and row.state == "open")
        has_row = ui.screeningView.currentIndex().isValid()
        for button in (ui.eligibleButton, ui.ineligibleButton, ui.undecidedButton):
            button.setEnabled(editable and has_row)
        ui.allocateButton.setEnabled(editable and self.matrix is not None
                                     and bool(self.matrix.projects))
        pair = self.current_pair()
        ui.swapButton.setEnabled(editable and pair is not None and self.matrix is not None
                                 and pair in self.matrix.pairs)

    # -- screening -----------------------------------------------------------------
    def select_project(self, project: str) -> bool:
        row = self.screening_model.row_of(project)
        if row < 0:
            return False
        index = self.screening_model.index(row, ScreeningModel.ELIGIBLE)
        self.ui.screeningView.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.screeningView.scrollTo(index)
        return True

    def selected_project(self) -> str | None:
        index = self.ui.screeningView.currentIndex()
        if not index.isValid():
            return None
        return self.screening_model.rows[index.row()].project

    def decide_selected(self, eligible: bool | None) -> bool:
        project = self.selected_project()
        if project is None:
            return False
        row = self.screening_model.rows[self.screening_model.row_of(project)]
        reason = row.reason
        if eligible is False:
            reason, ok = QInputDialog.getText(
                self, self.tr("Not eligible"),
                self.tr("Why is project {project} not eligible?").format(project=project),
                QLineEdit.EchoMode.Normal, row.reason)
            if not ok:
                return False
        return self.decide(project, eligible, reason if eligible is not None else "")

    def _decided(self, project: str, eligible: object, reason: str) -> None:
        self.decide(project, eligible if isinstance(eligible, bool) else None, reason)

    def decide(self, project: str, eligible: bool | None, reason: str = "") -> bool:
        """One eligibility decision (None: undecided), undoable."""
        desk, row = self.desk, self.stage()
        if desk is None or desk.year is None or row is None:
            return False
        year, actor, stage = desk.year, desk.actor, row.code
        wanted = Decision(eligible, reason.strip() if eligible is not None else "")
        if eligible is None:
            name = QT_TRANSLATE_NOOP("StagesPage", "Leave {project} undecided")
        elif eligible:
            name = QT_TRANSLATE_NOOP("StagesPage", "Find {project} eligible")
        else:
            name = QT_TRANSLATE_NOOP("StagesPage", "Find {project} not eligible")
        done = desk.perform(
            step("StagesPage", name, project=project), KIND,
            lambda s: screening.decide(s, year, stage, project, wanted, actor=actor),
            lambda s, before: screening.decide(s, year, stage, project, before, actor=actor))
        self.select_project(project)
        return done

    # -- readers ---------------------------------------------------------------------
    def current_pair(self) -> tuple[str, str] | None:
        index = self.ui.matrixView.currentIndex()
        juror = self.matrix_model.juror_at(index.row()) if index.isValid() else None
        project = self.matrix_model.project_at(index.column()) if index.isValid() else None
        return (juror.code, project.code) if juror and project else None

    def select_pair(self, juror: str, project: str) -> bool:
        index = self.matrix_model.index_of(juror, project)
        if not index.isValid():
            return False
        self.ui.matrixView.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.ui.matrixView.scrollTo(index)
        return True

    def cell(self, juror: str, project: str) -> QModelIndex:
        return self.matrix_model.index_of(juror, project)

    def allocate_dialog(self) -> bool:
        row = self.stage()
        if row is None or row.kind != "scoring":
            return False
        dialog = AllocateDialog(self, stage_name(row), row.per_project or DEFAULT_READERS, 0,
                                row.marks)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.allocate(**dialog.values())

    def allocate(self, per_project: int, seed: int = 0) -> bool:
        """Allocate the readers of the stage shown (forced over its marks, which the
        dialog said), undoably; says which projects miss a reader of their language."""
        desk, row = self.desk, self.stage()
        if desk is None or desk.year is None or row is None:
            return False
        year, actor, stage, force = desk.year, desk.actor, row.code, row.marks > 0
        made: list[assignment.Assigned] = []

        def do(session):  # type: ignore[no-untyped-def]
            assigned, before = assignment.reallocate(
                session, year, stage=stage, per_project=per_project, seed=seed,
                force=force, actor=actor)
            made.append(assigned)
            return before

        def undo(session, before):  # type: ignore[no-untyped-def]
            assignment.restore_allocation(session, year, before.stage, before.pairs,
                                          before.per_project, actor=actor,
                                          cleared=before.cleared)

        done = desk.perform(step("StagesPage", QT_TRANSLATE_NOOP(
            "StagesPage", "Allocate the readers of {stage}"), stage=stage), KIND, do, undo)
        if done and made and made[-1].language_misses:
            misses = made[-1].language_misses
            self.show_information(
                self.tr("Readers allocated"),
                self.tr("%n project(s) have a reader who does not share their language "
                        "(no allocation could avoid it): ", "", len(misses))
                + ", ".join(misses))
        return done

    def show_information(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def swap_candidates(self, juror: str, project: str) -> list[tuple[str, str, int]]:
        """Who may take over `juror`'s reading of `project`: (code, name, load) of the
        jurors of its panel, free of conflict with it and not reading it yet."""
        matrix = self.matrix
        if matrix is None:
            return []
        target = next((p for p in matrix.projects if p.code == project), None)
        if target is None:
            return []
        return [(j.code, j.name, matrix.load(j.code)) for j in matrix.jurors
                if j.code != juror and target.category in j.panels
                and (j.code, project) not in matrix.conflicts
                and (j.code, project) not in matrix.pairs]

    def swap_selected(self) -> bool:
        pair, row = self.current_pair(), self.stage()
        if pair is None or self.matrix is None or pair not in self.matrix.pairs \
                or row is None or row.state == "closed":
            return False
        juror, project = pair
        candidates = self.swap_candidates(juror, project)
        if not candidates:
            self.show_information(self.tr("Swap a reader"), self.tr(
                "No other juror of the panel is free to read project {project}.").format(
                project=project))
            return False
        labels = [self.tr("{code}  {name} (reads {load})").format(code=c, name=n, load=load)
                  for c, n, load in candidates]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Swap a reader"),
            self.tr("Who reads project {project} instead of juror {juror}?").format(
                project=project, juror=juror), labels, 0, False)
        if not ok or chosen not in labels:
            return False
        return self.swap(project, juror, candidates[labels.index(chosen)][0])

    def swap(self, project: str, old: str, new: str) -> bool:
        desk, row = self.desk, self.stage()
        if desk is None or desk.year is None or row is None:
            return False
        year, actor, stage = desk.year, desk.actor, row.code
        done = desk.perform(
            step("StagesPage", QT_TRANSLATE_NOOP("StagesPage",
                                                 "Swap the reader of {project}: {old} → {new}"),
                 project=project, old=old, new=new), KIND,
            lambda s: assignment.swap_in(s, year, stage, project, old, new, actor=actor),
            lambda s, _r: assignment.swap_in(s, year, stage, project, new, old, actor=actor))
        if done:
            self.select_pair(new, project)
        return done

    # -- promotion -----------------------------------------------------------------
    def _rule(self, row: StageRow) -> str:
        later = [r for r in self.rows if r.code != row.code]
        index = [r.code for r in self.rows].index(row.code)
        following = self.rows[index + 1] if index + 1 < len(self.rows) else None
        if following is None or not later:
            return self.tr("This is the last stage: promoting it closes the evaluation.")
        name = stage_name(following)
        if row.kind == "screening":
            return self.tr("The projects found eligible go on to {next}.").format(next=name)
        if row.shortlist is None:
            return self.tr("Every project goes on to {next}.").format(next=name)
        return self.tr("The best %n project(s) of each category go on to {next} (every "
                       "project tied at the cut goes too).", "", row.shortlist).format(
            next=name)

    def promote(self) -> bool:
        """Promote the open stage after confirmation; a second one names the jurors who
        have not submitted (or the undecided projects), then forces."""
        desk, row = self.desk, self.stage()
        if desk is None or desk.year is None or row is None or row.state != "open":
            return False
        if not self.confirm(self.tr("Promote to the next stage"), self.tr(
                "Close the stage {stage} and open the next one? {rule}").format(
                stage=stage_name(row), rule=self._rule(row))):
            return False
        blockers = stage_flow.promotion_blockers(desk.database, desk.year, row.code)
        force = False
        if blockers.jurors:
            names = "\n".join(f"{code}  {name}" for code, name in blockers.jurors)
            if not self.confirm(self.tr("Promote to the next stage"), self.tr(
                    "These jurors have not submitted their marks for this stage:\n{names}\n\n"
                    "Promote all the same?").format(names=names)):
                return False
            force = True
        if blockers.undecided:
            if not self.confirm(self.tr("Promote to the next stage"), self.tr(
                    "These projects have no eligibility decision and will go on as "
                    "eligible: {projects}. Promote all the same?").format(
                    projects=", ".join(blockers.undecided))):
                return False
            force = True
        year, actor, stage = desk.year, desk.actor, row.code
        return desk.perform(
            step("StagesPage", QT_TRANSLATE_NOOP("StagesPage", "Promote the stage {stage}"),
                 stage=stage), KIND,
            lambda s: stage_flow.promote_in(s, year, stage, force=force, actor=actor),
            lambda s, _p: stage_flow.undo_promote_in(s, year, stage, actor=actor))

    # -- language ------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "matrix_model"):
            self.ui.retranslateUi(self)
            if self.desk is not None and self.desk.edition is not None:
                self.load()
        super().changeEvent(event)
