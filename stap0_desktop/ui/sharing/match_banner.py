"""The family's matches in plain sight, at the top of its file: who else is worried, how
to reach them, and the coordination that follows — contact made, who coordinates until
when — with the next step as a button (contact made…, propose…, agree)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.coordination import MatchRegie, RegieDue
from stap0_desktop.domain.notices import Notice
from stap0_desktop.services.signals import FamilySharing
from stap0_desktop.ui.documents.html_parts import esc
from stap0_desktop.ui.sharing import regie_texts

BANNER_STYLE = ("QFrame#matchNotices { background: #fff4d6; }"
                " QFrame#matchNotices QLabel { background: transparent; }")
SHOWN_LINES = 9      # beyond this the banner scrolls: the file below stays usable at 768 px
LEAST_LINES = 4      # what it keeps on a screen with no room to spare (it scrolls then)


class MatchBanner(QFrame):
    contact_requested = Signal(object)        # Notice
    propose_requested = Signal(object)        # Notice
    accept_requested = Signal(object, str)    # Notice, the proposal's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchNotices")
        self.setStyleSheet(BANNER_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self._layout.setSpacing(2)
        self._texts: list[str] = []
        self.buttons: list[QPushButton] = []
        self.setVisible(False)

    def text(self) -> str:
        """Everything the banner says (HTML), for the screen reader and the tests."""
        return "<br>".join(self._texts)

    def show_matches(self, sharing: FamilySharing, organisation: str,
                     today: date | None = None) -> None:
        self._fill(sharing, organisation, today)
        self._layout.addStretch(1)     # room to spare goes below the text, not between lines
        scroll = self.parentWidget()
        if scroll is not None and isinstance(scroll.parentWidget(), BannerScroll):
            outer: BannerScroll = scroll.parentWidget()  # type: ignore[assignment]
            outer.setVisible(bool(sharing.notices))
            outer.updateGeometry()
            QTimer.singleShot(0, outer.updateGeometry)   # once the new text is laid out

    def _fill(self, sharing: FamilySharing, organisation: str, today: date | None) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
            elif item.layout() is not None:
                _drop(item.layout())    # type: ignore[arg-type]
        self._texts, self.buttons = [], []
        self.setVisible(bool(sharing.notices))
        if not sharing.notices:
            return
        for notice in sharing.notices:
            self._add_match(notice, sharing, organisation, today or date.today())

    def _add_text(self, html: str) -> None:
        label = _label(html)
        self._layout.addWidget(label)
        self._texts.append(html)

    def _add_match(self, notice: Notice, sharing: FamilySharing, organisation: str,
                   today: date) -> None:
        contact = ", ".join(esc(p) for p in (notice.phone, notice.email) if p)
        who = (esc(self.tr("Match: {name} ({organisation}) is also worried about this family"))
               .format(name=f"<b>{esc(notice.name)}</b>", organisation=esc(notice.organisation))
               + (f" — {contact}" if contact else "") + f" · <i>{esc(self._how(notice.how))}</i>")
        if notice.ended:
            self._add_text("<s>" + who + "</s> " + esc(self.tr(
                "Their signal has ended (withdrawn or past its end date).")))
            return
        self._add_text(who)
        regie = sharing.regie(notice, organisation)
        matched = date.fromisoformat(notice.matched_at[:10])
        lines = [esc(regie_texts.contact_line(regie, notice.name)),
                 *(esc(line) for line in regie_texts.regisseur_lines(regie, notice.name,
                                                                     with_reason=False))]
        due = regie.due(matched, today, *sharing.terms)
        if due is not None:       # beside what it is about: contact, or the regisseur
            at = 0 if due[0] is RegieDue.CONTACT else len(lines) - 1
            lines[at] += " — <b>" + esc(regie_texts.due_line(due, today) or "") + "</b>"
        extra = [regie_texts.escalated_line(regie), *regie_texts.refused_lines(regie)]
        html = "<br>".join(lines)
        html += "".join(f"<br><b>{esc(line)}</b>" for line in extra if line)
        # The regie beside its next steps: the banner stays low on a 768-pixel screen.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 4)
        label = _label(html)
        suggestion = regie.held.suggestion
        if suggestion is not None and suggestion.why:
            label.setToolTip(suggestion.why)
        row.addWidget(label, 1)
        self._texts.append(html)
        self._add_buttons(row, notice, regie)
        self._layout.addLayout(row)

    def _add_buttons(self, row: QHBoxLayout, notice: Notice, regie: MatchRegie) -> None:
        held = regie.held
        if held.contact_mine is None:
            self._button(row, self.tr("Contact made…"),
                         lambda: self.contact_requested.emit(notice))
        proposal = held.proposal
        if proposal is not None and proposal.by == "other":
            self._button(row, self.tr("Agree"),
                         lambda: self.accept_requested.emit(notice, proposal.id),
                         self.tr("Agree: {regisseur} coordinates").format(
                             regisseur=regie_texts.regisseur_line(proposal.regisseur)))
        proposing = held.agreed is None and proposal is None
        self._button(row, self.tr("Propose a regisseur…") if proposing
                     else self.tr("Propose otherwise…"),
                     lambda: self.propose_requested.emit(notice))

    def _button(self, row: QHBoxLayout, text: str, slot: object,
                accessible: str | None = None) -> None:
        button = QPushButton(text)
        button.setAccessibleName(accessible or text)
        button.clicked.connect(slot)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons.append(button)

    def _how(self, how: str) -> str:
        """How the two signals concern one family, in words (the CJG says which kind)."""
        texts = {
            "same_child": self.tr("The same child."),
            "shared_parent": self.tr("Children of the same parent (brothers or sisters)."),
            "parent_child": self.tr("A parent in one signal is a child in the other."),
            "unborn_mother": self.tr("The mother of the unborn child is in both."),
            "adult_client_child": self.tr("The adult client in one signal is a child in the "
                                          "other."),
            "same_person": self.tr("The same adult is in both."),
        }
        return texts.get(how, how)


def _label(html: str) -> QLabel:
    label = QLabel(html)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _drop(layout: QHBoxLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()


class BannerScroll(QScrollArea):
    """The banner as tall as its text up to ``SHOWN_LINES`` lines, then scrolling — so
    that two matches with their coordination never push the file off a laptop's screen."""

    def __init__(self, banner: MatchBanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.setWidget(banner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As tall as its text, never taller: spare room goes to the file's lists below.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setVisible(False)

    def _most(self) -> int:
        return SHOWN_LINES * self.fontMetrics().lineSpacing()

    def sizeHint(self) -> QSize:
        width = max(self.viewport().width(), 200)
        need = self.banner.heightForWidth(width)
        if need <= 0:
            need = self.banner.sizeHint().height()
        return QSize(super().sizeHint().width(), min(need, self._most()))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, min(self.sizeHint().height(),
                            LEAST_LINES * self.fontMetrics().lineSpacing()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()    # the text wraps anew: another height
