"""Hand over the whole caseload to one colleague (a professional who leaves): each family
with the parents' consent for a transfer to that colleague goes, with what a handover
sends by default (members, the checklist's summary, the plan — no notes); the families
without that consent are listed, and not sent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.consent import SharingBasis
from stap0_desktop.domain.handover import DirectoryEntry
from stap0_desktop.i18n.messages import describe
from stap0_desktop.ui.common.tab_order import FieldsFirstDialog
from stap0_desktop.ui.shell.session import QtSession

ID_ROLE = Qt.ItemDataRole.UserRole


class CaseloadHandoverDialog(FieldsFirstDialog):
    def __init__(self, session: QtSession, directory: list[DirectoryEntry],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadHandover")
        self.setWindowTitle(self.tr("Hand over the caseload"))
        self._session, self._directory = session, directory
        self.left_out: list[tuple[int, str]] | None = None
        self.find_receiver = QLineEdit()
        self.find_receiver.setPlaceholderText(self.tr("name, organisation or role"))
        self.find_receiver.setAccessibleName(self.tr("Find the colleague who takes over"))
        self.find_receiver.textChanged.connect(self._filter)
        self.receiver_list = QListWidget()
        self.receiver_list.setAccessibleName(self.tr("The colleague who takes over"))
        self.receiver_list.currentItemChanged.connect(lambda *_: self._read_consents())
        self.families = QListWidget()
        self.families.setAccessibleName(self.tr("Families and their consent"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = self.buttons.addButton(self.tr("Hand over these families"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setEnabled(False)
        self.send_button.setAutoDefault(False)   # clicked and confirmed, never an Enter
        self.send_button.clicked.connect(self.hand_over)
        self._going = 0
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("To:")))
        layout.addWidget(self.find_receiver)
        layout.addWidget(self.receiver_list, 1)
        layout.addWidget(QLabel(self.tr("Families — only those whose parents consented to a "
                                        "handover to this colleague go:")))
        layout.addWidget(self.families, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._filter("")

    def _filter(self, text: str) -> None:
        words = text.strip().lower()
        self.receiver_list.clear()
        for entry in self._directory:
            who = entry.professional
            line = ", ".join(p for p in (who.name, who.role, who.organisation) if p)
            if words in line.lower():
                item = QListWidgetItem(line)
                item.setData(ID_ROLE, entry.device_id)
                self.receiver_list.addItem(item)

    def receiver(self) -> DirectoryEntry | None:
        item = self.receiver_list.currentItem()
        wanted = item.data(ID_ROLE) if item is not None else None
        return next((e for e in self._directory if e.device_id == wanted), None)

    def _read_consents(self) -> None:
        receiver = self.receiver()
        if receiver is None:
            return
        handover = self._session.handover
        self._session.bridge.run(lambda: handover.consents_for(receiver), self._fill,
                                 lambda error: self.summary.setText(describe(error)))

    def _fill(self, found: list[tuple[int, str, SharingBasis | None, bool]]) -> None:
        self.families.clear()
        going = 0
        for _family_id, name, basis, on_its_way in found:
            if on_its_way:
                text = self.tr("{family}: handed over already").format(family=name)
            elif basis is not None:
                going += 1
                text = self.tr("{family}: consent of {who} — goes").format(
                    family=name, who=basis.given_by or basis.recorded_by)
            else:
                text = self.tr("{family}: no consent for this handover — not sent").format(
                    family=name)
            self.families.addItem(text)
        self.summary.setText(self.tr("%n family(ies) go; the others stay here.", "", going))
        self.send_button.setEnabled(going > 0)
        self._going = going

    def hand_over(self) -> None:
        """Asked first: every family listed as going leaves this laptop at the next sync."""
        receiver = self.receiver()
        if receiver is None:
            return
        answer = QMessageBox.question(self, self.tr("Hand over the caseload"), self.tr(
            "Hand over %n family(ies) to {receiver}? They go at the next sync; until "
            "{receiver} answers you can still withdraw each one.", "", self._going).format(
            receiver=receiver.professional.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        handover, language = self._session.handover, self._session.language

        def done(left_out: list[tuple[int, str]]) -> None:
            self.left_out = left_out
            self.summary.setText(self.tr(
                "Handed over; they go at the next sync. Not sent, for want of consent: "
                "%n family(ies).", "", len(left_out)))
            self.send_button.setEnabled(False)

        self.send_button.setEnabled(False)
        self._session.bridge.run(lambda: handover.hand_over_caseload(receiver, language), done,
                                 lambda error: self.summary.setText(describe(error)))
