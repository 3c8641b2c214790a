"""First run, unlock (right, wrong, back-off that survives a restart)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from stap0_desktop.storage import backup
from stap0_desktop.storage.unlock_attempts import FREE_ATTEMPTS, UnlockAttempts
from stap0_desktop.storage.vault import Vault
from stap0_desktop.ui.shell.first_run import FirstRunWindow
from stap0_desktop.ui.shell.main_window import MainWindow
from stap0_desktop.ui.shell.unlock import UnlockWindow
from tests.builders import killed_at_rename
from tests.conftest import PASSPHRASE, secret
from tests.ui.conftest import settle, unlock


def test_first_run_creates_the_vault_and_opens_the_main_window(
    qtbot: QtBot, make_controller, vault_dir: Path
) -> None:
    controller = make_controller(vault_dir)
    window = controller.window
    assert isinstance(window, FirstRunWindow)
    window.name.setText("Tess Verpleeg")
    window.passphrase.setText("kort")
    assert not window.create_button.isEnabled()
    assert "12" in window.message.text()
    window.passphrase.setText(PASSPHRASE)
    window.repeat.setText(PASSPHRASE + "x")
    assert "differ" in window.message.text() and not window.create_button.isEnabled()
    window.repeat.setText(PASSPHRASE)
    assert window.create_button.isEnabled() and window.meter.value() >= 3
    window.phone.setText("06 1234")                    # a work phone that cannot be right
    assert "10 digits" in window.message.text() and not window.create_button.isEnabled()
    window.phone.setText("06 12345678")
    assert window.create_button.isEnabled()
    window.create_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    main = controller.main_window
    settle(qtbot, controller)
    assert "New family" in main.hint.text()  # the hint what to do first
    assert main.windowTitle() == "Tess Verpleeg"       # shown as "Tess Verpleeg — Stap 0"
    controller.lock()
    with Vault.open(vault_dir, secret()) as vault:
        assert vault.owner.name == "Tess Verpleeg"
        assert vault.owner.phone == "06 12345678"


def test_first_run_requires_a_name(make_controller, vault_dir: Path) -> None:
    window = make_controller(vault_dir).window
    window.passphrase.setText(PASSPHRASE)
    window.repeat.setText(PASSPHRASE)
    assert not window.create_button.isEnabled()
    assert "name" in window.message.text()


def test_unlock_right_and_wrong(qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    window = controller.window
    assert isinstance(window, UnlockWindow)
    window.passphrase.setText("dit is niet de goede zin")
    window._submit()
    qtbot.waitUntil(lambda: "not correct" in window.message.text(), timeout=10_000)
    assert window.passphrase.text() == "" and window.button.isEnabled()
    main = unlock(qtbot, controller)
    assert isinstance(main, MainWindow)
    assert main.families.model.rowCount() == 6
    assert UnlockAttempts(demo_vault).state().failures == 0  # reset after success


def test_back_off_after_five_failures_survives_a_restart(
    qtbot: QtBot, make_controller, demo_vault: Path
) -> None:
    controller = make_controller(demo_vault)
    window = controller.window
    for attempt in range(FREE_ATTEMPTS):
        window.passphrase.setText(f"verkeerde zin nummer {attempt}")
        window._submit()
        qtbot.waitUntil(lambda: window.passphrase.isEnabled(), timeout=10_000)
    assert not window.button.isEnabled()
    assert "wait" in window.message.text()
    controller.shutdown()
    restarted = make_controller(demo_vault)  # a new start of the app
    assert not restarted.window.button.isEnabled()
    assert "wait" in restarted.window.message.text().lower()


def test_an_interrupted_restore_is_finished_at_unlock_and_said(
    qtbot: QtBot, make_controller, demo_vault: Path, tmp_path: Path
) -> None:

    dest = tmp_path / "b.stap0"
    with Vault.open(demo_vault, secret()) as vault:
        backup.create_backup(vault, dest)
    killed = killed_at_rename("restore", str(demo_vault), str(dest), PASSPHRASE, "3")  # old vault aside
    assert killed.returncode == -9 and not (demo_vault / "vault.db").exists()
    controller = make_controller(demo_vault)
    assert isinstance(controller.window, UnlockWindow)  # not "create a new vault"
    main = unlock(qtbot, controller)
    assert "A restore was interrupted" in main.status_message.text()
    assert main.families.model.rowCount() == 6
