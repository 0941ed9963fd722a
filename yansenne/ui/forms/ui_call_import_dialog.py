# Generated from ui/call_import_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_import_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QSplitter, QTableView, QVBoxLayout)

class Ui_CallImportDialog(object):
    def setupUi(self, CallImportDialog):
        if not CallImportDialog.objectName():
            CallImportDialog.setObjectName(u"CallImportDialog")
        CallImportDialog.resize(1000, 720)
        self.dialogLayout = QVBoxLayout(CallImportDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 12)
        self.fileLabel = QLabel(CallImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.fileLabel)

        self.splitter = QSplitter(CallImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.topSplitter = QSplitter(self.splitter)
        self.topSplitter.setObjectName(u"topSplitter")
        self.topSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.topSplitter.setChildrenCollapsible(False)
        self.mappingGroup = QGroupBox(self.topSplitter)
        self.mappingGroup.setObjectName(u"mappingGroup")
        self.mappingLayout = QVBoxLayout(self.mappingGroup)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingHint = QLabel(self.mappingGroup)
        self.mappingHint.setObjectName(u"mappingHint")
        self.mappingHint.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingHint)

        self.mappingView = QTableView(self.mappingGroup)
        self.mappingView.setObjectName(u"mappingView")
        self.mappingView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mappingView.setAlternatingRowColors(True)
        self.mappingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mappingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.mappingView.setShowGrid(True)
        self.mappingView.setSortingEnabled(False)
        self.mappingView.setWordWrap(False)
        self.mappingView.horizontalHeader().setHighlightSections(False)
        self.mappingView.verticalHeader().setVisible(False)

        self.mappingLayout.addWidget(self.mappingView)

        self.topSplitter.addWidget(self.mappingGroup)
        self.valuesGroup = QGroupBox(self.topSplitter)
        self.valuesGroup.setObjectName(u"valuesGroup")
        self.valuesLayout = QVBoxLayout(self.valuesGroup)
        self.valuesLayout.setObjectName(u"valuesLayout")
        self.valuesHint = QLabel(self.valuesGroup)
        self.valuesHint.setObjectName(u"valuesHint")
        self.valuesHint.setWordWrap(True)

        self.valuesLayout.addWidget(self.valuesHint)

        self.valuesView = QTableView(self.valuesGroup)
        self.valuesView.setObjectName(u"valuesView")
        self.valuesView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.valuesView.setAlternatingRowColors(True)
        self.valuesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.valuesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.valuesView.setSortingEnabled(False)
        self.valuesView.setWordWrap(False)
        self.valuesView.horizontalHeader().setHighlightSections(False)
        self.valuesView.verticalHeader().setVisible(False)

        self.valuesLayout.addWidget(self.valuesView)

        self.topSplitter.addWidget(self.valuesGroup)
        self.splitter.addWidget(self.topSplitter)
        self.rowsGroup = QGroupBox(self.splitter)
        self.rowsGroup.setObjectName(u"rowsGroup")
        self.rowsLayout = QVBoxLayout(self.rowsGroup)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.rowsView = QTableView(self.rowsGroup)
        self.rowsView.setObjectName(u"rowsView")
        self.rowsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rowsView.setAlternatingRowColors(True)
        self.rowsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rowsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rowsView.setShowGrid(False)
        self.rowsView.setSortingEnabled(False)
        self.rowsView.setWordWrap(False)
        self.rowsView.horizontalHeader().setHighlightSections(False)
        self.rowsView.verticalHeader().setVisible(False)

        self.rowsLayout.addWidget(self.rowsView)

        self.splitter.addWidget(self.rowsGroup)

        self.dialogLayout.addWidget(self.splitter)

        self.skipInvalidCheck = QCheckBox(CallImportDialog)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.dialogLayout.addWidget(self.skipInvalidCheck)

        self.problemsLabel = QLabel(CallImportDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(12)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.summaryLabel = QLabel(CallImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(CallImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomLayout)


        self.retranslateUi(CallImportDialog)
        self.buttonBox.rejected.connect(CallImportDialog.reject)

        QMetaObject.connectSlotsByName(CallImportDialog)
    # setupUi

    def retranslateUi(self, CallImportDialog):
        CallImportDialog.setWindowTitle(QCoreApplication.translate("CallImportDialog", u"Import the call's spreadsheet", None))
        self.mappingGroup.setTitle(QCoreApplication.translate("CallImportDialog", u"Columns of the file", None))
        self.mappingHint.setText(QCoreApplication.translate("CallImportDialog", u"Choose the field each column of the file fills, or leave it ignored. Code, category and title (FR) are required.", None))
#if QT_CONFIG(accessibility)
        self.mappingView.setAccessibleName(QCoreApplication.translate("CallImportDialog", u"Columns of the file", None))
#endif // QT_CONFIG(accessibility)
        self.valuesGroup.setTitle(QCoreApplication.translate("CallImportDialog", u"Values written differently", None))
#if QT_CONFIG(accessibility)
        self.valuesView.setAccessibleName(QCoreApplication.translate("CallImportDialog", u"Values written differently", None))
#endif // QT_CONFIG(accessibility)
        self.rowsGroup.setTitle(QCoreApplication.translate("CallImportDialog", u"Rows, as they would be imported", None))
#if QT_CONFIG(accessibility)
        self.rowsView.setAccessibleName(QCoreApplication.translate("CallImportDialog", u"Rows, as they would be imported", None))
#endif // QT_CONFIG(accessibility)
        self.skipInvalidCheck.setText(QCoreApplication.translate("CallImportDialog", u"Import the valid rows &only, and save the refused ones in a file to fix and import later", None))
    # retranslateUi

