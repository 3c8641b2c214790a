"""Global search over notes: ranked hits with the matched words highlighted.

From the search box, Enter or Down moves into the hits; Tab goes from hit to hit and Enter
opens the note that matched (in its family, the word highlighted). Each hit names the
family with its address, so that four "Gezin De Wit" can be told apart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from stap0_desktop.domain.models import NoteHit, family_label
from stap0_desktop.domain.snippets import MARK_END, MARK_START
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.documents.html_parts import esc
from stap0_desktop.ui.shell.session import QtSession


def snippet_html(snippet: str) -> str:
    escaped = esc(snippet)
    return (escaped.replace(MARK_START, '<span style="background-color:#ffe08a"><b>')
            .replace(MARK_END, "</b></span>"))


class SearchPanel(QWidget):
    note_chosen = Signal(int, int, str)  # family id, note id, the words searched for
    error = Signal(object)

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._session = session
        self._query = ""
        self._enter_when_found = False
        self.summary = QLabel()
        self.results = QTextBrowser()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setOpenLinks(False)
        self.results.anchorClicked.connect(self._open)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._run)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)

    def search(self, text: str, immediately: bool = False, enter_hits: bool = False) -> None:
        """``enter_hits``: once the hits are in, move the keyboard into them (Enter)."""
        self._query = text
        self._enter_when_found = enter_hits
        if immediately:
            self._run()
        else:
            self._debounce.start()

    def _run(self) -> None:
        query = self._query
        if not query.strip():
            self.show_hits(query, [])
            return
        caseload = self._session.caseload
        self._session.bridge.run(lambda: caseload.search(query),
                                 lambda hits: self.show_hits(query, hits), self.error.emit)

    def show_hits(self, query: str, hits: list[NoteHit]) -> None:
        if query != self._query:
            return  # an older search finished after a newer one was typed
        if not query.strip():
            self.summary.setText(self.tr("Type to search all notes."))
        elif not hits:
            self.summary.setText(self.tr("No notes found for “{q}”.").format(q=query))
        else:
            self.summary.setText(self.tr("%n note(s) found for “{q}”, best first.", "",
                                         len(hits)).format(q=query))
        parts = []
        for hit in hits:
            where = family_label(hit.family_name, hit.family_city, hit.family_street)
            when = shown_date(hit.updated_at.astimezone().date())
            parts.append(
                f'<p><a href="note:{hit.family_id}:{hit.note_id}"><b>{esc(where)}</b>'
                f'</a> <span style="color:#555">{when}</span><br>'
                f"{snippet_html(hit.snippet)}</p>")
        self.results.setHtml("".join(parts))
        if self._enter_when_found:
            self._enter_when_found = False
            self.enter_hits()

    def enter_hits(self) -> bool:
        """Move the keyboard into the hits, the first one chosen; False if there are none."""
        if not self.results.toPlainText().strip():
            return False
        self.results.setFocus(Qt.FocusReason.TabFocusReason)
        cursor = self.results.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.results.setTextCursor(cursor)
        self.results.focusNextPrevChild(True)  # to the first link
        return True

    def _open(self, url: QUrl) -> None:
        kind, _, ids = url.toString().partition(":")
        if kind == "note":
            family_id, note_id = (int(part) for part in ids.split(":"))
            self.note_chosen.emit(family_id, note_id, self._query)

    def clear(self) -> None:
        self._query = ""
        self.results.clear()
        self.summary.clear()
