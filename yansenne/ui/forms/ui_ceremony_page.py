# Generated from ui/ceremony_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ceremony_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CeremonyPage(object):
    def setupUi(self, CeremonyPage):
        if not CeremonyPage.objectName():
            CeremonyPage.setObjectName(u"CeremonyPage")
        CeremonyPage.resize(900, 640)
        self.pageLayout = QVBoxLayout(CeremonyPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.documentLabel = QLabel(CeremonyPage)
        self.documentLabel.setObjectName(u"documentLabel")

        self.choiceLayout.addWidget(self.documentLabel)

        self.documentCombo = QComboBox(CeremonyPage)
        self.documentCombo.setObjectName(u"documentCombo")
        self.documentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.choiceLayout.addWidget(self.documentCombo)

        self.gapSpacer = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.gapSpacer)

        self.languageLabel = QLabel(CeremonyPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.choiceLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(CeremonyPage)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.choiceLayout.addWidget(self.languageCombo)

        self.buildButton = QPushButton(CeremonyPage)
        self.buildButton.setObjectName(u"buildButton")

        self.choiceLayout.addWidget(self.buildButton)

        self.choiceSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)


        self.pageLayout.addLayout(self.choiceLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.actionSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.printButton = QPushButton(CeremonyPage)
        self.printButton.setObjectName(u"printButton")

        self.actionLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(CeremonyPage)
        self.saveButton.setObjectName(u"saveButton")

        self.actionLayout.addWidget(self.saveButton)

        self.openButton = QPushButton(CeremonyPage)
        self.openButton.setObjectName(u"openButton")

        self.actionLayout.addWidget(self.openButton)


        self.pageLayout.addLayout(self.actionLayout)

        self.statusLabel = QLabel(CeremonyPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)

        self.previewHost = QWidget(CeremonyPage)
        self.previewHost.setObjectName(u"previewHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewHost.sizePolicy().hasHeightForWidth())
        self.previewHost.setSizePolicy(sizePolicy)
        self.previewLayout = QVBoxLayout(self.previewHost)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)

        self.pageLayout.addWidget(self.previewHost)

#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.documentCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.buildButton)
        QWidget.setTabOrder(self.buildButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.openButton)

        self.retranslateUi(CeremonyPage)

        self.buildButton.setDefault(True)


        QMetaObject.connectSlotsByName(CeremonyPage)
    # setupUi

    def retranslateUi(self, CeremonyPage):
        self.documentLabel.setText(QCoreApplication.translate("CeremonyPage", u"&Document:", None))
        self.languageLabel.setText(QCoreApplication.translate("CeremonyPage", u"&Language:", None))
        self.buildButton.setText(QCoreApplication.translate("CeremonyPage", u"&Build", None))
        self.printButton.setText(QCoreApplication.translate("CeremonyPage", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("CeremonyPage", u"&Save as\u2026", None))
        self.openButton.setText(QCoreApplication.translate("CeremonyPage", u"&Open the file", None))
        pass
    # retranslateUi

