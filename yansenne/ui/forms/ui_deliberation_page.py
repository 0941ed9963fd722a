# Generated from ui/deliberation_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deliberation_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_DeliberationPage(object):
    def setupUi(self, DeliberationPage):
        if not DeliberationPage.objectName():
            DeliberationPage.setObjectName(u"DeliberationPage")
        DeliberationPage.resize(1280, 820)
        self.pageLayout = QVBoxLayout(DeliberationPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(10, 8, 10, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.statusLabel = QLabel(DeliberationPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)

        self.headerLayout.addWidget(self.statusLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.lockButton = QPushButton(DeliberationPage)
        self.lockButton.setObjectName(u"lockButton")

        self.headerLayout.addWidget(self.lockButton)

        self.reopenButton = QPushButton(DeliberationPage)
        self.reopenButton.setObjectName(u"reopenButton")

        self.headerLayout.addWidget(self.reopenButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.lockReasonLabel = QLabel(DeliberationPage)
        self.lockReasonLabel.setObjectName(u"lockReasonLabel")
        self.lockReasonLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.lockReasonLabel)

        self.stack = QStackedWidget(DeliberationPage)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.mainPage = QWidget()
        self.mainPage.setObjectName(u"mainPage")
        self.mainLayout = QVBoxLayout(self.mainPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.mainPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setSpacing(8)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.proposalBox = QGroupBox(self.leftPane)
        self.proposalBox.setObjectName(u"proposalBox")
        self.proposalLayout = QVBoxLayout(self.proposalBox)
        self.proposalLayout.setObjectName(u"proposalLayout")
        self.proposalNote = QLabel(self.proposalBox)
        self.proposalNote.setObjectName(u"proposalNote")
        self.proposalNote.setWordWrap(True)

        self.proposalLayout.addWidget(self.proposalNote)

        self.proposalView = QTableView(self.proposalBox)
        self.proposalView.setObjectName(u"proposalView")
        self.proposalView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposalView.setAlternatingRowColors(True)
        self.proposalView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposalView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposalView.setWordWrap(False)
        self.proposalView.verticalHeader().setVisible(False)

        self.proposalLayout.addWidget(self.proposalView)

        self.proposalButtons = QHBoxLayout()
        self.proposalButtons.setObjectName(u"proposalButtons")
        self.proposalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.proposalButtons.addItem(self.proposalSpacer)

        self.adoptButton = QPushButton(self.proposalBox)
        self.adoptButton.setObjectName(u"adoptButton")

        self.proposalButtons.addWidget(self.adoptButton)


        self.proposalLayout.addLayout(self.proposalButtons)


        self.leftLayout.addWidget(self.proposalBox)

        self.decisionsBox = QGroupBox(self.leftPane)
        self.decisionsBox.setObjectName(u"decisionsBox")
        self.decisionsLayout = QVBoxLayout(self.decisionsBox)
        self.decisionsLayout.setObjectName(u"decisionsLayout")
        self.decisionsView = QTableView(self.decisionsBox)
        self.decisionsView.setObjectName(u"decisionsView")
        self.decisionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisionsView.setAlternatingRowColors(True)
        self.decisionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decisionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisionsView.setWordWrap(False)
        self.decisionsView.verticalHeader().setVisible(False)

        self.decisionsLayout.addWidget(self.decisionsView)

        self.decisionButtons = QHBoxLayout()
        self.decisionButtons.setSpacing(6)
        self.decisionButtons.setObjectName(u"decisionButtons")
        self.addPrizeButton = QPushButton(self.decisionsBox)
        self.addPrizeButton.setObjectName(u"addPrizeButton")

        self.decisionButtons.addWidget(self.addPrizeButton)

        self.addMentionButton = QPushButton(self.decisionsBox)
        self.addMentionButton.setObjectName(u"addMentionButton")

        self.decisionButtons.addWidget(self.addMentionButton)

        self.removeButton = QPushButton(self.decisionsBox)
        self.removeButton.setObjectName(u"removeButton")

        self.decisionButtons.addWidget(self.removeButton)

        self.decisionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionButtons.addItem(self.decisionSpacer)


        self.decisionsLayout.addLayout(self.decisionButtons)

        self.editorPanel = QWidget(self.decisionsBox)
        self.editorPanel.setObjectName(u"editorPanel")
        self.editorPanelLayout = QVBoxLayout(self.editorPanel)
        self.editorPanelLayout.setObjectName(u"editorPanelLayout")
        self.editorPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.editorLayout = QGridLayout()
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setHorizontalSpacing(8)
        self.editorLayout.setVerticalSpacing(6)
        self.awardLabel = QLabel(self.editorPanel)
        self.awardLabel.setObjectName(u"awardLabel")

        self.editorLayout.addWidget(self.awardLabel, 0, 0, 1, 1)

        self.awardRow = QHBoxLayout()
        self.awardRow.setSpacing(8)
        self.awardRow.setObjectName(u"awardRow")
        self.awardCombo = QComboBox(self.editorPanel)
        self.awardCombo.setObjectName(u"awardCombo")

        self.awardRow.addWidget(self.awardCombo)

        self.projectLabel = QLabel(self.editorPanel)
        self.projectLabel.setObjectName(u"projectLabel")

        self.awardRow.addWidget(self.projectLabel)

        self.projectCombo = QComboBox(self.editorPanel)
        self.projectCombo.setObjectName(u"projectCombo")
        self.projectCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.projectCombo.setMinimumContentsLength(24)

        self.awardRow.addWidget(self.projectCombo)

        self.amountLabel = QLabel(self.editorPanel)
        self.amountLabel.setObjectName(u"amountLabel")

        self.awardRow.addWidget(self.amountLabel)

        self.amountSpin = QDoubleSpinBox(self.editorPanel)
        self.amountSpin.setObjectName(u"amountSpin")
        self.amountSpin.setDecimals(0)
        self.amountSpin.setMaximum(1000000.000000000000000)
        self.amountSpin.setSingleStep(500.000000000000000)

        self.awardRow.addWidget(self.amountSpin)


        self.editorLayout.addLayout(self.awardRow, 0, 1, 1, 1)

        self.citationFrLabel = QLabel(self.editorPanel)
        self.citationFrLabel.setObjectName(u"citationFrLabel")

        self.editorLayout.addWidget(self.citationFrLabel, 1, 0, 1, 1)

        self.citationFrEdit = QPlainTextEdit(self.editorPanel)
        self.citationFrEdit.setObjectName(u"citationFrEdit")
        self.citationFrEdit.setMaximumSize(QSize(16777215, 64))
        self.citationFrEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.citationFrEdit, 1, 1, 1, 1)

        self.citationNlLabel = QLabel(self.editorPanel)
        self.citationNlLabel.setObjectName(u"citationNlLabel")

        self.editorLayout.addWidget(self.citationNlLabel, 2, 0, 1, 1)

        self.citationNlEdit = QPlainTextEdit(self.editorPanel)
        self.citationNlEdit.setObjectName(u"citationNlEdit")
        self.citationNlEdit.setMaximumSize(QSize(16777215, 64))
        self.citationNlEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.citationNlEdit, 2, 1, 1, 1)

        self.citationEnLabel = QLabel(self.editorPanel)
        self.citationEnLabel.setObjectName(u"citationEnLabel")

        self.editorLayout.addWidget(self.citationEnLabel, 3, 0, 1, 1)

        self.citationEnEdit = QPlainTextEdit(self.editorPanel)
        self.citationEnEdit.setObjectName(u"citationEnEdit")
        self.citationEnEdit.setMaximumSize(QSize(16777215, 64))
        self.citationEnEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.citationEnEdit, 3, 1, 1, 1)

        self.justificationLabel = QLabel(self.editorPanel)
        self.justificationLabel.setObjectName(u"justificationLabel")

        self.editorLayout.addWidget(self.justificationLabel, 4, 0, 1, 1)

        self.justificationEdit = QPlainTextEdit(self.editorPanel)
        self.justificationEdit.setObjectName(u"justificationEdit")
        self.justificationEdit.setMaximumSize(QSize(16777215, 64))
        self.justificationEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.justificationEdit, 4, 1, 1, 1)

        self.departureLabel = QLabel(self.editorPanel)
        self.departureLabel.setObjectName(u"departureLabel")
        self.departureLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.departureLabel, 5, 1, 1, 1)


        self.editorPanelLayout.addLayout(self.editorLayout)


        self.decisionsLayout.addWidget(self.editorPanel)

        self.saveButtons = QHBoxLayout()
        self.saveButtons.setSpacing(6)
        self.saveButtons.setObjectName(u"saveButtons")
        self.saveSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveButtons.addItem(self.saveSpacer)

        self.revertButton = QPushButton(self.decisionsBox)
        self.revertButton.setObjectName(u"revertButton")

        self.saveButtons.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.decisionsBox)
        self.saveButton.setObjectName(u"saveButton")

        self.saveButtons.addWidget(self.saveButton)


        self.decisionsLayout.addLayout(self.saveButtons)


        self.leftLayout.addWidget(self.decisionsBox)

        self.splitter.addWidget(self.leftPane)
        self.rightPane = QWidget(self.splitter)
        self.rightPane.setObjectName(u"rightPane")
        self.rightLayout = QVBoxLayout(self.rightPane)
        self.rightLayout.setSpacing(8)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.meetingBox = QGroupBox(self.rightPane)
        self.meetingBox.setObjectName(u"meetingBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.meetingBox.sizePolicy().hasHeightForWidth())
        self.meetingBox.setSizePolicy(sizePolicy)
        self.meetingLayout = QGridLayout(self.meetingBox)
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.meetingDateLabel = QLabel(self.meetingBox)
        self.meetingDateLabel.setObjectName(u"meetingDateLabel")

        self.meetingLayout.addWidget(self.meetingDateLabel, 0, 0, 1, 1)

        self.meetingDateEdit = QDateEdit(self.meetingBox)
        self.meetingDateEdit.setObjectName(u"meetingDateEdit")
        self.meetingDateEdit.setCalendarPopup(True)

        self.meetingLayout.addWidget(self.meetingDateEdit, 0, 1, 1, 1)

        self.meetingStartLabel = QLabel(self.meetingBox)
        self.meetingStartLabel.setObjectName(u"meetingStartLabel")

        self.meetingLayout.addWidget(self.meetingStartLabel, 0, 2, 1, 1)

        self.meetingStartEdit = QLineEdit(self.meetingBox)
        self.meetingStartEdit.setObjectName(u"meetingStartEdit")
        self.meetingStartEdit.setMinimumSize(QSize(64, 0))

        self.meetingLayout.addWidget(self.meetingStartEdit, 0, 3, 1, 1)

        self.meetingEndLabel = QLabel(self.meetingBox)
        self.meetingEndLabel.setObjectName(u"meetingEndLabel")

        self.meetingLayout.addWidget(self.meetingEndLabel, 0, 4, 1, 1)

        self.meetingEndEdit = QLineEdit(self.meetingBox)
        self.meetingEndEdit.setObjectName(u"meetingEndEdit")
        self.meetingEndEdit.setMinimumSize(QSize(64, 0))

        self.meetingLayout.addWidget(self.meetingEndEdit, 0, 5, 1, 1)

        self.meetingPlaceLabel = QLabel(self.meetingBox)
        self.meetingPlaceLabel.setObjectName(u"meetingPlaceLabel")

        self.meetingLayout.addWidget(self.meetingPlaceLabel, 1, 0, 1, 1)

        self.meetingPlaceEdit = QLineEdit(self.meetingBox)
        self.meetingPlaceEdit.setObjectName(u"meetingPlaceEdit")

        self.meetingLayout.addWidget(self.meetingPlaceEdit, 1, 1, 1, 5)

        self.meetingNote = QLabel(self.meetingBox)
        self.meetingNote.setObjectName(u"meetingNote")
        self.meetingNote.setWordWrap(True)

        self.meetingLayout.addWidget(self.meetingNote, 2, 0, 1, 6)


        self.rightLayout.addWidget(self.meetingBox)

        self.attendanceBox = QGroupBox(self.rightPane)
        self.attendanceBox.setObjectName(u"attendanceBox")
        self.attendanceLayout = QVBoxLayout(self.attendanceBox)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceNote = QLabel(self.attendanceBox)
        self.attendanceNote.setObjectName(u"attendanceNote")
        self.attendanceNote.setWordWrap(True)

        self.attendanceLayout.addWidget(self.attendanceNote)

        self.attendanceView = QTableView(self.attendanceBox)
        self.attendanceView.setObjectName(u"attendanceView")
        self.attendanceView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendanceView.setAlternatingRowColors(True)
        self.attendanceView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendanceView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendanceView.setWordWrap(False)
        self.attendanceView.verticalHeader().setVisible(False)

        self.attendanceLayout.addWidget(self.attendanceView)


        self.rightLayout.addWidget(self.attendanceBox)

        self.votesBox = QGroupBox(self.rightPane)
        self.votesBox.setObjectName(u"votesBox")
        self.votesLayout = QVBoxLayout(self.votesBox)
        self.votesLayout.setObjectName(u"votesLayout")
        self.votesNote = QLabel(self.votesBox)
        self.votesNote.setObjectName(u"votesNote")
        self.votesNote.setWordWrap(True)

        self.votesLayout.addWidget(self.votesNote)

        self.votesView = QTableView(self.votesBox)
        self.votesView.setObjectName(u"votesView")
        self.votesView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.votesView.setAlternatingRowColors(True)
        self.votesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.votesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.votesView.setWordWrap(False)
        self.votesView.verticalHeader().setVisible(False)

        self.votesLayout.addWidget(self.votesView)

        self.voteButtons = QHBoxLayout()
        self.voteButtons.setObjectName(u"voteButtons")
        self.unanimousButton = QToolButton(self.votesBox)
        self.unanimousButton.setObjectName(u"unanimousButton")
        self.unanimousButton.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.unanimousButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.voteButtons.addWidget(self.unanimousButton)

        self.voteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.voteButtons.addItem(self.voteSpacer)


        self.votesLayout.addLayout(self.voteButtons)


        self.rightLayout.addWidget(self.votesBox)

        self.castingBox = QGroupBox(self.rightPane)
        self.castingBox.setObjectName(u"castingBox")
        self.castingLayout = QGridLayout(self.castingBox)
        self.castingLayout.setObjectName(u"castingLayout")
        self.castingLabel = QLabel(self.castingBox)
        self.castingLabel.setObjectName(u"castingLabel")

        self.castingLayout.addWidget(self.castingLabel, 0, 0, 1, 1)

        self.castingEdit = QLineEdit(self.castingBox)
        self.castingEdit.setObjectName(u"castingEdit")

        self.castingLayout.addWidget(self.castingEdit, 0, 1, 1, 1)

        self.castingButton = QPushButton(self.castingBox)
        self.castingButton.setObjectName(u"castingButton")

        self.castingLayout.addWidget(self.castingButton, 0, 2, 1, 1)

        self.castingNote = QLabel(self.castingBox)
        self.castingNote.setObjectName(u"castingNote")
        self.castingNote.setWordWrap(True)

        self.castingLayout.addWidget(self.castingNote, 1, 0, 1, 3)


        self.rightLayout.addWidget(self.castingBox)

        self.splitter.addWidget(self.rightPane)

        self.mainLayout.addWidget(self.splitter)

        self.stack.addWidget(self.mainPage)

        self.pageLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.awardLabel.setBuddy(self.awardCombo)
        self.projectLabel.setBuddy(self.projectCombo)
        self.amountLabel.setBuddy(self.amountSpin)
        self.citationFrLabel.setBuddy(self.citationFrEdit)
        self.citationNlLabel.setBuddy(self.citationNlEdit)
        self.citationEnLabel.setBuddy(self.citationEnEdit)
        self.justificationLabel.setBuddy(self.justificationEdit)
        self.meetingDateLabel.setBuddy(self.meetingDateEdit)
        self.meetingStartLabel.setBuddy(self.meetingStartEdit)
        self.meetingEndLabel.setBuddy(self.meetingEndEdit)
        self.meetingPlaceLabel.setBuddy(self.meetingPlaceEdit)
        self.castingLabel.setBuddy(self.castingEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeliberationPage)

        QMetaObject.connectSlotsByName(DeliberationPage)
    # setupUi

    def retranslateUi(self, DeliberationPage):
        self.statusLabel.setText("")
        self.lockButton.setText(QCoreApplication.translate("DeliberationPage", u"&Lock the decision\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("DeliberationPage", u"&Reopen\u2026", None))
        self.lockReasonLabel.setText("")
        self.emptyLabel.setText(QCoreApplication.translate("DeliberationPage", u"No edition to deliberate on.", None))
        self.proposalBox.setTitle(QCoreApplication.translate("DeliberationPage", u"Proposal from the ranking", None))
        self.proposalNote.setText("")
        self.adoptButton.setText(QCoreApplication.translate("DeliberationPage", u"&Take over the proposal", None))
        self.decisionsBox.setTitle(QCoreApplication.translate("DeliberationPage", u"Decisions of the jury", None))
        self.addPrizeButton.setText(QCoreApplication.translate("DeliberationPage", u"Add a &prize", None))
        self.addMentionButton.setText(QCoreApplication.translate("DeliberationPage", u"Add a me&ntion", None))
        self.removeButton.setText(QCoreApplication.translate("DeliberationPage", u"Remo&ve", None))
        self.awardLabel.setText(QCoreApplication.translate("DeliberationPage", u"&Award:", None))
        self.projectLabel.setText(QCoreApplication.translate("DeliberationPage", u"&Project:", None))
        self.amountLabel.setText(QCoreApplication.translate("DeliberationPage", u"A&mount:", None))
        self.amountSpin.setSuffix(QCoreApplication.translate("DeliberationPage", u" \u20ac", None))
        self.citationFrLabel.setText(QCoreApplication.translate("DeliberationPage", u"Citation (&French):", None))
        self.citationFrEdit.setPlaceholderText(QCoreApplication.translate("DeliberationPage", u"Why the jury honours this project, in French", None))
        self.citationNlLabel.setText(QCoreApplication.translate("DeliberationPage", u"Citation (&Dutch):", None))
        self.citationNlEdit.setPlaceholderText(QCoreApplication.translate("DeliberationPage", u"Why the jury honours this project, in Dutch", None))
        self.citationEnLabel.setText(QCoreApplication.translate("DeliberationPage", u"Citation (&English):", None))
        self.citationEnEdit.setPlaceholderText(QCoreApplication.translate("DeliberationPage", u"Optional", None))
        self.justificationLabel.setText(QCoreApplication.translate("DeliberationPage", u"&Justification:", None))
        self.justificationEdit.setPlaceholderText(QCoreApplication.translate("DeliberationPage", u"Needed only when the decision departs from the proposal", None))
        self.departureLabel.setText("")
        self.revertButton.setText(QCoreApplication.translate("DeliberationPage", u"&Undo changes", None))
        self.saveButton.setText(QCoreApplication.translate("DeliberationPage", u"&Save the decisions", None))
        self.meetingBox.setTitle(QCoreApplication.translate("DeliberationPage", u"The meeting (for the minutes)", None))
        self.meetingDateLabel.setText(QCoreApplication.translate("DeliberationPage", u"Meeting da&y:", None))
#if QT_CONFIG(accessibility)
        self.meetingDateEdit.setAccessibleName(QCoreApplication.translate("DeliberationPage", u"Date of the deliberation", None))
#endif // QT_CONFIG(accessibility)
        self.meetingStartLabel.setText(QCoreApplication.translate("DeliberationPage", u"Open&ing time:", None))
#if QT_CONFIG(accessibility)
        self.meetingStartEdit.setAccessibleName(QCoreApplication.translate("DeliberationPage", u"Time the deliberation opened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meetingStartEdit.setAccessibleDescription(QCoreApplication.translate("DeliberationPage", u"Hours and minutes, HH:MM, for example 14:30", None))
#endif // QT_CONFIG(accessibility)
        self.meetingStartEdit.setPlaceholderText(QCoreApplication.translate("DeliberationPage", u"HH:MM", None))
        self.meetingEndLabel.setText(QCoreApplication.translate("DeliberationPage", u"Closin&g time:", None))
#if QT_CONFIG(accessibility)
        self.meetingEndEdit.setAccessibleName(QCoreApplication.translate("DeliberationPage", u"Time the deliberation closed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meetingEndEdit.setAccessibleDescription(QCoreApplication.translate("DeliberationPage", u"Hours and minutes, HH:MM, for example 17:45", None))
#endif // QT_CONFIG(accessibility)
        self.meetingEndEdit.setPlaceholderText(QCoreApplication.translate("DeliberationPage", u"HH:MM", None))
        self.meetingPlaceLabel.setText(QCoreApplication.translate("DeliberationPage", u"&Held at:", None))
#if QT_CONFIG(accessibility)
        self.meetingPlaceEdit.setAccessibleName(QCoreApplication.translate("DeliberationPage", u"Place of the deliberation", None))
#endif // QT_CONFIG(accessibility)
        self.meetingPlaceEdit.setPlaceholderText(QCoreApplication.translate("DeliberationPage", u"e.g. Brussels City Hall, Gothic Room", None))
        self.meetingNote.setText("")
        self.attendanceBox.setTitle(QCoreApplication.translate("DeliberationPage", u"Attendance", None))
        self.attendanceNote.setText(QCoreApplication.translate("DeliberationPage", u"Only the jurors marked present vote; observers never do.", None))
        self.votesBox.setTitle(QCoreApplication.translate("DeliberationPage", u"Votes", None))
        self.votesNote.setText("")
        self.castingBox.setTitle(QCoreApplication.translate("DeliberationPage", u"President's casting vote", None))
        self.castingLabel.setText(QCoreApplication.translate("DeliberationPage", u"Projects in the president's &order:", None))
        self.castingEdit.setPlaceholderText(QCoreApplication.translate("DeliberationPage", u"e.g. P14; P15", None))
        self.castingButton.setText(QCoreApplication.translate("DeliberationPage", u"Re&cord", None))
        self.castingNote.setText("")
        pass
    # retranslateUi

