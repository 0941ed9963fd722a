# Generated from ui/juror_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'juror_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_JurorDialog(object):
    def setupUi(self, JurorDialog):
        if not JurorDialog.objectName():
            JurorDialog.setObjectName(u"JurorDialog")
        JurorDialog.resize(560, 380)
        self.dialogLayout = QVBoxLayout(JurorDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 12)
        self.form = QFormLayout()
        self.form.setSpacing(6)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.codeLabel = QLabel(JurorDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(JurorDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setPlaceholderText(u"J09")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeProblem = QLabel(JurorDialog)
        self.codeProblem.setObjectName(u"codeProblem")
        self.codeProblem.setWordWrap(True)
        self.codeProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeProblem)

        self.nameLabel = QLabel(JurorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(JurorDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameProblem = QLabel(JurorDialog)
        self.nameProblem.setObjectName(u"nameProblem")
        self.nameProblem.setWordWrap(True)
        self.nameProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameProblem)

        self.institutionLabel = QLabel(JurorDialog)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.institutionLabel)

        self.institutionEdit = QLineEdit(JurorDialog)
        self.institutionEdit.setObjectName(u"institutionEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.institutionEdit)

        self.institutionProblem = QLabel(JurorDialog)
        self.institutionProblem.setObjectName(u"institutionProblem")
        self.institutionProblem.setWordWrap(True)
        self.institutionProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.institutionProblem)

        self.roleLabel = QLabel(JurorDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(JurorDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.languageLabel = QLabel(JurorDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(JurorDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.emailLabel = QLabel(JurorDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(JurorDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setPlaceholderText(u"name@example.org")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailProblem = QLabel(JurorDialog)
        self.emailProblem.setObjectName(u"emailProblem")
        self.emailProblem.setWordWrap(True)
        self.emailProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailProblem)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.formProblem = QLabel(JurorDialog)
        self.formProblem.setObjectName(u"formProblem")
        self.formProblem.setWordWrap(True)
        self.formProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.formProblem)

        self.buttonBox = QDialogButtonBox(JurorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.institutionLabel.setBuddy(self.institutionEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JurorDialog)
        self.buttonBox.rejected.connect(JurorDialog.reject)

        QMetaObject.connectSlotsByName(JurorDialog)
    # setupUi

    def retranslateUi(self, JurorDialog):
        JurorDialog.setWindowTitle(QCoreApplication.translate("JurorDialog", u"Juror", None))
        self.codeLabel.setText(QCoreApplication.translate("JurorDialog", u"&Code:", None))
        self.nameLabel.setText(QCoreApplication.translate("JurorDialog", u"&Name:", None))
        self.institutionLabel.setText(QCoreApplication.translate("JurorDialog", u"&Institution:", None))
        self.roleLabel.setText(QCoreApplication.translate("JurorDialog", u"&Role:", None))
        self.languageLabel.setText(QCoreApplication.translate("JurorDialog", u"&Language:", None))
        self.emailLabel.setText(QCoreApplication.translate("JurorDialog", u"&E-mail:", None))
    # retranslateUi

