"""The caseload list: a real item model with sorting and a filter box."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.models import FamilySummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class FamilyTableModel(QAbstractTableModel):
    COLUMNS = ("name", "city", "members", "last_visit")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FamilySummary] = []

    def set_families(self, rows: list[FamilySummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_families([])

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
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return row.name
            if column == "city":
                return row.city
            if column == "members":
                return row.member_count
            return row.last_visit.strftime("%d-%m-%Y") if row.last_visit else "—"
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if column == "members":
                return row.member_count
            if column == "last_visit":
                return row.last_visit.isoformat() if row.last_visit else ""
            return (row.name if column == "name" else row.city).casefold()
        return None

    def row_of(self, family_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == family_id), -1)


class FamilyFilterModel(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class FamilyListPanel(QWidget):
    """Filter box above a sortable table. Emits the chosen family's id."""

    family_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FamilyTableModel(self)
        self.proxy = FamilyFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter families (name, place)…"))
        self.filter.setAccessibleName(self.tr("Filter families"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.returnPressed.connect(self._choose_first)
        self.table = QTableView()
        self.table.setObjectName("familyTable")
        self.table.setAccessibleName(self.tr("Families"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def _activated(self, index: QModelIndex) -> None:
        family_id = index.data(ID_ROLE)
        if family_id is not None:
            self.family_chosen.emit(int(family_id))

    def _choose_first(self) -> None:
        if self.proxy.rowCount() > 0:
            first = self.proxy.index(0, 0)
            self.table.setCurrentIndex(first)
            self._activated(first)

    def select(self, family_id: int) -> None:
        row = self.model.row_of(family_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)
