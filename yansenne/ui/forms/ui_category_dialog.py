# Generated from ui/category_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'category_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_CategoryDialog(object):
    def setupUi(self, CategoryDialog):
        if not CategoryDialog.objectName():
            CategoryDialog.setObjectName(u"CategoryDialog")
        CategoryDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(CategoryDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 12)
        self.form = QFormLayout()
        self.form.setSpacing(6)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.codeLabel = QLabel(CategoryDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(CategoryDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeProblem = QLabel(CategoryDialog)
        self.codeProblem.setObjectName(u"codeProblem")
        self.codeProblem.setWordWrap(True)
        self.codeProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeProblem)

        self.nameFrLabel = QLabel(CategoryDialog)
        self.nameFrLabel.setObjectName(u"nameFrLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameFrLabel)

        self.nameFrEdit = QLineEdit(CategoryDialog)
        self.nameFrEdit.setObjectName(u"nameFrEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameFrEdit)

        self.nameFrProblem = QLabel(CategoryDialog)
        self.nameFrProblem.setObjectName(u"nameFrProblem")
        self.nameFrProblem.setWordWrap(True)
        self.nameFrProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameFrProblem)

        self.nameNlLabel = QLabel(CategoryDialog)
        self.nameNlLabel.setObjectName(u"nameNlLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nameNlLabel)

        self.nameNlEdit = QLineEdit(CategoryDialog)
        self.nameNlEdit.setObjectName(u"nameNlEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nameNlEdit)

        self.nameNlProblem = QLabel(CategoryDialog)
        self.nameNlProblem.setObjectName(u"nameNlProblem")
        self.nameNlProblem.setWordWrap(True)
        self.nameNlProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nameNlProblem)

        self.nameEnLabel = QLabel(CategoryDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEnEdit = QLineEdit(CategoryDialog)
        self.nameEnEdit.setObjectName(u"nameEnEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.nameEnProblem = QLabel(CategoryDialog)
        self.nameEnProblem.setObjectName(u"nameEnProblem")
        self.nameEnProblem.setWordWrap(True)
        self.nameEnProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.nameEnProblem)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.formProblem = QLabel(CategoryDialog)
        self.formProblem.setObjectName(u"formProblem")
        self.formProblem.setWordWrap(True)
        self.formProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.formProblem)

        self.buttonBox = QDialogButtonBox(CategoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameFrLabel.setBuddy(self.nameFrEdit)
        self.nameNlLabel.setBuddy(self.nameNlEdit)
        self.nameEnLabel.setBuddy(self.nameEnEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CategoryDialog)
        self.buttonBox.rejected.connect(CategoryDialog.reject)

        QMetaObject.connectSlotsByName(CategoryDialog)
    # setupUi

    def retranslateUi(self, CategoryDialog):
        CategoryDialog.setWindowTitle(QCoreApplication.translate("CategoryDialog", u"Category", None))
        self.codeLabel.setText(QCoreApplication.translate("CategoryDialog", u"&Code:", None))
        self.nameFrLabel.setText(QCoreApplication.translate("CategoryDialog", u"Name (&French):", None))
        self.nameNlLabel.setText(QCoreApplication.translate("CategoryDialog", u"Name (&Dutch):", None))
        self.nameEnLabel.setText(QCoreApplication.translate("CategoryDialog", u"Name (En&glish):", None))
    # retranslateUi

