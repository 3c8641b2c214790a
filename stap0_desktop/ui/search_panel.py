"""Global search over notes: ranked hits with the matched words highlighted."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from stap0_desktop.domain.models import NoteHit
from stap0_desktop.domain.snippets import MARK_END, MARK_START
from stap0_desktop.ui.session import Session


def snippet_html(snippet: str) -> str:
    escaped = html.escape(snippet)
    return (escaped.replace(MARK_START, '<span style="background-color:#ffe08a"><b>')
            .replace(MARK_END, "</b></span>"))


class SearchPanel(QWidget):
    family_chosen = Signal(int)
    error = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._session = session
        self._query = ""
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

    def search(self, text: str, immediately: bool = False) -> None:
        self._query = text
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
            parts.append(
                f'<p><a href="family:{hit.family_id}"><b>{html.escape(hit.family_name)}</b></a>'
                f' <span style="color:#555">{hit.updated_at.astimezone():%d-%m-%Y}</span><br>'
                f"{snippet_html(hit.snippet)}</p>")
        self.results.setHtml("".join(parts))

    def _open(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("family:"):
            self.family_chosen.emit(int(text.split(":", 1)[1]))

    def clear(self) -> None:
        self._query = ""
        self.results.clear()
        self.summary.clear()
