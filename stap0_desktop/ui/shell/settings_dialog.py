"""Settings (idle lock time, language; the data folder shown) and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop import APP_NAME, __version__
from stap0_desktop.config.settings import IDLE_LOCK_MINUTES, LANGUAGE, Settings
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.common.tab_order import FieldsFirstDialog


class SettingsDialog(FieldsFirstDialog):
    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None,
                 extra: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.idle = QSpinBox()
        self.idle.setAccessibleName(self.tr("Lock after minutes without use"))
        assert IDLE_LOCK_MINUTES.minimum is not None and IDLE_LOCK_MINUTES.maximum is not None
        self.idle.setRange(IDLE_LOCK_MINUTES.minimum, IDLE_LOCK_MINUTES.maximum)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.get(IDLE_LOCK_MINUTES))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.get(LANGUAGE)))
        folder = QLabel(str(data_dir))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setAccessibleName(self.tr("Data folder"))
        note = QLabel(self.tr("A new language is used from the next start."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Lock after"), self.idle)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("Data folder"), folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if extra is not None:
            layout.addWidget(extra)
        layout.addStretch(1)      # a box that shrinks leaves no gap between the rows
        layout.addWidget(buttons)

    def _save(self) -> None:
        self._settings.set(IDLE_LOCK_MINUTES, self.idle.value())
        self._settings.set(LANGUAGE, str(self.language.currentData()))
        self.accept()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, translate("About", "About Stap 0"), translate(
        "About",
        "<h3>{app} {version}</h3><p>Encrypted case notes and stap-0 signals for "
        "professionals who visit families at home.</p><p>Everything you write stays "
        "encrypted on this laptop.</p>").format(app=APP_NAME, version=__version__))
