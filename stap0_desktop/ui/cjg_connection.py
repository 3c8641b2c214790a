"""The connection to the CJG, in the settings: import the connection profile (validated,
shown), enroll with the one-time code — off the UI thread — and the sync status."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from stap0_desktop.domain.outbox import SyncStatus
from stap0_desktop.i18n.messages import describe
from stap0_desktop.ui.session import Session
from stap0_desktop.ui.sync_status import problem_text, status_text
from sync.errors import SyncError
from sync.protocol.models import ConnectionProfile, EnrollmentResponse
from sync.transport import parse_profile

MAX_PROFILE_BYTES = 64 * 1024


class CjgConnectionBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Connection to the CJG"), parent)
        self.setObjectName("cjgConnection")
        self._session = session
        self._profile_text: str | None = None
        self.profile = QLabel()
        self.profile.setObjectName("cjgProfile")
        self.profile.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        choose = QPushButton(self.tr("Import connection profile…"))
        choose.clicked.connect(lambda: self.import_profile())
        self.code = QLineEdit()
        self.code.setObjectName("enrollCode")
        self.code.setPlaceholderText("ABCD-1234-EF56-7890")
        self.code.setAccessibleName(self.tr("One-time code from the CJG"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self.enroll)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.connect_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow("", choose)
        form.addRow(self.tr("One-time code"), code_row)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.message)
        session.sync.status_changed.connect(self.show_status)
        self.show_status(session.sync.status)
        session.sync.refresh_status()

    def show_status(self, status: SyncStatus | None) -> None:
        if self._profile_text is None:
            self.profile.setText(html.escape(status.municipality) if status and
                                 status.connected else self.tr("none yet"))
        problem = problem_text(status)
        self.status.setText(status_text(status) + (f"\n{problem}" if problem else ""))

    def import_profile(self, path: Path | None = None) -> bool:
        """Read and validate the profile file; it is stored when the code is accepted."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Connection profile from the CJG"), "", "JSON (*.json)")
            if not chosen:
                return False
            path = Path(chosen)
        try:
            if path.stat().st_size > MAX_PROFILE_BYTES:
                raise SyncError("bad_profile", "too large")
            text = path.read_text(encoding="utf-8-sig")
            profile = parse_profile(text)
        except (OSError, UnicodeDecodeError):
            self.message.setText(self.tr("The file could not be read as text."))
            return False
        except SyncError as exc:
            self.message.setText(describe(exc))
            return False
        self._profile_text = text
        self.profile.setText(self.tr("{municipality} — {server}").format(
            municipality=html.escape(profile.municipality),
            server=html.escape(profile.server_url)))
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

    def _connected(self, result: tuple[ConnectionProfile, EnrollmentResponse]) -> None:
        profile, enrolled = result
        self.connect_button.setEnabled(True)
        self.code.clear()
        self.message.setText(self.tr("Connected with {municipality} as {name} ({org}).").format(
            municipality=profile.municipality, name=enrolled.professional,
            org=enrolled.organisation))
        self._session.sync.refresh_status()

    def _failed(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        if isinstance(error, SyncError) and error.detail in ("unknown_code", "spent_code"):
            self.message.setText(describe(SyncError(error.detail)))
        else:
            self.message.setText(describe(error))
