"""The file dialog: Qt's own, in the app's language, and nothing of it remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from stap0_desktop.i18n.translator import install_language
from stap0_desktop.ui.common.file_dialogs import choose_file_to_open, choose_file_to_save
from tests.ui.conftest import when_file_dialog_shown


def test_a_saved_file_leaves_no_folder_name_in_qt_settings(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    folder = tmp_path / "Gezin Jansen"
    folder.mkdir()
    target = folder / "verslag.pdf"

    def choose(dialog: QFileDialog) -> None:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.selectFile(str(target))
        dialog.accept()

    seen = when_file_dialog_shown(qtbot, choose)
    assert choose_file_to_save(None, "Verslag opslaan", "verslag.pdf", "PDF (*.pdf)") == target
    assert seen
    again: list[str] = []

    def look(dialog: QFileDialog) -> None:          # the next dialog knows nothing of it
        again.extend([*dialog.history(), dialog.directory().absolutePath()])
        dialog.reject()

    when_file_dialog_shown(qtbot, look)
    assert choose_file_to_save(None, "Verslag opslaan", "verslag.pdf", "PDF (*.pdf)") is None
    assert again and not any("Gezin Jansen" in entry for entry in again), again
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert "FileDialog" not in qt_settings.childGroups()
    stored = Path(qt_settings.fileName())
    assert not stored.exists() or "Gezin Jansen" not in stored.read_text(errors="replace")


def test_the_dialog_speaks_dutch_and_cancel_chooses_nothing(
    qtbot: QtBot, qapp: QApplication
) -> None:
    install_language("nl")
    texts: list[str] = []

    def cancel(dialog: QFileDialog) -> None:
        texts.extend(label.text() for label in dialog.findChildren(QLabel))
        texts.extend(b.text() for box in dialog.findChildren(QDialogButtonBox)
                     for b in box.buttons())
        dialog.reject()

    try:
        when_file_dialog_shown(qtbot, cancel)
        assert choose_file_to_open(None, "Profiel kiezen", "JSON (*.json)") is None
    finally:
        install_language("en")
    assert "&Zoeken in:" in texts and "Bestands&type:" in texts and "&Openen" in texts, texts
