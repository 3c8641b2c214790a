"""Warm handover in the window, offscreen, against a real CJG on loopback: Family ▸ Hand
over… previews exactly what travels (notes only when ticked), refuses to go without the
receiver or the parents' consent and says why, and queues it; the receiving laptop's
overview shows the file, its dialog accepts it and the family opens with where it came
from; the sender's overview offers keep, archive, erase and the parents' printout; the
whole caseload goes to a colleague with the families without consent listed, not sent;
the dialog fits a laptop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from stap0_desktop.domain.models import Family, Note
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.handover import HandoverService
from stap0_desktop.storage.vault import Vault
from stap0_desktop.ui.sharing.handover_dialog import HandoverDialog
from stap0_desktop.ui.sharing.incoming_handover import IncomingHandoverDialog
from stap0_desktop.ui.shell.handover_panel import HandoverPanel
from stap0_desktop.ui.shell.main_window import MainWindow
from sync.server.loopback import LoopbackServer
from tests.builders import handover_laptop, signal_family
from tests.conftest import OWNER
from tests.ui.conftest import pdf_text, settle, unlock
from tests.ui.shell.test_screen_fit import _problems

pytestmark = pytest.mark.system
PRIVATE = "Alleen voor mij: vermoeden van schulden bij de buren"


@pytest.fixture
def setup(qtbot: QtBot, make_controller, vault_dir: Path,  # type: ignore[no-untyped-def]
          tmp_path: Path) -> Iterator[tuple[MainWindow, Vault, LoopbackServer, int]]:
    from stap0_desktop.services.handover_sync import HandoverSyncService
    from sync.client.sync_client import SyncClient

    with LoopbackServer(tmp_path / "cjg") as server:
        bram, bram_client = handover_laptop(tmp_path / "bram", server, "Bram Schuldhulp",
                                            "Schuldhulp Demostad")
        bram_client.sync()
        mine, _client = handover_laptop(vault_dir, server, OWNER.name, OWNER.organisation)
        family_id, _members, _run = signal_family(mine)
        CaseloadService(mine).save_note(Note(family_id=family_id, body=PRIVATE))
        SyncClient(mine_outbox(mine), handover=HandoverSyncService(mine)).sync()
        mine.close()
        controller = make_controller(vault_dir)
        main = unlock(qtbot, controller)
        main.controller = controller  # type: ignore[attr-defined]
        try:
            yield main, bram, server, family_id
        finally:
            bram.close()


def mine_outbox(vault: Vault):  # type: ignore[no-untyped-def]
    from stap0_desktop.services.outbox import OutboxService

    return OutboxService(vault)


def _dialog(qtbot: QtBot, main: MainWindow, family_id: int) -> HandoverDialog:
    main.open_family(family_id)
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    menu = main.family_view.family_menu
    menu.hand_over()
    qtbot.waitUntil(lambda: menu.opened is not None, timeout=5000)
    dialog = menu.opened
    assert isinstance(dialog, HandoverDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_a_file_is_previewed_consented_and_queued(
        qtbot: QtBot, setup: tuple[MainWindow, Vault, LoopbackServer, int]) -> None:
    main, _bram, _server, family_id = setup
    dialog = _dialog(qtbot, main, family_id)
    dialog.hand_over()
    assert "Choose the professional" in dialog.message.text()      # says why, goes nowhere
    dialog.find_receiver.setText("bram")
    assert dialog.receiver_list.count() == 1
    dialog.receiver_list.setCurrentRow(0)
    dialog.hand_over()
    assert "who gave consent" in dialog.message.text()
    dialog.given_by.setText("Saar Verhoeven")
    dialog.reaction.setPlainText("Graag hulp met de rekeningen.")
    assert "Bram Schuldhulp" in dialog.consent_text.toPlainText()   # what the parents read
    dialog.refresh_preview()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    preview = dialog.preview.toPlainText()
    assert "Gezin Verhoeven" in preview and "999990019" in preview
    assert "Graag hulp met de rekeningen." in preview
    assert PRIVATE not in preview                                   # notes only when ticked
    dialog.notes.item(0).setCheckState(dialog.notes.item(0).checkState().Checked)
    dialog.refresh_preview()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert PRIVATE in dialog.preview.toPlainText()
    dialog.hand_over()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert dialog.sent is not None and PRIVATE in [n.text for n in dialog.sent.notes]
    main.show_home()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    lines = [main.handovers.list.item(i).text() for i in range(main.handovers.list.count())]
    assert lines == ["Gezin Verhoeven to Bram Schuldhulp (Schuldhulp Demostad): waiting for a "
                     "connection"]


def test_the_dialog_fits_a_laptop(qtbot: QtBot,
                                  setup: tuple[MainWindow, Vault, LoopbackServer, int]) -> None:
    main, _bram, _server, family_id = setup
    dialog = _dialog(qtbot, main, family_id)
    dialog.show()
    assert _problems(dialog) == []


def test_the_receiver_accepts_and_the_sender_chooses(
        qtbot: QtBot, setup: tuple[MainWindow, Vault, LoopbackServer, int],
        tmp_path: Path) -> None:
    from stap0_desktop.services.handover_sync import HandoverSyncService
    from sync.client.sync_client import SyncClient

    main, bram, _server, family_id = setup
    session = _sent_to_bram(qtbot, main, family_id)
    bram_client = SyncClient(mine_outbox(bram), handover=HandoverSyncService(bram))
    bram_client.sync()
    [arrived] = HandoverService(bram).received().value
    HandoverService(bram).accept(arrived.row.id)
    bram_client.sync()
    session.core.sync_client.sync()         # accepted
    main.show_home()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    panel = main.handovers
    panel.list.setCurrentRow(0)
    assert "accepted — warm contact by" in panel.list.item(0).text()
    labels = [panel.action_row.itemAt(i).widget().text()
              for i in range(panel.action_row.count()) if panel.action_row.itemAt(i).widget()]
    assert labels == ["Open family", "Keep the file here", "Archive it", "Erase it…",
                      "Printout for the parents…"]
    target = tmp_path / "overdracht.pdf"
    panel.print_for_parents(panel.current(), target)  # type: ignore[arg-type]
    qtbot.waitUntil(target.exists, timeout=5000)
    text = pdf_text(target)
    assert "Bram Schuldhulp" in text and "Gezin Verhoeven" in text
    panel.choose(panel.current(), "archive")  # type: ignore[arg-type]
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert HandoverService(session.core.vault).sent().value[0].choice == "archive"


def cancel_then_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The next two questions are answered Cancel, then Yes; what they asked."""
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _sent_to_bram(qtbot: QtBot, main: MainWindow, family_id: int):  # type: ignore[no-untyped-def]
    """The family handed over to Bram with the parents' consent, and sent; the session."""
    dialog = _dialog(qtbot, main, family_id)
    dialog.find_receiver.setText("bram")
    dialog.receiver_list.setCurrentRow(0)
    dialog.given_by.setText("Saar Verhoeven")
    dialog.hand_over()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    session = main._session
    session.core.sync_client.sync()
    return session


def _bram_hands_over(qtbot: QtBot, main: MainWindow, bram: Vault) -> HandoverPanel:
    """Bram hands "Gezin Verhoeven" over to this laptop, which fetches it; the overview."""
    from stap0_desktop.domain.handover import HandoverChoice
    from stap0_desktop.services.handover_sync import HandoverSyncService
    from sync.client.sync_client import SyncClient
    from tests.builders import handover_consent

    session = main._session
    session.core.sync_client.sync()    # this laptop is listed
    bram_client = SyncClient(mine_outbox(bram), handover=HandoverSyncService(bram))
    bram_client.sync()
    theirs, members, _run = signal_family(bram)
    service = HandoverService(bram)
    [me] = service.directory(OWNER.name).value
    basis_id = handover_consent(bram, theirs, members, me.professional.summary())
    service.queue(theirs, HandoverChoice(member_ids=frozenset(members),
                                         reaction="Fijn dat u het overneemt."), basis_id, me)
    bram_client.sync()
    session.core.sync_client.sync()    # it arrives
    main.show_home()
    session.sync.refresh_status()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert "1 handover to answer" in main.sync_label.text()
    panel = main.handovers
    panel.list.setCurrentRow(0)
    assert "arrived — look at it, then accept or decline" in panel.list.item(0).text()
    return panel


def _look(qtbot: QtBot, panel: HandoverPanel) -> IncomingHandoverDialog:
    panel.look(panel.current().id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: panel.opened is not None, timeout=5000)
    incoming = panel.opened
    assert incoming is not None
    qtbot.addWidget(incoming)
    return incoming


def test_a_file_handed_over_to_this_laptop_is_looked_at_and_accepted(
        qtbot: QtBot, setup: tuple[MainWindow, Vault, LoopbackServer, int]) -> None:
    main, bram, _server, _family_id = setup
    panel = _bram_hands_over(qtbot, main, bram)
    incoming = _look(qtbot, panel)
    assert "Fijn dat u het overneemt." in incoming.view.toPlainText()
    families_before = main.families.model.rowCount()
    incoming.show()
    qtbot.waitExposed(incoming)
    qtbot.keyClick(incoming.focusWidget() or incoming, Qt.Key.Key_Return)   # Enter closes:
    assert not incoming.isVisible()                     # taking a family on is clicked
    assert panel.current() is not None and main.families.model.rowCount() == families_before
    incoming = _look(qtbot, panel)
    incoming.take()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: main.family_view.family_id is not None, timeout=5000)
    assert "handed over by Bram Schuldhulp" in main.family_view.address.text()
    assert "Fijn dat u het overneemt." in main.family_view.referrals.handed_over.text()
    qtbot.waitUntil(lambda: main.families.model.rowCount() == families_before + 1,
                    timeout=5000)
    qtbot.waitUntil(lambda: "to answer" not in main.sync_label.text(), timeout=5000)


def test_the_caseload_goes_with_consent_and_the_others_are_listed(
        qtbot: QtBot, setup: tuple[MainWindow, Vault, LoopbackServer, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from stap0_desktop.ui.sharing.caseload_handover import CaseloadHandoverDialog

    main, _bram, _server, family_id = setup
    dialog = _dialog(qtbot, main, family_id)       # consent only, for the caseload
    dialog.find_receiver.setText("bram")
    dialog.receiver_list.setCurrentRow(0)
    dialog.given_by.setText("Saar Verhoeven")
    dialog.hand_over(consent_only=True)
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert dialog.recorded and dialog.sent is None
    session = main._session
    session.runner.run(lambda: session.core.caseload.create_family(
        Family(name="Gezin Zonder Toestemming")))
    main.hand_over_caseload()
    qtbot.waitUntil(lambda: hasattr(main, "caseload_handover"), timeout=5000)
    caseload = main.caseload_handover
    assert isinstance(caseload, CaseloadHandoverDialog)
    qtbot.addWidget(caseload)
    caseload.find_receiver.setText("bram")
    caseload.receiver_list.setCurrentRow(0)
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    lines = [caseload.families.item(i).text() for i in range(caseload.families.count())]
    assert "Gezin Verhoeven: consent of Saar Verhoeven — goes" in lines
    assert "Gezin Zonder Toestemming: no consent for this handover — not sent" in lines
    asked = cancel_then_yes(monkeypatch)
    caseload.hand_over()                             # Cancel: nothing goes
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert caseload.left_out is None and HandoverService(session.core.vault).sent().value == []
    assert asked == ["Hand over 1 family to Bram Schuldhulp? It goes at the next sync; until "
                     "Bram Schuldhulp answers you can still withdraw it."]
    caseload.hand_over()                             # Yes
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert caseload.left_out is not None
    assert [name for _id, name in caseload.left_out] == ["Gezin Zonder Toestemming"]
    sent = HandoverService(session.core.vault).sent().value
    assert [row.family_id for row in sent] == [family_id]


def test_declining_a_file_is_asked_first_and_keeps_nothing_of_it(
        qtbot: QtBot, setup: tuple[MainWindow, Vault, LoopbackServer, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    main, bram, _server, _family_id = setup
    panel = _bram_hands_over(qtbot, main, bram)
    incoming = _look(qtbot, panel)
    asked = cancel_then_yes(monkeypatch)
    incoming.decline()                      # Cancel: nothing happens
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert "arrived" in panel.list.item(0).text() and incoming.decline_button.isEnabled()
    incoming.decline()                      # Yes
    qtbot.waitUntil(lambda: "declined" in panel.list.item(0).text(), timeout=5000)
    assert "Bram Schuldhulp" in asked[0]
    assert panel.list.item(0).text().startswith("A file from Bram Schuldhulp")
    assert "Verhoeven" not in panel.list.item(0).text()   # the package is not kept
    qtbot.waitUntil(lambda: "to answer" not in main.sync_label.text(), timeout=5000)


def test_a_file_that_did_not_open_at_the_receiver_says_so_to_the_sender(
        qtbot: QtBot, setup: tuple[MainWindow, Vault, LoopbackServer, int]) -> None:
    """Changed on the way, the package does not open on the receiver's laptop, which
    answers "unreadable" by itself: the sender reads that, not a plain "declined"."""
    import json

    from stap0_desktop.services.handover_sync import HandoverSyncService
    from sync.client.sync_client import SyncClient

    main, bram, server, family_id = setup
    session = _sent_to_bram(qtbot, main, family_id)
    with server.repo.tx() as c:              # a byte changed at the CJG
        handover_id, sealed = c.execute("SELECT id, sealed FROM handover").fetchone()
        data = json.loads(sealed)
        data["ciphertext"] = ("B" if data["ciphertext"][0] != "B" else "C") + data[
            "ciphertext"][1:]
        c.execute("UPDATE handover SET sealed = ? WHERE id = ?", (json.dumps(data),
                                                                  handover_id))
    bram_client = SyncClient(mine_outbox(bram), handover=HandoverSyncService(bram))
    bram_client.sync()                       # refused there, answered unreadable
    bram_client.sync()
    session.core.sync_client.sync()
    main.show_home()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    line = main.handovers.list.item(0).text()
    assert "could not be opened on the receiver's laptop" in line and "send it again" in line


def test_the_sender_takes_a_file_back_while_it_is_not_answered(
        qtbot: QtBot, setup: tuple[MainWindow, Vault, LoopbackServer, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    main, _bram, server, family_id = setup
    _sent_to_bram(qtbot, main, family_id)
    main.show_home()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    panel = main.handovers
    panel.list.setCurrentRow(0)
    labels = [panel.action_row.itemAt(i).widget().text()
              for i in range(panel.action_row.count()) if panel.action_row.itemAt(i).widget()]
    assert labels == ["Open family", "Withdraw…", "Printout for the parents…"]
    asked = cancel_then_yes(monkeypatch)
    panel.withdraw(panel.current())  # type: ignore[arg-type]   Cancel: nothing happens
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert "held by the CJG" in panel.list.item(0).text()
    panel.withdraw(panel.current())  # type: ignore[arg-type]   Yes
    assert "Bram Schuldhulp" in asked[0] and "Gezin Verhoeven" in asked[0]
    # The withdrawal goes at once: the window syncs on it, without waiting for the next
    # round of the background sync.
    qtbot.waitUntil(lambda: "deleted at the CJG, never opened" in panel.list.item(0).text(),
                    timeout=10_000)   # ("withdrawn: the CJG deletes it…" may not be seen)
    with server.repo.tx() as c:
        assert c.execute("SELECT sealed, state FROM handover").fetchone() == (None, "withdrawn")
