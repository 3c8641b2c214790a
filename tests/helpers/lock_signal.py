"""Child process (under dbus-run-session): does a desktop's lock signal reach the watcher?

argv[1]: ``screensaver`` (org.freedesktop.ScreenSaver ActiveChanged on the session bus) or
``sleep`` (logind's PrepareForSleep; the session daemon stands in for the system bus via
``DBUS_SYSTEM_BUS_ADDRESS``, and ``dbus-send --system`` sends what logind sends).
"""

import os
import subprocess
import sys

SIGNALS = {
    "screensaver": ["--session", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged"],
    "sleep": ["--system", "/org/freedesktop/login1",
              "org.freedesktop.login1.Manager.PrepareForSleep"],
}
bus, path, member = SIGNALS[sys.argv[1]]
os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from stap0_desktop.ui.shell.session_watch import SessionLockWatcher  # noqa: E402

app = QCoreApplication([])
watcher = SessionLockWatcher()
print("listening", " ".join(watcher.listening), flush=True)
watcher.session_locked.connect(lambda: (print("locked", flush=True), app.quit()))
QTimer.singleShot(200, lambda: subprocess.run(
    ["dbus-send", bus, "--type=signal", path, member, "boolean:true"], check=True))
QTimer.singleShot(5000, app.quit)
app.exec()
