"""Locking (idle, Ctrl+L) leaves no client data anywhere; typing survives a lock."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from stap0_desktop.domain.models import Family, Member, MemberRole
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.storage.vault import Vault
from stap0_desktop.ui.shell.clipboard import ClipboardGuard
from stap0_desktop.ui.shell.unlock import UnlockWindow
from tests.conftest import FAST_KDF, OWNER, secret
from tests.ui.conftest import settle, unlock

pytestmark = pytest.mark.system


def _model_texts(model: QAbstractItemModel) -> list[str]:
    root = QModelIndex()
    texts = []
    try:
        columns = model.columnCount(root)
    except TypeError:  # list models keep columnCount private in PySide: one column
        columns = 1
    for row in range(model.rowCount(root)):
        for column in range(columns):
            texts.append(str(model.data(model.index(row, column, root))))
    return texts


def visible_texts() -> list[str]:
    """Every text a person could see or a screen reader could read, in every widget."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts.append(widget.windowTitle())
        texts.append(widget.accessibleName())
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_model_texts(widget.model()))
    return texts


def _vault_with_canary(folder: Path, canary: str) -> None:
    with Vault.create(folder, secret(), OWNER, kdf=FAST_KDF) as vault:
        service = CaseloadService(vault)
        family = service.create_family(Family(name=f"Gezin {canary}", city="Breda")).value
        assert family.id is not None
        service.add_member(family.id, Member(role=MemberRole.PARENT, given_name=canary))


def test_locked_app_shows_no_client_data_anywhere(
    qtbot: QtBot, make_controller, vault_dir: Path
) -> None:
    canary = f"Kanarie{uuid.uuid4().hex[:10]}"
    _vault_with_canary(vault_dir, canary)
    controller = make_controller(vault_dir)
    main = unlock(qtbot, controller)
    main.open_family(main.families.model.data(main.families.model.index(0, 0), Qt.ItemDataRole.UserRole + 1))
    settle(qtbot, controller)
    main.search_box.setText(canary[:9])
    main.search_panel.search(canary[:9], immediately=True)
    settle(qtbot, controller)
    assert any(canary in text for text in visible_texts())  # the check can see it

    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L
    qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow), timeout=5_000)
    QApplication.processEvents()
    qtbot.wait(50)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert controller.session is None
    leaks = [text for text in visible_texts() if canary in text]
    assert leaks == []


def test_idle_lock_with_an_injected_clock(qtbot: QtBot, make_controller, demo_vault: Path,
                                          clock) -> None:
    controller = make_controller(demo_vault)
    unlock(qtbot, controller)
    clock.advance(4 * 60)
    controller.idle.check()
    assert controller.session is not None  # 4 minutes: still open
    qtbot.keyClick(controller.main_window, Qt.Key.Key_Shift)  # input resets the idle time
    clock.advance(4 * 60)
    controller.idle.check()
    assert controller.session is not None
    clock.advance(61)
    controller.idle.check()
    assert controller.session is None
    assert isinstance(controller.window, UnlockWindow)


def test_suspend_locks(qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    unlock(qtbot, controller)
    controller._state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert controller.session is None


def _typed_into_a_new_note(qtbot: QtBot, controller, text: str):  # type: ignore[no-untyped-def]
    main = unlock(qtbot, controller)
    main.open_family(1)
    settle(qtbot, controller)
    main.family_view.new_note()
    qtbot.keyClicks(main.family_view.editor.text, text)
    assert main.family_view.editor.status.text() == "Not saved yet…"
    return main


def _note_bodies(vault_folder: Path, family_id: int) -> list[str]:
    with Vault.open(vault_folder, secret()) as vault:
        return [n.body for n in CaseloadService(vault).open_family(family_id).value.notes]


def test_text_typed_just_before_a_lock_is_saved(
    qtbot: QtBot, make_controller, demo_vault: Path
) -> None:
    controller = make_controller(demo_vault)
    _typed_into_a_new_note(qtbot, controller, "Moeder vertelt over de slaap van de baby")
    controller.lock()  # before the autosave timer fired
    assert "Moeder vertelt over de slaap van de baby" in _note_bodies(demo_vault, 1)


def test_text_typed_when_the_desktop_session_ends_is_saved_before_anything_else(
    qtbot: QtBot, make_controller, demo_vault: Path
) -> None:
    controller = make_controller(demo_vault)
    main = _typed_into_a_new_note(qtbot, controller, "Vader werkt weer sinds maandag")
    # What Qt calls on logout or shutdown, before the process may be ended without a quit.
    controller._save_typing()
    assert not main.family_view.editor._timer.isActive()   # saved now, not by the autosave
    qtbot.waitUntil(lambda: main.family_view.editor.status.text().startswith("Saved at"))
    assert controller.session is not None   # still open: the session may yet go on
    controller.lock()
    assert "Vader werkt weer sinds maandag" in _note_bodies(demo_vault, 1)


def test_autosave_while_typing_shows_the_time_and_updates_one_note(
    qtbot: QtBot, make_controller, demo_vault: Path
) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    main.open_family(2)
    settle(qtbot, controller)
    view = main.family_view
    before = view.notes.count()
    view.new_note()
    qtbot.keyClicks(view.editor.text, "Eerste zin.")
    qtbot.waitUntil(lambda: view.editor.status.text().startswith("Saved at"), timeout=5_000)
    qtbot.keyClicks(view.editor.text, " Tweede zin.")
    qtbot.waitUntil(lambda: view.editor.status.text().startswith("Saved at"), timeout=5_000)
    settle(qtbot, controller)
    assert view.notes.count() == before + 1  # updated, not saved twice as new notes
    controller.lock()
    assert "Eerste zin. Tweede zin." in _note_bodies(demo_vault, 2)


def test_text_copied_from_a_client_field_is_cleared_after_the_delay(
    qtbot: QtBot, make_controller, demo_vault: Path
) -> None:
    controller = make_controller(demo_vault)
    assert controller.clipboard.seconds == 30  # the default
    main = unlock(qtbot, controller)
    guard = ClipboardGuard(seconds=1, parent=main)  # the same guard, a shorter delay
    main.open_family(1)
    settle(qtbot, controller)
    field = main.search_box
    field.setText("Gezin Testnaam, BSN 999990019")
    field.setFocus()
    field.selectAll()
    field.copy()
    clipboard = QGuiApplication.clipboard()
    qtbot.waitUntil(lambda: clipboard.text() == "Gezin Testnaam, BSN 999990019", timeout=2_000)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)
    assert guard is not None


def test_lock_clears_the_clipboard_at_once(qtbot: QtBot, make_controller,
                                           demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    main.search_box.setText("Gezin Geheim")
    main.search_box.setFocus()
    main.search_box.selectAll()
    main.search_box.copy()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "Gezin Geheim", timeout=2_000)
    controller.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_screen_lock_from_the_desktop_locks(qtbot: QtBot, make_controller,
                                            demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    unlock(qtbot, controller)
    controller.session_watch.screensaver_active(False)
    assert controller.session is not None
    controller.session_watch.screensaver_active(True)
    assert controller.session is None
    unlock(qtbot, controller)
    controller.session_watch.login_session_lock()
    assert controller.session is None
    unlock(qtbot, controller)
    controller.session_watch.prepare_for_sleep(False)     # waking up locks nothing
    assert controller.session is not None
    controller.session_watch.prepare_for_sleep(True)      # logind: about to sleep
    assert controller.session is None                     # locked before the call returns


def test_the_heap_is_frozen_while_unlocked_and_thawed_by_the_lock(
    qtbot: QtBot, make_controller, demo_vault: Path,  # type: ignore[no-untyped-def]
) -> None:
    """A full collection must not stall the window (frozen once the caseload is shown),
    but a locked session's objects must be collectable again (thawed on lock)."""
    import gc

    controller = make_controller(demo_vault)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
    controller.lock()
    assert gc.get_freeze_count() == 0


def test_a_laptop_that_wakes_after_the_idle_time_is_locked_at_once(qapp) -> None:  # type: ignore[no-untyped-def]
    from stap0_desktop.ui.shell.idle import IdleWatcher, asleep_counting_clock

    class Clocks:
        boot = 100.0
        wall = 1_000_000.0

    clocks = Clocks()
    watcher = IdleWatcher(5 * 60, lambda: clocks.boot, wall=lambda: clocks.wall)
    locked: list[bool] = []
    watcher.idle.connect(lambda: locked.append(True))
    watcher.start()
    clocks.boot += 60                     # a minute of work, then the lid closes
    watcher.check()
    assert not locked
    clocks.boot += 3600                   # an hour asleep: CLOCK_BOOTTIME runs on
    watcher.check()                       # the first check after waking
    assert locked == [True]

    locked.clear()
    watcher.start()                       # a clock that stood still during sleep (as
    clocks.wall += 3600                   # time.monotonic does on Linux): the wall
    watcher.check()                       # clock gives it away
    assert locked == [True]

    locked.clear()
    watcher.start()
    clocks.wall -= 7200                   # the wall clock set back: not idle time
    watcher.check()
    assert not locked
    first = asleep_counting_clock()
    assert asleep_counting_clock() >= first


def test_a_lock_relaunches_with_where_she_was_and_quitting_does_not(
    qtbot: QtBot, make_controller, demo_vault: Path
) -> None:
    from stap0_desktop.ui.shell.relaunch import parse_resume, relaunch_arguments

    controller = make_controller(demo_vault)
    asked: list[object] = []
    controller._relaunch = asked.append       # the real one exec()s this very program
    main = unlock(qtbot, controller)
    main.open_family(2)
    settle(qtbot, controller)
    controller.lock()
    assert asked == [(2, None)]
    args = relaunch_arguments(demo_vault, "nl", (2, 7))
    assert args[-3:] == ["--locked", "--resume", "2:7"] and "--data-dir" in args
    assert parse_resume("2:7") == (2, 7) and parse_resume("2:") == (2, None)
    assert parse_resume("x:1") is None and parse_resume(None) is None
    unlock(qtbot, controller)
    controller.shutdown()                     # Ctrl+Q: the vault closes, nothing restarts
    assert asked == [(2, None)] and controller.session is None


def test_the_cjg_policy_caps_the_idle_lock_and_a_revocation_is_said_then_locks(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch
) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from stap0_desktop.config.settings import IDLE_LOCK_MINUTES
    from stap0_desktop.domain.outbox import SyncStatus
    from sync.client.worker import RoundOutcome

    controller = make_controller(demo_vault)
    controller.settings.set(IDLE_LOCK_MINUTES, 25)
    main = unlock(qtbot, controller)
    status = SyncStatus(connected=True, enrolled=True, municipality="Demostad",
                        last_attempt_at=None, last_success_at=None, last_error=None,
                        waiting=0, refused=0)
    controller._apply_policy(replace(status, idle_lock_max_minutes=10))
    assert controller.idle.timeout_s == 10 * 60          # the CJG allows at most 10
    controller._apply_policy(status)
    assert controller.idle.timeout_s == 25 * 60          # no policy: her own choice
    from datetime import UTC, datetime, timedelta

    last = datetime.now(UTC) - timedelta(days=40)
    main._show_sync_status(replace(status, last_success_at=last,
                                   lease_expires_at=last + timedelta(days=30)))
    assert main.lease_banner.isVisibleTo(main)
    assert "no new signal can be queued" in main.lease_banner.text()
    main._show_sync_status(replace(status, lease_expires_at=datetime.now(UTC)
                                   + timedelta(days=29)))
    assert not main.lease_banner.isVisibleTo(main)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(
        lambda _parent, _title, text: told.append(text)))
    controller._sync_round(RoundOutcome(None, "unreachable", 1, 60.0))
    assert controller.session is not None and told == []
    controller._sync_round(RoundOutcome(None, "revoked_ended", 0, None))
    assert "recovery key" in told[0] and controller.session is None
