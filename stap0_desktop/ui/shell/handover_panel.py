"""The overview's handovers: files that arrived (to look at, then accept or decline), files
handed over (what became of them), warm contact due, and after the receiver's answer the
sender's choice to keep, archive or erase the family here. The parents' printout of what
was sent is one button away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from stap0_desktop.domain.handover import WITHDRAWABLE, HandoverPackage
from stap0_desktop.i18n.messages import describe, describe_envelope_refusal
from stap0_desktop.services.files import VaultError
from stap0_desktop.services.handover import HandoverItem, Received
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.documents.handover_html import printout_html
from stap0_desktop.ui.documents.reports import ask_pdf_path, write_pdf
from stap0_desktop.ui.sharing.incoming_handover import IncomingHandoverDialog
from stap0_desktop.ui.shell.overview_panel import OVERDUE, OverviewPanel
from stap0_desktop.ui.shell.session import QtSession

ID_ROLE = Qt.ItemDataRole.UserRole


class HandoverPanel(OverviewPanel):
    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "handoverPanel",
                         self.tr("<b>Handovers</b> (files handed over and received)"),
                         self.tr("No handovers. Family ▸ Hand over… sends a file."),
                         self.tr("Handovers"), parent)
        self.items: list[HandoverItem] = []
        self.opened: IncomingHandoverDialog | None = None
        self.list.currentItemChanged.connect(lambda *_: self._show_actions())
        self.list.itemActivated.connect(lambda _i: self._first_action())
        self.column.addLayout(self.action_row)

    def _read(self) -> OpResult[list[HandoverItem]]:
        return self._session.handover.overview(date.today())

    def _concerns(self, changes: ChangeSet) -> bool:
        return bool(changes.outbox or changes.family_list or changes.families_gone)

    def _fill(self, items: list[HandoverItem]) -> None:
        chosen = self.current()
        self.items = items
        self.list.clear()
        today = date.today()
        for item in items:
            row = QListWidgetItem(self._line(item))
            row.setData(ID_ROLE, item.id)
            if (item.due is not None and item.due < today) or (
                    item.received and item.state == "new"):
                row.setForeground(QBrush(OVERDUE))
            self.list.addItem(row)
            if chosen is not None and chosen.id == item.id:
                self.list.setCurrentItem(row)
        self._show_actions()

    def _line(self, item: HandoverItem) -> str:
        if item.received:
            what = {
                "new": self.tr("arrived — look at it, then accept or decline"),
                "accepted": self.tr("accepted"), "declined": self.tr("declined"),
                "refused": self.tr("refused: it does not verify ({reason})").format(
                    reason=item.problem or "?"),
                "withdrawn": self.tr("withdrawn by the sender before you answered: "
                                     "deleted here"),
            }.get(item.state, item.state)
            line = (self.tr("{family} from {sender}: {what}").format(
                family=item.family, sender=item.other, what=what) if item.family
                else self.tr("A file from {sender}: {what}").format(sender=item.other,
                                                                   what=what))
        else:
            what = {
                "waiting": self.tr("waiting for a connection"),
                "sending": self.tr("being sent"), "held": self.tr("held by the CJG"),
                "accepted": self.tr("accepted"),
                "declined": self.tr("could not be opened on the receiver's laptop (changed "
                                    "on the way?): check with them, then send it again")
                if item.problem == "unreadable" else self.tr("declined"),
                "expired": self.tr("not collected in 30 days: deleted at the CJG"),
                "withdrawing": self.tr("withdrawn: the CJG deletes it at the next sync"),
                "withdrawn": self.tr("withdrawn: deleted at the CJG, never opened"),
                "refused": self.tr("not sent: {reason}").format(
                    reason=describe_envelope_refusal(item.problem or "?")),
            }.get(item.state, item.state)
            line = self.tr("{family} to {receiver}: {what}").format(
                family=item.family, receiver=item.other, what=what)
        if item.problem == "withdraw_too_late":
            line += " — " + self.tr("too late to withdraw: it had been answered")
        if item.warm_contact:
            line += " — " + self.tr("warm contact made")
        elif item.due is not None:
            line += " — " + self.tr("warm contact by {date}").format(date=shown_date(item.due))
        return line

    def current(self) -> HandoverItem | None:
        row = self.list.currentItem()
        wanted = row.data(ID_ROLE) if row is not None else None
        return next((i for i in self.items if i.id == wanted), None)

    # -- what can be done with the chosen one -------------------------------------------
    def _show_actions(self) -> None:
        item = self.current()
        self._set_actions(self._actions(item) if item is not None else [])

    def _actions(self, item: HandoverItem) -> list[tuple[str, Callable[[], object]]]:
        actions: list[tuple[str, Callable[[], object]]] = []
        if item.received and item.state == "new":
            actions.append((self.tr("Look at it…"), lambda: self.look(item.id)))
        if item.family_id is not None and item.state in (
                "accepted", "held", "waiting", "sending", "declined", "expired", "withdrawing",
                "withdrawn"):
            actions.append((self.tr("Open family"),
                            lambda: self.family_chosen.emit(item.family_id)))
        if item.received and item.state == "accepted" and not item.warm_contact:
            actions.append((self.tr("Warm contact made"), lambda: self.warm_contact(item.id)))
        if not item.received and item.state == "accepted" and item.choice is None:
            actions += [(self.tr("Keep the file here"), lambda: self.choose(item, "keep")),
                        (self.tr("Archive it"), lambda: self.choose(item, "archive")),
                        (self.tr("Erase it…"), lambda: self.choose(item, "erase"))]
        if not item.received and item.state in WITHDRAWABLE:
            actions.append((self.tr("Withdraw…"), lambda: self.withdraw(item)))
        if not item.received:
            actions.append((self.tr("Printout for the parents…"),
                            lambda: self.print_for_parents(item)))
        return actions

    def _first_action(self) -> None:
        item = self.current()
        if item is None:
            return
        actions = self._actions(item)
        if actions:
            actions[0][1]()

    def look(self, handover_id: str) -> None:
        handover = self._session.handover

        def show(received: list[Received]) -> None:
            found = next((r for r in received if r.row.id == handover_id), None)
            if found is None or found.package is None:
                return
            dialog = IncomingHandoverDialog(self._session, found, self.window())
            dialog.imported.connect(self.family_chosen.emit)
            dialog.setModal(True)
            dialog.show()
            self.opened = dialog

        self._session.bridge.run(handover.received, show, self.error.emit)

    def warm_contact(self, handover_id: str) -> None:
        handover = self._session.handover
        self._session.bridge.run(lambda: handover.warm_contact(handover_id), None,
                                 self.error.emit)

    def withdraw(self, item: HandoverItem) -> None:
        """Take the file back while the receiver has not answered (asked first)."""
        answer = QMessageBox.question(self, self.tr("Withdraw the handover"), self.tr(
            "Take {family} back from {receiver}? As long as it is not answered, the CJG "
            "deletes the file at the next sync, and a copy the receiver's laptop fetched is "
            "deleted there. Once answered, it is too late.").format(
                family=item.family, receiver=item.other),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(state: str | None) -> None:
            if state is None:
                self.error.emit(self.tr("{receiver} has answered already: the handover "
                                        "can no longer be withdrawn.").format(
                                            receiver=item.other))

        handover, handover_id = self._session.handover, item.id
        self._session.bridge.run(lambda: handover.withdraw(handover_id), done, self.error.emit)

    def choose(self, item: HandoverItem, choice: str) -> None:
        if choice == "erase":
            answer = QMessageBox.question(self, self.tr("Erase the family here"), self.tr(
                "{receiver} has the file now. Erase {family} from this laptop? Only the "
                "access log keeps that it was here.").format(receiver=item.other,
                                                           family=item.family),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        handover, handover_id = self._session.handover, item.id
        self._session.bridge.run(lambda: handover.after_answer(handover_id, choice), None,
                                 self.error.emit)

    def print_for_parents(self, item: HandoverItem, path: Path | None = None) -> None:
        target = path or ask_pdf_path(self, "overdracht.pdf")
        if target is None:
            return
        handover, data_folder = self._session.handover, self._session.data_folder

        def write(rows: list) -> None:  # type: ignore[type-arg]
            row = next((r for r in rows if r.id == item.id), None)
            if row is None:
                return
            package = HandoverPackage.model_validate_json(row.package)
            try:
                write_pdf(printout_html(package, item.other, shown_date(package.sent_on)),
                          target, self.tr("Handover"), data_folder=data_folder)
            except VaultError as exc:
                self.error.emit(self.tr("The PDF could not be written: {reason}").format(
                    reason=describe(exc)))

        self._session.bridge.run(handover.sent, write, self.error.emit)
