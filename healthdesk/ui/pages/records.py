"""Records: allergies (always visible on top), conditions, symptoms, goals, emergency
contacts, documents and vaccinations, one tab each."""

from __future__ import annotations

from typing import Any

from healthdesk.domain.changes import Changes

from ..context import UiContext
from ..qt import QKeySequence, QLabel, QShortcut, QTabWidget, QVBoxLayout, QWidget
from .records_clinical import AllergiesSection, AllergyBanner, ConditionsSection
from .records_common import PAGE_STYLE
from .records_contacts import ContactsSection
from .records_documents import DocumentsSection
from .records_goals import GoalsSection
from .records_immunizations import ImmunizationsSection
from .records_symptoms import SymptomsSection

# Search entities (table names) -> the tab that shows them.
ENTITY_SECTIONS = {
    "allergies": "allergies", "conditions": "conditions", "symptom_entries": "symptoms",
    "goals": "goals", "emergency_contacts": "contacts",
    "documents": "documents", "immunizations": "immunizations",
}
# The tables behind the sections (goals follow readings), and the person's name.
SHOWN = ("allergies", "conditions", "symptom_entries", "goals", "goal_progress",
         "emergency_contacts", "documents", "measurements", "profiles", "immunizations")


class RecordsPage(QWidget):
    """The clinical record of the current person."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._stale = True
        self.setStyleSheet(PAGE_STYLE)
        title = QLabel(self.tr("Records"))
        title.setStyleSheet("font-size: 24px; font-weight: 700;")
        title.setAccessibleName(self.tr("Records"))
        self.banner = AllergyBanner()
        self.allergies = AllergiesSection(ctx)
        self.conditions = ConditionsSection(ctx)
        self.symptoms = SymptomsSection(ctx)
        self.goals = GoalsSection(ctx)
        self.contacts = ContactsSection(ctx)
        self.documents = DocumentsSection(ctx)
        self.immunizations = ImmunizationsSection(ctx)
        self.sections: dict[str, Any] = {
            "allergies": self.allergies, "conditions": self.conditions,
            "symptoms": self.symptoms, "goals": self.goals, "contacts": self.contacts,
            "documents": self.documents, "immunizations": self.immunizations,
        }
        labels = {"allergies": self.tr("&Allergies"), "conditions": self.tr("C&onditions"),
                  "symptoms": self.tr("S&ymptoms"), "goals": self.tr("&Goals"),
                  "contacts": self.tr("Emergency &contacts"), "documents": self.tr("&Documents"),
                  "immunizations": self.tr("&Vaccinations")}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Record sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet("QTabBar::tab { padding: 8px 16px; font-size: 15px; }")
        for i, (key, section) in enumerate(self.sections.items()):
            self.tabs.addTab(section, labels[key])
            self.tabs.setTabToolTip(i, self.tr("{0} (Alt+{1})").format(labels[key].replace('&', ''),
                    i + 1))
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self,
                      activated=lambda i=i: self.tabs.setCurrentIndex(i))
        self.allergies.rows_did_load.connect(self.banner.set_allergies)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 8)
        lay.setSpacing(10)
        lay.addWidget(title)
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)
        ctx.profile_did_change.connect(lambda _pid: self.refresh())
        ctx.operation_did_execute.connect(self._changed)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_any(SHOWN, self.ctx.profile_id):
            self.refresh()

    def refresh(self) -> None:
        """Reload every section now if the page is shown, else when it next is."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        for section in self.sections.values():
            section.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def show_section(self, key: str) -> Any:
        section = self.sections[key]
        self.tabs.setCurrentWidget(section)
        return section

    def show_item(self, entity: str, row_id: str) -> None:
        """Open the tab for ``entity`` and select the row (after it loads if need be)."""
        key = ENTITY_SECTIONS.get(entity)
        if key is None:
            return
        section = self.show_section(key)
        if not section.select_id(row_id):
            section.reload()
