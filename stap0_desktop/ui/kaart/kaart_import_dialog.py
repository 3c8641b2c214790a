"""Importing a municipality's sociale-kaart export: first the report of every bad row (line
and reason), then the choice — the good rows, or nothing. Never a silent half-import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.i18n.messages import describe, describe_kaart_problem, describe_row_problem
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.kaart import KaartChanges, read_export
from stap0_desktop.services.operations import OpResult
from stap0_desktop.ui.common.file_dialogs import choose_file_to_open
from stap0_desktop.ui.shell.session import QtSession
from sync.protocol.kaart_export import ImportReport


class KaartImportDialog(QDialog):
    def __init__(self, session: QtSession, path: Path, report: ImportReport,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kaartImportDialog")
        self.setWindowTitle(self.tr("Import sociale kaart — {file}").format(file=path.name))
        self._session = session
        self.report = report
        self.changes: KaartChanges | None = None
        bad = len({p.line for p in report.problems if p.code != "unknown_column"})
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(len(report.problems), 3)
        self.problems.setObjectName("kaartProblems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("What is wrong")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        for row, problem in enumerate(report.problems):
            for column, value in enumerate((str(problem.line), problem.field,
                                            describe_row_problem(problem.code, problem.value))):
                self.problems.setItem(row, column, QTableWidgetItem(value))
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.nothing = self.buttons.addButton(self.tr("Import nothing"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        label = self.tr("Import the %n good row(s)", "", len(report.entries)) if bad else (
            self.tr("Import %n entry(ies)", "", len(report.entries)))
        self.good: QPushButton = self.buttons.addButton(
            label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.good.setEnabled(bool(report.entries) and report.file_problem is None)
        self.buttons.accepted.connect(self.import_good)
        self.buttons.rejected.connect(self.reject)
        if report.file_problem is not None:
            self.summary.setText(self.tr("This file cannot be imported: {problem}").format(
                problem=describe_kaart_problem(report.file_problem)))
            self.problems.setVisible(False)
        else:
            self.summary.setText(self.tr("{good} good rows, {bad} bad rows. Bad rows are "
                                         "never imported; choose whether the good rows are "
                                         "imported now, or nothing.").format(
                good=len(report.entries), bad=bad))
            self.problems.setVisible(bool(report.problems))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def import_good(self) -> None:
        entries, kaart = list(self.report.entries), self._session.kaart
        self.good.setEnabled(False)

        def stored(changes: KaartChanges) -> None:
            self.changes = changes
            self.accept()

        self._session.bridge.run(lambda: kaart.store(entries), stored,
                                 lambda error: self.message.setText(describe(error)))


def start_import(session: QtSession, parent: QWidget, path: Path | None = None) -> None:
    """Choose a file, read and check it off the UI thread, then show the report."""
    if path is None:
        chosen = choose_file_to_open(
            parent, translate("KaartImportDialog", "Sociale kaart export (CSV or JSON)"),
            "CSV, JSON (*.csv *.json *.txt)")
        if chosen is None:
            return
        path = chosen
    known = set(session.domain_titles()) or None
    target = path

    def show(report: ImportReport) -> None:
        session.windows.open(("kaart_import", str(target)),
                             lambda: KaartImportDialog(session, target, report, parent),
                             (720, 420))

    session.bridge.run(lambda: OpResult(read_export(target, known)), show)
