"""The Qt binding must not leak references: a guard for PySide6 upgrades.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of
a method that returns nothing (``QTimer.start``, ``processEvents``); after enough calls
the interpreter aborts. The autosave timer restarts on every keystroke, so this would
crash the app during a long visit.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer


@pytest.mark.skipif(sys.version_info >= (3, 12), reason=(
    "None is immortal from Python 3.12 (PEP 683): a lost reference can neither be counted "
    "nor crash the app there"))
def test_void_calls_keep_the_reference_count_of_none(qapp: object) -> None:
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        timer.start(1000)
        timer.stop()
        QCoreApplication.processEvents()
    after = sys.getrefcount(None)
    assert after - before > -100, f"None lost {before - after} references"


def test_make_run_names_the_debian_package_of_a_missing_qt_library() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "check_qt_libraries", Path(__file__).parents[1] / "packaging/linux/check_qt_libraries.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.package_of("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert module.package_of("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert module.package_of("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert isinstance(module.missing_libraries(), list)
