# Generated from ui/main_window.ui by tools/build_forms.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QStatusBar, QTableView,
    QToolBar, QVBoxLayout, QWidget)

from yansenne.ui.project_detail import ProjectDetail

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
#if QT_CONFIG(shortcut)
        self.actionOpenDatabase.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionReload = QAction(MainWindow)
        self.actionReload.setObjectName(u"actionReload")
#if QT_CONFIG(shortcut)
        self.actionReload.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionShowDetail = QAction(MainWindow)
        self.actionShowDetail.setObjectName(u"actionShowDetail")
        self.actionShowDetail.setCheckable(True)
        self.actionShowDetail.setChecked(True)
        self.actionShowToolbar = QAction(MainWindow)
        self.actionShowToolbar.setObjectName(u"actionShowToolbar")
        self.actionShowToolbar.setCheckable(True)
        self.actionShowToolbar.setChecked(True)
        self.actionFrench = QAction(MainWindow)
        self.actionFrench.setObjectName(u"actionFrench")
        self.actionFrench.setCheckable(True)
        self.actionFrench.setText(u"&Fran\u00e7ais")
        self.actionDutch = QAction(MainWindow)
        self.actionDutch.setObjectName(u"actionDutch")
        self.actionDutch.setCheckable(True)
        self.actionDutch.setText(u"&Nederlands")
        self.actionEnglish = QAction(MainWindow)
        self.actionEnglish.setObjectName(u"actionEnglish")
        self.actionEnglish.setCheckable(True)
        self.actionEnglish.setText(u"&English")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(10, 8, 10, 4)
        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyTitleLabel = QLabel(self.emptyPage)
        self.emptyTitleLabel.setObjectName(u"emptyTitleLabel")
        self.emptyTitleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyTitleLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitleLabel)

        self.emptyHintLabel = QLabel(self.emptyPage)
        self.emptyHintLabel.setObjectName(u"emptyHintLabel")
        self.emptyHintLabel.setTextFormat(Qt.TextFormat.RichText)
        self.emptyHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHintLabel.setWordWrap(True)
        self.emptyHintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.emptyLayout.addWidget(self.emptyHintLabel)

        self.emptyButtonLayout = QHBoxLayout()
        self.emptyButtonLayout.setObjectName(u"emptyButtonLayout")
        self.emptyLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonLayout.addItem(self.emptyLeftSpacer)

        self.reloadButton = QPushButton(self.emptyPage)
        self.reloadButton.setObjectName(u"reloadButton")

        self.emptyButtonLayout.addWidget(self.reloadButton)

        self.emptyRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonLayout.addItem(self.emptyRightSpacer)


        self.emptyLayout.addLayout(self.emptyButtonLayout)

        self.emptyBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.pages.addWidget(self.emptyPage)
        self.projectsPage = QWidget()
        self.projectsPage.setObjectName(u"projectsPage")
        self.projectsLayout = QVBoxLayout(self.projectsPage)
        self.projectsLayout.setObjectName(u"projectsLayout")
        self.projectsLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.projectsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 4, 0)
        self.searchEdit = QLineEdit(self.listPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.projectsView = QTableView(self.listPane)
        self.projectsView.setObjectName(u"projectsView")
        self.projectsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projectsView.setAlternatingRowColors(True)
        self.projectsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.projectsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projectsView.setShowGrid(False)
        self.projectsView.setSortingEnabled(True)
        self.projectsView.setWordWrap(False)
        self.projectsView.horizontalHeader().setHighlightSections(False)
        self.projectsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.projectsView)

        self.splitter.addWidget(self.listPane)
        self.detailPane = ProjectDetail(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.splitter.addWidget(self.detailPane)

        self.projectsLayout.addWidget(self.splitter)

        self.pages.addWidget(self.projectsPage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuLanguage = QMenu(self.menubar)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolBar.setFloatable(False)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuLanguage.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionFind)
        self.menuView.addAction(self.actionReload)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionShowDetail)
        self.menuView.addAction(self.actionShowToolbar)
        self.menuLanguage.addAction(self.actionFrench)
        self.menuLanguage.addAction(self.actionDutch)
        self.menuLanguage.addAction(self.actionEnglish)
        self.menuHelp.addAction(self.actionAbout)
        self.toolBar.addAction(self.actionOpenDatabase)
        self.toolBar.addAction(self.actionReload)

        self.retranslateUi(MainWindow)
        self.actionQuit.triggered.connect(MainWindow.close)
        self.actionShowToolbar.toggled.connect(self.toolBar.setVisible)
        self.actionShowDetail.toggled.connect(self.detailPane.setVisible)
        self.reloadButton.clicked.connect(self.actionReload.trigger)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Yansenne", None))
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
        self.actionOpenDatabase.setIconText(QCoreApplication.translate("MainWindow", u"Open", None))
#if QT_CONFIG(tooltip)
        self.actionOpenDatabase.setToolTip(QCoreApplication.translate("MainWindow", u"Open another Yansenne database", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Search the projects", None))
        self.actionReload.setText(QCoreApplication.translate("MainWindow", u"&Reload", None))
        self.actionReload.setIconText(QCoreApplication.translate("MainWindow", u"Reload", None))
#if QT_CONFIG(tooltip)
        self.actionReload.setToolTip(QCoreApplication.translate("MainWindow", u"Read the database again (after a change made elsewhere)", None))
#endif // QT_CONFIG(tooltip)
        self.actionShowDetail.setText(QCoreApplication.translate("MainWindow", u"Project &details", None))
        self.actionShowToolbar.setText(QCoreApplication.translate("MainWindow", u"&Toolbar", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Yansenne", None))
        self.emptyTitleLabel.setText(QCoreApplication.translate("MainWindow", u"This database holds no edition of the prize yet", None))
        self.reloadButton.setText(QCoreApplication.translate("MainWindow", u"Reload", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search the projects: code, title, organisation, municipality\u2026", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

