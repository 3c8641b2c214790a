"""A note editor that saves by itself while the professional types.

Typing restarts a short timer; when it fires the note is saved off the UI thread and a
quiet "saved at 14:32" appears. :meth:`flush` saves what is pending and waits for it —
used on lock and close, so no text is lost.
"""

from __future__ import annotations

from concurrent.futures import Future
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from stap0_desktop.domain.models import Note
from stap0_desktop.domain.snippets import match_spans
from stap0_desktop.i18n.messages import describe
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.operations import OpResult
from stap0_desktop.ui.common.bridge import OperationBridge
from stap0_desktop.ui.common.qt_dates import shown_time


class NoteEditor(QWidget):
    saved = Signal(object)  # Note

    def __init__(
        self, bridge: OperationBridge, caseload: CaseloadService, delay_ms: int = 800,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._caseload = caseload
        self._note: Note | None = None
        self._dirty = False
        self._generation = 0
        self._in_flight: Future[OpResult[Note]] | None = None
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Note"))
        self.text.setPlaceholderText(self.tr("Write while you listen; it is saved as you type."))
        self.text.setTabChangesFocus(True)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save)
        self.text.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.status)
        self.setEnabled(False)

    @property
    def note(self) -> Note | None:
        return self._note

    def edit(self, note: Note) -> None:
        """Show ``note`` (a new one has no id yet); saves what was pending first."""
        self.flush()
        self._generation += 1
        self._note = note
        self.text.blockSignals(True)
        self.text.setPlainText(note.body)
        self.text.blockSignals(False)
        self._dirty = False
        self.status.setText("")
        self.text.setExtraSelections([])
        self.setEnabled(True)

    def highlight(self, words: list[str]) -> None:
        """Mark where the search words match, and put the cursor on the first match."""
        body = self.text.toPlainText()
        selections = []
        for start, end in match_spans(body, words):
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor("#ffe08a"))
            cursor = self.text.textCursor()
            cursor.setPosition(_qt_position(body, start))
            cursor.setPosition(_qt_position(body, end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.text.setExtraSelections(selections)
        if selections:
            first = selections[0].cursor
            first.clearSelection()
            self.text.setTextCursor(first)
            self.text.centerCursor()

    def _changed(self) -> None:
        if self._note is None:
            return
        self._dirty = True
        self.status.setText(self.tr("Not saved yet…"))
        self._timer.start()

    def _save(self) -> None:
        if self._note is None or not self._dirty:
            return
        if self._in_flight is not None:
            if not self._in_flight.done():
                self._timer.start()  # one save at a time; this text goes in the next
                return
            self._adopt(self._in_flight)
        self._dirty = False
        note = self._note.model_copy(update={"body": self.text.toPlainText()})
        generation = self._generation
        self._in_flight = self._bridge.run(
            lambda: self._caseload.save_note(note),
            lambda saved: self._on_saved(saved, generation), self._on_failed)

    def _adopt(self, future: Future[OpResult[Note]]) -> None:
        """Take the id a first save gave the note, before the next save is sent."""
        self._in_flight = None
        if future.exception() is None and self._note is not None and self._note.id is None:
            saved = future.result().value
            if saved.family_id == self._note.family_id:
                self._note = self._note.model_copy(update={"id": saved.id})

    def _on_saved(self, note: Note, generation: int) -> None:
        if generation == self._generation and self._note is not None and self._note.id is None:
            self._note = self._note.model_copy(update={"id": note.id})
        when = shown_time(note.updated_at or datetime.now().astimezone())
        self.status.setText(self.tr("Saved at {time}").format(time=when))
        self.saved.emit(note)

    def _on_failed(self, error: BaseException) -> None:
        self._dirty = True
        self.status.setText(self.tr("Not saved: {reason}").format(reason=describe(error)))

    def flush(self, timeout: float = 5.0) -> None:
        """Save pending text now and wait for it (a note save takes milliseconds)."""
        self._timer.stop()
        if self._dirty:
            self._save()
        if self._in_flight is not None:
            future = self._in_flight
            future.exception(timeout=timeout)  # wait; a failure is reported by _on_failed
            self._adopt(future)

    def clear(self) -> None:
        self._timer.stop()
        self._note = None
        self._dirty = False
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.status.setText("")
        self.setEnabled(False)


def _qt_position(text: str, index: int) -> int:
    """A Python string index as Qt counts it (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2
