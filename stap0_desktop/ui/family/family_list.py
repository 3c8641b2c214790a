"""The caseload list: a Qt item model with sorting and a filter box.

Sorting and filtering happen in the model on plain Python lists: a proxy model would
call back into Python for every comparison, which costs hundreds of milliseconds on the
UI thread for a caseload of 10,000 families.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.models import FamilySummary
from stap0_desktop.ui.common.qt_dates import shown_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
_NO_DATE = date.min


class FamilyTableModel(QAbstractTableModel):
    COLUMNS = ("name", "city", "members", "last_visit")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[FamilySummary] = []
        self._keys: list[str] = []
        self._rows: list[FamilySummary] = []
        self._filter = ""
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def set_families(self, rows: list[FamilySummary]) -> None:
        self._all = rows
        self._keys = [f"{r.name}\t{r.city}".casefold() for r in rows]
        self._refresh()

    def update_families(self, ids: set[int], rows: list[FamilySummary]) -> None:
        """The rows of the families ``ids`` replaced by ``rows`` (those of them still in
        the list): a change to a few families does not read the whole caseload again."""
        kept = [r for r in self._all if r.id not in ids]
        self.set_families(kept + rows)

    def clear(self) -> None:
        self.set_families([])

    def all_families(self) -> list[FamilySummary]:
        """Every family of the caseload, whatever the filter shows."""
        return list(self._all)

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refresh()

    def _refresh(self) -> None:
        needle = self._filter
        rows = ([r for r, key in zip(self._all, self._keys, strict=True) if needle in key]
                if needle else list(self._all))
        column, order = self._sort
        name = self.COLUMNS[column]
        if name == "name":
            rows.sort(key=lambda r: (r.name.casefold(), r.id))
        elif name == "city":
            rows.sort(key=lambda r: (r.city.casefold(), r.name.casefold()))
        elif name == "members":
            rows.sort(key=lambda r: (r.member_count, r.name.casefold()))
        else:
            rows.sort(key=lambda r: (r.last_visit or _NO_DATE, r.name.casefold()))
        if order == Qt.SortOrder.DescendingOrder:
            rows.reverse()
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Family"), self.tr("Place"), self.tr("Members"),
                self.tr("Last visit"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.ToolTipRole and row.unseen_matches:
            return self.tr("New match from the CJG: open the family to see who else is "
                           "worried")
        if role == Qt.ItemDataRole.FontRole and row.unseen_matches:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.COLUMNS[index.column()]
        if column == "name":
            name = self.tr("{name} (closed)").format(name=row.name) if row.archived \
                else row.name
            return f"● {name}" if row.unseen_matches else name
        if column == "city":
            return row.city
        if column == "members":
            return row.member_count
        return shown_date(row.last_visit) if row.last_visit else "—"

    def row_of(self, family_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == family_id), -1)


class FamilyListPanel(QWidget):
    """Filter box above a sortable table. Emits the chosen family's id."""

    family_chosen = Signal(int)
    archived_toggled = Signal(bool)  # show the closed files too

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FamilyTableModel(self)
        # The family shown: selected again whenever the list is refilled (after an unlock,
        # a change, more rows arriving), since a reset clears the selection.
        self._shown: int | None = None
        self.show_archived = QCheckBox(self.tr("Show closed files"))
        self.show_archived.setAccessibleName(self.tr("Show archived families too"))
        self.show_archived.toggled.connect(self.archived_toggled.emit)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter families (name, place)…"))
        self.filter.setAccessibleName(self.tr("Filter families"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        self.filter.returnPressed.connect(self._choose_first)
        self.table = QTableView()
        self.table.setObjectName("familyTable")
        self.table.setAccessibleName(self.tr("Families"))
        self.table.setModel(self.model)
        self.model.modelReset.connect(self._select_shown)   # after the view's own reset
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # Fixed widths from the font: ResizeToContents would measure every row of a
        # large caseload on the UI thread each time the view changes.
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        for column, sample in ((1, "Apeldoorn-Zuid"), (2, "100"), (3, "00-00-0000")):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, widest + 3 * metrics.averageCharWidth())
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(self.show_archived)

    def _activated(self, index: QModelIndex) -> None:
        family_id = index.data(ID_ROLE)
        if family_id is not None:
            self._shown = int(family_id)
            self.family_chosen.emit(int(family_id))

    def _choose_first(self) -> None:
        if self.model.rowCount() > 0:
            first = self.model.index(0, 0)
            self.table.setCurrentIndex(first)
            self._activated(first)

    def select(self, family_id: int | None) -> None:
        self._shown = family_id
        self._select_shown()

    def _select_shown(self) -> None:
        row = self.model.row_of(self._shown) if self._shown is not None else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
