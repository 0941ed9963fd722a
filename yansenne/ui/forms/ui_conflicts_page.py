# Generated from ui/conflicts_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_ConflictsPage(object):
    def setupUi(self, ConflictsPage):
        if not ConflictsPage.objectName():
            ConflictsPage.setObjectName(u"ConflictsPage")
        ConflictsPage.resize(1200, 720)
        self.pageLayout = QVBoxLayout(ConflictsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(10)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(ConflictsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(260, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.onlyCheck = QCheckBox(ConflictsPage)
        self.onlyCheck.setObjectName(u"onlyCheck")

        self.filterLayout.addWidget(self.onlyCheck)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.legendLabel = QLabel(ConflictsPage)
        self.legendLabel.setObjectName(u"legendLabel")

        self.filterLayout.addWidget(self.legendLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.conflictsView = QTableView(ConflictsPage)
        self.conflictsView.setObjectName(u"conflictsView")
        self.conflictsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsView.setAlternatingRowColors(True)
        self.conflictsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.conflictsView.setShowGrid(True)
        self.conflictsView.setSortingEnabled(False)
        self.conflictsView.setWordWrap(False)
        self.conflictsView.horizontalHeader().setHighlightSections(False)
        self.conflictsView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.conflictsView)

        self.pairBox = QGroupBox(ConflictsPage)
        self.pairBox.setObjectName(u"pairBox")
        self.pairLayout = QHBoxLayout(self.pairBox)
        self.pairLayout.setSpacing(8)
        self.pairLayout.setObjectName(u"pairLayout")
        self.pairLabel = QLabel(self.pairBox)
        self.pairLabel.setObjectName(u"pairLabel")
        self.pairLabel.setWordWrap(True)
        self.pairLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pairLayout.addWidget(self.pairLabel)

        self.declareButton = QPushButton(self.pairBox)
        self.declareButton.setObjectName(u"declareButton")

        self.pairLayout.addWidget(self.declareButton)

        self.confirmButton = QPushButton(self.pairBox)
        self.confirmButton.setObjectName(u"confirmButton")

        self.pairLayout.addWidget(self.confirmButton)

        self.reasonButton = QPushButton(self.pairBox)
        self.reasonButton.setObjectName(u"reasonButton")

        self.pairLayout.addWidget(self.reasonButton)

        self.withdrawButton = QPushButton(self.pairBox)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.pairLayout.addWidget(self.withdrawButton)


        self.pageLayout.addWidget(self.pairBox)

        self.summaryLabel = QLabel(ConflictsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)


        self.retranslateUi(ConflictsPage)

        QMetaObject.connectSlotsByName(ConflictsPage)
    # setupUi

    def retranslateUi(self, ConflictsPage):
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ConflictsPage", u"Search the projects", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ConflictsPage", u"Search the projects\u2026", None))
        self.onlyCheck.setText(QCoreApplication.translate("ConflictsPage", u"Only projects with a conflict or a suggestion", None))
#if QT_CONFIG(accessibility)
        self.conflictsView.setAccessibleName(QCoreApplication.translate("ConflictsPage", u"Projects and their conflicts of interest", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.conflictsView.setAccessibleDescription(QCoreApplication.translate("ConflictsPage", u"Select a project to see its declared and suggested conflicts", None))
#endif // QT_CONFIG(accessibility)
        self.pairBox.setTitle(QCoreApplication.translate("ConflictsPage", u"Selected pair", None))
        self.declareButton.setText(QCoreApplication.translate("ConflictsPage", u"Declare a conflict\u2026", None))
        self.confirmButton.setText(QCoreApplication.translate("ConflictsPage", u"Confirm the suggestion", None))
        self.reasonButton.setText(QCoreApplication.translate("ConflictsPage", u"Change the reason\u2026", None))
        self.withdrawButton.setText(QCoreApplication.translate("ConflictsPage", u"Withdraw", None))
        pass
    # retranslateUi

