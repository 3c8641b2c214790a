"""A family's checklists over time, and starting a new one (from a visit)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.assessment import ChecklistRun, domains_at_risk
from stap0_desktop.domain.models import VisitKind
from stap0_desktop.domain.roles import fitting_checklist
from stap0_desktop.ui.checklist.checklist_window import ChecklistWindow
from stap0_desktop.ui.checklist.trend_dialog import TrendDialog, level_label
from stap0_desktop.ui.common.hinted_list import HintedList
from stap0_desktop.ui.common.icons import action_icon
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.shell.session import QtSession

ID_ROLE = Qt.ItemDataRole.UserRole


class ChecklistsPanel(QWidget):
    error = Signal(object)
    signal_requested = Signal(object)  # ChecklistRun

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._family_id: int | None = None
        self.opened: ChecklistWindow | None = None
        self.runs: list[ChecklistRun] = []
        self.visit_kind: VisitKind | None = None  # of the family's latest visit
        self.family_name = ""                       # in the title of its checklist windows
        self.list = HintedList(self.tr(
            "No checklist yet. After talking with the parents: New checklist…"))
        self.list.setObjectName("checklistRuns")
        self.list.setAccessibleName(self.tr("Checklists"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open_item)
        self.new_button = QPushButton(action_icon("checklist"), self.tr("New checklist…"))
        self.new_button.setAccessibleName(self.tr("Start a stap-0 checklist"))
        self.new_button.clicked.connect(lambda: self.start_new())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.trend_button = QPushButton(self.tr("Over time…"))
        self.trend_button.setAccessibleName(self.tr("How the picture changed over time"))
        self.trend_button.clicked.connect(self.show_trend)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button, 1)
        buttons.addWidget(self.trend_button)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_family(self, family_id: int) -> None:
        self._family_id = family_id
        checklists = self._session.checklists
        self._session.bridge.run(lambda: checklists.runs(family_id),
                                 lambda runs: self._fill(family_id, runs), self.error.emit)

    def show_loaded(self, family_id: int, runs: list[ChecklistRun]) -> None:
        """The runs as the family's file brought them (read with it, not again)."""
        self._family_id = family_id
        self._fill(family_id, runs)

    def _fill(self, family_id: int, runs: list[ChecklistRun]) -> None:
        if family_id != self._family_id:
            return
        self.runs = runs
        self.list.clear()
        language = self._session.language
        for run in reversed(runs):  # newest first; the list shows the change over time
            when = shown_date(run.started_at.astimezone().date()) if run.started_at else ""
            level = level_label(run.judgement.level if run.judgement else None)
            risks = len(domains_at_risk(run))
            text = self.tr("{date}  {title} — {level} — risks in %n domain(s)", "", risks).format(
                date=when, title=run.definition.title.get(language), level=level)
            if run.acute_items:
                text += " — " + self.tr("ACUTE")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, run.id)
            self.list.addItem(item)

    def show_trend(self) -> None:
        TrendDialog(self.runs, self._session.language, self.window()).show()

    def start_new(self, visit_id: int | None = None) -> None:
        library = self._session.library
        family_id = self._family_id
        if library is None or family_id is None:
            return
        definitions = library.latest()
        if not definitions:
            self.error.emit(self.tr("No valid checklist definitions are available."))
            return
        language = self._session.language
        labels = [f"{d.title.get(language)} — {d.audience.get(language)}" for d in definitions]
        fitting = fitting_checklist(self.visit_kind, self._session.owner_role)
        first = next((i for i, d in enumerate(definitions) if d.id == fitting), 0)
        choice, ok = QInputDialog.getItem(self, self.tr("New checklist"),
                                          self.tr("Which checklist?"), labels, first, False)
        if not ok:
            return
        definition = definitions[labels.index(choice)]
        checklists = self._session.checklists
        self._session.bridge.run(
            lambda: checklists.start(family_id, definition, visit_id), self.open_run,
            self.error.emit)

    def _open_item(self, item: QListWidgetItem) -> None:
        run_id = item.data(ID_ROLE)
        checklists = self._session.checklists
        self._session.bridge.run(lambda: checklists.get(run_id), self.open_run,
                                 self.error.emit)

    def _closed(self, window: ChecklistWindow) -> None:
        """The window's run as it last saved it takes its place in the list (read only when
        the list does not hold it yet). Another family shown by now keeps its own list:
        this family's is read with its file when it is opened again."""
        edited = window.run
        if edited.family_id != self._family_id:
            return
        if any(r.id == edited.id for r in self.runs):
            self._fill(edited.family_id, [edited if r.id == edited.id else r for r in self.runs])
        else:
            self.show_family(edited.family_id)

    def editing(self, run_ids: frozenset[int]) -> bool:
        """Only the run open in this family's checklist window changed, and the list
        holds it already: the list is brought up to date when that window closes, not at
        every answer in it (a new run is listed at once)."""
        window = self.opened
        return (window is not None and window.isVisible() and window.run.id is not None
                and run_ids <= {window.run.id}
                and any(run.id == window.run.id for run in self.runs))

    def open_run(self, run: ChecklistRun) -> None:
        """The run's window; one already open for it comes to the front (never two
        windows on one run)."""
        def make() -> ChecklistWindow:
            window = ChecklistWindow(self._session, run, self._session.language,
                                     self.window(), family_name=self.family_name)
            window.finished.connect(lambda _r: self._closed(window))
            window.signal_requested.connect(self.signal_requested.emit)
            return window

        key = ("checklist", run.id) if run.id is not None else ("checklist", id(run))
        self.opened = self._session.windows.open(key, make)
