# Generated from ui/criterion_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'criterion_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget)

class Ui_CriterionDialog(object):
    def setupUi(self, CriterionDialog):
        if not CriterionDialog.objectName():
            CriterionDialog.setObjectName(u"CriterionDialog")
        CriterionDialog.resize(820, 560)
        self.dialogLayout = QVBoxLayout(CriterionDialog)
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
        self.codeLabel = QLabel(CriterionDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(CriterionDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeProblem = QLabel(CriterionDialog)
        self.codeProblem.setObjectName(u"codeProblem")
        self.codeProblem.setWordWrap(True)
        self.codeProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeProblem)

        self.categoryLabel = QLabel(CriterionDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(CriterionDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.categoryProblem = QLabel(CriterionDialog)
        self.categoryProblem.setObjectName(u"categoryProblem")
        self.categoryProblem.setWordWrap(True)
        self.categoryProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryProblem)

        self.nameFrLabel = QLabel(CriterionDialog)
        self.nameFrLabel.setObjectName(u"nameFrLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nameFrLabel)

        self.nameFrEdit = QLineEdit(CriterionDialog)
        self.nameFrEdit.setObjectName(u"nameFrEdit")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nameFrEdit)

        self.nameFrProblem = QLabel(CriterionDialog)
        self.nameFrProblem.setObjectName(u"nameFrProblem")
        self.nameFrProblem.setWordWrap(True)
        self.nameFrProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nameFrProblem)

        self.nameNlLabel = QLabel(CriterionDialog)
        self.nameNlLabel.setObjectName(u"nameNlLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nameNlLabel)

        self.nameNlEdit = QLineEdit(CriterionDialog)
        self.nameNlEdit.setObjectName(u"nameNlEdit")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nameNlEdit)

        self.nameNlProblem = QLabel(CriterionDialog)
        self.nameNlProblem.setObjectName(u"nameNlProblem")
        self.nameNlProblem.setWordWrap(True)
        self.nameNlProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.nameNlProblem)

        self.nameEnLabel = QLabel(CriterionDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEnEdit = QLineEdit(CriterionDialog)
        self.nameEnEdit.setObjectName(u"nameEnEdit")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.nameEnProblem = QLabel(CriterionDialog)
        self.nameEnProblem.setObjectName(u"nameEnProblem")
        self.nameEnProblem.setWordWrap(True)
        self.nameEnProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.nameEnProblem)


        self.columnsLayout.addLayout(self.identityForm)

        self.scaleForm = QFormLayout()
        self.scaleForm.setSpacing(6)
        self.scaleForm.setObjectName(u"scaleForm")
        self.scaleForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.scaleForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.weightLabel = QLabel(CriterionDialog)
        self.weightLabel.setObjectName(u"weightLabel")

        self.scaleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.weightLabel)

        self.weightEdit = QLineEdit(CriterionDialog)
        self.weightEdit.setObjectName(u"weightEdit")
        self.weightEdit.setPlaceholderText(u"1")

        self.scaleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.weightEdit)

        self.weightProblem = QLabel(CriterionDialog)
        self.weightProblem.setObjectName(u"weightProblem")
        self.weightProblem.setWordWrap(True)
        self.weightProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.scaleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weightProblem)

        self.shareLabel = QLabel(CriterionDialog)
        self.shareLabel.setObjectName(u"shareLabel")

        self.scaleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shareLabel)

        self.shareValue = QLabel(CriterionDialog)
        self.shareValue.setObjectName(u"shareValue")

        self.scaleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shareValue)

        self.minLabel = QLabel(CriterionDialog)
        self.minLabel.setObjectName(u"minLabel")

        self.scaleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minLabel)

        self.minEdit = QLineEdit(CriterionDialog)
        self.minEdit.setObjectName(u"minEdit")
        self.minEdit.setPlaceholderText(u"0")

        self.scaleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minEdit)

        self.minProblem = QLabel(CriterionDialog)
        self.minProblem.setObjectName(u"minProblem")
        self.minProblem.setWordWrap(True)
        self.minProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.scaleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.minProblem)

        self.maxLabel = QLabel(CriterionDialog)
        self.maxLabel.setObjectName(u"maxLabel")

        self.scaleForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.maxLabel)

        self.maxEdit = QLineEdit(CriterionDialog)
        self.maxEdit.setObjectName(u"maxEdit")
        self.maxEdit.setPlaceholderText(u"10")

        self.scaleForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.maxEdit)

        self.maxProblem = QLabel(CriterionDialog)
        self.maxProblem.setObjectName(u"maxProblem")
        self.maxProblem.setWordWrap(True)
        self.maxProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.scaleForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.maxProblem)

        self.stepLabel = QLabel(CriterionDialog)
        self.stepLabel.setObjectName(u"stepLabel")

        self.scaleForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.stepLabel)

        self.stepEdit = QLineEdit(CriterionDialog)
        self.stepEdit.setObjectName(u"stepEdit")
        self.stepEdit.setPlaceholderText(u"0.5")

        self.scaleForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stepEdit)

        self.stepProblem = QLabel(CriterionDialog)
        self.stepProblem.setObjectName(u"stepProblem")
        self.stepProblem.setWordWrap(True)
        self.stepProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.scaleForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.stepProblem)


        self.columnsLayout.addLayout(self.scaleForm)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.descriptorLabel = QLabel(CriterionDialog)
        self.descriptorLabel.setObjectName(u"descriptorLabel")

        self.dialogLayout.addWidget(self.descriptorLabel)

        self.descriptorTabs = QTabWidget(CriterionDialog)
        self.descriptorTabs.setObjectName(u"descriptorTabs")
        self.descriptorFrTab = QWidget()
        self.descriptorFrTab.setObjectName(u"descriptorFrTab")
        self.descriptorFrTabLayout = QVBoxLayout(self.descriptorFrTab)
        self.descriptorFrTabLayout.setObjectName(u"descriptorFrTabLayout")
        self.descriptorFrTabLayout.setContentsMargins(4, 4, 4, 4)
        self.descriptorFrEdit = QPlainTextEdit(self.descriptorFrTab)
        self.descriptorFrEdit.setObjectName(u"descriptorFrEdit")
        self.descriptorFrEdit.setTabChangesFocus(True)

        self.descriptorFrTabLayout.addWidget(self.descriptorFrEdit)

        self.descriptorTabs.addTab(self.descriptorFrTab, "")
        self.descriptorNlTab = QWidget()
        self.descriptorNlTab.setObjectName(u"descriptorNlTab")
        self.descriptorNlTabLayout = QVBoxLayout(self.descriptorNlTab)
        self.descriptorNlTabLayout.setObjectName(u"descriptorNlTabLayout")
        self.descriptorNlTabLayout.setContentsMargins(4, 4, 4, 4)
        self.descriptorNlEdit = QPlainTextEdit(self.descriptorNlTab)
        self.descriptorNlEdit.setObjectName(u"descriptorNlEdit")
        self.descriptorNlEdit.setTabChangesFocus(True)

        self.descriptorNlTabLayout.addWidget(self.descriptorNlEdit)

        self.descriptorTabs.addTab(self.descriptorNlTab, "")
        self.descriptorEnTab = QWidget()
        self.descriptorEnTab.setObjectName(u"descriptorEnTab")
        self.descriptorEnTabLayout = QVBoxLayout(self.descriptorEnTab)
        self.descriptorEnTabLayout.setObjectName(u"descriptorEnTabLayout")
        self.descriptorEnTabLayout.setContentsMargins(4, 4, 4, 4)
        self.descriptorEnEdit = QPlainTextEdit(self.descriptorEnTab)
        self.descriptorEnEdit.setObjectName(u"descriptorEnEdit")
        self.descriptorEnEdit.setTabChangesFocus(True)

        self.descriptorEnTabLayout.addWidget(self.descriptorEnEdit)

        self.descriptorTabs.addTab(self.descriptorEnTab, "")

        self.dialogLayout.addWidget(self.descriptorTabs)

        self.formProblem = QLabel(CriterionDialog)
        self.formProblem.setObjectName(u"formProblem")
        self.formProblem.setWordWrap(True)
        self.formProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.formProblem)

        self.buttonBox = QDialogButtonBox(CriterionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.nameFrLabel.setBuddy(self.nameFrEdit)
        self.nameNlLabel.setBuddy(self.nameNlEdit)
        self.nameEnLabel.setBuddy(self.nameEnEdit)
        self.weightLabel.setBuddy(self.weightEdit)
        self.shareLabel.setBuddy(self.shareValue)
        self.minLabel.setBuddy(self.minEdit)
        self.maxLabel.setBuddy(self.maxEdit)
        self.stepLabel.setBuddy(self.stepEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CriterionDialog)
        self.buttonBox.rejected.connect(CriterionDialog.reject)

        QMetaObject.connectSlotsByName(CriterionDialog)
    # setupUi

    def retranslateUi(self, CriterionDialog):
        CriterionDialog.setWindowTitle(QCoreApplication.translate("CriterionDialog", u"Criterion", None))
        self.codeLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Code:", None))
        self.categoryLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Applies to:", None))
        self.nameFrLabel.setText(QCoreApplication.translate("CriterionDialog", u"Name (&French):", None))
        self.nameNlLabel.setText(QCoreApplication.translate("CriterionDialog", u"Name (&Dutch):", None))
        self.nameEnLabel.setText(QCoreApplication.translate("CriterionDialog", u"Name (En&glish):", None))
        self.weightLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Weight:", None))
        self.shareLabel.setText(QCoreApplication.translate("CriterionDialog", u"Share:", None))
        self.minLabel.setText(QCoreApplication.translate("CriterionDialog", u"M&inimum:", None))
        self.maxLabel.setText(QCoreApplication.translate("CriterionDialog", u"Ma&ximum:", None))
        self.stepLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Step:", None))
        self.descriptorLabel.setText(QCoreApplication.translate("CriterionDialog", u"Rubric: what each level means", None))
#if QT_CONFIG(accessibility)
        self.descriptorTabs.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Rubric: what each level means", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.descriptorTabs.setAccessibleDescription(QCoreApplication.translate("CriterionDialog", u"One tab per language: French, Dutch, English", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.descriptorFrEdit.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Rubric in French", None))
#endif // QT_CONFIG(accessibility)
        self.descriptorTabs.setTabText(self.descriptorTabs.indexOf(self.descriptorFrTab), QCoreApplication.translate("CriterionDialog", u"French", None))
#if QT_CONFIG(accessibility)
        self.descriptorNlEdit.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Rubric in Dutch", None))
#endif // QT_CONFIG(accessibility)
        self.descriptorTabs.setTabText(self.descriptorTabs.indexOf(self.descriptorNlTab), QCoreApplication.translate("CriterionDialog", u"Dutch", None))
#if QT_CONFIG(accessibility)
        self.descriptorEnEdit.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Rubric in English", None))
#endif // QT_CONFIG(accessibility)
        self.descriptorTabs.setTabText(self.descriptorTabs.indexOf(self.descriptorEnTab), QCoreApplication.translate("CriterionDialog", u"English", None))
    # retranslateUi

