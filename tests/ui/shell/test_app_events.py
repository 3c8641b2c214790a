"""One application-wide event filter: each event goes only to the guards that asked for
its type, and the filter steps aside while a window is built."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel

from stap0_desktop.ui.shell.app_events import AppEvents


def test_events_go_only_to_whoever_wants_their_type(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, QEvent.Type]] = []
    label = QLabel("x")
    qtbot.addWidget(label)
    def recorder(name: str):  # type: ignore[no-untyped-def]
        def record(watched: QObject, event: QEvent) -> bool:
            if watched is label:
                seen.append((name, event.type()))
            return False
        return record

    events = AppEvents()
    events.add([QEvent.Type.Show], recorder("show"))
    events.add([QEvent.Type.Show, QEvent.Type.Hide], recorder("both"))
    app = QCoreApplication.instance()
    events.install(app)  # type: ignore[arg-type]
    try:
        label.show()
        label.hide()
    finally:
        events.remove()
    assert seen == [("show", QEvent.Type.Show), ("both", QEvent.Type.Show),
                    ("both", QEvent.Type.Hide)]


def test_a_handler_that_takes_the_event_stops_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = AppEvents()
    events.add([QEvent.Type.User], lambda _w, _e: True)
    target = QObject()
    assert events.eventFilter(target, QEvent(QEvent.Type.User)) is True
    assert events.eventFilter(target, QEvent(QEvent.Type.Hide)) is False


def test_paused_steps_aside_and_comes_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    events = AppEvents()
    events.add([QEvent.Type.Show], lambda w, _e: shown.append(w.objectName()) or False)
    events.install(QCoreApplication.instance())  # type: ignore[arg-type]
    try:
        with events.paused():
            quiet = QLabel("built and shown while paused")
            quiet.setObjectName("quiet")
            qtbot.addWidget(quiet)
            quiet.show()
        loud = QLabel("after")
        loud.setObjectName("loud")
        qtbot.addWidget(loud)
        loud.show()
    finally:
        events.remove()
    assert "quiet" not in shown and "loud" in shown
