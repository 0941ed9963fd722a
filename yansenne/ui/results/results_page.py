"""The results page: the ranking under any method, its figures, and why each project
stands where it does.

Reading the edition and every computation run off the UI thread (`run_task`);
the page keeps the edition's snapshot between runs, so changing the method or the
ranking shown only recomputes. A result that arrives after the user has asked
for something else is dropped (each request carries a number).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from yansenne import scoring
from yansenne.domain import preliminary
from yansenne.domain import results as C
from yansenne.i18n import format_count, pick
from yansenne.reports import readings
from yansenne.reports.standings import reason_text
from yansenne.scoring import catalogue
from yansenne.store.database import Database
from yansenne.ui import i18n
from yansenne.ui.forms.ui_results_page import Ui_ResultsPage
from yansenne.ui.results.charts import (
    ON_TOTALS_SCALE,
    LeniencyChart,
    ScoreChart,
    UncertaintyChart,
)
from yansenne.ui.results.models import (
    PROJECT_ROLE,
    CriteriaModel,
    CriterionRow,
    JurorPartRow,
    JurorPartsModel,
    LeniencyModel,
    LeniencyRow,
    MethodsModel,
    MethodsRow,
    RankingColumn,
    RankingModel,
    RankingRow,
    SortProxy,
    figure,
)
from yansenne.ui.results.notices import NotesLabel, WarningBanner
from yansenne.ui.results.preliminary_view import PreliminaryView
from yansenne.ui.tasks import Progress, run_task

EMPTY_PAGE, RESULTS_PAGE = 0, 1
INDISTINCT_NOTE = "indistinct_places"  # the core's note on places the draws do not separate
RANKING_SHARE = 52  # percent of the width the ranking takes at first
FIT_SAMPLE = 200  # rows measured when fitting columns (a large edition has a thousand)
TITLE_WIDTH = 200  # the title column's least width before it stretches
UNCERTAINTY_TAB = 1  # right after the scores
COMPARED_WITH = "adjusted"  # the method every ranking is set beside
COMPARED_WITH_ADJUSTED = "mean"  # ... and the one `adjusted` itself is set beside
OVERALL_DATA = "__overall__"


class ResultsPage(QWidget):
    """Standalone page: give it the database, then `set_edition(year)`."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ResultsPage()
        self.ui.setupUi(self)
        self._db = db
        self._year: int | None = None
        self._loaded: C.Loaded | None = None
        self._results: C.ScopeResults | None = None
        self._explained: C.Explained | None = None
        self._request = 0
        self._explain_request = 0
        self._revisions_request = 0
        self._pending = 0
        self._setup_models()
        self._setup_charts()
        self._setup_notices()
        self._setup_agreement()
        self._fill_methods()
        self._connect()
        for heading in (self.ui.criteriaHeading, self.ui.jurorPartsHeading, self.ui.wName,
                        self.ui.iccName, self.iccKName, self.ui.alphaName):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self._sized = False
        self._titles: dict[QTableView, int] = {}
        self._retranslate()
        self._show_empty()

    # -- construction --------------------------------------------------------------
    def _setup_models(self) -> None:
        self.ranking_model = RankingModel(self)
        self.leniency_model = LeniencyModel(self)
        self.methods_model = MethodsModel(self)
        self.criteria_model = CriteriaModel(self)
        self.juror_parts_model = JurorPartsModel(self)
        pairs = ((self.ui.rankingView, self.ranking_model),
                 (self.ui.leniencyView, self.leniency_model),
                 (self.ui.methodsView, self.methods_model),
                 (self.ui.criteriaView, self.criteria_model),
                 (self.ui.jurorPartsView, self.juror_parts_model))
        self.proxies: dict[QTableView, SortProxy] = {}
        for view, model in pairs:
            proxy = SortProxy(self)
            proxy.setSourceModel(model)
            view.setModel(proxy)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
            header.setResizeContentsPrecision(FIT_SAMPLE)
            self.proxies[view] = proxy
        self.ui.rankingView.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.ui.methodsView.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def _setup_charts(self) -> None:
        self.score_chart = ScoreChart(self.ui.scoresTab)
        self.ui.scoresLayout.insertWidget(0, self.score_chart, 1)
        self.leniency_chart = LeniencyChart(self.ui.jurorsTab)
        self.ui.jurorsLayout.insertWidget(1, self.leniency_chart, 3)
        self.ui.jurorsLayout.setStretch(2, 2)
        self.uncertainty_tab = QWidget()
        self.uncertainty_tab.setObjectName("uncertaintyTab")
        layout = QVBoxLayout(self.uncertainty_tab)
        self.uncertainty_chart = UncertaintyChart(self.uncertainty_tab)
        self.uncertainty_chart.setObjectName("uncertaintyChart")
        self.uncertainty_chart.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.uncertainty_note = NotesLabel(self.uncertainty_tab)
        self.uncertainty_note.setObjectName("uncertaintyNote")
        layout.addWidget(self.uncertainty_chart, 1)
        layout.addWidget(self.uncertainty_note)
        self.ui.tabs.insertTab(UNCERTAINTY_TAB, self.uncertainty_tab, "")
        self.preliminary_view = PreliminaryView()
        self.ui.tabs.addTab(self.preliminary_view, "")  # an edition with stages only
        self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(self.preliminary_view), False)

    def _setup_notices(self) -> None:
        """The overall ranking's warning above everything; the ranking's notes under it."""
        self.warning_banner = WarningBanner(self.ui.resultsPage)
        self.ui.resultsLayout.insertWidget(0, self.warning_banner)
        self.ui.resultsLayout.setStretchFactor(self.ui.splitter, 1)  # the banner stays thin
        self.notes_label = NotesLabel(self.ui.leftPane)
        self.notes_label.setObjectName("notesLabel")
        at = self.ui.leftLayout.indexOf(self.ui.unrankedLabel) + 1
        self.ui.leftLayout.insertWidget(at, self.notes_label)

    def _setup_agreement(self) -> None:
        """ICC(2,k) under ICC(2,1), then what W rests on, then the figures resting on too
        little (the form's basis line)."""
        grid = self.ui.agreementLayout
        box = self.ui.agreementBox
        grid.removeWidget(self.ui.basisLabel)
        self.iccKName, self.iccKValue, self.iccKReading = (QLabel(box) for _ in range(3))
        self.iccKValue.setAlignment(self.ui.iccValue.alignment())
        self.iccKReading.setWordWrap(True)
        self.wBasisLabel = QLabel(box)
        self.wBasisLabel.setWordWrap(True)
        self.wBasisLabel.setObjectName("wBasisLabel")
        alpha = (self.ui.alphaName, self.ui.alphaValue, self.ui.alphaReading)
        for column, (panel, rest) in enumerate(zip(
                (self.iccKName, self.iccKValue, self.iccKReading), alpha, strict=True)):
            grid.removeWidget(rest)
            grid.addWidget(panel, 2, column)
            grid.addWidget(rest, 3, column)
        grid.addWidget(self.wBasisLabel, 4, 0, 1, 3)
        grid.addWidget(self.ui.basisLabel, 5, 0, 1, 3)

    def _fill_methods(self) -> None:
        for method in scoring.METHODS:
            self.ui.methodCombo.addItem("", method)

    def _connect(self) -> None:
        self.ui.methodCombo.currentIndexChanged.connect(self._method_chosen)
        self.ui.trimSpin.valueChanged.connect(lambda _v: self.recompute())
        self.ui.scopeCombo.currentIndexChanged.connect(lambda _i: self.recompute())
        self.ui.rankingView.selectionModel().currentRowChanged.connect(self._project_chosen)

    # -- public API ----------------------------------------------------------------
    def set_edition(self, year: int | None) -> None:
        """Show edition `year` (None: nothing), reading it anew."""
        self._year = year
        self._loaded = self._results = self._explained = None
        self._request += 1
        self._revisions_request += 1
        self._show_revisions(None)
        if year is None:
            self._show_empty()
            return
        request = self._request
        self._set_busy(True)
        run_task(self, lambda _p: C.load_edition(self._db, year),
                 title=self.tr("Reading the edition"),
                 on_success=lambda loaded: self._loaded_edition(request, loaded),
                 on_failure=lambda error, _t: self._failed(request, error),
                 on_cancel=lambda: self._cancelled(request))

    def set_database(self, db: Database) -> None:
        """Work on another database (the window opened one): read the edition anew."""
        self._db = db
        self.reload()

    def reload(self) -> None:
        """Read the scores again (after they changed)."""
        self.set_edition(self._year)

    def year(self) -> int | None:
        return self._year

    def method(self) -> str:
        return str(self.ui.methodCombo.currentData() or scoring.DEFAULT_METHOD)

    def scope(self) -> str | None:
        data = self.ui.scopeCombo.currentData()
        return None if data in (None, OVERALL_DATA) else str(data)

    def results(self) -> C.ScopeResults | None:
        """What the page shows now (None while nothing is computed)."""
        return self._results

    def explained(self) -> C.Explained | None:
        return self._explained

    def busy(self) -> bool:
        return self._pending > 0

    def select_project(self, code: str) -> bool:
        view = self.ui.rankingView
        proxy = self.proxies[view]
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(PROJECT_ROLE) == code:
                view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def recompute(self) -> None:
        """Rank the chosen scope under the chosen method, off the UI thread."""
        loaded = self._loaded
        if loaded is None:
            return
        self._request += 1
        request = self._request
        scope, method, trim = self.scope(), self.method(), self.ui.trimSpin.value()
        self._set_busy(True)

        def work(progress: Progress) -> C.ScopeResults:
            return C.compute_scope(loaded, scope, method, trim, progress)

        run_task(self, work, title=self.tr("Computing the ranking"),
                 on_success=lambda results: self._computed(request, results),
                 on_failure=lambda error, _t: self._failed(request, error),
                 on_cancel=lambda: self._cancelled(request))
        self._compare_preliminary(loaded.info.year, method, trim)

    def revisions(self) -> preliminary.Revisions | None:
        """The preliminary and final marks shown (None: none, or not read yet)."""
        return self.preliminary_view.revisions

    def _compare_preliminary(self, year: int, method: str, trim: int) -> None:
        """Set the last stage's preliminary marks beside its final ones, off the UI thread
        (an edition without stages, or before any submission, gives nothing to show)."""
        self._revisions_request += 1
        request = self._revisions_request
        lang = i18n.current_language()
        self._set_busy(True)
        run_task(self, lambda _p: preliminary.revisions(self._db, year, method=method,
                                                         trim=trim, lang=lang),
                 title=self.tr("Comparing the preliminary and final marks"),
                 on_success=lambda revisions: self._revised(request, revisions),
                 on_failure=lambda error, _t: self._revisions_failed(request, error),
                 on_cancel=lambda: self._set_busy(False))

    def _revised(self, request: int, revisions: preliminary.Revisions) -> None:
        self._set_busy(False)
        if request == self._revisions_request:
            self._show_revisions(revisions)

    def _revisions_failed(self, request: int, error: BaseException) -> None:
        self._set_busy(False)
        if request == self._revisions_request:
            self._show_revisions(None)
            self.ui.statusLabel.setText(self.tr("Could not compare the preliminary and final "
                                                "marks: {error}").format(error=error))

    def _show_revisions(self, revisions: preliminary.Revisions | None) -> None:
        view = self.preliminary_view
        view.show_revisions(revisions, self.scope())
        self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(view), view.has_revisions())

    # -- task results --------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._pending = max(0, self._pending + (1 if busy else -1))
        self._update_status()

    def _loaded_edition(self, request: int, loaded: C.Loaded) -> None:
        self._set_busy(False)
        if request != self._request:
            return
        self._loaded = loaded
        info = loaded.info
        for widget in (self.ui.methodCombo, self.ui.trimSpin, self.ui.scopeCombo):
            widget.blockSignals(True)
        self.ui.methodCombo.setCurrentIndex(max(0, self.ui.methodCombo.findData(info.method)))
        self.ui.trimSpin.setValue(info.trim)
        self._fill_scopes()
        for widget in (self.ui.methodCombo, self.ui.trimSpin, self.ui.scopeCombo):
            widget.blockSignals(False)
        self._update_trim()
        self.ui.stack.setCurrentIndex(RESULTS_PAGE)
        self._share_width()
        self.recompute()

    def _computed(self, request: int, results: C.ScopeResults) -> None:
        self._set_busy(False)
        if request != self._request:
            return
        previous = self._selected_project()
        self._results = results
        self._show_results()
        if not (previous and self.select_project(previous)) and results.ranking.standings:
            self.select_project(results.ranking.standings[0].project)

    def _failed(self, request: int, error: BaseException) -> None:
        self._set_busy(False)
        if request == self._request:
            self.ui.statusLabel.setText(self.tr("Could not compute the ranking: {error}")
                                        .format(error=error))

    def _cancelled(self, request: int) -> None:
        self._set_busy(False)
        if request == self._request:
            self.ui.statusLabel.setText(self.tr("Computation cancelled."))

    # -- showing -------------------------------------------------------------------
    def _share_width(self) -> None:
        """The first time the results show, the ranking gets its share of the width."""
        if self._sized or not self.isVisible():
            return
        self.layout().activate()
        self.ui.resultsPage.layout().activate()
        width = self.ui.splitter.width()
        if width > 200:
            self._sized = True
            left = width * RANKING_SHARE // 100
            self.ui.splitter.setSizes([left, width - left])

    def _show_empty(self) -> None:
        self.ui.stack.setCurrentIndex(EMPTY_PAGE)
        for model in (self.ranking_model, self.leniency_model, self.methods_model,
                      self.criteria_model, self.juror_parts_model):
            model.set_rows([])
        self.warning_banner.show_warning("", "")
        self.notes_label.show_notes([])
        self.ui.scopeCombo.clear()
        self._update_status()

    def _fill_scopes(self) -> None:
        combo = self.ui.scopeCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Overall"), OVERALL_DATA)
        lang = i18n.current_language()
        for code, names in self._loaded.info.categories if self._loaded else ():
            combo.addItem(_in(names, lang) or code, code)
        found = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(0, found))

    def _title(self, code: str) -> str:
        names = self._loaded.info.titles.get(code, {}) if self._loaded else {}
        return _in(names, i18n.current_language())

    def _criterion_names(self) -> dict[str, str]:
        lang = i18n.current_language()
        info = self._loaded.info if self._loaded else None
        return {code: _in(names, lang) or code for code, names in
                (info.criteria.items() if info else ())}

    def _show_results(self) -> None:
        results, loaded = self._results, self._loaded
        if results is None or loaded is None:
            return
        flags = {f.project: f for f in results.sensitivity.laureates}
        self.ranking_model.tips = {
            f.project: text for f in results.sensitivity.laureates
            if (text := readings.laureate_sentence(f, results.sensitivity, results.trim))}
        compared = compared_method(results.method)
        places = results.sensitivity.comparison.places
        known = compared in results.sensitivity.comparison.methods
        self.ranking_model.compared_method = compared
        self.ranking_model.trim = results.trim
        self.ranking_model.set_rows([
            RankingRow(s, self._title(s.project), flags.get(s.project),
                       places.get(s.project, {}).get(compared), known)
            for s in results.ranking.standings])
        self._fit(self.ui.rankingView, title_column=RankingColumn.TITLE)
        self._show_unranked(results)
        self._show_notes(results.ranking)
        self._show_agreement(results.agreement)
        self._show_charts(results)
        self._show_uncertainty(results.ranking)
        self._show_methods(results, flags)
        self._update_status()

    def _show_unranked(self, results: C.ScopeResults) -> None:
        items = [self.tr("{project} ({reason}, {count} totals)").format(
                    project=u.project, reason=reason_text(u.reason), count=u.n_jurors)
                 for u in results.ranking.unranked]
        self.ui.unrankedLabel.setText(self.tr("Not ranked: {items}").format(
            items="; ".join(items)) if items else "")
        self.ui.unrankedLabel.setVisible(bool(items))

    def _show_notes(self, ranking: scoring.Ranking) -> None:
        """The ranking's readings under it (the places the draws do not separate are read
        in full under the uncertainty chart); the overall's warning above the page."""
        lang = i18n.current_language()
        notes = [note.text(lang) for note in ranking.notes if note.code != INDISTINCT_NOTE]
        if any(note.code == INDISTINCT_NOTE for note in ranking.notes):  # read in full there
            notes.append(self.tr("Some of the places 1 to 3 cannot be told apart with this "
                                 "panel: see the Uncertainty tab."))
        self.notes_label.show_notes(notes)
        warn = ranking.scope is None and not ranking.comparable
        reason = ranking.reason.text(lang) if warn and ranking.reason else ""
        if warn and not reason:
            reason = self.tr("The categories' figures cannot be compared.")
        self.warning_banner.show_warning(self.tr("Overall ranking:"), reason)

    def _show_uncertainty(self, ranking: scoring.Ranking) -> None:
        """P(first) and P(top 3) as bars, and in words which prize places the redrawn
        panels do not separate (the core's `indistinct_places` notes)."""
        drawn = self.uncertainty_chart.show_uncertainty(ranking)
        words = []
        if drawn:
            words.append(self.tr(
                "The ranking was recomputed with the jurors drawn again at random (some "
                "twice, some left out): the bars give how often each project came first and "
                "how often in the top 3; the likely places in the ranking span 90 % of those "
                "rankings."))
            total = sum(1 for s in ranking.standings if s.uncertainty is not None)
            if total > drawn:
                words.append(self.tr("The first {shown} of {total} ranked projects.").format(
                    shown=drawn, total=format_count(total)))
            lang = i18n.current_language()
            indistinct = [n.text(lang) for n in ranking.notes if n.code == INDISTINCT_NOTE]
            words += indistinct or [self.tr("No two of the places 1 to 3 are often reversed "
                                            "when the jurors are drawn again.")]
        else:
            words.append(self.tr("No uncertainty was computed for this ranking."))
        self.uncertainty_note.show_notes(words)

    def _show_agreement(self, agreement: scoring.Agreement) -> None:
        ui = self.ui
        rows = ((ui.wName, ui.wValue, ui.wReading), (ui.iccName, ui.iccValue, ui.iccReading),
                (self.iccKName, self.iccKValue, self.iccKReading),
                (ui.alphaName, ui.alphaValue, ui.alphaReading))
        for (name, value, meaning), reading in zip(
                rows, readings.agreement_readings(agreement, panel=True), strict=True):
            name.setText(reading.name)
            value.setText(reading.value)
            meaning.setText(reading.meaning)
        if agreement.icc is not None:
            forms = "\n".join(f"ICC({form}) = {readings.figure(agreement.icc.form(form))}"
                              for form in scoring.ICC_FORMS)
            for widget in rows[1]:
                widget.setToolTip(forms)
            panel = self.tr("How far the panel's mean totals would hold with another panel "
                            "like this one (k = {k} jurors per project on average)").format(
                k=figure(agreement.icc.k, 1))
            for widget in rows[2]:
                widget.setToolTip(panel)
        jurors = self._loaded.info.jurors if self._loaded else {}
        self.wBasisLabel.setText(readings.w_basis(agreement, jurors))
        thin = readings.thin_sentences(agreement)
        ui.basisLabel.setText(" ".join(thin))
        ui.basisLabel.setVisible(bool(thin))

    def _show_charts(self, results: C.ScopeResults) -> None:
        drawn = self.score_chart.show_scores(results.ranking, results.spreads)
        total = len(results.ranking.standings)
        notes = []
        if total > drawn:
            notes.append(self.tr("The first {shown} of {total} ranked projects.").format(
                shown=drawn, total=format_count(total)))
        if results.method in ON_TOTALS_SCALE:
            notes.append(self.tr("Each box spans the jurors' totals of one project (minimum, "
                                 "quartiles, maximum); the dot is the method's figure."))
        else:
            notes.append(self.tr("Each box spans the jurors' totals of one project (minimum, "
                                 "quartiles, maximum); this method's figure is not on that "
                                 "scale, so it is shown in the ranking only."))
        self.ui.scoresNote.setText(" ".join(notes))
        names = self._loaded.info.jurors if self._loaded else {}
        jurors = results.agreement.jurors
        self.leniency_chart.show_leniency([(j.juror, j.leniency) for j in jurors])
        self.leniency_model.set_rows([LeniencyRow(j, names.get(j.juror, "")) for j in jurors])
        self._fit_inside(self.ui.leniencyView, stretch=2)
        self.ui.jurorsNote.setText(self.tr(
            "Leniency: how far a juror's totals sit, on average, from the panel's mean total "
            "of the same projects (points out of 100)."))

    def _show_methods(self, results: C.ScopeResults,
                      flags: dict[str, scoring.LaureateFlag]) -> None:
        sensitivity = results.sensitivity
        self.methods_model.methods = sensitivity.comparison.methods
        self.methods_model.trim = results.trim
        chosen = results.method
        order = [s.project for s in results.ranking.standings]
        order += [code for code in sensitivity.comparison.places if code not in order]
        self.methods_model.set_rows([
            MethodsRow(code, self._title(code), dict(sensitivity.comparison.places[code]),
                       chosen, sensitivity.influence.get(code), flags.get(code))
            for code in order])
        self._fit(self.ui.methodsView, title_column=1)
        paragraphs = [readings.top_three_sentence(sensitivity)]
        fragile = [sentence for flag in sensitivity.laureates
                   if (sentence := readings.laureate_sentence(flag, sensitivity, results.trim))]
        if fragile:
            paragraphs += fragile
        elif sensitivity.laureates:
            paragraphs.append(self.tr("The places 1 to 3 hold under every method and with any "
                                      "one juror left out."))
        paragraphs.append(self.tr("Shaded places differ from the chosen method's; "
                                  "“Without one juror” gives the best and worst place when "
                                  "any one juror is left out."))
        self.ui.flagsLabel.setText("".join(f"<p>{escape(p)}</p>" for p in paragraphs))

    def _fit(self, view: QTableView, title_column: int | None = None) -> None:
        """Columns to their contents; the title takes the room left (its cells elide)."""
        header = view.horizontalHeader()
        header.setStretchLastSection(title_column is None)
        view.resizeColumnsToContents()
        if title_column is not None:
            if view not in self._titles:
                view.viewport().installEventFilter(self)
            self._titles[view] = title_column
            self._fit_title(view)

    def _fit_title(self, view: QTableView) -> None:
        """The title column fills the width the other columns leave, and never gets
        narrower than TITLE_WIDTH (the table then scrolls sideways)."""
        column = self._titles.get(view)
        if column is None:
            return
        header = view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != column)
        view.setColumnWidth(column, max(TITLE_WIDTH, view.viewport().width() - others - 2))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            for view in self._titles:
                if watched is view.viewport():
                    self._fit_title(view)
        return super().eventFilter(watched, event)

    @staticmethod
    def _fit_inside(view: QTableView, stretch: int, fit_rows: bool = False) -> None:
        """Every column visible without scrolling sideways: `stretch` takes what is left;
        with `fit_rows` a short table is only as high as its rows."""
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
        if fit_rows:
            rows = view.model().rowCount()
            view.setMaximumHeight(header.sizeHint().height() + 2 * view.frameWidth()
                                  + rows * view.verticalHeader().defaultSectionSize())

    # -- explanation ---------------------------------------------------------------
    def _selected_project(self) -> str | None:
        index = self.ui.rankingView.currentIndex()
        return index.data(PROJECT_ROLE) if index.isValid() else None

    def _project_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = current.data(PROJECT_ROLE) if current.isValid() else None
        loaded, results = self._loaded, self._results
        if code is None or loaded is None or results is None:
            return
        self._explain_request += 1
        request = self._explain_request
        scope, method, trim = results.scope, results.method, results.trim
        self._set_busy(True)
        run_task(self, lambda _p: C.explain_project(loaded, code, scope, method, trim),
                 title=self.tr("Explaining the ranking"),
                 on_success=lambda explained: self._explained_project(request, explained),
                 on_failure=lambda error, _t: self._failed(self._request, error),
                 on_cancel=lambda: self._set_busy(False))

    def _explained_project(self, request: int, explained: C.Explained) -> None:
        self._set_busy(False)
        if request != self._explain_request:
            return
        self._explained = explained
        self._show_explanation()

    def _show_explanation(self) -> None:
        explained = self._explained
        if explained is None or self._loaded is None:
            return
        e = explained.explanation
        names = self._criterion_names()
        jurors = self._loaded.info.jurors
        trim = self._results.trim if self._results else 1
        reason = reason_text(e.unranked_reason) if e.unranked_reason else None
        sentences = readings.explanation_sentences(e, explained.ranking, criterion_names=names,
                                                   juror_names=jurors, trim=trim, reason=reason)
        head = f"<p><b>{escape(e.project)}</b> — {escape(self._title(e.project))}</p>"
        self.ui.explanationLabel.setText(head + "".join(f"<p>{escape(s)}</p>"
                                                        for s in sentences))
        above = {g.criterion: g.contribution_gap for g in e.above.criteria} if e.above else {}
        below = {g.criterion: g.contribution_gap for g in e.below.criteria} if e.below else {}
        self.criteria_model.neighbours = (e.above.project if e.above else None,
                                          e.below.project if e.below else None)
        self.criteria_model.set_rows([
            CriterionRow(part, names.get(part.criterion, part.criterion),
                         above.get(part.criterion), below.get(part.criterion))
            for part in e.criteria])
        self._fit_inside(self.ui.criteriaView, stretch=0, fit_rows=True)
        self.juror_parts_model.set_rows([JurorPartRow(part, jurors.get(part.juror, ""))
                                         for part in e.jurors])
        self._fit_inside(self.ui.jurorPartsView, stretch=0)

    # -- words ---------------------------------------------------------------------
    def _method_chosen(self, _index: int) -> None:
        self._update_trim()
        self.recompute()

    def _update_trim(self) -> None:
        trimmed = self.method() == "trimmed"
        self.ui.trimSpin.setEnabled(trimmed)
        self.ui.trimLabel.setEnabled(trimmed)

    def _update_status(self) -> None:
        if self.busy():
            self.ui.statusLabel.setText(self.tr("Computing…"))
            return
        info = self._loaded.info if self._loaded else None
        if info is None:
            self.ui.statusLabel.setText("")
            return
        text = self.tr("The edition ranks by: {method}").format(
            method=readings.method_name(info.method, info.trim))
        if info.tie_break:
            rules = ", ".join(readings.rule_name(t, self._criterion_names())
                              for t in info.tie_break)
            text += "  ·  " + self.tr("ties broken by {rules}").format(rules=rules)
        self.ui.statusLabel.setText(text)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.ui.stack.currentIndex() == RESULTS_PAGE:
            self._share_width()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ranking_model"):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        lang = i18n.current_language()
        self.ui.tabs.setTabText(UNCERTAINTY_TAB, self.tr("&Uncertainty"))
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.preliminary_view),
                                self.tr("&Preliminary and final"))
        self.preliminary_view.retranslate()
        self.uncertainty_chart.setAccessibleName(self.tr("Chance of each place"))
        self.uncertainty_note.setAccessibleName(self.tr("How sure the places are"))
        self.notes_label.setAccessibleName(self.tr("Notes on the ranking"))
        self.warning_banner.setAccessibleName(self.tr("Warning"))
        self.warning_banner.text_label.setAccessibleName(self.tr("Warning"))
        self.ui.tabs.setAccessibleName(self.tr("Views of the results"))
        self.ui.rankingView.setAccessibleName(self.tr("Ranking"))
        self.score_chart.setAccessibleName(self.tr("Scores of the ranked projects, as a chart"))
        self.ui.leniencyView.setAccessibleName(self.tr("Leniency of each juror"))
        self.leniency_chart.setAccessibleName(self.tr("Leniency of each juror, as a chart"))
        self.ui.methodsView.setAccessibleName(self.tr("Places under each method"))
        self.ui.criteriaView.setAccessibleName(self.tr("The project's marks by criterion"))
        self.ui.jurorPartsView.setAccessibleName(self.tr("Each juror's part in the score"))
        for i in range(self.ui.methodCombo.count()):
            self.ui.methodCombo.setItemText(
                i, catalogue.title(self.ui.methodCombo.itemData(i), lang))
        if self._loaded is not None:
            self.ui.scopeCombo.blockSignals(True)
            self._fill_scopes()
            self.ui.scopeCombo.blockSignals(False)
        self._show_results()
        self._show_explanation()
        self._update_status()


def compared_method(chosen: str) -> str:
    """The method a ranking is set beside: `adjusted`, or `mean` for `adjusted` itself."""
    return COMPARED_WITH_ADJUSTED if chosen == COMPARED_WITH else COMPARED_WITH


def _in(names: dict[str, str], lang: str) -> str:
    """A name in `lang`, else in another language (as `pick` does for records)."""
    return pick(_Names(names), "name", lang)


class _Names:
    """Adapts a {lang: text} mapping to `pick`'s `name_<lang>` attributes."""

    def __init__(self, names: dict[str, str]) -> None:
        self._names = names

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("name_"):
            return self._names.get(attribute.removeprefix("name_"), "")
        raise AttributeError(attribute)

