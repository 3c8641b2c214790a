"""Child process: the real app unlocks a vault, opens its family, types a canary note,
and on "lock" from its parent locks — becoming a fresh process (ui/shell/relaunch.py).

argv: data folder, canary. Prints "typed" when the note is in the editor (and saved),
then waits for a line on stdin before the lock.
"""

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from stap0_desktop.config.process_guard import forbid_core_dumps
from stap0_desktop.config.settings import Settings
from stap0_desktop.i18n.translator import current_language, install_language
from stap0_desktop.ui.shell.app import AppController
from stap0_desktop.ui.shell.relaunch import exec_relauncher

forbid_core_dumps()
data_dir, canary = Path(sys.argv[1]), sys.argv[2]
app = QApplication([])
install_language("en")
controller = AppController(app, data_dir, Settings(),
                           relaunch=exec_relauncher(data_dir, current_language))
controller.start()


class Go(QObject):
    lock = Signal()


go = Go()
go.lock.connect(controller.lock)


def unlock() -> None:
    window = controller.window
    window.passphrase.setText(os.environ["STAP0_PASSPHRASE"])  # type: ignore[union-attr]
    window._submit()  # type: ignore[union-attr]
    QTimer.singleShot(100, opened)


def opened() -> None:
    main = controller.main_window
    if main is None or main.families.model.rowCount() == 0:
        QTimer.singleShot(100, opened)
        return
    main.open_family(1)
    QTimer.singleShot(500, type_note)


def type_note() -> None:
    main = controller.main_window
    assert main is not None
    main.family_view.new_note()
    QTest.keyClicks(main.family_view.editor.text, f"Moeder zegt {canary} tegen de baby")
    main.flush()
    QTimer.singleShot(1500, ready)


def ready() -> None:
    print("typed", flush=True)
    threading.Thread(target=lambda: (sys.stdin.readline(), go.lock.emit()),
                     daemon=True).start()


QTimer.singleShot(100, unlock)
app.exec()
