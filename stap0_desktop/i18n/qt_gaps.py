"""Texts of Qt's own widgets that Qt's Dutch translation (``qtbase_nl``) lacks.

Listed here so that ``pyside6-lupdate`` puts them, in Qt's own contexts, into
``stap0_nl.ts``; the app's translator is installed after Qt's and so fills the gaps.
Nothing calls these at run time: Qt looks the texts up itself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
