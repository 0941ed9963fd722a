# Generated from ui/dashboard_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1200, 720)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.tilesLayout = QHBoxLayout()
        self.tilesLayout.setSpacing(10)
        self.tilesLayout.setObjectName(u"tilesLayout")
        self.projectsTile = QLabel(DashboardPage)
        self.projectsTile.setObjectName(u"projectsTile")
        self.projectsTile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.projectsTile.setTextFormat(Qt.TextFormat.RichText)
        self.projectsTile.setMinimumSize(QSize(150, 64))

        self.tilesLayout.addWidget(self.projectsTile)

        self.jurorsTile = QLabel(DashboardPage)
        self.jurorsTile.setObjectName(u"jurorsTile")
        self.jurorsTile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.jurorsTile.setTextFormat(Qt.TextFormat.RichText)
        self.jurorsTile.setMinimumSize(QSize(150, 64))

        self.tilesLayout.addWidget(self.jurorsTile)

        self.conflictsTile = QLabel(DashboardPage)
        self.conflictsTile.setObjectName(u"conflictsTile")
        self.conflictsTile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.conflictsTile.setTextFormat(Qt.TextFormat.RichText)
        self.conflictsTile.setMinimumSize(QSize(150, 64))

        self.tilesLayout.addWidget(self.conflictsTile)

        self.progressTile = QLabel(DashboardPage)
        self.progressTile.setObjectName(u"progressTile")
        self.progressTile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progressTile.setTextFormat(Qt.TextFormat.RichText)
        self.progressTile.setMinimumSize(QSize(150, 64))

        self.tilesLayout.addWidget(self.progressTile)


        self.pageLayout.addLayout(self.tilesLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.countsBox = QGroupBox(DashboardPage)
        self.countsBox.setObjectName(u"countsBox")
        self.countsLayout = QVBoxLayout(self.countsBox)
        self.countsLayout.setObjectName(u"countsLayout")
        self.dimensionLayout = QHBoxLayout()
        self.dimensionLayout.setSpacing(6)
        self.dimensionLayout.setObjectName(u"dimensionLayout")
        self.dimensionLabel = QLabel(self.countsBox)
        self.dimensionLabel.setObjectName(u"dimensionLabel")

        self.dimensionLayout.addWidget(self.dimensionLabel)

        self.dimensionCombo = QComboBox(self.countsBox)
        self.dimensionCombo.setObjectName(u"dimensionCombo")

        self.dimensionLayout.addWidget(self.dimensionCombo)

        self.dimensionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dimensionLayout.addItem(self.dimensionSpacer)


        self.countsLayout.addLayout(self.dimensionLayout)

        self.chartHost = QWidget(self.countsBox)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(380, 300))
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.countsLayout.addWidget(self.chartHost)


        self.bodyLayout.addWidget(self.countsBox)

        self.progressBox = QGroupBox(DashboardPage)
        self.progressBox.setObjectName(u"progressBox")
        self.progressLayout = QVBoxLayout(self.progressBox)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressHint = QLabel(self.progressBox)
        self.progressHint.setObjectName(u"progressHint")
        self.progressHint.setWordWrap(True)

        self.progressLayout.addWidget(self.progressHint)

        self.progressView = QTableView(self.progressBox)
        self.progressView.setObjectName(u"progressView")
        self.progressView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progressView.setAlternatingRowColors(True)
        self.progressView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.progressView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.progressView.setShowGrid(True)
        self.progressView.setSortingEnabled(False)
        self.progressView.setWordWrap(False)
        self.progressView.horizontalHeader().setHighlightSections(False)
        self.progressView.verticalHeader().setVisible(True)

        self.progressLayout.addWidget(self.progressView)


        self.bodyLayout.addWidget(self.progressBox)


        self.pageLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.dimensionLabel.setBuddy(self.dimensionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.countsBox.setTitle(QCoreApplication.translate("DashboardPage", u"Projects", None))
        self.dimensionLabel.setText(QCoreApplication.translate("DashboardPage", u"&Count by:", None))
        self.progressBox.setTitle(QCoreApplication.translate("DashboardPage", u"Scoring progress", None))
        pass
    # retranslateUi

