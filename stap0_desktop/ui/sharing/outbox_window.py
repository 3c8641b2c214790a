"""All signals with their states (waiting, sending, received, refused, withdrawn, expired),
the steps after a match with theirs, the sync status in plain words, and "synchronise
now"."""

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

from stap0_desktop.domain.coordination import CoordinationStep
from stap0_desktop.domain.outbox import OutboxRow, SignalState, SyncStatus
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
        self.steps: list[tuple[CoordinationStep, int, str]] = []
        self.step_table = QTableWidget(0, 4)
        self.step_table.setObjectName("coordinationTable")
        self.step_table.setHorizontalHeaderLabels([
            self.tr("Queued"), self.tr("Family"), self.tr("Step after a match"),
            self.tr("State")])
        self.step_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.step_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.step_table.verticalHeader().setVisible(False)
        steps_header = self.step_table.horizontalHeader()
        steps_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        steps_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.step_table.cellActivated.connect(self._open_step_family)
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
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("<b>After a match</b>: contact made, a regisseur "
                                        "proposed or agreed")))
        layout.addWidget(self.step_table, 1)
        layout.addLayout(buttons)
        session.bridge.changed.connect(self._on_changed)
        session.sync.status_changed.connect(self.show_status)
        self.show_status(session.sync.status)
        self.refresh()

    def refresh(self) -> None:
        self._session.bridge.run(self._session.signals.overview, self._fill)
        self._session.bridge.run(self._session.coordination.outbox, self._fill_steps)

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

    def _fill_steps(self, steps: list[tuple[CoordinationStep, int, str]]) -> None:
        self.steps = steps
        self.step_table.setRowCount(len(steps))
        for index, (step, family_id, family) in enumerate(steps):
            state = state_label(SignalState(step.state.value))
            if step.error:
                state += " — " + describe_envelope_refusal(step.error)
            values = (shown_moment(step.created_at) if step.created_at else "", family,
                      self._step_text(step), state)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, family_id)
                self.step_table.setItem(index, column, item)

    def _step_text(self, step: CoordinationStep) -> str:
        content = step.step
        if content.step == "contact":
            return self.tr("contact made on {date}").format(date=shown_date(content.on))
        if content.step == "accept":
            return self.tr("agreed with the proposal")
        regisseur = content.regisseur
        who = (regisseur.organisation if regisseur is not None and regisseur.organisation
               else self.tr("my organisation") if regisseur is not None
               and regisseur.side == "mine" else self.tr("their organisation"))
        return self.tr("regisseur proposed: {who} until {until}").format(
            who=who, until=shown_date(content.until) if content.until else "")

    def _open_step_family(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.steps):
            self.family_chosen.emit(self.steps[row][1])

    def _open_family(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.rows):
            self.family_chosen.emit(self.rows[row][0].family_id)
