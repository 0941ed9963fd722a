# Generated from ui/projects_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'projects_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

from yansenne.ui.project_detail import ProjectDetail

class Ui_ProjectsPage(object):
    def setupUi(self, ProjectsPage):
        if not ProjectsPage.objectName():
            ProjectsPage.setObjectName(u"ProjectsPage")
        ProjectsPage.resize(1100, 700)
        self.projectsPageLayout = QVBoxLayout(ProjectsPage)
        self.projectsPageLayout.setSpacing(8)
        self.projectsPageLayout.setObjectName(u"projectsPageLayout")
        self.projectsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(ProjectsPage)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ProjectsPage)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(ProjectsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.historyButton = QPushButton(ProjectsPage)
        self.historyButton.setObjectName(u"historyButton")

        self.actionsLayout.addWidget(self.historyButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.importButton = QPushButton(ProjectsPage)
        self.importButton.setObjectName(u"importButton")

        self.actionsLayout.addWidget(self.importButton)


        self.projectsPageLayout.addLayout(self.actionsLayout)

        self.splitter = QSplitter(ProjectsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 4, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.listPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.categoryFilter = QComboBox(self.listPane)
        self.categoryFilter.setObjectName(u"categoryFilter")
        self.categoryFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.categoryFilter)

        self.actorFilter = QComboBox(self.listPane)
        self.actorFilter.setObjectName(u"actorFilter")
        self.actorFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.actorFilter)


        self.listLayout.addLayout(self.filterLayout)

        self.projectsView = QTableView(self.listPane)
        self.projectsView.setObjectName(u"projectsView")
        self.projectsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projectsView.setAlternatingRowColors(True)
        self.projectsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.projectsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projectsView.setShowGrid(False)
        self.projectsView.setSortingEnabled(True)
        self.projectsView.setWordWrap(False)
        self.projectsView.horizontalHeader().setHighlightSections(False)
        self.projectsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.projectsView)

        self.splitter.addWidget(self.listPane)
        self.detailPane = ProjectDetail(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.splitter.addWidget(self.detailPane)

        self.projectsPageLayout.addWidget(self.splitter)


        self.retranslateUi(ProjectsPage)

        QMetaObject.connectSlotsByName(ProjectsPage)
    # setupUi

    def retranslateUi(self, ProjectsPage):
        self.newButton.setText(QCoreApplication.translate("ProjectsPage", u"New project\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ProjectsPage", u"Register a new candidate project (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ProjectsPage", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ProjectsPage", u"Edit the selected project (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("ProjectsPage", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ProjectsPage", u"Delete the selected project (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.historyButton.setText(QCoreApplication.translate("ProjectsPage", u"History\u2026", None))
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("ProjectsPage", u"Every change to the selected project, from the audit log", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ProjectsPage", u"Import the call's spreadsheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ProjectsPage", u"Add or update projects from an .xlsx or .csv file; you can also drop the file on the window", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Search the projects", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ProjectsPage", u"Search the projects: code, title, organisation, municipality\u2026", None))
#if QT_CONFIG(tooltip)
        self.categoryFilter.setToolTip(QCoreApplication.translate("ProjectsPage", u"Show one category only", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.actorFilter.setToolTip(QCoreApplication.translate("ProjectsPage", u"Show the projects of one lead actor only", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.projectsView.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Projects", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.projectsView.setAccessibleDescription(QCoreApplication.translate("ProjectsPage", u"The edition's candidate projects; Enter edits the selected one", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

