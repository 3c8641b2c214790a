"""F1: the short manual, offline, in the language of the window; the shortcuts it names
are those of the menus."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from stap0_desktop.config.paths import manual_path


class HelpWindow(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Manual"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Manual"))
        path = manual_path(language)
        try:
            self.text.setHtml(path.read_text(encoding="utf-8"))
        except OSError:
            self.text.setPlainText(self.tr("The manual is missing from this installation "
                                           "({path}).").format(path=path))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.resize(720, 640)
