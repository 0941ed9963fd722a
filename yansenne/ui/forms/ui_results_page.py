# Generated from ui/results_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'results_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QStackedWidget, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ResultsPage(object):
    def setupUi(self, ResultsPage):
        if not ResultsPage.objectName():
            ResultsPage.setObjectName(u"ResultsPage")
        ResultsPage.resize(1280, 800)
        self.pageLayout = QVBoxLayout(ResultsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(10, 8, 10, 8)
        self.controlsLayout = QHBoxLayout()
        self.controlsLayout.setSpacing(8)
        self.controlsLayout.setObjectName(u"controlsLayout")
        self.methodLabel = QLabel(ResultsPage)
        self.methodLabel.setObjectName(u"methodLabel")

        self.controlsLayout.addWidget(self.methodLabel)

        self.methodCombo = QComboBox(ResultsPage)
        self.methodCombo.setObjectName(u"methodCombo")
        self.methodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controlsLayout.addWidget(self.methodCombo)

        self.trimLabel = QLabel(ResultsPage)
        self.trimLabel.setObjectName(u"trimLabel")

        self.controlsLayout.addWidget(self.trimLabel)

        self.trimSpin = QSpinBox(ResultsPage)
        self.trimSpin.setObjectName(u"trimSpin")
        self.trimSpin.setMinimum(0)
        self.trimSpin.setMaximum(20)
        self.trimSpin.setValue(1)

        self.controlsLayout.addWidget(self.trimSpin)

        self.controlsGap = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.controlsLayout.addItem(self.controlsGap)

        self.scopeLabel = QLabel(ResultsPage)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.controlsLayout.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(ResultsPage)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controlsLayout.addWidget(self.scopeCombo)

        self.controlsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controlsLayout.addItem(self.controlsSpacer)

        self.statusLabel = QLabel(ResultsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.controlsLayout.addWidget(self.statusLabel)


        self.pageLayout.addLayout(self.controlsLayout)

        self.stack = QStackedWidget(ResultsPage)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.resultsPage = QWidget()
        self.resultsPage.setObjectName(u"resultsPage")
        self.resultsLayout = QVBoxLayout(self.resultsPage)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.resultsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setSpacing(6)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.rankingView = QTableView(self.leftPane)
        self.rankingView.setObjectName(u"rankingView")
        self.rankingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rankingView.setAlternatingRowColors(True)
        self.rankingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rankingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rankingView.setSortingEnabled(True)
        self.rankingView.setWordWrap(False)
        self.rankingView.verticalHeader().setVisible(False)

        self.leftLayout.addWidget(self.rankingView)

        self.unrankedLabel = QLabel(self.leftPane)
        self.unrankedLabel.setObjectName(u"unrankedLabel")
        self.unrankedLabel.setWordWrap(True)

        self.leftLayout.addWidget(self.unrankedLabel)

        self.agreementBox = QGroupBox(self.leftPane)
        self.agreementBox.setObjectName(u"agreementBox")
        self.agreementLayout = QGridLayout(self.agreementBox)
        self.agreementLayout.setObjectName(u"agreementLayout")
        self.agreementLayout.setHorizontalSpacing(12)
        self.agreementLayout.setVerticalSpacing(4)
        self.wName = QLabel(self.agreementBox)
        self.wName.setObjectName(u"wName")

        self.agreementLayout.addWidget(self.wName, 0, 0, 1, 1)

        self.wValue = QLabel(self.agreementBox)
        self.wValue.setObjectName(u"wValue")
        self.wValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.agreementLayout.addWidget(self.wValue, 0, 1, 1, 1)

        self.wReading = QLabel(self.agreementBox)
        self.wReading.setObjectName(u"wReading")
        self.wReading.setWordWrap(True)

        self.agreementLayout.addWidget(self.wReading, 0, 2, 1, 1)

        self.iccName = QLabel(self.agreementBox)
        self.iccName.setObjectName(u"iccName")

        self.agreementLayout.addWidget(self.iccName, 1, 0, 1, 1)

        self.iccValue = QLabel(self.agreementBox)
        self.iccValue.setObjectName(u"iccValue")
        self.iccValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.agreementLayout.addWidget(self.iccValue, 1, 1, 1, 1)

        self.iccReading = QLabel(self.agreementBox)
        self.iccReading.setObjectName(u"iccReading")
        self.iccReading.setWordWrap(True)

        self.agreementLayout.addWidget(self.iccReading, 1, 2, 1, 1)

        self.alphaName = QLabel(self.agreementBox)
        self.alphaName.setObjectName(u"alphaName")

        self.agreementLayout.addWidget(self.alphaName, 2, 0, 1, 1)

        self.alphaValue = QLabel(self.agreementBox)
        self.alphaValue.setObjectName(u"alphaValue")
        self.alphaValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.agreementLayout.addWidget(self.alphaValue, 2, 1, 1, 1)

        self.alphaReading = QLabel(self.agreementBox)
        self.alphaReading.setObjectName(u"alphaReading")
        self.alphaReading.setWordWrap(True)

        self.agreementLayout.addWidget(self.alphaReading, 2, 2, 1, 1)

        self.basisLabel = QLabel(self.agreementBox)
        self.basisLabel.setObjectName(u"basisLabel")
        self.basisLabel.setWordWrap(True)

        self.agreementLayout.addWidget(self.basisLabel, 3, 0, 1, 3)


        self.leftLayout.addWidget(self.agreementBox)

        self.splitter.addWidget(self.leftPane)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.scoresTab = QWidget()
        self.scoresTab.setObjectName(u"scoresTab")
        self.scoresLayout = QVBoxLayout(self.scoresTab)
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.scoresNote = QLabel(self.scoresTab)
        self.scoresNote.setObjectName(u"scoresNote")
        self.scoresNote.setWordWrap(True)

        self.scoresLayout.addWidget(self.scoresNote)

        self.tabs.addTab(self.scoresTab, "")
        self.jurorsTab = QWidget()
        self.jurorsTab.setObjectName(u"jurorsTab")
        self.jurorsLayout = QVBoxLayout(self.jurorsTab)
        self.jurorsLayout.setObjectName(u"jurorsLayout")
        self.jurorsNote = QLabel(self.jurorsTab)
        self.jurorsNote.setObjectName(u"jurorsNote")
        self.jurorsNote.setWordWrap(True)

        self.jurorsLayout.addWidget(self.jurorsNote)

        self.leniencyView = QTableView(self.jurorsTab)
        self.leniencyView.setObjectName(u"leniencyView")
        self.leniencyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.leniencyView.setAlternatingRowColors(True)
        self.leniencyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leniencyView.setSortingEnabled(True)
        self.leniencyView.verticalHeader().setVisible(False)

        self.jurorsLayout.addWidget(self.leniencyView)

        self.tabs.addTab(self.jurorsTab, "")
        self.methodsTab = QWidget()
        self.methodsTab.setObjectName(u"methodsTab")
        self.methodsLayout = QVBoxLayout(self.methodsTab)
        self.methodsLayout.setObjectName(u"methodsLayout")
        self.flagsLabel = QLabel(self.methodsTab)
        self.flagsLabel.setObjectName(u"flagsLabel")
        self.flagsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.flagsLabel.setWordWrap(True)

        self.methodsLayout.addWidget(self.flagsLabel)

        self.methodsView = QTableView(self.methodsTab)
        self.methodsView.setObjectName(u"methodsView")
        self.methodsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.methodsView.setAlternatingRowColors(True)
        self.methodsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.methodsView.setSortingEnabled(True)
        self.methodsView.verticalHeader().setVisible(False)

        self.methodsLayout.addWidget(self.methodsView)

        self.tabs.addTab(self.methodsTab, "")
        self.explanationTab = QWidget()
        self.explanationTab.setObjectName(u"explanationTab")
        self.explanationLayout = QVBoxLayout(self.explanationTab)
        self.explanationLayout.setObjectName(u"explanationLayout")
        self.explanationLabel = QLabel(self.explanationTab)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setTextFormat(Qt.TextFormat.RichText)
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.explanationLayout.addWidget(self.explanationLabel)

        self.criteriaHeading = QLabel(self.explanationTab)
        self.criteriaHeading.setObjectName(u"criteriaHeading")

        self.explanationLayout.addWidget(self.criteriaHeading)

        self.criteriaView = QTableView(self.explanationTab)
        self.criteriaView.setObjectName(u"criteriaView")
        self.criteriaView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.criteriaView.setAlternatingRowColors(True)
        self.criteriaView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.criteriaView.verticalHeader().setVisible(False)

        self.explanationLayout.addWidget(self.criteriaView)

        self.jurorPartsHeading = QLabel(self.explanationTab)
        self.jurorPartsHeading.setObjectName(u"jurorPartsHeading")

        self.explanationLayout.addWidget(self.jurorPartsHeading)

        self.jurorPartsView = QTableView(self.explanationTab)
        self.jurorPartsView.setObjectName(u"jurorPartsView")
        self.jurorPartsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jurorPartsView.setAlternatingRowColors(True)
        self.jurorPartsView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.jurorPartsView.setSortingEnabled(True)
        self.jurorPartsView.verticalHeader().setVisible(False)

        self.explanationLayout.addWidget(self.jurorPartsView)

        self.tabs.addTab(self.explanationTab, "")
        self.splitter.addWidget(self.tabs)

        self.resultsLayout.addWidget(self.splitter)

        self.stack.addWidget(self.resultsPage)

        self.pageLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.methodLabel.setBuddy(self.methodCombo)
        self.trimLabel.setBuddy(self.trimSpin)
        self.scopeLabel.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResultsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ResultsPage)
    # setupUi

    def retranslateUi(self, ResultsPage):
        self.methodLabel.setText(QCoreApplication.translate("ResultsPage", u"&Method:", None))
        self.trimLabel.setText(QCoreApplication.translate("ResultsPage", u"&K:", None))
#if QT_CONFIG(tooltip)
        self.trimLabel.setToolTip(QCoreApplication.translate("ResultsPage", u"How many of the highest and of the lowest totals the trimmed mean leaves out", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.trimSpin.setToolTip(QCoreApplication.translate("ResultsPage", u"How many of the highest and of the lowest totals the trimmed mean leaves out", None))
#endif // QT_CONFIG(tooltip)
        self.scopeLabel.setText(QCoreApplication.translate("ResultsPage", u"&Ranking:", None))
        self.statusLabel.setText("")
        self.emptyLabel.setText(QCoreApplication.translate("ResultsPage", u"No edition to rank.", None))
        self.unrankedLabel.setText("")
        self.agreementBox.setTitle(QCoreApplication.translate("ResultsPage", u"Agreement among the jurors", None))
        self.wName.setText("")
        self.wValue.setText("")
        self.wReading.setText("")
        self.iccName.setText("")
        self.iccValue.setText("")
        self.iccReading.setText("")
        self.alphaName.setText("")
        self.alphaValue.setText("")
        self.alphaReading.setText("")
        self.basisLabel.setText("")
        self.scoresNote.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.scoresTab), QCoreApplication.translate("ResultsPage", u"Scores", None))
        self.jurorsNote.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.jurorsTab), QCoreApplication.translate("ResultsPage", u"Jurors", None))
        self.flagsLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.methodsTab), QCoreApplication.translate("ResultsPage", u"Methods compared", None))
        self.explanationLabel.setText(QCoreApplication.translate("ResultsPage", u"Select a project in the ranking to see why it stands where it does.", None))
        self.criteriaHeading.setText(QCoreApplication.translate("ResultsPage", u"By criterion", None))
        self.jurorPartsHeading.setText(QCoreApplication.translate("ResultsPage", u"By juror", None))
        self.tabs.setTabText(self.tabs.indexOf(self.explanationTab), QCoreApplication.translate("ResultsPage", u"Explanation", None))
        pass
    # retranslateUi

