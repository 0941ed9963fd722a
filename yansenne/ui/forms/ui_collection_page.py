# Generated from ui/collection_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'collection_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_CollectionPage(object):
    def setupUi(self, CollectionPage):
        if not CollectionPage.objectName():
            CollectionPage.setObjectName(u"CollectionPage")
        CollectionPage.resize(1100, 700)
        self.collectionPageLayout = QVBoxLayout(CollectionPage)
        self.collectionPageLayout.setSpacing(8)
        self.collectionPageLayout.setObjectName(u"collectionPageLayout")
        self.collectionPageLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.distributeButton = QPushButton(CollectionPage)
        self.distributeButton.setObjectName(u"distributeButton")

        self.actionsLayout.addWidget(self.distributeButton)

        self.collectButton = QPushButton(CollectionPage)
        self.collectButton.setObjectName(u"collectButton")

        self.actionsLayout.addWidget(self.collectButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.summaryLabel = QLabel(CollectionPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.actionsLayout.addWidget(self.summaryLabel)


        self.collectionPageLayout.addLayout(self.actionsLayout)

        self.jurorsView = QTableView(CollectionPage)
        self.jurorsView.setObjectName(u"jurorsView")
        self.jurorsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jurorsView.setAlternatingRowColors(True)
        self.jurorsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jurorsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jurorsView.setSortingEnabled(True)
        self.jurorsView.setWordWrap(False)
        self.jurorsView.horizontalHeader().setHighlightSections(False)
        self.jurorsView.verticalHeader().setVisible(False)

        self.collectionPageLayout.addWidget(self.jurorsView)

        self.dropLabel = QLabel(CollectionPage)
        self.dropLabel.setObjectName(u"dropLabel")
        self.dropLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dropLabel.setMinimumSize(QSize(0, 44))

        self.collectionPageLayout.addWidget(self.dropLabel)

        self.reportLabel = QLabel(CollectionPage)
        self.reportLabel.setObjectName(u"reportLabel")

        self.collectionPageLayout.addWidget(self.reportLabel)

        self.reportView = QListView(CollectionPage)
        self.reportView.setObjectName(u"reportView")
        self.reportView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportView.setWordWrap(True)
        self.reportView.setMaximumSize(QSize(16777215, 160))

        self.collectionPageLayout.addWidget(self.reportView)

        self.hintLabel = QLabel(CollectionPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.collectionPageLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.reportLabel.setBuddy(self.reportView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CollectionPage)

        QMetaObject.connectSlotsByName(CollectionPage)
    # setupUi

    def retranslateUi(self, CollectionPage):
        self.distributeButton.setText(QCoreApplication.translate("CollectionPage", u"Distribute packages\u2026", None))
#if QT_CONFIG(tooltip)
        self.distributeButton.setToolTip(QCoreApplication.translate("CollectionPage", u"Write every juror's package into a folder, to send to the jurors", None))
#endif // QT_CONFIG(tooltip)
        self.collectButton.setText(QCoreApplication.translate("CollectionPage", u"Collect ballots\u2026", None))
#if QT_CONFIG(tooltip)
        self.collectButton.setToolTip(QCoreApplication.translate("CollectionPage", u"Choose the ballots the jurors sent back, check them and apply them", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.jurorsView.setAccessibleName(QCoreApplication.translate("CollectionPage", u"Progress of each juror's ballots", None))
#endif // QT_CONFIG(accessibility)
        self.dropLabel.setText(QCoreApplication.translate("CollectionPage", u"Drop ballot files (.ballot) here to collect them", None))
        self.reportLabel.setText(QCoreApplication.translate("CollectionPage", u"Last collection", None))
        self.hintLabel.setText(QCoreApplication.translate("CollectionPage", u"Each juror scores offline in their package and sends back a signed ballot. A ballot is the juror's whole grid: it replaces their earlier marks, and a mark it no longer holds is cleared. A ballot edited by hand, older than the last one applied, or for another edition is refused.", None))
        pass
    # retranslateUi

