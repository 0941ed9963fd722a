# Generated from ui/project_detail.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_detail.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QFormLayout, QFrame, QLabel, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_ProjectDetail(object):
    def setupUi(self, ProjectDetail):
        if not ProjectDetail.objectName():
            ProjectDetail.setObjectName(u"ProjectDetail")
        ProjectDetail.resize(420, 600)
        ProjectDetail.setMinimumSize(QSize(300, 0))
        self.detailLayout = QVBoxLayout(ProjectDetail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(ProjectDetail)
        self.stack.setObjectName(u"stack")
        self.placeholderPage = QWidget()
        self.placeholderPage.setObjectName(u"placeholderPage")
        self.placeholderLayout = QVBoxLayout(self.placeholderPage)
        self.placeholderLayout.setObjectName(u"placeholderLayout")
        self.placeholderLabel = QLabel(self.placeholderPage)
        self.placeholderLabel.setObjectName(u"placeholderLabel")
        self.placeholderLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholderLabel.setWordWrap(True)

        self.placeholderLayout.addWidget(self.placeholderLabel)

        self.stack.addWidget(self.placeholderPage)
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailPageLayout = QVBoxLayout(self.detailPage)
        self.detailPageLayout.setObjectName(u"detailPageLayout")
        self.detailPageLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(self.detailPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setSpacing(6)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(14, 10, 14, 10)
        self.codeValue = QLabel(self.scrollContents)
        self.codeValue.setObjectName(u"codeValue")
        self.codeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentsLayout.addWidget(self.codeValue)

        self.titleValue = QLabel(self.scrollContents)
        self.titleValue.setObjectName(u"titleValue")
        self.titleValue.setWordWrap(True)
        self.titleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentsLayout.addWidget(self.titleValue)

        self.otherTitleValue = QLabel(self.scrollContents)
        self.otherTitleValue.setObjectName(u"otherTitleValue")
        self.otherTitleValue.setWordWrap(True)
        self.otherTitleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentsLayout.addWidget(self.otherTitleValue)

        self.titleSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.contentsLayout.addItem(self.titleSpacer)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setHorizontalSpacing(14)
        self.formLayout.setVerticalSpacing(8)
        self.organisationLabel = QLabel(self.scrollContents)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationValue = QLabel(self.scrollContents)
        self.organisationValue.setObjectName(u"organisationValue")
        self.organisationValue.setWordWrap(True)
        self.organisationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationValue)

        self.categoryLabel = QLabel(self.scrollContents)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryValue = QLabel(self.scrollContents)
        self.categoryValue.setObjectName(u"categoryValue")
        self.categoryValue.setWordWrap(True)
        self.categoryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryValue)

        self.municipalityLabel = QLabel(self.scrollContents)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityValue = QLabel(self.scrollContents)
        self.municipalityValue.setObjectName(u"municipalityValue")
        self.municipalityValue.setWordWrap(True)
        self.municipalityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.municipalityValue)

        self.policeZoneLabel = QLabel(self.scrollContents)
        self.policeZoneLabel.setObjectName(u"policeZoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.policeZoneLabel)

        self.policeZoneValue = QLabel(self.scrollContents)
        self.policeZoneValue.setObjectName(u"policeZoneValue")
        self.policeZoneValue.setWordWrap(True)
        self.policeZoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.policeZoneValue)

        self.leadActorLabel = QLabel(self.scrollContents)
        self.leadActorLabel.setObjectName(u"leadActorLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leadActorLabel)

        self.leadActorValue = QLabel(self.scrollContents)
        self.leadActorValue.setObjectName(u"leadActorValue")
        self.leadActorValue.setWordWrap(True)
        self.leadActorValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leadActorValue)

        self.partnerActorsLabel = QLabel(self.scrollContents)
        self.partnerActorsLabel.setObjectName(u"partnerActorsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.partnerActorsLabel)

        self.partnerActorsValue = QLabel(self.scrollContents)
        self.partnerActorsValue.setObjectName(u"partnerActorsValue")
        self.partnerActorsValue.setWordWrap(True)
        self.partnerActorsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partnerActorsValue)

        self.contactLabel = QLabel(self.scrollContents)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactValue = QLabel(self.scrollContents)
        self.contactValue.setObjectName(u"contactValue")
        self.contactValue.setWordWrap(True)
        self.contactValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactValue)

        self.budgetLabel = QLabel(self.scrollContents)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetValue = QLabel(self.scrollContents)
        self.budgetValue.setObjectName(u"budgetValue")
        self.budgetValue.setWordWrap(True)
        self.budgetValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.budgetValue)


        self.contentsLayout.addLayout(self.formLayout)

        self.summarySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.contentsLayout.addItem(self.summarySpacer)

        self.summaryLabel = QLabel(self.scrollContents)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.contentsLayout.addWidget(self.summaryLabel)

        self.summaryValue = QLabel(self.scrollContents)
        self.summaryValue.setObjectName(u"summaryValue")
        self.summaryValue.setWordWrap(True)
        self.summaryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentsLayout.addWidget(self.summaryValue)

        self.contentsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.detailPageLayout.addWidget(self.scrollArea)

        self.stack.addWidget(self.detailPage)

        self.detailLayout.addWidget(self.stack)


        self.retranslateUi(ProjectDetail)

        QMetaObject.connectSlotsByName(ProjectDetail)
    # setupUi

    def retranslateUi(self, ProjectDetail):
        self.placeholderLabel.setText(QCoreApplication.translate("ProjectDetail", u"Select a project to see its details.", None))
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("ProjectDetail", u"Details of the selected project", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("ProjectDetail", u"Organisation", None))
        self.categoryLabel.setText(QCoreApplication.translate("ProjectDetail", u"Category", None))
        self.municipalityLabel.setText(QCoreApplication.translate("ProjectDetail", u"Municipality", None))
        self.policeZoneLabel.setText(QCoreApplication.translate("ProjectDetail", u"Police zone", None))
        self.leadActorLabel.setText(QCoreApplication.translate("ProjectDetail", u"Lead actor", None))
        self.partnerActorsLabel.setText(QCoreApplication.translate("ProjectDetail", u"Partner actors", None))
        self.contactLabel.setText(QCoreApplication.translate("ProjectDetail", u"Contact", None))
        self.budgetLabel.setText(QCoreApplication.translate("ProjectDetail", u"Budget", None))
        self.summaryLabel.setText(QCoreApplication.translate("ProjectDetail", u"Summary", None))
        pass
    # retranslateUi

