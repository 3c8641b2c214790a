"""A family's file that another professional handed over to this laptop: who sent it (as
the CJG's directory vouches) and everything in it, to accept — imported as a family with
where it came from — or to decline. The sender hears either at the next sync."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.i18n.messages import describe
from stap0_desktop.services.handover import Received
from stap0_desktop.ui.common.tab_order import FieldsFirstDialog
from stap0_desktop.ui.documents.handover_html import package_html
from stap0_desktop.ui.documents.html_parts import esc
from stap0_desktop.ui.shell.session import QtSession


class IncomingHandoverDialog(FieldsFirstDialog):
    imported = Signal(int)          # the new family's id

    def __init__(self, session: QtSession, received: Received,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert received.package is not None
        self.setObjectName("incomingHandover")
        self._session, self._received = session, received
        self.setWindowTitle(self.tr("Handed over to you — {family}").format(
            family=received.package.family.name))
        intro = QLabel(self.tr("<b>{sender}</b> hands this family's file over to you. The "
                               "CJG vouches that it comes from their laptop and that no one "
                               "changed it on the way.").format(
            sender=esc(received.row.from_name)))
        intro.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setHtml(package_html(received.package, session.owner_name))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(
            self.tr("Accept: add it to my caseload"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.decline_button = self.buttons.addButton(
            self.tr("Decline"), QDialogButtonBox.ButtonRole.DestructiveRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Taking a family on is clicked, never an Enter meant for something else (the one
        # that opened this window, pressed twice): Enter closes.
        for button in (self.accept_button, self.decline_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        close.setDefault(True)
        self.accept_button.clicked.connect(self.take)
        self.decline_button.clicked.connect(self.decline)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 600)

    def take(self) -> None:
        handover, handover_id = self._session.handover, self._received.row.id

        def done(family_id: int) -> None:
            self.imported.emit(family_id)
            self.accept()

        self._busy(True)
        self._session.bridge.run(lambda: handover.accept(handover_id), done, self._failed)

    def decline(self) -> None:
        """Asked first: a declined file is not kept here, and the CJG deletes its copy."""
        answer = QMessageBox.question(self, self.tr("Decline the file"), self.tr(
            "Decline this file? {sender} is told at the next sync; it is not kept on this "
            "laptop and the CJG deletes its copy.").format(sender=self._received.row.from_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        handover, handover_id = self._session.handover, self._received.row.id
        self._busy(True)
        self._session.bridge.run(lambda: handover.decline(handover_id),
                                 lambda _none: self.accept(), self._failed)

    def _busy(self, busy: bool) -> None:
        self.accept_button.setEnabled(not busy)
        self.decline_button.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.message.setText(describe(error))
