# Generated from ui/jury_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'jury_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_JuryPage(object):
    def setupUi(self, JuryPage):
        if not JuryPage.objectName():
            JuryPage.setObjectName(u"JuryPage")
        JuryPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(JuryPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addButton = QPushButton(JuryPage)
        self.addButton.setObjectName(u"addButton")

        self.actionsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(JuryPage)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(JuryPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.searchEdit = QLineEdit(JuryPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(280, 0))

        self.actionsLayout.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.actionsLayout)

        self.jurorsView = QTableView(JuryPage)
        self.jurorsView.setObjectName(u"jurorsView")
        self.jurorsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jurorsView.setAlternatingRowColors(True)
        self.jurorsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jurorsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.jurorsView.setShowGrid(True)
        self.jurorsView.setSortingEnabled(True)
        self.jurorsView.setWordWrap(False)
        self.jurorsView.horizontalHeader().setHighlightSections(False)
        self.jurorsView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.jurorsView)

        self.hintLabel = QLabel(JuryPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)


        self.retranslateUi(JuryPage)

        QMetaObject.connectSlotsByName(JuryPage)
    # setupUi

    def retranslateUi(self, JuryPage):
        self.addButton.setText(QCoreApplication.translate("JuryPage", u"Add a juror\u2026", None))
        self.editButton.setText(QCoreApplication.translate("JuryPage", u"Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("JuryPage", u"Delete", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("JuryPage", u"Search the jurors", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("JuryPage", u"Search the jurors: name, institution, role\u2026", None))
#if QT_CONFIG(accessibility)
        self.jurorsView.setAccessibleName(QCoreApplication.translate("JuryPage", u"Jurors and the categories they score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.jurorsView.setAccessibleDescription(QCoreApplication.translate("JuryPage", u"Tick a category cell to let the juror score it", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("JuryPage", u"Tick the categories each juror scores; a new juror scores every category. Observers sit on the jury but do not score.", None))
        pass
    # retranslateUi

