"""The connection to the CJG, in the settings: import the connection profile (validated,
shown), enroll with the one-time code — off the UI thread — and the sync status."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from stap0_desktop.domain.outbox import SyncStatus
from stap0_desktop.i18n.messages import describe
from stap0_desktop.services.cjg_connection import (
    ProfileProblem,
    ProfileSummary,
    enrolled_as,
    read_profile,
)
from stap0_desktop.ui.common.file_dialogs import choose_file_to_open
from stap0_desktop.ui.common.wrapped_label import WrappedLabel
from stap0_desktop.ui.documents.html_parts import esc
from stap0_desktop.ui.sharing.sync_status import problem_text, status_text
from stap0_desktop.ui.shell.session import QtSession


class CjgConnectionBox(QGroupBox):
    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Connection to the CJG"), parent)
        self.setObjectName("cjgConnection")
        self._session = session
        self._profile_text: str | None = None
        self.profile = WrappedLabel()
        self.profile.setObjectName("cjgProfile")
        self.status = WrappedLabel()
        choose = QPushButton(self.tr("Import connection profile…"))
        choose.clicked.connect(lambda: self.import_profile())
        self.code = QLineEdit()
        self.code.setObjectName("enrollCode")
        self.code.setPlaceholderText("ABCD-1234-EF56-7890")
        self.code.setAccessibleName(self.tr("One-time code from the CJG"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self.enroll)
        self.message = WrappedLabel(hidden_when_empty=True)
        self.message.setObjectName("formMessage")
        self.identity = WrappedLabel()
        self.identity.setObjectName("enrolledIdentity")
        self.question = WrappedLabel(self.tr(
            "At a match, another professional sees exactly this. Is it right? Nothing is "
            "sent to the CJG before you confirm."))
        self.confirm_button = QPushButton(self.tr("That is right"))
        self.confirm_button.setObjectName("confirmIdentity")
        self.confirm_button.clicked.connect(self.confirm)
        self.wrong_button = QPushButton(self.tr("That is not right"))
        self.wrong_button.setObjectName("wrongIdentity")
        self.wrong_button.clicked.connect(self.forget)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.connect_button)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.confirm_button)
        answer_row.addWidget(self.wrong_button)
        answer_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow("", choose)
        form.addRow(self.tr("One-time code"), code_row)
        form.addRow(self.tr("Enrolled as"), self.identity)
        form.addRow("", self.question)
        form.addRow("", answer_row)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.message)
        session.sync.status_changed.connect(self.show_status)
        self.show_status(session.sync.status)
        session.sync.refresh_status()

    def show_status(self, status: SyncStatus | None) -> None:
        if self._profile_text is None:
            self.profile.setText(esc(status.municipality) if status and
                                 status.connected else self.tr("none yet"))
        problem = problem_text(status)
        self.status.setText(status_text(status) + (f"\n{problem}" if problem else ""))
        self._show_identity(status)

    def _show_identity(self, status: SyncStatus | None) -> None:
        """Who the CJG enrolled this laptop as — what another professional is shown at a
        match — and, until confirmed, the question whether that is right."""
        waiting = bool(status and status.enrolled and not status.confirmed)
        who = enrolled_as(status.identity_json) if status and status.enrolled else ""
        self.identity.setText(who or "—")
        self.question.setVisible(waiting)
        self.confirm_button.setVisible(waiting)
        self.wrong_button.setVisible(waiting)
        if waiting:
            self.confirm_button.setFocus()
        QTimer.singleShot(0, self._fit_window)  # once the wrapped lines have their heights

    def _fit_window(self) -> None:
        """Wrapped lines come and go: the window takes the height they need (no line cut
        off, no empty line left), and stays on the screen."""
        window = self.window()
        if window is self or not window.isVisible():
            return
        window.adjustSize()
        room = window.screen().availableGeometry()
        frame = window.frameGeometry()
        if frame.bottom() > room.bottom():  # grown past the screen: move it up
            window.move(frame.x(), max(room.top(), room.bottom() - frame.height()))

    def confirm(self) -> None:
        self.message.setText(self.tr("Confirmed. Waiting signals now go to the CJG."))
        self._session.sync.confirm_enrollment()

    def forget(self) -> None:
        self.message.setText(self.tr(
            "The enrollment is forgotten on this laptop. Ask the CJG to revoke it and for a "
            "new one-time code with the right details."))
        self._session.sync.forget_enrollment()

    def import_profile(self, path: Path | None = None) -> bool:
        """Read and validate the profile file; it is stored when the code is accepted."""
        if path is None:
            chosen = choose_file_to_open(
                self, self.tr("Connection profile from the CJG"), "JSON (*.json)")
            if chosen is None:
                return False
            path = chosen
        try:
            text, profile = read_profile(path)
        except ProfileProblem as exc:
            self.message.setText(self.tr("The file could not be read as text.")
                                 if exc.code == "unreadable" else describe(exc))
            return False
        self._profile_text = text
        self.profile.setText(self.tr(
            "{municipality} — {server}\nFingerprint {fingerprint}: compare it with the one "
            "the CJG gave you (on paper or by phone) before you connect.").format(
            municipality=esc(profile.municipality),
            server=esc(profile.server_url),
            fingerprint=profile.fingerprint))
        self.message.setText(self.tr("Now enter the one-time code and choose Connect."))
        self.code.setFocus()
        return True

    def enroll(self) -> None:
        code = self.code.text().strip()
        if self._profile_text is None:
            self.message.setText(self.tr("Import the connection profile first."))
            return
        if len(code) < 8:
            self.message.setText(self.tr("Enter the one-time code the CJG gave you."))
            return
        self.connect_button.setEnabled(False)
        self.message.setText(self.tr("Connecting…"))
        self._session.sync.connect_cjg(self._profile_text, code, self._connected, self._failed)

    def _connected(self, profile: ProfileSummary) -> None:
        # who: shown from the status, to confirm
        self.connect_button.setEnabled(True)
        self.code.clear()
        self.message.setText(self.tr("Connected with {municipality}. Check below who the CJG "
                                     "enrolled you as.").format(
            municipality=esc(profile.municipality)))
        self._session.sync.refresh_status()

    def _failed(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        self.message.setText(describe(error))
