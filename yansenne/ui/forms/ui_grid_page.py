# Generated from ui/grid_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'grid_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout)

class Ui_GridPage(object):
    def setupUi(self, GridPage):
        if not GridPage.objectName():
            GridPage.setObjectName(u"GridPage")
        GridPage.resize(1200, 720)
        self.pageLayout = QVBoxLayout(GridPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.frozenFrame = QFrame(GridPage)
        self.frozenFrame.setObjectName(u"frozenFrame")
        self.frozenFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frozenLayout = QHBoxLayout(self.frozenFrame)
        self.frozenLayout.setSpacing(8)
        self.frozenLayout.setObjectName(u"frozenLayout")
        self.frozenLayout.setContentsMargins(10, 6, 10, 6)
        self.frozenLabel = QLabel(self.frozenFrame)
        self.frozenLabel.setObjectName(u"frozenLabel")
        self.frozenLabel.setWordWrap(True)

        self.frozenLayout.addWidget(self.frozenLabel)

        self.unfreezeButton = QPushButton(self.frozenFrame)
        self.unfreezeButton.setObjectName(u"unfreezeButton")

        self.frozenLayout.addWidget(self.unfreezeButton)

        self.freezeButton = QPushButton(self.frozenFrame)
        self.freezeButton.setObjectName(u"freezeButton")

        self.frozenLayout.addWidget(self.freezeButton)


        self.pageLayout.addWidget(self.frozenFrame)

        self.splitter = QSplitter(GridPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.categoriesBox = QGroupBox(self.splitter)
        self.categoriesBox.setObjectName(u"categoriesBox")
        self.categoriesLayout = QVBoxLayout(self.categoriesBox)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoriesView = QTableView(self.categoriesBox)
        self.categoriesView.setObjectName(u"categoriesView")
        self.categoriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categoriesView.setAlternatingRowColors(True)
        self.categoriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categoriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categoriesView.setShowGrid(False)
        self.categoriesView.setSortingEnabled(False)
        self.categoriesView.setWordWrap(False)
        self.categoriesView.horizontalHeader().setHighlightSections(False)
        self.categoriesView.verticalHeader().setVisible(False)

        self.categoriesLayout.addWidget(self.categoriesView)

        self.categoryButtons = QHBoxLayout()
        self.categoryButtons.setSpacing(6)
        self.categoryButtons.setObjectName(u"categoryButtons")
        self.addCategoryButton = QPushButton(self.categoriesBox)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.categoryButtons.addWidget(self.addCategoryButton)

        self.editCategoryButton = QPushButton(self.categoriesBox)
        self.editCategoryButton.setObjectName(u"editCategoryButton")

        self.categoryButtons.addWidget(self.editCategoryButton)

        self.deleteCategoryButton = QPushButton(self.categoriesBox)
        self.deleteCategoryButton.setObjectName(u"deleteCategoryButton")

        self.categoryButtons.addWidget(self.deleteCategoryButton)

        self.categorySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.categoryButtons.addItem(self.categorySpacer)


        self.categoriesLayout.addLayout(self.categoryButtons)

        self.splitter.addWidget(self.categoriesBox)
        self.criteriaBox = QGroupBox(self.splitter)
        self.criteriaBox.setObjectName(u"criteriaBox")
        self.criteriaLayout = QVBoxLayout(self.criteriaBox)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaView = QTableView(self.criteriaBox)
        self.criteriaView.setObjectName(u"criteriaView")
        self.criteriaView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.criteriaView.setAlternatingRowColors(True)
        self.criteriaView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.criteriaView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteriaView.setShowGrid(False)
        self.criteriaView.setSortingEnabled(False)
        self.criteriaView.setWordWrap(False)
        self.criteriaView.horizontalHeader().setHighlightSections(False)
        self.criteriaView.verticalHeader().setVisible(False)

        self.criteriaLayout.addWidget(self.criteriaView)

        self.weightsLabel = QLabel(self.criteriaBox)
        self.weightsLabel.setObjectName(u"weightsLabel")
        self.weightsLabel.setWordWrap(True)

        self.criteriaLayout.addWidget(self.weightsLabel)

        self.criterionButtons = QHBoxLayout()
        self.criterionButtons.setSpacing(6)
        self.criterionButtons.setObjectName(u"criterionButtons")
        self.addCriterionButton = QPushButton(self.criteriaBox)
        self.addCriterionButton.setObjectName(u"addCriterionButton")

        self.criterionButtons.addWidget(self.addCriterionButton)

        self.editCriterionButton = QPushButton(self.criteriaBox)
        self.editCriterionButton.setObjectName(u"editCriterionButton")

        self.criterionButtons.addWidget(self.editCriterionButton)

        self.deleteCriterionButton = QPushButton(self.criteriaBox)
        self.deleteCriterionButton.setObjectName(u"deleteCriterionButton")

        self.criterionButtons.addWidget(self.deleteCriterionButton)

        self.criterionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.criterionButtons.addItem(self.criterionSpacer)

        self.upButton = QPushButton(self.criteriaBox)
        self.upButton.setObjectName(u"upButton")

        self.criterionButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.criteriaBox)
        self.downButton.setObjectName(u"downButton")

        self.criterionButtons.addWidget(self.downButton)


        self.criteriaLayout.addLayout(self.criterionButtons)

        self.splitter.addWidget(self.criteriaBox)
        self.previewBox = QGroupBox(self.splitter)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewHeader = QHBoxLayout()
        self.previewHeader.setSpacing(6)
        self.previewHeader.setObjectName(u"previewHeader")
        self.previewLanguageLabel = QLabel(self.previewBox)
        self.previewLanguageLabel.setObjectName(u"previewLanguageLabel")

        self.previewHeader.addWidget(self.previewLanguageLabel)

        self.previewLanguage = QComboBox(self.previewBox)
        self.previewLanguage.setObjectName(u"previewLanguage")

        self.previewHeader.addWidget(self.previewLanguage)

        self.previewSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewHeader.addItem(self.previewSpacer)


        self.previewLayout.addLayout(self.previewHeader)

        self.previewBrowser = QTextBrowser(self.previewBox)
        self.previewBrowser.setObjectName(u"previewBrowser")

        self.previewLayout.addWidget(self.previewBrowser)

        self.splitter.addWidget(self.previewBox)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.previewLanguageLabel.setBuddy(self.previewLanguage)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GridPage)

        QMetaObject.connectSlotsByName(GridPage)
    # setupUi

    def retranslateUi(self, GridPage):
        self.unfreezeButton.setText(QCoreApplication.translate("GridPage", u"Unfreeze the grid\u2026", None))
        self.freezeButton.setText(QCoreApplication.translate("GridPage", u"Freeze the grid", None))
        self.categoriesBox.setTitle(QCoreApplication.translate("GridPage", u"Categories", None))
        self.addCategoryButton.setText(QCoreApplication.translate("GridPage", u"Add\u2026", None))
        self.editCategoryButton.setText(QCoreApplication.translate("GridPage", u"Edit\u2026", None))
        self.deleteCategoryButton.setText(QCoreApplication.translate("GridPage", u"Delete", None))
        self.criteriaBox.setTitle(QCoreApplication.translate("GridPage", u"Grid", None))
        self.addCriterionButton.setText(QCoreApplication.translate("GridPage", u"Add\u2026", None))
        self.editCriterionButton.setText(QCoreApplication.translate("GridPage", u"Edit\u2026", None))
        self.deleteCriterionButton.setText(QCoreApplication.translate("GridPage", u"Delete", None))
        self.upButton.setText(QCoreApplication.translate("GridPage", u"Up", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("GridPage", u"Move the criterion up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("GridPage", u"Down", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("GridPage", u"Move the criterion down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.previewBox.setTitle(QCoreApplication.translate("GridPage", u"What a juror sees", None))
        self.previewLanguageLabel.setText(QCoreApplication.translate("GridPage", u"Language of the j&uror:", None))
        pass
    # retranslateUi

