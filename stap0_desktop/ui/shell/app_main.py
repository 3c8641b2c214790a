"""Starting the desktop application (and the throwaway demo)."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from stap0_desktop import APP_NAME
from stap0_desktop.config.error_log import ErrorLog
from stap0_desktop.config.paths import default_data_dir, resources_dir
from stap0_desktop.config.settings import LANGUAGE, Settings
from stap0_desktop.demo.vault import DEMO_FAMILIES, DEMO_PASSPHRASE, make_demo_vault
from stap0_desktop.i18n.translator import (
    chosen_language,
    current_language,
    install_language,
    translate,
)
from stap0_desktop.ui.shell.app import AppController
from stap0_desktop.ui.shell.error_hook import ErrorHook
from stap0_desktop.ui.shell.quit_signals import QuitOnSignal
from stap0_desktop.ui.shell.relaunch import exec_relauncher, parse_resume


def _quit_at_main_window(app: QApplication, controller: AppController) -> None:
    """The package smoke test: unlock the demo as a person would, and once the main window
    lists the families, say so and quit (exit status 0)."""
    from stap0_desktop.ui.shell.unlock import UnlockWindow

    def unlock() -> None:
        window = controller.window
        if isinstance(window, UnlockWindow):
            window.passphrase.setText(DEMO_PASSPHRASE)
            window._submit()

    def check() -> None:
        main = controller.main_window
        if main is not None and main.isVisible() and main.families.model.rowCount() > 0:
            print(f"main window: {main.families.model.rowCount()} families", flush=True)
            app.quit()
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(0, unlock)
    QTimer.singleShot(50, check)


def run_gui(args: argparse.Namespace, error_log: ErrorLog) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "stap0.svg")))
    settings = Settings()
    install_language(chosen_language(args.lang or settings.get(LANGUAGE)))
    errors = ErrorHook(error_log)   # the one handler of errors nobody caught
    errors.install()
    demo_dir: Path | None = None
    demo_cjg = None
    controller: AppController | None = None

    def end_on_signal(_signum: int) -> None:   # SIGTERM and the like: saved and closed
        if controller is not None:
            controller.end_on_signal()

    quit_signals = QuitOnSignal(app)
    quit_signals.received.connect(end_on_signal)
    quit_signals.install()
    try:
        if args.demo_folder is not None:   # the demo again, after a lock (ui/shell/relaunch.py)
            demo_dir = args.demo_folder
            data_dir = demo_dir / "kluis"
        elif args.demo or args.demo_cjg:
            demo_dir = Path(tempfile.mkdtemp(prefix="stap0-demo-"))
            data_dir = demo_dir / "kluis"
            from stap0_desktop.ui.shell.demo_splash import with_splash

            demo_cjg = with_splash(lambda: make_demo_vault(data_dir, with_cjg=args.demo_cjg),
                                   translate("DemoSplash", "Preparing the demo: {n} fictional "
                                                           "families…").format(n=DEMO_FAMILIES))
        else:
            data_dir = (args.data_dir or default_data_dir()).expanduser()
        if quit_signals.requested:   # came while the demo was being prepared
            return 0
        # On lock the process starts afresh — except with the in-process demo CJG, which
        # would end with it, and in the smoke runs that quit by themselves.
        fresh_on_lock = not (args.demo_cjg or args.exit_after_start
                             or args.exit_after_main_window)
        controller = AppController(
            app, data_dir, settings, demo_passphrase=DEMO_PASSPHRASE if demo_dir else None,
            relaunch=exec_relauncher(data_dir, current_language, demo_dir) if fresh_on_lock
            else None, resume=parse_resume(args.resume))
        controller.start()
        if args.exit_after_start:
            QTimer.singleShot(0, app.quit)  # runs once the first window is shown
        elif args.exit_after_main_window and demo_dir is not None:
            _quit_at_main_window(app, controller)
        return app.exec()
    finally:
        if controller is not None:
            controller.shutdown()
        quit_signals.remove()
        errors.deleteLater()
        if demo_cjg is not None:
            demo_cjg.close()
        if demo_dir is not None:   # (a lock's relaunch replaced the process: not here)
            with contextlib.suppress(OSError):
                shutil.rmtree(demo_dir)
