"""The Qt binding must not leak references: a guard for PySide6 upgrades.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of
a method that returns nothing (``QTimer.start``, ``processEvents``); after enough calls
the interpreter aborts. The autosave timer restarts on every keystroke, so this would
crash the app during a long visit.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer


def test_void_calls_keep_the_reference_count_of_none(qapp: object) -> None:
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        timer.start(1000)
        timer.stop()
        QCoreApplication.processEvents()
    after = sys.getrefcount(None)
    assert after - before > -100, f"None lost {before - after} references"
