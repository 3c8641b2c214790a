"""Burden against capacity per leefgebied, as a picture.

For each domain a bar goes left for the risk factors present (draaglast) and right for
the protective factors present (draagkracht), each against the number the checklist asks
about. It shows where the weight lies; it is not a score.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from stap0_desktop.domain.assessment import DomainPicture

BURDEN = QColor("#c0392b")
CAPACITY = QColor("#2e8b57")
TRACK = QColor("#e6e6e6")


class BurdenCapacityChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("burdenChart")
        self.setAccessibleName(self.tr("Burden and capacity per domain"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._rows: list[tuple[str, DomainPicture]] = []

    def set_pictures(self, rows: list[tuple[str, DomainPicture]]) -> None:
        """(domain title, picture) per domain, in the definition's order."""
        self._rows = rows
        lines = [self.tr("{domain}: {risks} of {risk_total} risk factors, {protective} of "
                         "{protective_total} protective factors").format(
            domain=title, risks=len(p.risks), risk_total=p.risk_total,
            protective=len(p.protective), protective_total=p.protective_total)
            for title, p in rows]
        self.setAccessibleDescription("\n".join(lines))
        self.setToolTip("\n".join(lines))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 2 + 10

    def sizeHint(self) -> QSize:
        return QSize(520, self._row_height() * (len(self._rows) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        """Never shorter than all its rows: a squeezed chart drops a leefgebied unseen."""
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row_h = self._row_height()
        label_w = min(self.width() // 3, max((metrics.horizontalAdvance(t) for t, _ in
                                              self._rows), default=80) + 12)
        half = (self.width() - label_w - 16) / 2
        centre = label_w + half + 8
        painter.setPen(self.palette().windowText().color())
        painter.drawText(QRectF(label_w, 0, half, row_h), Qt.AlignmentFlag.AlignCenter,
                         self.tr("Burden (risk factors)"))
        painter.drawText(QRectF(centre, 0, half, row_h), Qt.AlignmentFlag.AlignCenter,
                         self.tr("Capacity (protective factors)"))
        for index, (title, picture) in enumerate(self._rows):
            top = row_h * (index + 1)
            bar_h = row_h * 0.45
            y = top + (row_h - bar_h) / 2
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(0, top, label_w - 8, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, title)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRect(QRectF(centre - half, y, half * 2, bar_h))
            if picture.risk_total:
                width = half * len(picture.risks) / picture.risk_total
                painter.setBrush(BURDEN)
                painter.drawRect(QRectF(centre - width, y, width, bar_h))
            if picture.protective_total:
                width = half * len(picture.protective) / picture.protective_total
                painter.setBrush(CAPACITY)
                painter.drawRect(QRectF(centre, y, width, bar_h))
            painter.setPen(self.palette().windowText().color())
            painter.drawLine(int(centre), int(y - 3), int(centre), int(y + bar_h + 3))
        painter.end()
