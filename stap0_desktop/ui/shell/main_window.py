"""The main window: the caseload on the left, a family's file or search results on the right."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.config.paths import checklists_dir
from stap0_desktop.domain.models import Family, FamilySummary, family_label
from stap0_desktop.domain.outbox import SyncStatus
from stap0_desktop.domain.roles import default_visit_kind
from stap0_desktop.domain.snippets import query_words
from stap0_desktop.i18n.messages import describe
from stap0_desktop.services.checklists import Library, load_library
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.ui.checklist.checklist_window import ChecklistWindow
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.common.wrapped_label import WrappedLabel
from stap0_desktop.ui.documents.html_parts import esc
from stap0_desktop.ui.family.family_dialog import FamilyDialog
from stap0_desktop.ui.family.family_list import FamilyListPanel
from stap0_desktop.ui.family.family_view import FamilyView
from stap0_desktop.ui.family.visit_dialog import VisitDialog
from stap0_desktop.ui.kaart.kaart_window import KaartWindow
from stap0_desktop.ui.sharing.caseload_handover import CaseloadHandoverDialog
from stap0_desktop.ui.sharing.outbox_window import OutboxWindow
from stap0_desktop.ui.sharing.sync_status import problem_text, status_text
from stap0_desktop.ui.shell.follow_ups_panel import FollowUpsPanel
from stap0_desktop.ui.shell.handover_panel import HandoverPanel
from stap0_desktop.ui.shell.help_window import HelpWindow
from stap0_desktop.ui.shell.main_commands import install_commands
from stap0_desktop.ui.shell.regie_panel import RegiePanel
from stap0_desktop.ui.shell.search_panel import SearchPanel
from stap0_desktop.ui.shell.session import QtSession
from stap0_desktop.ui.shell.status_message import StatusMessage

FIRST_SCREENFUL = 60


class MainWindow(QMainWindow):
    caseload_shown = Signal()  # the whole family list is in (not just the first screenful)
    lock_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()

    def __init__(self, session: QtSession, autosave_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._session = session
        session.windows.attach(self)
        # Qt adds the application's name itself ("Tess Verpleeg — Stap 0").
        self.setWindowTitle(session.owner_name + (" — DEMO" if session.demo else ""))
        self.families = FamilyListPanel()
        self.families.family_chosen.connect(self.open_family)
        self.families.archived_toggled.connect(lambda _on: self.refresh_families())
        self.family_view = FamilyView(session, autosave_ms)
        self.family_view.error.connect(self.show_error)
        self.family_view.notice.connect(lambda text: self.show_message(text, 30_000))
        self.search_panel = SearchPanel(session)
        self.search_panel.note_chosen.connect(self.open_note)
        self.search_panel.error.connect(self.show_error)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.follow_ups = FollowUpsPanel(session)
        self.follow_ups.family_chosen.connect(self.open_family)
        self.follow_ups.error.connect(self.show_error)
        self.regie = RegiePanel(session)
        self.regie.family_chosen.connect(self.open_family)
        self.regie.error.connect(self.show_error)
        self.handovers = HandoverPanel(session)
        self.handovers.family_chosen.connect(self.open_family)
        self.handovers.error.connect(self.show_error)
        self.home = QWidget()
        home_layout = QVBoxLayout(self.home)
        home_layout.addWidget(self.hint)
        home_layout.addWidget(self.follow_ups, 3)
        home_layout.addWidget(self.regie, 2)
        home_layout.addWidget(self.handovers, 2)
        self.stack = QStackedWidget()
        for page in (self.home, self.family_view, self.search_panel):
            self.stack.addWidget(page)
        splitter = QSplitter()
        splitter.addWidget(self.families)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([440, 660])
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lockCountdown")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(
            "background: #fff6d5; border: 1px solid #c9a400; padding: 8px; font-weight: bold;")
        self.lock_banner.hide()
        # A laptop the CJG has not seen for longer than its lease: said, not hidden.
        self.lease_banner = WrappedLabel(hidden_when_empty=True)
        self.lease_banner.setObjectName("leaseBanner")
        self.lease_banner.setStyleSheet(
            "background: #fde2e1; border: 1px solid #b3261e; padding: 8px;")
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.lock_banner)
        central_layout.addWidget(self.lease_banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_commands()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.status_message = StatusMessage(self.statusBar())
        self.statusBar().addPermanentWidget(self.busy)
        self._matched: list[FamilySummary] = []
        self.match_label = QLabel()
        self.match_label.setObjectName("matchLabel")
        self.match_label.setStyleSheet("font-weight: bold; color: #7a4d00;")
        self.statusBar().addPermanentWidget(self.match_label)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncLabel")
        self.statusBar().addPermanentWidget(self.sync_label)
        session.sync.status_changed.connect(self._show_sync_status)
        session.bridge.busy_changed.connect(self.busy.setVisible)
        session.bridge.changed.connect(self._on_changed)
        session.bridge.failed.connect(self.show_error)
        # In the worker's order: a screenful of families first (the window is usable at
        # once), then the checklists, the due follow-ups and the whole caseload.
        caseload = session.caseload
        session.bridge.run(lambda: caseload.list_families(limit=FIRST_SCREENFUL),
                           lambda rows: self._show_families(rows, complete=False),
                           self.show_error)
        session.bridge.run(lambda: OpResult(load_library(checklists_dir())),
                           self._library_loaded, self.show_error)
        self.follow_ups.refresh()
        self.regie.refresh()
        self.handovers.refresh()
        self.refresh_families()

    def _build_commands(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search notes (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search notes"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(220)   # the toolbar's buttons never squeeze it away
        self.search_box.setMaximumWidth(320)
        self.search_box.textEdited.connect(self._search_typed)
        self.search_box.returnPressed.connect(
            lambda: self.search_panel.search(self.search_box.text(), immediately=True,
                                             enter_hits=True))
        self.search_box.installEventFilter(self)  # Down: into the hits
        family_menu = self.family_view.family_menu.menu()
        family_menu.setTitle(self.tr("F&amily"))
        self.commands = install_commands(self, self.search_box, family_menu)
        family_menu.menuAction().setEnabled(False)  # until a family is open
        self.stack.currentChanged.connect(lambda _i: family_menu.menuAction().setEnabled(
            self.stack.currentWidget() is self.family_view))

    # -- data ------------------------------------------------------------------------
    def refresh_families(self) -> None:
        caseload, archived = self._session.caseload, self.families.show_archived.isChecked()
        self._session.bridge.run(lambda: caseload.list_families(archived=archived),
                                 self._show_families, self.show_error)

    def refresh_families_rows(self, ids: set[int]) -> None:
        caseload, archived = self._session.caseload, self.families.show_archived.isChecked()

        def show(rows: list[FamilySummary]) -> None:
            self.families.model.update_families(ids, rows)
            self._families_shown(self.families.model.all_families(), complete=False)

        self._session.bridge.run(lambda: caseload.family_summaries(ids, archived=archived),
                                 show, self.show_error)

    def _show_families(self, rows: list[FamilySummary], complete: bool = True) -> None:
        self.families.model.set_families(rows)
        self._families_shown(rows, complete)

    def _families_shown(self, rows: list[FamilySummary], complete: bool) -> None:
        matched = [r for r in rows if r.unseen_matches]
        self.match_label.setText(self.tr("%n new match(es) from the CJG", "", len(matched))
                                 if matched else "")
        self._matched = matched
        if complete:
            self.caseload_shown.emit()
        if self.stack.currentWidget() is self.home:
            self.hint.setText(self._hint_text(len(rows)))

    def _library_loaded(self, library: Library) -> None:
        self._session.library = library
        if library.problems:
            files = sorted({p.source for p in library.problems})
            self.show_message(self.tr(
                "%n checklist file(s) have problems and are not offered: {files}. "
                "Run 'stap0 checklists validate' for details.", "", len(files)).format(
                files=", ".join(files)))

    def _hint_text(self, count: int) -> str:
        if count == 0:
            return self.tr("<h3>Your vault is ready</h3><p>Start with <b>New family</b> "
                           "(Ctrl+N): add the parents and children, then a <b>New home "
                           "visit</b> to write your notes while you listen.</p>")
        text = self.tr("<h3>%n family(ies)</h3><p>Choose a family on the left, or search "
                       "all notes with Ctrl+F.</p>", "", count)
        if self._matched:
            names = ", ".join(esc(family_label(f.name, f.city, f.street_address))
                              for f in self._matched[:5])
            text += self.tr("<p style='background:#fff6d5'><b>New matches from the CJG</b>: "
                            "another professional is worried about {families} too. Open the "
                            "family to see who, and get in touch.</p>").format(families=names)
        return text

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.family_view.family_id is None and self.stack.currentWidget() is \
                self.family_view and changes.families_gone:
            self.show_home()  # the open family was erased
        if changes.family_list and not (changes.notes and not changes.members
                                        and not changes.visits):
            touched = set(changes.families) | set(changes.families_gone)
            if touched:   # a change to these families: only their rows are read again
                self.refresh_families_rows(touched)
            else:         # e.g. matches that came or went: every row may show it
                self.refresh_families()

    # -- actions ---------------------------------------------------------------------
    def open_family(self, family_id: int) -> None:
        self.stack.setCurrentWidget(self.family_view)
        self.families.select(family_id)
        self.family_view.load(family_id)

    def new_family(self) -> None:
        dialog = FamilyDialog(parent=self)
        self._session.bridge.run(self._session.kaart.wijken, dialog.offer_wijken)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_family is None:
            return
        family: Family = dialog.result_family
        caseload = self._session.caseload
        self._session.bridge.run(lambda: caseload.create_family(family),
                                 lambda stored: self.open_family(stored.id or 0),
                                 self.show_error)

    def new_visit(self) -> None:
        """In the open family's file: a visit there. Anywhere else: ask which family —
        never the one last highlighted in the list."""
        if self.stack.currentWidget() is self.family_view and self.family_view.family_id:
            self.family_view.new_visit()
            return
        dialog = VisitDialog(self._session.owner_name,
                             families=self.families.model.all_families(),
                             default_kind=default_visit_kind(self._session.owner_role),
                             parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_visit is None:
            return
        visit = dialog.result_visit
        self.open_family(visit.family_id)  # the worker opens it first, then adds the visit
        self.family_view.add_visit(visit)

    def open_note(self, family_id: int, note_id: int, query: str) -> None:
        """A search hit: the family's file at the note that matched, the words marked."""
        self.stack.setCurrentWidget(self.family_view)
        self.families.select(family_id)
        self.family_view.open_note(family_id, note_id, query_words(query))
        self.family_view.editor.text.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search_box and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            return self.search_panel.enter_hits()
        return super().eventFilter(watched, event)

    def hand_over_caseload(self) -> None:
        """File ▸ Hand over the caseload…: the CJG's directory is read first."""
        handover = self._session.handover

        def show(directory: list) -> None:  # type: ignore[type-arg]
            dialog = CaseloadHandoverDialog(self._session, directory, self)
            dialog.resize(720, 600)
            dialog.setModal(True)
            dialog.show()
            self.caseload_handover = dialog

        self._session.bridge.run(handover.directory, show, self.show_error)

    def open_manual(self) -> HelpWindow:
        language = self._session.language
        return self._session.windows.open(("manual",), lambda: HelpWindow(language, self))

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self.hint.setText(self._hint_text(self.families.model.rowCount()))
        self.follow_ups.refresh()
        self.regie.refresh()
        self.handovers.refresh()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()
        self.stack.setCurrentWidget(self.search_panel)
        self.search_panel.search(self.search_box.text(), immediately=True)

    def _search_typed(self, text: str) -> None:
        self.stack.setCurrentWidget(self.search_panel)
        self.search_panel.search(text)

    def open_outbox(self) -> OutboxWindow:
        def make() -> OutboxWindow:
            window = OutboxWindow(self._session, self)
            window.family_chosen.connect(self.open_family)
            return window
        return self._session.windows.open(("outbox",), make, (820, 460))

    def open_kaart(self) -> KaartWindow:
        return self._session.windows.kaart()

    def open_kaart_here(self) -> None:
        """Ctrl+K: in a family's file, the kaart with its context (domains at risk in the
        latest checklist, the youngest child's age, a pregnancy) and Verwijzen; else the
        whole kaart."""
        family_id = self.family_view.family_id
        if family_id is None or self.stack.currentWidget() is not self.family_view:
            self.open_kaart()
            return
        runs = self.family_view.checklists.runs
        latest = max(runs, key=lambda r: (r.started_at is not None, r.started_at)) \
            if runs else None
        self._session.windows.who_can_help(family_id, latest)

    def _show_sync_status(self, status: SyncStatus) -> None:
        problem = problem_text(status)
        self.sync_label.setText(status_text(status) + (" — " + problem if problem else ""))
        self.sync_label.setToolTip(problem)
        expired = status.lease_expired(datetime.now(UTC))
        self.lease_banner.setText(self.tr(
            "<b>This laptop has not reached the CJG since {date}</b>, longer than the CJG "
            "allows. Your notes and checklists work as always, but no new signal can be "
            "queued until the laptop has synchronised once: connect to the internet.").format(
            date=shown_date((status.last_success_at or status.lease_expires_at
                             or datetime.now(UTC)).astimezone().date())) if expired else "")

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        """A passing message at the bottom, shown whole (it wraps rather than being cut)."""
        self.status_message.show_message(text, timeout_ms)

    def show_error(self, error: object) -> None:
        message = describe(error) if isinstance(error, BaseException) else str(error)
        self.show_message(message, 15_000)
        # Window-modal without a nested event loop: the window's work (autosave, sync)
        # goes on while the message is read.
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Stap 0"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorMessage")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_lock_countdown(self, seconds: int) -> None:
        """The idle lock is coming: say so in plain sight; any key or mouse move stops it."""
        self.lock_banner.setText(self.tr(
            "Stap 0 locks in %n second(s). Move the mouse or press a key to keep working.",
            "", seconds))
        self.lock_banner.setVisible(seconds > 0)

    def where(self) -> tuple[int, int | None] | None:
        """The family open and the note in its editor (for after the next unlock)."""
        family_id = self.family_view.family_id
        if family_id is None or self.stack.currentWidget() is not self.family_view:
            return None
        note = self.family_view.editor.note
        return family_id, note.id if note is not None else None

    def resume(self, family_id: int, note_id: int | None) -> None:
        """Back where the professional was before the lock."""
        self.stack.setCurrentWidget(self.family_view)
        self.families.select(family_id)
        if note_id is None:
            self.family_view.load(family_id)
        else:
            self.family_view.open_note(family_id, note_id, [])

    def flush(self) -> None:
        """Save whatever is being typed (on lock and close)."""
        self.family_view.flush()
        for window in self._session.windows.of_kind(ChecklistWindow):
            window.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
