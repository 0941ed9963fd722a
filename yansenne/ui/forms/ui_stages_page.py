# Generated from ui/stages_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stages_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_StagesPage(object):
    def setupUi(self, StagesPage):
        if not StagesPage.objectName():
            StagesPage.setObjectName(u"StagesPage")
        StagesPage.resize(1200, 720)
        self.pageLayout = QVBoxLayout(StagesPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.switchLayout = QHBoxLayout()
        self.switchLayout.setSpacing(8)
        self.switchLayout.setObjectName(u"switchLayout")
        self.stageLabel = QLabel(StagesPage)
        self.stageLabel.setObjectName(u"stageLabel")

        self.switchLayout.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(StagesPage)
        self.stageCombo.setObjectName(u"stageCombo")
        self.stageCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.switchLayout.addWidget(self.stageCombo)

        self.stateLabel = QLabel(StagesPage)
        self.stateLabel.setObjectName(u"stateLabel")

        self.switchLayout.addWidget(self.stateLabel)

        self.switchSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.switchLayout.addItem(self.switchSpacer)

        self.promoteButton = QPushButton(StagesPage)
        self.promoteButton.setObjectName(u"promoteButton")

        self.switchLayout.addWidget(self.promoteButton)


        self.pageLayout.addLayout(self.switchLayout)

        self.stagesView = QTableView(StagesPage)
        self.stagesView.setObjectName(u"stagesView")
        self.stagesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stagesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stagesView.setWordWrap(False)
        self.stagesView.setTabKeyNavigation(False)
        self.stagesView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.stagesView)

        self.modeStack = QStackedWidget(StagesPage)
        self.modeStack.setObjectName(u"modeStack")
        self.singlePage = QWidget()
        self.singlePage.setObjectName(u"singlePage")
        self.singleLayout = QVBoxLayout(self.singlePage)
        self.singleLayout.setObjectName(u"singleLayout")
        self.singleLayout.setContentsMargins(0, 0, 0, 0)
        self.singleLabel = QLabel(self.singlePage)
        self.singleLabel.setObjectName(u"singleLabel")
        self.singleLabel.setWordWrap(True)
        self.singleLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.singleLayout.addWidget(self.singleLabel)

        self.modeStack.addWidget(self.singlePage)
        self.screeningPage = QWidget()
        self.screeningPage.setObjectName(u"screeningPage")
        self.screeningLayout = QVBoxLayout(self.screeningPage)
        self.screeningLayout.setSpacing(6)
        self.screeningLayout.setObjectName(u"screeningLayout")
        self.screeningLayout.setContentsMargins(0, 0, 0, 0)
        self.screeningLabel = QLabel(self.screeningPage)
        self.screeningLabel.setObjectName(u"screeningLabel")
        self.screeningLabel.setWordWrap(True)

        self.screeningLayout.addWidget(self.screeningLabel)

        self.screeningView = QTableView(self.screeningPage)
        self.screeningView.setObjectName(u"screeningView")
        self.screeningView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.screeningView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.screeningView.setWordWrap(False)
        self.screeningView.setTabKeyNavigation(False)
        self.screeningView.verticalHeader().setVisible(False)

        self.screeningLayout.addWidget(self.screeningView)

        self.decisionLayout = QHBoxLayout()
        self.decisionLayout.setSpacing(6)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.eligibleButton = QPushButton(self.screeningPage)
        self.eligibleButton.setObjectName(u"eligibleButton")

        self.decisionLayout.addWidget(self.eligibleButton)

        self.ineligibleButton = QPushButton(self.screeningPage)
        self.ineligibleButton.setObjectName(u"ineligibleButton")

        self.decisionLayout.addWidget(self.ineligibleButton)

        self.undecidedButton = QPushButton(self.screeningPage)
        self.undecidedButton.setObjectName(u"undecidedButton")

        self.decisionLayout.addWidget(self.undecidedButton)

        self.decisionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionLayout.addItem(self.decisionSpacer)


        self.screeningLayout.addLayout(self.decisionLayout)

        self.modeStack.addWidget(self.screeningPage)
        self.matrixPage = QWidget()
        self.matrixPage.setObjectName(u"matrixPage")
        self.matrixLayout = QVBoxLayout(self.matrixPage)
        self.matrixLayout.setSpacing(6)
        self.matrixLayout.setObjectName(u"matrixLayout")
        self.matrixLayout.setContentsMargins(0, 0, 0, 0)
        self.matrixLabel = QLabel(self.matrixPage)
        self.matrixLabel.setObjectName(u"matrixLabel")
        self.matrixLabel.setWordWrap(True)

        self.matrixLayout.addWidget(self.matrixLabel)

        self.matrixView = QTableView(self.matrixPage)
        self.matrixView.setObjectName(u"matrixView")
        self.matrixView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrixView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrixView.setWordWrap(False)
        self.matrixView.setTabKeyNavigation(False)
        self.matrixView.verticalHeader().setVisible(False)

        self.matrixLayout.addWidget(self.matrixView)

        self.matrixActions = QHBoxLayout()
        self.matrixActions.setSpacing(6)
        self.matrixActions.setObjectName(u"matrixActions")
        self.legendLabel = QLabel(self.matrixPage)
        self.legendLabel.setObjectName(u"legendLabel")

        self.matrixActions.addWidget(self.legendLabel)

        self.matrixSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matrixActions.addItem(self.matrixSpacer)

        self.allocateButton = QPushButton(self.matrixPage)
        self.allocateButton.setObjectName(u"allocateButton")

        self.matrixActions.addWidget(self.allocateButton)

        self.swapButton = QPushButton(self.matrixPage)
        self.swapButton.setObjectName(u"swapButton")

        self.matrixActions.addWidget(self.swapButton)


        self.matrixLayout.addLayout(self.matrixActions)

        self.modeStack.addWidget(self.matrixPage)

        self.pageLayout.addWidget(self.modeStack)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stageCombo, self.promoteButton)
        QWidget.setTabOrder(self.promoteButton, self.stagesView)
        QWidget.setTabOrder(self.stagesView, self.screeningView)
        QWidget.setTabOrder(self.screeningView, self.eligibleButton)
        QWidget.setTabOrder(self.eligibleButton, self.ineligibleButton)
        QWidget.setTabOrder(self.ineligibleButton, self.undecidedButton)
        QWidget.setTabOrder(self.undecidedButton, self.matrixView)
        QWidget.setTabOrder(self.matrixView, self.allocateButton)
        QWidget.setTabOrder(self.allocateButton, self.swapButton)

        self.retranslateUi(StagesPage)

        QMetaObject.connectSlotsByName(StagesPage)
    # setupUi

    def retranslateUi(self, StagesPage):
        self.stageLabel.setText(QCoreApplication.translate("StagesPage", u"S&tage:", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("StagesPage", u"Stage", None))
#endif // QT_CONFIG(accessibility)
        self.promoteButton.setText(QCoreApplication.translate("StagesPage", u"&Promote to the next stage\u2026", None))
#if QT_CONFIG(accessibility)
        self.stagesView.setAccessibleName(QCoreApplication.translate("StagesPage", u"The edition's stages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stagesView.setAccessibleDescription(QCoreApplication.translate("StagesPage", u"Each stage with its kind, state, projects, readers, marks and how many went on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.screeningView.setAccessibleName(QCoreApplication.translate("StagesPage", u"Eligibility decisions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.screeningView.setAccessibleDescription(QCoreApplication.translate("StagesPage", u"The projects of the screening stage: eligible or not, and why", None))
#endif // QT_CONFIG(accessibility)
        self.eligibleButton.setText(QCoreApplication.translate("StagesPage", u"E&ligible", None))
        self.ineligibleButton.setText(QCoreApplication.translate("StagesPage", u"&Not eligible\u2026", None))
        self.undecidedButton.setText(QCoreApplication.translate("StagesPage", u"&Undecided", None))
#if QT_CONFIG(accessibility)
        self.matrixView.setAccessibleName(QCoreApplication.translate("StagesPage", u"Readers of the stage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.matrixView.setAccessibleDescription(QCoreApplication.translate("StagesPage", u"Jurors by row, projects by column; a dot marks a project the juror reads", None))
#endif // QT_CONFIG(accessibility)
        self.allocateButton.setText(QCoreApplication.translate("StagesPage", u"&Allocate\u2026", None))
        self.swapButton.setText(QCoreApplication.translate("StagesPage", u"S&wap\u2026", None))
        pass
    # retranslateUi

