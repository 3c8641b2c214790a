"""Child process (under dbus-run-session): does logind's PrepareForSleep reach the watcher?

The session daemon stands in for the system bus (``DBUS_SYSTEM_BUS_ADDRESS``), and
``dbus-send --system`` sends the signal logind sends before the laptop sleeps.
"""

import os
import subprocess

os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]

from PySide6.QtCore import QCoreApplication, QTimer

from stap0_desktop.ui.session_watch import SessionLockWatcher

app = QCoreApplication([])
watcher = SessionLockWatcher()
print("listening", " ".join(watcher.listening), flush=True)
watcher.session_locked.connect(lambda: (print("locked", flush=True), app.quit()))
QTimer.singleShot(200, lambda: subprocess.run(
    ["dbus-send", "--system", "--type=signal", "/org/freedesktop/login1",
     "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true"], check=True))
QTimer.singleShot(5000, app.quit)
app.exec()
