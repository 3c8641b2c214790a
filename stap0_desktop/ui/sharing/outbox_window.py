"""All signals with their states (waiting, sending, received, refused, withdrawn, expired),
the sync status in plain words, and "synchronise now"."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.outbox import OutboxRow, SyncStatus
from stap0_desktop.i18n.messages import describe_envelope_refusal
from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.ui.common.qt_dates import shown_date, shown_moment
from stap0_desktop.ui.sharing.signal_preview import state_label
from stap0_desktop.ui.sharing.sync_status import problem_text, status_text
from stap0_desktop.ui.shell.session import QtSession

COLUMNS = 5


class OutboxWindow(QDialog):
    family_chosen = Signal(int)

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxWindow")
        self.setWindowTitle(self.tr("Signals to the CJG"))
        self._session = session
        self.rows: list[tuple[OutboxRow, str]] = []
        self.status = QLabel()
        self.status.setObjectName("syncStatus")
        self.problem = QLabel()
        self.problem.setObjectName("syncProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8a1c00")
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("outboxTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Queued"), self.tr("Family"), self.tr("State"), self.tr("Ends on"),
            self.tr("CJG's answer")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._open_family)
        self.sync_button = QPushButton(self.tr("Synchronise now"))
        self.sync_button.clicked.connect(session.sync.sync_now)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        session.bridge.changed.connect(self._on_changed)
        session.sync.status_changed.connect(self.show_status)
        self.show_status(session.sync.status)
        self.refresh()

    def refresh(self) -> None:
        self._session.bridge.run(self._session.signals.overview, self._fill)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.outbox:
            self.refresh()

    def show_status(self, status: SyncStatus | None) -> None:
        self.status.setText(status_text(status))
        self.problem.setText(problem_text(status))
        self.problem.setVisible(bool(self.problem.text()))
        self.sync_button.setEnabled(bool(status and status.enrolled))

    def _fill(self, rows: list[tuple[OutboxRow, str]]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, (row, family) in enumerate(rows):
            queued = shown_moment(row.created_at) if row.created_at else ""
            answer = ""
            if row.received_at:
                when = datetime.strptime(row.received_at, "%Y-%m-%dT%H:%M:%SZ").replace(
                    tzinfo=UTC).astimezone()
                answer = self.tr("receipt {when}").format(when=shown_moment(when))
            if row.error:
                answer = (answer + " " if answer else "") + describe_envelope_refusal(row.error)
            values = (queued, family, state_label(row.state),
                      shown_date(row.ends_on), answer)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.family_id)
                self.table.setItem(index, column, item)

    def _open_family(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.rows):
            self.family_chosen.emit(self.rows[row][0].family_id)
