# Generated from ui/new_edition_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_edition_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_NewEditionDialog(object):
    def setupUi(self, NewEditionDialog):
        if not NewEditionDialog.objectName():
            NewEditionDialog.setObjectName(u"NewEditionDialog")
        NewEditionDialog.resize(620, 420)
        self.dialogLayout = QVBoxLayout(NewEditionDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 12)
        self.form = QFormLayout()
        self.form.setSpacing(6)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.yearLabel = QLabel(NewEditionDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(NewEditionDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1900)
        self.yearSpin.setMaximum(2999)
        self.yearSpin.setValue(2027)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.yearProblem = QLabel(NewEditionDialog)
        self.yearProblem.setObjectName(u"yearProblem")
        self.yearProblem.setWordWrap(True)
        self.yearProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearProblem)

        self.sourceLabel = QLabel(NewEditionDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.templateRadio = QRadioButton(NewEditionDialog)
        self.templateRadio.setObjectName(u"templateRadio")
        self.templateRadio.setChecked(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.templateRadio)

        self.templateHint = QLabel(NewEditionDialog)
        self.templateHint.setObjectName(u"templateHint")
        self.templateHint.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.templateHint)

        self.copyLayout = QHBoxLayout()
        self.copyLayout.setSpacing(6)
        self.copyLayout.setObjectName(u"copyLayout")
        self.copyRadio = QRadioButton(NewEditionDialog)
        self.copyRadio.setObjectName(u"copyRadio")

        self.copyLayout.addWidget(self.copyRadio)

        self.sourceCombo = QComboBox(NewEditionDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.copyLayout.addWidget(self.sourceCombo)

        self.copySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.copyLayout.addItem(self.copySpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.copyLayout)

        self.copyHint = QLabel(NewEditionDialog)
        self.copyHint.setObjectName(u"copyHint")
        self.copyHint.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.copyHint)

        self.quorumLabel = QLabel(NewEditionDialog)
        self.quorumLabel.setObjectName(u"quorumLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.quorumLabel)

        self.quorumSpin = QSpinBox(NewEditionDialog)
        self.quorumSpin.setObjectName(u"quorumSpin")
        self.quorumSpin.setMinimum(1)
        self.quorumSpin.setMaximum(99)
        self.quorumSpin.setValue(3)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.quorumSpin)

        self.nameFrLabel = QLabel(NewEditionDialog)
        self.nameFrLabel.setObjectName(u"nameFrLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.nameFrLabel)

        self.nameFrEdit = QLineEdit(NewEditionDialog)
        self.nameFrEdit.setObjectName(u"nameFrEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.nameFrEdit)

        self.nameFrProblem = QLabel(NewEditionDialog)
        self.nameFrProblem.setObjectName(u"nameFrProblem")
        self.nameFrProblem.setWordWrap(True)
        self.nameFrProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.nameFrProblem)

        self.nameNlLabel = QLabel(NewEditionDialog)
        self.nameNlLabel.setObjectName(u"nameNlLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.nameNlLabel)

        self.nameNlEdit = QLineEdit(NewEditionDialog)
        self.nameNlEdit.setObjectName(u"nameNlEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.nameNlEdit)

        self.nameNlProblem = QLabel(NewEditionDialog)
        self.nameNlProblem.setObjectName(u"nameNlProblem")
        self.nameNlProblem.setWordWrap(True)
        self.nameNlProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.nameNlProblem)

        self.nameEnLabel = QLabel(NewEditionDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEnEdit = QLineEdit(NewEditionDialog)
        self.nameEnEdit.setObjectName(u"nameEnEdit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.nameEnProblem = QLabel(NewEditionDialog)
        self.nameEnProblem.setObjectName(u"nameEnProblem")
        self.nameEnProblem.setWordWrap(True)
        self.nameEnProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.nameEnProblem)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.formProblem = QLabel(NewEditionDialog)
        self.formProblem.setObjectName(u"formProblem")
        self.formProblem.setWordWrap(True)
        self.formProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.formProblem)

        self.buttonBox = QDialogButtonBox(NewEditionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.quorumLabel.setBuddy(self.quorumSpin)
        self.nameFrLabel.setBuddy(self.nameFrEdit)
        self.nameNlLabel.setBuddy(self.nameNlEdit)
        self.nameEnLabel.setBuddy(self.nameEnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.templateRadio)
        QWidget.setTabOrder(self.templateRadio, self.copyRadio)
        QWidget.setTabOrder(self.copyRadio, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.quorumSpin)
        QWidget.setTabOrder(self.quorumSpin, self.nameFrEdit)
        QWidget.setTabOrder(self.nameFrEdit, self.nameNlEdit)
        QWidget.setTabOrder(self.nameNlEdit, self.nameEnEdit)

        self.retranslateUi(NewEditionDialog)
        self.buttonBox.rejected.connect(NewEditionDialog.reject)

        QMetaObject.connectSlotsByName(NewEditionDialog)
    # setupUi

    def retranslateUi(self, NewEditionDialog):
        NewEditionDialog.setWindowTitle(QCoreApplication.translate("NewEditionDialog", u"New edition", None))
        self.yearLabel.setText(QCoreApplication.translate("NewEditionDialog", u"&Year:", None))
        self.sourceLabel.setText(QCoreApplication.translate("NewEditionDialog", u"Start from:", None))
        self.templateRadio.setText(QCoreApplication.translate("NewEditionDialog", u"the &template", None))
        self.templateHint.setText(QCoreApplication.translate("NewEditionDialog", u"The five actor categories, the default grid of four criteria, prizes of 6,000, 4,000 and 2,000 euros.", None))
        self.copyRadio.setText(QCoreApplication.translate("NewEditionDialog", u"a &copy of the edition", None))
        self.copyHint.setText(QCoreApplication.translate("NewEditionDialog", u"Its categories, grid, jury and rules; no projects, scores nor decisions.", None))
        self.quorumLabel.setText(QCoreApplication.translate("NewEditionDialog", u"&Quorum:", None))
        self.nameFrLabel.setText(QCoreApplication.translate("NewEditionDialog", u"Name (&French):", None))
        self.nameNlLabel.setText(QCoreApplication.translate("NewEditionDialog", u"Name (&Dutch):", None))
        self.nameEnLabel.setText(QCoreApplication.translate("NewEditionDialog", u"Name (En&glish):", None))
    # retranslateUi

