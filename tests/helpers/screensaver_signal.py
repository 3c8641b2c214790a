"""Child process (under dbus-run-session): does a desktop screen lock reach the watcher?"""

import subprocess

from PySide6.QtCore import QCoreApplication, QTimer

from stap0_desktop.ui.session_watch import SessionLockWatcher

app = QCoreApplication([])
watcher = SessionLockWatcher()
print("listening", " ".join(watcher.listening), flush=True)
watcher.session_locked.connect(lambda: (print("locked", flush=True), app.quit()))
QTimer.singleShot(200, lambda: subprocess.run(
    ["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
     "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"], check=True))
QTimer.singleShot(5000, app.quit)
app.exec()
