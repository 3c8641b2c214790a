"""A window at once while the demo is prepared (fictional families, kaart, perhaps a CJG).

Making the demo vault takes seconds; without this the screen stays empty and a person
starts the app a second time. The work runs on a thread; the splash stays responsive.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QSplashScreen

from stap0_desktop.config.paths import resources_dir
from stap0_desktop.i18n.translator import translate

T = TypeVar("T")
WIDTH, HEIGHT = 460, 220


def _picture() -> QPixmap:
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if (
        QGuiApplication.primaryScreen() is not None) else 1.0
    pixmap = QPixmap(int(WIDTH * ratio), int(HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    icon = QIcon(str(resources_dir() / "icons" / "stap0.svg"))
    icon.paint(painter, QRect(24, 24, 72, 72))
    title = QFont(painter.font())
    title.setPointSize(20)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("#1d3557"))
    painter.drawText(QRect(112, 24, WIDTH - 130, 40), Qt.AlignmentFlag.AlignVCenter, "Stap 0")
    body = QFont(painter.font())
    body.setPointSize(11)
    body.setBold(False)
    painter.setFont(body)
    painter.setPen(QColor("#333333"))
    painter.drawText(QRect(112, 64, WIDTH - 130, 60), Qt.TextFlag.TextWordWrap, translate(
        "DemoSplash", "Demo with fictional families — nothing in it is real."))
    painter.end()
    return pixmap


def with_splash(work: Callable[[], T], message: str) -> T:
    """Run ``work`` on a thread while a splash shows ``message``; its result or exception."""
    splash = QSplashScreen(_picture())
    splash.setObjectName("demoSplash")
    splash.showMessage(message, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                       QColor("#333333"))
    splash.show()
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # SystemExit too: raised again on the UI thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="demo-setup", daemon=True)
    thread.start()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(40)
    poll.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    poll.start()
    loop.exec()
    poll.stop()
    splash.close()
    splash.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
