"""Nothing readable where it should not be, used through the screens (#16): a family's
name as a folder in the file dialog, a report written, text on the clipboard, a lock —
and the canary is in none of Qt's settings, the app's settings, ~/.config, the temp
folder or the clipboard; the report itself is 0600 and no half-written file is left."""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from stap0_desktop.domain.models import Family
from stap0_desktop.services.reports import ReportKind
from stap0_desktop.storage.vault import Vault
from tests.builders import canary_forms, files_holding
from tests.conftest import secret
from tests.ui.conftest import open_checklist, settle, when_file_dialog_shown


def test_a_family_named_folder_a_report_and_a_lock_leave_no_trace(
    qtbot: QtBot, make_controller, demo_vault: Path, tmp_path: Path, monkeypatch
) -> None:
    start = time.time() - 1
    canary = f"Kanarie{uuid.uuid4().hex[:12]}"
    with Vault.open(demo_vault, secret()) as vault:
        from stap0_desktop.services.caseload import CaseloadService

        service = CaseloadService(vault)
        family = service.get_family(1).value
        service.update_family(Family(**{**family.model_dump(), "name": f"Gezin {canary}"}))
    folder = tmp_path / "verslagen" / f"Gezin {canary}"
    folder.mkdir(parents=True)
    controller = make_controller(demo_vault)
    _main, window = open_checklist(qtbot, controller, monkeypatch)
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))

    def choose(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder / "voor-de-ouders.pdf"))
        dialog.accept()

    when_file_dialog_shown(qtbot, choose)
    with qtbot.waitSignal(window.report_written, timeout=10_000):
        window.export_report(ReportKind.PARENTS)
    report = folder / "voor-de-ouders.pdf"
    assert report.exists() and report.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir()] == ["voor-de-ouders.pdf"]   # no .tmp left
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    window.reason.setPlainText(f"Zorgen om Gezin {canary}")   # copied as a person would
    window.reason.setFocus()
    window.reason.selectAll()
    window.reason.copy()
    qtbot.waitUntil(lambda: canary in QGuiApplication.clipboard().text(), timeout=2_000)
    settle(qtbot, controller)
    controller.lock()

    needles = canary_forms(canary)
    assert canary not in QGuiApplication.clipboard().text()
    qt_settings = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    places = [qt_settings.parent, Path.home() / ".config", tmp_path / "settings.ini",
              Path(tempfile.gettempdir())]
    for place in places:
        if place.is_file():
            assert not any(n in place.read_bytes() for n in needles), place
        elif place.is_dir():
            assert files_holding(place, needles, since=start) == [], place
