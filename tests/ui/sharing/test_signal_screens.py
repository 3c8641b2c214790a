"""The signal screens offscreen: consent (or a legal basis) with its exact text, the preview
of what leaves the laptop, the family's sharing tab, the printout, the outbox, and
connecting to a real CJG inbox on loopback from the settings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stap0_desktop.domain.consent import BasisKind, text_hash
from stap0_desktop.domain.notices import Notice
from stap0_desktop.domain.outbox import SignalState
from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.storage.vault import Vault
from stap0_desktop.ui.sharing.cjg_connection import CjgConnectionBox
from stap0_desktop.ui.sharing.consent_dialog import ConsentDialog
from stap0_desktop.ui.sharing.signal_dialog import SignalDialog
from stap0_desktop.ui.shell.main_window import MainWindow
from sync.server.loopback import LoopbackServer
from tests.builders import signal_family
from tests.conftest import FAST_KDF, OWNER, secret
from tests.ui.conftest import pdf_text, settle, unlock

pytestmark = pytest.mark.system


@pytest.fixture
def family_vault(vault_dir: Path) -> tuple[Path, int]:
    with Vault.create(vault_dir, secret(), OWNER, kdf=FAST_KDF) as vault:
        family_id, _members, _run = signal_family(vault)
    return vault_dir, family_id


@pytest.fixture
def main(qtbot: QtBot, make_controller, family_vault) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    controller = make_controller(family_vault[0])
    window = unlock(qtbot, controller)
    window.open_family(family_vault[1])
    qtbot.waitUntil(lambda: window.family_view.sharing.sharing is not None, timeout=5000)
    # Where she works with consent and signals: the tab is shown (a hidden tab reads
    # again only when it is shown).
    window.family_view.tabs.setCurrentWidget(window.family_view.sharing)
    window.controller = controller  # type: ignore[attr-defined]
    yield window


def _consent(qtbot: QtBot, main: MainWindow) -> ConsentDialog:
    dialog = main.family_view.sharing.record_consent()
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def _wait(qtbot: QtBot, main: MainWindow) -> None:
    settle(qtbot, main.controller)  # type: ignore[attr-defined]


def test_consent_keeps_exactly_the_text_that_was_shown(qtbot: QtBot, main: MainWindow) -> None:
    dialog = _consent(qtbot, main)
    shown = dialog.text.toPlainText()
    assert "Saar Verhoeven" in shown and "no BSN, no names" in " ".join(shown.split())
    next(box for box, m in dialog.member_boxes if m.given_name == "Mees").setChecked(False)
    assert "Mees" not in dialog.text.toPlainText()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    saved = dialog.saved
    assert saved is not None and saved.kind is BasisKind.CONSENT
    assert saved.text_shown == dialog.text.toPlainText()
    assert saved.text_sha256 == text_hash(saved.text_shown) and saved.text_version
    assert len(saved.member_ids) == 2 and saved.given_by == "Saar Verhoeven"


def test_incomplete_consent_or_basis_is_refused_with_the_field_marked(
    qtbot: QtBot, main: MainWindow,
) -> None:
    dialog = _consent(qtbot, main)
    dialog.given_by.setText("  ")
    dialog.save()
    assert "who gave consent" in dialog.message.text() and dialog.given_by.styleSheet()
    dialog.kind_group.button(1).setChecked(True)           # another legal basis
    dialog.save()
    assert "written reason" in dialog.message.text() and dialog.reason.styleSheet()
    dialog.reason.setPlainText("Acute zorg om de baby; ouders onbereikbaar.")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert dialog.saved is not None and dialog.saved.kind is BasisKind.LEGAL_BASIS
    _wait(qtbot, main)
    assert "Legal basis" in main.family_view.sharing.bases.item(0).text()


def _signal_dialog(qtbot: QtBot, main: MainWindow) -> SignalDialog:
    consent = _consent(qtbot, main)
    consent.save()
    qtbot.waitUntil(lambda: consent.saved is not None, timeout=5000)
    _wait(qtbot, main)
    panel = main.family_view.sharing
    panel.start_signal()
    qtbot.waitUntil(lambda: getattr(panel, "opened", None) is not None, timeout=5000)
    dialog = panel.opened
    qtbot.addWidget(dialog)
    return dialog


def _queued(qtbot: QtBot, main: MainWindow) -> SignalDialog:
    """Consent, a signal, and confirmed."""
    dialog = _signal_dialog(qtbot, main)
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.payload is not None, timeout=5000)
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.queued is not None, timeout=5000)
    _wait(qtbot, main)
    return dialog


def test_the_preview_shows_what_leaves_the_laptop_and_that_is_what_is_queued(
    qtbot: QtBot, main: MainWindow,
) -> None:
    dialog = _signal_dialog(qtbot, main)
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.payload is not None, timeout=5000)
    preview = dialog.preview.toPlainText()
    assert "a pseudonym of BSN 999990019" in preview and "pseudonym, made when sending" in preview
    assert '"999990019"' not in preview  # not in what is sent, only named for the nurse
    for private in ("Saar", "Verhoeven", "Mees", "Somberheid"):   # names, reason: never
        assert private not in preview
    dialog.domain_boxes[0][0].setChecked(not dialog.domain_boxes[0][0].isChecked())
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.payload is not None, timeout=5000)
    previewed = dialog.payload
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.queued is not None, timeout=5000)
    _wait(qtbot, main)
    rows = main.family_view.sharing.sharing.signals  # type: ignore[union-attr]
    assert [r.payload for r in rows] == [previewed]
    assert rows[0].state is SignalState.WAITING
    assert "waiting for a connection" in main.family_view.sharing.signals.item(0).text()


def test_withdrawing_consent_removes_the_unsent_signal_and_notices_show(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    dialog = _queued(qtbot, main)
    session = main._session
    session.runner.run(lambda: session.core.outbox.replace_notices([Notice(
        dialog.queued or "", "f" * 32, "shared_parent", "Bram Schuldhulp",
        "Schuldhulp Demostad", "0800-0000000", "", "2026-12-01T10:00:00+00:00"), Notice(
        dialog.queued or "", "e" * 32, "same_child", "Iris Opvang", "Kinderopvang Demostad",
        "", "iris@opvang.example", "2026-12-01T11:00:00+00:00", "2026-12-02")]))
    session.bridge.changed.emit(ChangeSet(outbox=True))
    _wait(qtbot, main)
    notices = main.family_view.sharing.notices.text()
    assert "Bram Schuldhulp" in notices and "0800-0000000" in notices
    assert "same parent" in notices  # how the families connect, in words
    assert "Their signal has ended" in notices  # an ended match is shown as such
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    main.family_view.sharing.withdraw_consent()
    _wait(qtbot, main)
    sharing = main.family_view.sharing.sharing
    assert sharing is not None and sharing.signals == [] and sharing.notices == []
    assert sharing.bases[0].withdrawn_at is not None


def test_the_printout_for_the_parents(qtbot: QtBot, main: MainWindow, tmp_path: Path) -> None:
    _queued(qtbot, main)
    target = tmp_path / "toestemming.pdf"
    main.family_view.sharing.print_consent(target)
    qtbot.waitUntil(target.exists, timeout=5000)
    text = pdf_text(target)
    assert "Consent to share a worry" in text and "Saar Verhoeven" in text
    assert "What is shared with the CJG" in text and "999990019" in text
    # Words parents understand: no references, codes or hashes of the professional's view.
    assert re.search(r"\bp\d+\b", text) is None, text
    assert "ouder_gezin" not in text and "Consent reference" not in text
    assert "Child, born in 2024" in text and "Unborn child, expected" in text


def test_connect_from_the_settings_then_the_outbox_shows_it_received(
    qtbot: QtBot, main: MainWindow, tmp_path: Path,
) -> None:
    session = main._session
    box = CjgConnectionBox(session)
    qtbot.addWidget(box)
    bad = tmp_path / "profiel.json"
    bad.write_text('{"server_url": "http://onveilig.example"}')
    assert not box.import_profile(bad)
    assert "not a valid CJG connection profile" in box.message.text()
    with LoopbackServer(tmp_path / "cjg") as server:
        assert box.import_profile(server.profile_path)
        from sync.protocol.crypto import fingerprint

        assert ("Fingerprint " + fingerprint(server.keys.receipt.public_key().public_bytes_raw())
                in box.profile.text())
        box.code.setText("ABCD-0000-0000-0000")
        box.enroll()
        qtbot.waitUntil(lambda: box.connect_button.isEnabled(), timeout=10_000)
        assert "does not know this one-time code" in box.message.text()
        box.code.setText(server.invite("Tess Verpleeg", "JGZ Demostad", "0800-0000123",
                                       role="jeugdverpleegkundige"))
        box.enroll()
        qtbot.waitUntil(lambda: "Connected with" in box.message.text(), timeout=10_000)
        # Who the CJG enrolled her as, for her to check before anything is sent.
        qtbot.waitUntil(lambda: not box.confirm_button.isHidden(), timeout=5000)
        assert ("Tess Verpleeg, jeugdverpleegkundige, JGZ Demostad, 0800-0000123"
                in box.identity.text())
        dialog = _signal_dialog(qtbot, main)
        dialog.refresh_preview()
        qtbot.waitUntil(lambda: dialog.payload is not None, timeout=5000)
        dialog.confirm()                  # queued: it waits for her confirmation
        qtbot.wait(500)
        assert server.repo.inbox() == []
        box.confirm_button.click()        # that is right: the background sync sends it
        qtbot.waitUntil(lambda: box.confirm_button.isHidden(), timeout=5000)
        outbox = main.open_outbox()
        qtbot.addWidget(outbox)
        qtbot.waitUntil(lambda: bool(outbox.rows) and outbox.rows[0][0].state
                        is SignalState.RECEIVED, timeout=15_000)
        assert outbox.table.item(0, 1).text() == "Gezin Verhoeven"
        assert len(server.repo.inbox()) == 1
        qtbot.waitUntil(lambda: "Synchronised" in main.sync_label.text(), timeout=5000)
        main.controller.lock()  # type: ignore[attr-defined]   # stops the worker, no hang


def test_an_enrollment_that_is_not_right_is_forgotten(
    qtbot: QtBot, main: MainWindow, tmp_path: Path,
) -> None:
    box = CjgConnectionBox(main._session)
    qtbot.addWidget(box)
    with LoopbackServer(tmp_path / "cjg") as server:
        assert box.import_profile(server.profile_path)
        box.code.setText(server.invite("Iemand Anders", "JGZ Elders", "0800-0000999"))
        box.enroll()
        qtbot.waitUntil(lambda: not box.wrong_button.isHidden(), timeout=10_000)
        assert "Iemand Anders" in box.identity.text()
        box.wrong_button.click()
        qtbot.waitUntil(lambda: box.wrong_button.isHidden(), timeout=5000)
        assert "enter the one-time code" in box.status.text()
        assert "revoke" in box.message.text()
        main.controller.lock()  # type: ignore[attr-defined]


def test_the_mouse_wheel_over_an_unfocused_field_changes_nothing(
    qtbot: QtBot, main: MainWindow,
) -> None:
    """Found in a real window: scrolling over the end date moved it a day per notch."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    dialog = _signal_dialog(qtbot, main)
    dialog.show()
    before_date, before_basis = dialog.ends_on.date(), dialog.basis.currentIndex()

    def wheel(widget) -> None:  # type: ignore[no-untyped-def]
        centre = QPointF(widget.rect().center())
        event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                            QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)

    # A real wheel turn gives the focus to a WheelFocus widget before any filter: none is.
    for widget in (dialog.ends_on, dialog.basis):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
    dialog.send_button.setFocus()
    for _ in range(5):
        wheel(dialog.ends_on)
        wheel(dialog.basis)
    assert dialog.ends_on.date() == before_date and dialog.basis.currentIndex() == before_basis
    dialog.ends_on.setFocus()  # a program's focus is no choice: the wheel still does nothing
    wheel(dialog.ends_on)
    assert dialog.ends_on.date() == before_date
    # Clicked deliberately (on the day): then the wheel is the way to change it.
    edit = dialog.ends_on.lineEdit()
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(4, edit.height() // 2))
    wheel(dialog.ends_on)
    assert dialog.ends_on.date() != before_date

    # … while every list and scrolling page still scrolls (a scroll area hands the wheel
    # to its scroll bar, itself a slider: guarding that stopped all scrolling, found in a
    # real window).
    from PySide6.QtWidgets import QListWidget

    notes = QListWidget()
    qtbot.addWidget(notes)
    notes.addItems([f"notitie {i}" for i in range(200)])
    notes.resize(300, 150)
    notes.show()
    bar = notes.verticalScrollBar()
    assert bar.maximum() > 0
    for _ in range(3):
        wheel(notes.viewport())
    assert bar.value() > 0


def test_the_settings_open_from_the_keyboard(qtbot: QtBot, main: MainWindow) -> None:
    """Found in a real window: the platform's Preferences key is empty on this Linux
    desktop, so the CJG confirmation could not be reached without the mouse."""
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest

    [action] = [a for a in main.findChildren(QAction) if a.text() == main.tr("Settings")]
    assert action.shortcuts()
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[str] = []

    def close_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(100, close_the_dialog)
            return
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(100, close_the_dialog)
    with qtbot.waitSignal(main.settings_requested, timeout=3000):
        QTest.keySequence(main, action.shortcuts()[0])
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [main.tr("Settings")]


def test_consent_and_signal_start_in_their_first_field_and_tab_follows_the_layout(
        qtbot: QtBot, main: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from stap0_desktop.ui.common.tab_order import tab_chain

    consent = _consent(qtbot, main)
    qtbot.waitExposed(consent)
    assert not isinstance(consent.focusWidget().parent(), QDialogButtonBox)
    consent.close()
    dialog = _signal_dialog(qtbot, main)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.basis
    chain = [w for w in tab_chain(dialog) if w.isVisibleTo(dialog) and w.isEnabled()]
    widget, reached = dialog.basis, []
    for _ in range(len(chain) - 1):
        widget = widget.nextInFocusChain()
        while widget not in chain:
            widget = widget.nextInFocusChain()
        reached.append(widget)
    assert reached == chain[1:]          # the members before the domains, the buttons last


def test_the_signal_warns_when_nothing_can_match_or_no_cjg_is_connected(
        qtbot: QtBot, main: MainWindow) -> None:
    dialog = _signal_dialog(qtbot, main)
    qtbot.waitUntil(lambda: dialog.payload is not None, timeout=5000)
    assert "not connected to a CJG" in dialog.warning.text()
    assert "cannot match" not in dialog.warning.text()          # the mother's BSN links all
    mother = next(box for box, member_id in dialog.member_boxes
                  if dialog._members[member_id].bsn)
    mother.setChecked(False)                                     # without her: no BSN left
    qtbot.waitUntil(lambda: "cannot match" in dialog.warning.text(), timeout=5000)
    assert "Mees" in dialog.warning.text()
    assert dialog.send_button.isEnabled()                        # a warning, not a refusal


def test_unmatchable_people_are_those_without_a_bsn_or_a_parent_with_one() -> None:
    from datetime import date

    from stap0_desktop.domain.signal_draft import unmatchable
    from stap0_desktop.domain.signal_payload import (
        Person,
        PersonRole,
        Signaller,
        SignalPayload,
    )

    def payload(*people: Person) -> SignalPayload:
        return SignalPayload(
            people=list(people), professional=Signaller(name="Tess", organisation="JGZ"),
            signalled_on=date(2026, 12, 2), domains=["ouder_gezin"], judgement="raised",
            ends_on=date(2027, 12, 2), consent_ref="0" * 32)

    mother = Person(ref="p1", role=PersonRole.PARENT, bsn="999990019")
    child = Person(ref="p2", role=PersonRole.CHILD, parent_refs=["p1"])
    loner = Person(ref="p3", role=PersonRole.CHILD)
    assert unmatchable(payload(mother, child, loner)) == ["p3"]
    assert unmatchable(payload(child.model_copy(update={"parent_refs": []}))) == ["p2"]


def test_a_match_is_marked_until_the_professional_has_seen_it(
        qtbot: QtBot, main: MainWindow) -> None:
    dialog = _queued(qtbot, main)
    family_id = main.family_view.family_id
    main.show_home()                                   # not looking at the family now
    session = main._session
    stored = session.runner.run(lambda: session.core.outbox.replace_notices([Notice(
        dialog.queued or "", "f" * 32, "shared_parent", "Bram Schuldhulp",
        "Schuldhulp Demostad", "0800-0000000", "", "2026-12-01T10:00:00+00:00")]))
    assert stored.changes.family_list                  # a new match: the list shows it
    session.bridge.changed.emit(stored.changes)
    _wait(qtbot, main)
    model = main.families.model
    row = model.row_of(family_id)
    assert model.index(row, 0).data().startswith("● ")
    assert "1 new match" in main.match_label.text()
    assert "New matches from the CJG" in main.hint.text()
    main.open_family(family_id)                        # seen in the family's file
    qtbot.waitUntil(lambda: not model.index(model.row_of(family_id), 0).data()
                    .startswith("● "), timeout=5000)
    assert main.match_label.text() == ""
