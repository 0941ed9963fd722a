# Generated from ui/edition_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'edition_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_EditionPage(object):
    def setupUi(self, EditionPage):
        if not EditionPage.objectName():
            EditionPage.setObjectName(u"EditionPage")
        EditionPage.resize(1100, 720)
        self.pageLayout = QVBoxLayout(EditionPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(EditionPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newEditionButton = QPushButton(EditionPage)
        self.newEditionButton.setObjectName(u"newEditionButton")

        self.headerLayout.addWidget(self.newEditionButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.stateLabel = QLabel(EditionPage)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.stateLabel)

        self.boxesLayout = QHBoxLayout()
        self.boxesLayout.setSpacing(12)
        self.boxesLayout.setObjectName(u"boxesLayout")
        self.namesBox = QGroupBox(EditionPage)
        self.namesBox.setObjectName(u"namesBox")
        self.namesForm = QFormLayout(self.namesBox)
        self.namesForm.setSpacing(6)
        self.namesForm.setObjectName(u"namesForm")
        self.namesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.namesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameFrLabel = QLabel(self.namesBox)
        self.nameFrLabel.setObjectName(u"nameFrLabel")

        self.namesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameFrLabel)

        self.nameFrEdit = QLineEdit(self.namesBox)
        self.nameFrEdit.setObjectName(u"nameFrEdit")

        self.namesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameFrEdit)

        self.nameFrProblem = QLabel(self.namesBox)
        self.nameFrProblem.setObjectName(u"nameFrProblem")
        self.nameFrProblem.setWordWrap(True)
        self.nameFrProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.namesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameFrProblem)

        self.nameNlLabel = QLabel(self.namesBox)
        self.nameNlLabel.setObjectName(u"nameNlLabel")

        self.namesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameNlLabel)

        self.nameNlEdit = QLineEdit(self.namesBox)
        self.nameNlEdit.setObjectName(u"nameNlEdit")

        self.namesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameNlEdit)

        self.nameNlProblem = QLabel(self.namesBox)
        self.nameNlProblem.setObjectName(u"nameNlProblem")
        self.nameNlProblem.setWordWrap(True)
        self.nameNlProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.namesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameNlProblem)

        self.nameEnLabel = QLabel(self.namesBox)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.namesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEnEdit = QLineEdit(self.namesBox)
        self.nameEnEdit.setObjectName(u"nameEnEdit")

        self.namesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.nameEnProblem = QLabel(self.namesBox)
        self.nameEnProblem.setObjectName(u"nameEnProblem")
        self.nameEnProblem.setWordWrap(True)
        self.nameEnProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.namesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nameEnProblem)

        self.ceremonyLabel = QLabel(self.namesBox)
        self.ceremonyLabel.setObjectName(u"ceremonyLabel")

        self.namesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ceremonyLabel)

        self.ceremonyLayout = QHBoxLayout()
        self.ceremonyLayout.setSpacing(6)
        self.ceremonyLayout.setObjectName(u"ceremonyLayout")
        self.ceremonyCheck = QCheckBox(self.namesBox)
        self.ceremonyCheck.setObjectName(u"ceremonyCheck")

        self.ceremonyLayout.addWidget(self.ceremonyCheck)

        self.ceremonyDate = QDateEdit(self.namesBox)
        self.ceremonyDate.setObjectName(u"ceremonyDate")
        self.ceremonyDate.setCalendarPopup(True)
        self.ceremonyDate.setDisplayFormat(u"dd/MM/yyyy")

        self.ceremonyLayout.addWidget(self.ceremonyDate)

        self.ceremonySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ceremonyLayout.addItem(self.ceremonySpacer)


        self.namesForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.ceremonyLayout)

        self.prizesLabel = QLabel(self.namesBox)
        self.prizesLabel.setObjectName(u"prizesLabel")

        self.namesForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.prizesLabel)

        self.prizesEdit = QLineEdit(self.namesBox)
        self.prizesEdit.setObjectName(u"prizesEdit")
        self.prizesEdit.setPlaceholderText(u"6000;4000;2000")

        self.namesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.prizesEdit)

        self.prizesProblem = QLabel(self.namesBox)
        self.prizesProblem.setObjectName(u"prizesProblem")
        self.prizesProblem.setWordWrap(True)
        self.prizesProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.namesForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.prizesProblem)

        self.namesSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.namesForm.setItem(9, QFormLayout.ItemRole.SpanningRole, self.namesSpacer)


        self.boxesLayout.addWidget(self.namesBox)

        self.rulesBox = QGroupBox(EditionPage)
        self.rulesBox.setObjectName(u"rulesBox")
        self.rulesForm = QFormLayout(self.rulesBox)
        self.rulesForm.setSpacing(6)
        self.rulesForm.setObjectName(u"rulesForm")
        self.rulesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rulesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.methodLabel = QLabel(self.rulesBox)
        self.methodLabel.setObjectName(u"methodLabel")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(self.rulesBox)
        self.methodCombo.setObjectName(u"methodCombo")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.trimLabel = QLabel(self.rulesBox)
        self.trimLabel.setObjectName(u"trimLabel")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trimLabel)

        self.trimSpin = QSpinBox(self.rulesBox)
        self.trimSpin.setObjectName(u"trimSpin")
        self.trimSpin.setMinimum(0)
        self.trimSpin.setMaximum(20)

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trimSpin)

        self.quorumLabel = QLabel(self.rulesBox)
        self.quorumLabel.setObjectName(u"quorumLabel")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quorumLabel)

        self.quorumSpin = QSpinBox(self.rulesBox)
        self.quorumSpin.setObjectName(u"quorumSpin")
        self.quorumSpin.setMinimum(1)
        self.quorumSpin.setMaximum(999)

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quorumSpin)

        self.quorumProblem = QLabel(self.rulesBox)
        self.quorumProblem.setObjectName(u"quorumProblem")
        self.quorumProblem.setWordWrap(True)
        self.quorumProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.quorumProblem)

        self.tieBreakLabel = QLabel(self.rulesBox)
        self.tieBreakLabel.setObjectName(u"tieBreakLabel")

        self.rulesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tieBreakLabel)

        self.tieBreakLayout = QVBoxLayout()
        self.tieBreakLayout.setSpacing(6)
        self.tieBreakLayout.setObjectName(u"tieBreakLayout")
        self.tieBreakList = QListWidget(self.rulesBox)
        self.tieBreakList.setObjectName(u"tieBreakList")
        self.tieBreakList.setMaximumSize(QSize(16777215, 110))

        self.tieBreakLayout.addWidget(self.tieBreakList)

        self.ruleButtons = QHBoxLayout()
        self.ruleButtons.setSpacing(6)
        self.ruleButtons.setObjectName(u"ruleButtons")
        self.ruleCombo = QComboBox(self.rulesBox)
        self.ruleCombo.setObjectName(u"ruleCombo")

        self.ruleButtons.addWidget(self.ruleCombo)

        self.addRuleButton = QPushButton(self.rulesBox)
        self.addRuleButton.setObjectName(u"addRuleButton")

        self.ruleButtons.addWidget(self.addRuleButton)

        self.removeRuleButton = QPushButton(self.rulesBox)
        self.removeRuleButton.setObjectName(u"removeRuleButton")

        self.ruleButtons.addWidget(self.removeRuleButton)

        self.ruleUpButton = QPushButton(self.rulesBox)
        self.ruleUpButton.setObjectName(u"ruleUpButton")

        self.ruleButtons.addWidget(self.ruleUpButton)

        self.ruleDownButton = QPushButton(self.rulesBox)
        self.ruleDownButton.setObjectName(u"ruleDownButton")

        self.ruleButtons.addWidget(self.ruleDownButton)


        self.tieBreakLayout.addLayout(self.ruleButtons)


        self.rulesForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.tieBreakLayout)

        self.tieBreakProblem = QLabel(self.rulesBox)
        self.tieBreakProblem.setObjectName(u"tieBreakProblem")
        self.tieBreakProblem.setWordWrap(True)
        self.tieBreakProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rulesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tieBreakProblem)

        self.rulesSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rulesForm.setItem(6, QFormLayout.ItemRole.SpanningRole, self.rulesSpacer)


        self.boxesLayout.addWidget(self.rulesBox)


        self.pageLayout.addLayout(self.boxesLayout)

        self.forewordBox = QGroupBox(EditionPage)
        self.forewordBox.setObjectName(u"forewordBox")
        self.forewordLayout = QVBoxLayout(self.forewordBox)
        self.forewordLayout.setObjectName(u"forewordLayout")
        self.forewordTabs = QTabWidget(self.forewordBox)
        self.forewordTabs.setObjectName(u"forewordTabs")
        self.forewordFrTab = QWidget()
        self.forewordFrTab.setObjectName(u"forewordFrTab")
        self.forewordFrTabLayout = QVBoxLayout(self.forewordFrTab)
        self.forewordFrTabLayout.setObjectName(u"forewordFrTabLayout")
        self.forewordFrTabLayout.setContentsMargins(4, 4, 4, 4)
        self.forewordFrEdit = QPlainTextEdit(self.forewordFrTab)
        self.forewordFrEdit.setObjectName(u"forewordFrEdit")
        self.forewordFrEdit.setTabChangesFocus(True)

        self.forewordFrTabLayout.addWidget(self.forewordFrEdit)

        self.forewordTabs.addTab(self.forewordFrTab, "")
        self.forewordNlTab = QWidget()
        self.forewordNlTab.setObjectName(u"forewordNlTab")
        self.forewordNlTabLayout = QVBoxLayout(self.forewordNlTab)
        self.forewordNlTabLayout.setObjectName(u"forewordNlTabLayout")
        self.forewordNlTabLayout.setContentsMargins(4, 4, 4, 4)
        self.forewordNlEdit = QPlainTextEdit(self.forewordNlTab)
        self.forewordNlEdit.setObjectName(u"forewordNlEdit")
        self.forewordNlEdit.setTabChangesFocus(True)

        self.forewordNlTabLayout.addWidget(self.forewordNlEdit)

        self.forewordTabs.addTab(self.forewordNlTab, "")
        self.forewordEnTab = QWidget()
        self.forewordEnTab.setObjectName(u"forewordEnTab")
        self.forewordEnTabLayout = QVBoxLayout(self.forewordEnTab)
        self.forewordEnTabLayout.setObjectName(u"forewordEnTabLayout")
        self.forewordEnTabLayout.setContentsMargins(4, 4, 4, 4)
        self.forewordEnEdit = QPlainTextEdit(self.forewordEnTab)
        self.forewordEnEdit.setObjectName(u"forewordEnEdit")
        self.forewordEnEdit.setTabChangesFocus(True)

        self.forewordEnTabLayout.addWidget(self.forewordEnEdit)

        self.forewordTabs.addTab(self.forewordEnTab, "")

        self.forewordLayout.addWidget(self.forewordTabs)


        self.pageLayout.addWidget(self.forewordBox)

        self.remediesBox = QGroupBox(EditionPage)
        self.remediesBox.setObjectName(u"remediesBox")
        self.remediesLayout = QVBoxLayout(self.remediesBox)
        self.remediesLayout.setObjectName(u"remediesLayout")
        self.remediesTabs = QTabWidget(self.remediesBox)
        self.remediesTabs.setObjectName(u"remediesTabs")
        self.remediesFrTab = QWidget()
        self.remediesFrTab.setObjectName(u"remediesFrTab")
        self.remediesFrTabLayout = QVBoxLayout(self.remediesFrTab)
        self.remediesFrTabLayout.setObjectName(u"remediesFrTabLayout")
        self.remediesFrTabLayout.setContentsMargins(4, 4, 4, 4)
        self.remediesFrEdit = QPlainTextEdit(self.remediesFrTab)
        self.remediesFrEdit.setObjectName(u"remediesFrEdit")
        self.remediesFrEdit.setTabChangesFocus(True)

        self.remediesFrTabLayout.addWidget(self.remediesFrEdit)

        self.remediesTabs.addTab(self.remediesFrTab, "")
        self.remediesNlTab = QWidget()
        self.remediesNlTab.setObjectName(u"remediesNlTab")
        self.remediesNlTabLayout = QVBoxLayout(self.remediesNlTab)
        self.remediesNlTabLayout.setObjectName(u"remediesNlTabLayout")
        self.remediesNlTabLayout.setContentsMargins(4, 4, 4, 4)
        self.remediesNlEdit = QPlainTextEdit(self.remediesNlTab)
        self.remediesNlEdit.setObjectName(u"remediesNlEdit")
        self.remediesNlEdit.setTabChangesFocus(True)

        self.remediesNlTabLayout.addWidget(self.remediesNlEdit)

        self.remediesTabs.addTab(self.remediesNlTab, "")
        self.remediesEnTab = QWidget()
        self.remediesEnTab.setObjectName(u"remediesEnTab")
        self.remediesEnTabLayout = QVBoxLayout(self.remediesEnTab)
        self.remediesEnTabLayout.setObjectName(u"remediesEnTabLayout")
        self.remediesEnTabLayout.setContentsMargins(4, 4, 4, 4)
        self.remediesEnEdit = QPlainTextEdit(self.remediesEnTab)
        self.remediesEnEdit.setObjectName(u"remediesEnEdit")
        self.remediesEnEdit.setTabChangesFocus(True)

        self.remediesEnTabLayout.addWidget(self.remediesEnEdit)

        self.remediesTabs.addTab(self.remediesEnTab, "")

        self.remediesLayout.addWidget(self.remediesTabs)


        self.pageLayout.addWidget(self.remediesBox)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setSpacing(8)
        self.saveLayout.setObjectName(u"saveLayout")
        self.formProblem = QLabel(EditionPage)
        self.formProblem.setObjectName(u"formProblem")
        self.formProblem.setWordWrap(True)
        self.formProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.saveLayout.addWidget(self.formProblem)

        self.saveSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.revertButton = QPushButton(EditionPage)
        self.revertButton.setObjectName(u"revertButton")

        self.saveLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(EditionPage)
        self.saveButton.setObjectName(u"saveButton")

        self.saveLayout.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.saveLayout)

#if QT_CONFIG(shortcut)
        self.nameFrLabel.setBuddy(self.nameFrEdit)
        self.nameNlLabel.setBuddy(self.nameNlEdit)
        self.nameEnLabel.setBuddy(self.nameEnEdit)
        self.ceremonyLabel.setBuddy(self.ceremonyCheck)
        self.prizesLabel.setBuddy(self.prizesEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.trimLabel.setBuddy(self.trimSpin)
        self.quorumLabel.setBuddy(self.quorumSpin)
        self.tieBreakLabel.setBuddy(self.tieBreakList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EditionPage)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(EditionPage)
    # setupUi

    def retranslateUi(self, EditionPage):
        self.newEditionButton.setText(QCoreApplication.translate("EditionPage", u"New edition\u2026", None))
        self.namesBox.setTitle(QCoreApplication.translate("EditionPage", u"Names, date and prizes", None))
        self.nameFrLabel.setText(QCoreApplication.translate("EditionPage", u"Name (F&rench):", None))
        self.nameNlLabel.setText(QCoreApplication.translate("EditionPage", u"Name (&Dutch):", None))
        self.nameEnLabel.setText(QCoreApplication.translate("EditionPage", u"Name (Engl&ish):", None))
        self.ceremonyLabel.setText(QCoreApplication.translate("EditionPage", u"&Ceremony:", None))
        self.ceremonyCheck.setText(QCoreApplication.translate("EditionPage", u"on", None))
        self.prizesLabel.setText(QCoreApplication.translate("EditionPage", u"&Prizes (\u20ac):", None))
        self.rulesBox.setTitle(QCoreApplication.translate("EditionPage", u"Ranking rules", None))
        self.methodLabel.setText(QCoreApplication.translate("EditionPage", u"&Method:", None))
        self.trimLabel.setText(QCoreApplication.translate("EditionPage", u"&Trim (K):", None))
        self.quorumLabel.setText(QCoreApplication.translate("EditionPage", u"&Quorum:", None))
        self.tieBreakLabel.setText(QCoreApplication.translate("EditionPage", u"Tie-&break:", None))
        self.addRuleButton.setText(QCoreApplication.translate("EditionPage", u"Add", None))
        self.removeRuleButton.setText(QCoreApplication.translate("EditionPage", u"Remove", None))
        self.ruleUpButton.setText(QCoreApplication.translate("EditionPage", u"Up", None))
        self.ruleDownButton.setText(QCoreApplication.translate("EditionPage", u"Down", None))
        self.forewordBox.setTitle(QCoreApplication.translate("EditionPage", u"Foreword of the ceremony dossier", None))
#if QT_CONFIG(accessibility)
        self.forewordFrEdit.setAccessibleName(QCoreApplication.translate("EditionPage", u"Foreword in French", None))
#endif // QT_CONFIG(accessibility)
        self.forewordTabs.setTabText(self.forewordTabs.indexOf(self.forewordFrTab), QCoreApplication.translate("EditionPage", u"French", None))
#if QT_CONFIG(accessibility)
        self.forewordNlEdit.setAccessibleName(QCoreApplication.translate("EditionPage", u"Foreword in Dutch", None))
#endif // QT_CONFIG(accessibility)
        self.forewordTabs.setTabText(self.forewordTabs.indexOf(self.forewordNlTab), QCoreApplication.translate("EditionPage", u"Dutch", None))
#if QT_CONFIG(accessibility)
        self.forewordEnEdit.setAccessibleName(QCoreApplication.translate("EditionPage", u"Foreword in English", None))
#endif // QT_CONFIG(accessibility)
        self.forewordTabs.setTabText(self.forewordTabs.indexOf(self.forewordEnTab), QCoreApplication.translate("EditionPage", u"English", None))
        self.remediesBox.setTitle(QCoreApplication.translate("EditionPage", u"Remedies paragraph of the letters to candidates", None))
#if QT_CONFIG(accessibility)
        self.remediesFrEdit.setAccessibleName(QCoreApplication.translate("EditionPage", u"Remedies paragraph in French", None))
#endif // QT_CONFIG(accessibility)
        self.remediesTabs.setTabText(self.remediesTabs.indexOf(self.remediesFrTab), QCoreApplication.translate("EditionPage", u"French", None))
#if QT_CONFIG(accessibility)
        self.remediesNlEdit.setAccessibleName(QCoreApplication.translate("EditionPage", u"Remedies paragraph in Dutch", None))
#endif // QT_CONFIG(accessibility)
        self.remediesTabs.setTabText(self.remediesTabs.indexOf(self.remediesNlTab), QCoreApplication.translate("EditionPage", u"Dutch", None))
#if QT_CONFIG(accessibility)
        self.remediesEnEdit.setAccessibleName(QCoreApplication.translate("EditionPage", u"Remedies paragraph in English", None))
#endif // QT_CONFIG(accessibility)
        self.remediesTabs.setTabText(self.remediesTabs.indexOf(self.remediesEnTab), QCoreApplication.translate("EditionPage", u"English", None))
        self.revertButton.setText(QCoreApplication.translate("EditionPage", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("EditionPage", u"Save", None))
        pass
    # retranslateUi

