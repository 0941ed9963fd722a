# Generated from ui/project_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget)

class Ui_ProjectDialog(object):
    def setupUi(self, ProjectDialog):
        if not ProjectDialog.objectName():
            ProjectDialog.setObjectName(u"ProjectDialog")
        ProjectDialog.resize(900, 660)
        self.dialogLayout = QVBoxLayout(ProjectDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 12)
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(24)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.identityForm = QFormLayout()
        self.identityForm.setSpacing(6)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.identityForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.codeLabel = QLabel(ProjectDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(ProjectDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setPlaceholderText(u"P29")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeProblem = QLabel(ProjectDialog)
        self.codeProblem.setObjectName(u"codeProblem")
        self.codeProblem.setWordWrap(True)
        self.codeProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeProblem)

        self.categoryLabel = QLabel(ProjectDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ProjectDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.categoryProblem = QLabel(ProjectDialog)
        self.categoryProblem.setObjectName(u"categoryProblem")
        self.categoryProblem.setWordWrap(True)
        self.categoryProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryProblem)

        self.titleFrLabel = QLabel(ProjectDialog)
        self.titleFrLabel.setObjectName(u"titleFrLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleFrLabel)

        self.titleFrEdit = QLineEdit(ProjectDialog)
        self.titleFrEdit.setObjectName(u"titleFrEdit")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleFrEdit)

        self.titleFrProblem = QLabel(ProjectDialog)
        self.titleFrProblem.setObjectName(u"titleFrProblem")
        self.titleFrProblem.setWordWrap(True)
        self.titleFrProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.titleFrProblem)

        self.titleNlLabel = QLabel(ProjectDialog)
        self.titleNlLabel.setObjectName(u"titleNlLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.titleNlLabel)

        self.titleNlEdit = QLineEdit(ProjectDialog)
        self.titleNlEdit.setObjectName(u"titleNlEdit")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.titleNlEdit)

        self.titleNlProblem = QLabel(ProjectDialog)
        self.titleNlProblem.setObjectName(u"titleNlProblem")
        self.titleNlProblem.setWordWrap(True)
        self.titleNlProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.titleNlProblem)

        self.titleEnLabel = QLabel(ProjectDialog)
        self.titleEnLabel.setObjectName(u"titleEnLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.titleEnLabel)

        self.titleEnEdit = QLineEdit(ProjectDialog)
        self.titleEnEdit.setObjectName(u"titleEnEdit")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.titleEnEdit)

        self.titleEnProblem = QLabel(ProjectDialog)
        self.titleEnProblem.setObjectName(u"titleEnProblem")
        self.titleEnProblem.setWordWrap(True)
        self.titleEnProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.titleEnProblem)

        self.organisationLabel = QLabel(ProjectDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(ProjectDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.organisationProblem = QLabel(ProjectDialog)
        self.organisationProblem.setObjectName(u"organisationProblem")
        self.organisationProblem.setWordWrap(True)
        self.organisationProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.organisationProblem)

        self.leadActorLabel = QLabel(ProjectDialog)
        self.leadActorLabel.setObjectName(u"leadActorLabel")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.leadActorLabel)

        self.leadActorCombo = QComboBox(ProjectDialog)
        self.leadActorCombo.setObjectName(u"leadActorCombo")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.leadActorCombo)

        self.partnersLabel = QLabel(ProjectDialog)
        self.partnersLabel.setObjectName(u"partnersLabel")

        self.identityForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.partnersLabel)

        self.partnersList = QListWidget(ProjectDialog)
        self.partnersList.setObjectName(u"partnersList")
        self.partnersList.setMaximumSize(QSize(16777215, 120))
        self.partnersList.setAlternatingRowColors(False)

        self.identityForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.partnersList)


        self.columnsLayout.addLayout(self.identityForm)

        self.placeForm = QFormLayout()
        self.placeForm.setSpacing(6)
        self.placeForm.setObjectName(u"placeForm")
        self.placeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.placeForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.municipalityLabel = QLabel(ProjectDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityCombo = QComboBox(ProjectDialog)
        self.municipalityCombo.setObjectName(u"municipalityCombo")
        self.municipalityCombo.setEditable(True)
        self.municipalityCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.municipalityCombo.setMaxVisibleItems(22)

        self.placeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.municipalityCombo)

        self.municipalityProblem = QLabel(ProjectDialog)
        self.municipalityProblem.setObjectName(u"municipalityProblem")
        self.municipalityProblem.setWordWrap(True)
        self.municipalityProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.placeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipalityProblem)

        self.policeZoneLabel = QLabel(ProjectDialog)
        self.policeZoneLabel.setObjectName(u"policeZoneLabel")

        self.placeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.policeZoneLabel)

        self.policeZoneValue = QLabel(ProjectDialog)
        self.policeZoneValue.setObjectName(u"policeZoneValue")
        self.policeZoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.placeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.policeZoneValue)

        self.contactNameLabel = QLabel(ProjectDialog)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.placeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameEdit = QLineEdit(ProjectDialog)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.placeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactNameEdit)

        self.contactNameProblem = QLabel(ProjectDialog)
        self.contactNameProblem.setObjectName(u"contactNameProblem")
        self.contactNameProblem.setWordWrap(True)
        self.contactNameProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.placeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactNameProblem)

        self.contactEmailLabel = QLabel(ProjectDialog)
        self.contactEmailLabel.setObjectName(u"contactEmailLabel")

        self.placeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactEmailLabel)

        self.contactEmailEdit = QLineEdit(ProjectDialog)
        self.contactEmailEdit.setObjectName(u"contactEmailEdit")
        self.contactEmailEdit.setPlaceholderText(u"name@example.org")

        self.placeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactEmailEdit)

        self.contactEmailProblem = QLabel(ProjectDialog)
        self.contactEmailProblem.setObjectName(u"contactEmailProblem")
        self.contactEmailProblem.setWordWrap(True)
        self.contactEmailProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.placeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactEmailProblem)

        self.budgetLabel = QLabel(ProjectDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.placeForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetEdit = QLineEdit(ProjectDialog)
        self.budgetEdit.setObjectName(u"budgetEdit")
        self.budgetEdit.setPlaceholderText(u"12 500,00")

        self.placeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.budgetEdit)

        self.budgetProblem = QLabel(ProjectDialog)
        self.budgetProblem.setObjectName(u"budgetProblem")
        self.budgetProblem.setWordWrap(True)
        self.budgetProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.placeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.budgetProblem)

        self.languageLabel = QLabel(ProjectDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.placeForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(ProjectDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.placeForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.columnsLayout.addLayout(self.placeForm)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.summaryLabel = QLabel(ProjectDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.dialogLayout.addWidget(self.summaryLabel)

        self.summaryTabs = QTabWidget(ProjectDialog)
        self.summaryTabs.setObjectName(u"summaryTabs")
        self.summaryFrTab = QWidget()
        self.summaryFrTab.setObjectName(u"summaryFrTab")
        self.summaryFrTabLayout = QVBoxLayout(self.summaryFrTab)
        self.summaryFrTabLayout.setObjectName(u"summaryFrTabLayout")
        self.summaryFrTabLayout.setContentsMargins(4, 4, 4, 4)
        self.summaryFrEdit = QPlainTextEdit(self.summaryFrTab)
        self.summaryFrEdit.setObjectName(u"summaryFrEdit")
        self.summaryFrEdit.setTabChangesFocus(True)

        self.summaryFrTabLayout.addWidget(self.summaryFrEdit)

        self.summaryTabs.addTab(self.summaryFrTab, "")
        self.summaryNlTab = QWidget()
        self.summaryNlTab.setObjectName(u"summaryNlTab")
        self.summaryNlTabLayout = QVBoxLayout(self.summaryNlTab)
        self.summaryNlTabLayout.setObjectName(u"summaryNlTabLayout")
        self.summaryNlTabLayout.setContentsMargins(4, 4, 4, 4)
        self.summaryNlEdit = QPlainTextEdit(self.summaryNlTab)
        self.summaryNlEdit.setObjectName(u"summaryNlEdit")
        self.summaryNlEdit.setTabChangesFocus(True)

        self.summaryNlTabLayout.addWidget(self.summaryNlEdit)

        self.summaryTabs.addTab(self.summaryNlTab, "")
        self.summaryEnTab = QWidget()
        self.summaryEnTab.setObjectName(u"summaryEnTab")
        self.summaryEnTabLayout = QVBoxLayout(self.summaryEnTab)
        self.summaryEnTabLayout.setObjectName(u"summaryEnTabLayout")
        self.summaryEnTabLayout.setContentsMargins(4, 4, 4, 4)
        self.summaryEnEdit = QPlainTextEdit(self.summaryEnTab)
        self.summaryEnEdit.setObjectName(u"summaryEnEdit")
        self.summaryEnEdit.setTabChangesFocus(True)

        self.summaryEnTabLayout.addWidget(self.summaryEnEdit)

        self.summaryTabs.addTab(self.summaryEnTab, "")

        self.dialogLayout.addWidget(self.summaryTabs)

        self.formProblem = QLabel(ProjectDialog)
        self.formProblem.setObjectName(u"formProblem")
        self.formProblem.setWordWrap(True)
        self.formProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.formProblem)

        self.buttonBox = QDialogButtonBox(ProjectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.titleFrLabel.setBuddy(self.titleFrEdit)
        self.titleNlLabel.setBuddy(self.titleNlEdit)
        self.titleEnLabel.setBuddy(self.titleEnEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.leadActorLabel.setBuddy(self.leadActorCombo)
        self.partnersLabel.setBuddy(self.partnersList)
        self.municipalityLabel.setBuddy(self.municipalityCombo)
        self.policeZoneLabel.setBuddy(self.policeZoneValue)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.contactEmailLabel.setBuddy(self.contactEmailEdit)
        self.budgetLabel.setBuddy(self.budgetEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.titleFrEdit)
        QWidget.setTabOrder(self.titleFrEdit, self.titleNlEdit)
        QWidget.setTabOrder(self.titleNlEdit, self.titleEnEdit)
        QWidget.setTabOrder(self.titleEnEdit, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.leadActorCombo)
        QWidget.setTabOrder(self.leadActorCombo, self.partnersList)
        QWidget.setTabOrder(self.partnersList, self.municipalityCombo)
        QWidget.setTabOrder(self.municipalityCombo, self.contactNameEdit)
        QWidget.setTabOrder(self.contactNameEdit, self.contactEmailEdit)
        QWidget.setTabOrder(self.contactEmailEdit, self.budgetEdit)
        QWidget.setTabOrder(self.budgetEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.summaryTabs)
        QWidget.setTabOrder(self.summaryTabs, self.summaryFrEdit)
        QWidget.setTabOrder(self.summaryFrEdit, self.summaryNlEdit)
        QWidget.setTabOrder(self.summaryNlEdit, self.summaryEnEdit)

        self.retranslateUi(ProjectDialog)
        self.buttonBox.rejected.connect(ProjectDialog.reject)

        QMetaObject.connectSlotsByName(ProjectDialog)
    # setupUi

    def retranslateUi(self, ProjectDialog):
        ProjectDialog.setWindowTitle(QCoreApplication.translate("ProjectDialog", u"Project", None))
        self.codeLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Code:", None))
        self.categoryLabel.setText(QCoreApplication.translate("ProjectDialog", u"C&ategory:", None))
        self.titleFrLabel.setText(QCoreApplication.translate("ProjectDialog", u"Title (&French):", None))
        self.titleNlLabel.setText(QCoreApplication.translate("ProjectDialog", u"Title (&Dutch):", None))
        self.titleEnLabel.setText(QCoreApplication.translate("ProjectDialog", u"Title (En&glish):", None))
        self.organisationLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Organisation:", None))
        self.leadActorLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Lead actor:", None))
        self.partnersLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Partner actors:", None))
        self.municipalityLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Municipality:", None))
        self.policeZoneLabel.setText(QCoreApplication.translate("ProjectDialog", u"Police zone:", None))
        self.contactNameLabel.setText(QCoreApplication.translate("ProjectDialog", u"Contact perso&n:", None))
        self.contactEmailLabel.setText(QCoreApplication.translate("ProjectDialog", u"Contact &e-mail:", None))
        self.budgetLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Budget (\u20ac):", None))
        self.languageLabel.setText(QCoreApplication.translate("ProjectDialog", u"Language for lette&rs:", None))
        self.summaryLabel.setText(QCoreApplication.translate("ProjectDialog", u"Summary", None))
#if QT_CONFIG(accessibility)
        self.summaryTabs.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryTabs.setAccessibleDescription(QCoreApplication.translate("ProjectDialog", u"One tab per language: French, Dutch, English", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryFrEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Summary in French", None))
#endif // QT_CONFIG(accessibility)
        self.summaryTabs.setTabText(self.summaryTabs.indexOf(self.summaryFrTab), QCoreApplication.translate("ProjectDialog", u"French", None))
#if QT_CONFIG(accessibility)
        self.summaryNlEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Summary in Dutch", None))
#endif // QT_CONFIG(accessibility)
        self.summaryTabs.setTabText(self.summaryTabs.indexOf(self.summaryNlTab), QCoreApplication.translate("ProjectDialog", u"Dutch", None))
#if QT_CONFIG(accessibility)
        self.summaryEnEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Summary in English", None))
#endif // QT_CONFIG(accessibility)
        self.summaryTabs.setTabText(self.summaryTabs.indexOf(self.summaryEnTab), QCoreApplication.translate("ProjectDialog", u"English", None))
    # retranslateUi

