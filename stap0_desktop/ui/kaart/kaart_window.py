"""Who can help? The sociale kaart offline: search by words, need, age and wijk; an entry's
details with the professional's own note; and, for a family, recording a referral."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.kaart import KaartEntry, KaartHit, KaartQuery
from stap0_desktop.i18n.messages import describe
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.files import VaultError
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.documents.html_parts import heading, label_rows, paragraph
from stap0_desktop.ui.documents.kaart_print import save_wijk_overview
from stap0_desktop.ui.kaart.kaart_import_dialog import start_import
from stap0_desktop.ui.shell.session import QtSession

KEY_ROLE = Qt.ItemDataRole.UserRole
NO_AGE = -1


class KaartWindow(QDialog):
    referred = Signal(object)   # KaartEntry: recorded on the family's plan

    def __init__(self, session: QtSession, domain_titles: dict[str, str], *,
                 family_id: int | None = None, run_id: int | None = None,
                 domains: list[str] | None = None, age: int | None = None,
                 pregnant: bool = False, wijk: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kaartWindow")
        self.setWindowTitle(self.tr("Who can help? — sociale kaart"))
        self._session = session
        self._family_id = family_id
        self._run_id = run_id
        self._family_wijk = wijk.strip().casefold()
        self.hits: list[KaartHit] = []
        self._asked: KaartQuery | None = None   # the newest search (an older answer waits)
        self.words = QLineEdit()
        self.words.setObjectName("kaartWords")
        self.words.setPlaceholderText(self.tr("Search: organisation, offer, words…"))
        self.words.setAccessibleName(self.tr("Search the sociale kaart"))
        self.words.setClearButtonEnabled(True)
        self.domain_boxes: list[tuple[QCheckBox, str]] = []
        domains_row = QGridLayout()
        for index, (code, title) in enumerate(sorted(domain_titles.items(),
                                                     key=lambda kv: kv[1])):
            box = QCheckBox(title)
            box.setChecked(code in (domains or []))
            box.toggled.connect(self._schedule)
            self.domain_boxes.append((box, code))
            domains_row.addWidget(box, index // 3, index % 3)
        self.age = QSpinBox()
        self.age.setRange(NO_AGE, 120)
        self.age.setSpecialValueText(self.tr("any age"))
        self.age.setSuffix(self.tr(" years"))
        self.age.setValue(age if age is not None else NO_AGE)
        self.age.setAccessibleName(self.tr("Age"))
        self.pregnant = QCheckBox(self.tr("unborn child (pregnancy)"))
        self.pregnant.setChecked(pregnant)
        self.wijk = QComboBox()
        self.wijk.setAccessibleName(self.tr("Neighbourhood"))
        self.wijk.addItem(self.tr("every neighbourhood"), "")
        self.age.valueChanged.connect(self._schedule)
        self.pregnant.toggled.connect(self._schedule)
        self.wijk.currentIndexChanged.connect(self._schedule)
        self.words.textEdited.connect(self._schedule)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Age")))
        filters.addWidget(self.age)
        filters.addWidget(self.pregnant)
        filters.addWidget(QLabel(self.tr("Wijk")))
        filters.addWidget(self.wijk, 1)

        self.results = QListWidget()
        self.results.setObjectName("kaartResults")
        self.results.setAccessibleName(self.tr("Offers that fit"))
        self.results.setWordWrap(True)
        self.results.currentItemChanged.connect(self._show_current)
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # the empty-kaart advice must not widen the window
        self.summary.setTextInteractionFlags(  # its link is reached with Tab too
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.summary.linkActivated.connect(self._untick_domains)
        self.details = QTextBrowser()
        self.details.setObjectName("kaartDetails")
        self.details.setOpenExternalLinks(False)
        self.note = QPlainTextEdit()
        self.note.setObjectName("kaartNote")
        self.note.setAccessibleName(self.tr("My own note on this offer (stays on this laptop)"))
        self.note.setPlaceholderText(self.tr("My contact there, when we last spoke… (stays on "
                                             "this laptop)"))
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)
        save_note = QPushButton(self.tr("Save note"))
        save_note.clicked.connect(self.save_note)
        self.refer_button = QPushButton(self.tr("Refer: record on the family's plan"))
        self.refer_button.setObjectName("referButton")
        self.refer_button.setVisible(family_id is not None)
        self.refer_button.clicked.connect(self.refer)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        import_button = QPushButton(self.tr("Import…"))
        import_button.setAccessibleName(self.tr("Import a municipality's kaart export"))
        import_button.clicked.connect(lambda: start_import(session, self))
        print_button = QPushButton(self.tr("Overview for this neighbourhood (PDF)…"))
        print_button.clicked.connect(lambda: self.print_overview())
        self.publication = QLabel()
        self.publication.setObjectName("kaartPublication")
        self.publication.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        right_layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(save_note)
        buttons.addStretch(1)
        buttons.addWidget(self.refer_button)
        right_layout.addLayout(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.results, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.words)
        layout.addLayout(domains_row)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.publication, 1)
        bottom.addWidget(import_button)
        bottom.addWidget(print_button)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search)
        session.bridge.changed.connect(self._on_changed)
        session.bridge.run(session.kaart.wijken, self._fill_wijken)
        session.bridge.run(session.kaart.publication, self._show_publication)
        self.search()

    def _show_publication(self, found: tuple[int, str, dict[str, list[str]]] | None) -> None:
        if found is None:
            return
        version, published_at, changes = found
        self.publication.setText(self.tr(
            "From the CJG: version {version} of {date}; {added} new, {changed} changed, "
            "{removed} removed since the last one.").format(
            version=version, date=published_at[:10], added=len(changes.get("added", [])),
            changed=len(changes.get("changed", [])), removed=len(changes.get("removed", []))))

    def print_overview(self, path: Path | None = None) -> None:
        """The one-page PDF for the chosen wijk (and what serves the whole gemeente)."""
        wijk = str(self.wijk.currentData() or "")
        kaart = self._session.kaart
        data_folder = self._session.data_folder

        def gathered(found: tuple[str, list[KaartEntry]]) -> None:
            gemeente, entries = found
            try:
                saved = save_wijk_overview(self, gemeente, wijk, entries, path,
                                           data_folder=data_folder)
            except VaultError as exc:
                self.message.setText(self.tr("The PDF could not be written: {reason}").format(
                    reason=describe(exc)))
                return
            if saved is not None:
                self.message.setText(self.tr("Saved: {file}").format(file=saved.name))

        def gather() -> OpResult[tuple[str, list[KaartEntry]]]:
            places = kaart.wijken().value
            gemeente = next((g for g, w in places if w == wijk), places[0][0] if places else "")
            return OpResult((gemeente, kaart.overview(gemeente, wijk).value))

        self._session.bridge.run(gather, gathered,
                                 lambda error: self.message.setText(describe(error)))

    def _fill_wijken(self, wijken: list[tuple[str, str]]) -> None:
        for _gemeente, wijk in wijken:
            if wijk and self.wijk.findData(wijk) < 0:
                self.wijk.addItem(wijk, wijk)
                if wijk.casefold() == self._family_wijk:  # the family's own wijk first
                    self.wijk.setCurrentIndex(self.wijk.count() - 1)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.kaart:
            self.search()

    def query(self) -> KaartQuery:
        age = self.age.value()
        return KaartQuery(words=self.words.text(),
                          domains=[code for box, code in self.domain_boxes if box.isChecked()],
                          age=None if age == NO_AGE else age,
                          pregnant=self.pregnant.isChecked(),
                          wijk=str(self.wijk.currentData() or ""))

    def _schedule(self) -> None:
        self._timer.start()

    def search(self) -> None:
        query, kaart = self.query(), self._session.kaart
        self._asked = query
        self._session.bridge.run(lambda: kaart.search(query),
                                 lambda hits: self._fill(hits, query),
                                 lambda error: self.message.setText(describe(error)))
        self._session.bridge.run(kaart.count, self._say_if_empty)

    def _without_domains(self, query: KaartQuery) -> None:
        """Nothing fits the ticked domains (often ticked for her, from the checklist): say
        how many fit without them, and offer to untick them."""
        wider, kaart = query.model_copy(update={"domains": []}), self._session.kaart

        def counted(hits: list[KaartHit]) -> None:
            if hits and self._asked == query and not self.hits:
                self.summary.setText(self.tr(
                    "No offers fit the ticked domains; without them %n offer(s) fit. "
                    "<a href=\"untick\">Untick the domains</a>", "", len(hits)))

        self._session.bridge.run(lambda: kaart.search(wider), counted)

    def _untick_domains(self, _link: str = "") -> None:
        for box, _code in self.domain_boxes:
            box.setChecked(False)   # each box schedules the search again

    def _say_if_empty(self, count: int) -> None:
        """An empty kaart is not "nothing fits": say so, and how to get one."""
        if count == 0:
            self.summary.setText(self.tr(
                "The sociale kaart on this laptop is empty. It comes from the CJG with the "
                "next sync once this laptop is connected (Settings), or import your "
                "municipality's export with Import…."))

    def _fill(self, hits: list[KaartHit], query: KaartQuery) -> None:
        current = self.results.currentItem()
        keep = current.data(KEY_ROLE) if current is not None else None
        self.hits = hits
        self.results.clear()
        for hit in hits:
            entry = hit.entry
            where = entry.wijk or entry.gemeente
            item = QListWidgetItem(f"{entry.offer} — {entry.organisation} ({where})"
                                   + ("  ✎" if hit.note else ""))
            item.setData(KEY_ROLE, entry.key)
            self.results.addItem(item)
            if entry.key == keep:
                self.results.setCurrentItem(item)
        self.summary.setText(self.tr("%n offer(s)", "", len(hits)) if hits else self.tr(
            "No offers fit. Try fewer words or domains."))
        if not hits and query.domains:
            self._without_domains(query)
        if self.results.currentItem() is None and hits:
            self.results.setCurrentRow(0)

    def current(self) -> KaartHit | None:
        item = self.results.currentItem()
        key = item.data(KEY_ROLE) if item is not None else None
        return next((h for h in self.hits if h.entry.key == key), None)

    def _show_current(self, *_args: object) -> None:
        hit = self.current()
        self.refer_button.setEnabled(hit is not None)
        if hit is None:
            self.details.clear()
            self.note.clear()
            return
        self.details.setHtml(entry_html(hit.entry))
        self.note.setPlainText(hit.note)

    def save_note(self) -> None:
        hit = self.current()
        if hit is None:
            return
        key, text, kaart = hit.entry.key, self.note.toPlainText(), self._session.kaart
        self._session.bridge.run(lambda: kaart.set_note(key, text),
                                 lambda _none: self.message.setText(self.tr("Note saved.")),
                                 lambda error: self.message.setText(describe(error)))

    def refer(self) -> None:
        hit, family_id = self.current(), self._family_id
        if hit is None or family_id is None:
            return
        entry, run_id, kaart = hit.entry, self._run_id, self._session.kaart

        def done(_referral_id: int) -> None:
            self.message.setText(self.tr("Referral to {offer} recorded on the family's "
                                         "plan.").format(offer=entry.offer))
            self.referred.emit(entry)

        self._session.bridge.run(lambda: kaart.refer(family_id, entry.key, run_id), done,
                                 lambda error: self.message.setText(describe(error)))


def entry_html(entry: KaartEntry) -> str:
    rows = [
        (translate("KaartWindow", "Offer"), entry.description),
        (translate("KaartWindow", "For"), _ages(entry)),
        (translate("KaartWindow", "Where"), ", ".join(p for p in (entry.wijk, entry.gemeente)
                                                      if p)),
        (translate("KaartWindow", "How to refer"), entry.how_to_refer),
        (translate("KaartWindow", "Contact person"), entry.contact_person),
        (translate("KaartWindow", "Phone"), entry.phone),
        (translate("KaartWindow", "E-mail"), entry.email),
        (translate("KaartWindow", "Address"), entry.address),
        (translate("KaartWindow", "Opening hours"), entry.opening_hours),
        (translate("KaartWindow", "Takes part in"), ", ".join(entry.overleg)),
        (translate("KaartWindow", "Last verified"),
         shown_date(entry.last_verified) if entry.last_verified else "—"),
    ]
    return (heading(3, entry.offer) + paragraph(entry.organisation)
            + label_rows(rows, spacing=3))


def _ages(entry: KaartEntry) -> str:
    parts = []
    if entry.from_pregnancy:
        parts.append(translate("KaartWindow", "from pregnancy"))
    if entry.age_min is not None or entry.age_max is not None:
        parts.append(translate("KaartWindow", "{low}–{high} years").format(
            low=entry.age_min if entry.age_min is not None else 0,
            high=entry.age_max if entry.age_max is not None else "…"))
    return ", ".join(parts) or translate("KaartWindow", "all ages")
