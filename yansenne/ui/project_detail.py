"""The read-only pane beside the projects table: everything about one project."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from yansenne.domain.queries import ProjectRow
from yansenne.i18n import pick
from yansenne.ui import i18n, labels
from yansenne.ui.forms.ui_project_detail import Ui_ProjectDetail
from yansenne.ui.models.projects_model import format_budget

PLACEHOLDER_PAGE, DETAIL_PAGE = 0, 1
DASH = "—"
FIELDS = ("organisation", "category", "municipality", "policeZone", "leadActor",
          "partnerActors", "contact", "budget")


class ProjectDetail(QWidget):
    """Shows one `ProjectRow` (or a hint when none is selected), in the UI language.

    Both official titles are shown: the jury deliberates in French and Dutch, and
    a juror should see the wording the other community will read.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectDetail()
        self.ui.setupUi(self)
        self._row: ProjectRow | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Style-sheet hooks (resources/style.qss).
        for field in FIELDS:
            getattr(self.ui, f"{field}Label").setProperty("role", "field")
        self.ui.titleValue.setProperty("role", "projectTitle")
        self.ui.otherTitleValue.setProperty("role", "projectOtherTitle")
        self.ui.codeValue.setProperty("role", "code")
        self.ui.summaryLabel.setProperty("role", "heading")
        self.ui.contactValue.setTextFormat(Qt.TextFormat.RichText)
        self.ui.contactValue.setOpenExternalLinks(True)
        self.show_project(None)

    def project(self) -> ProjectRow | None:
        return self._row

    def show_project(self, row: ProjectRow | None) -> None:
        self._row = row
        if row is None:
            self.ui.stack.setCurrentIndex(PLACEHOLDER_PAGE)
            return
        lang = i18n.current_language()
        ui = self.ui
        category = pick(row, "category_name", lang)
        ui.codeValue.setText(f"{row.code}  ·  {category}")
        # Both official titles, the reader's own language first (French for English).
        first, second = (row.title_nl, row.title_fr) if lang == "nl" else (row.title_fr,
                                                                            row.title_nl)
        ui.titleValue.setText(first or second or DASH)
        ui.otherTitleValue.setText(second if first else "")
        ui.otherTitleValue.setVisible(bool(first and second))
        ui.organisationValue.setText(row.organisation or DASH)
        ui.categoryValue.setText(category)
        ui.municipalityValue.setText(labels.municipality_name(row.municipality, lang) or DASH)
        ui.policeZoneValue.setText(
            labels.police_zone_name(row.municipality, lang, with_code=True) or DASH
        )
        ui.leadActorValue.setText(labels.actor_name(row.lead_actor, lang))
        partners = [labels.actor_name(code, lang) for code in row.partner_actors]
        ui.partnerActorsValue.setText("\n".join(partners) or DASH)
        ui.contactValue.setText(self._contact(row))
        ui.budgetValue.setText(format_budget(row.budget_eur, lang) or DASH)
        ui.summaryValue.setText(pick(row, "summary", lang) or DASH)
        ui.stack.setCurrentIndex(DETAIL_PAGE)
        ui.scrollArea.verticalScrollBar().setValue(0)

    @staticmethod
    def _contact(row: ProjectRow) -> str:
        name = escape(row.contact_name)
        if not row.contact_email:
            return name or DASH
        email = escape(row.contact_email)
        link = f'<a href="mailto:{email}">{email}</a>'
        return f"{name}<br>{link}" if name else link

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.show_project(self._row)
        super().changeEvent(event)
