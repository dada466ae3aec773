"""The timeline as a read-only table model (after Vorta's event-log model)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from journal.model import CATEGORIES, KINDS, Entry
from journal.timeparse import describe, sort_key

COL_WHEN, COL_TITLE, COL_KIND, COL_CATEGORIES, COL_EVIDENCE = range(5)
HEADERS = ("When", "Title", "Kind", "Categories", "Files")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Entry] = []

    def set_rows(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def entry_at(self, row: int) -> Entry:
        return self._rows[row]

    def row_of(self, entry_id: str) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.entry_id == entry_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role == ENTRY_ID_ROLE:
            return entry.entry_id
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHEN:
            tip = describe(entry.content.occurred)
            if entry.retrospective:
                tip += f"\nWritten down later (first saved {entry.first_recorded[:10]})"
            return tip
        return None

    @staticmethod
    def _display(entry: Entry, column: int) -> str:
        c = entry.content
        if column == COL_WHEN:
            return describe(c.occurred, with_zone=False)
        if column == COL_KIND:
            return KINDS.get(c.kind, c.kind)
        if column == COL_TITLE:
            return c.title.replace("\n", " ")
        if column == COL_CATEGORIES:
            return ", ".join(CATEGORIES.get(x, x) for x in c.categories)
        return str(len(entry.attachments)) if entry.attachments else ""

    @staticmethod
    def _sort_value(entry: Entry, column: int) -> Any:
        if column == COL_WHEN:
            return sort_key(entry.content.occurred).isoformat() + entry.first_recorded
        if column == COL_EVIDENCE:
            return len(entry.attachments)
        return TimelineModel._display(entry, column).casefold()


def sorted_proxy(model: TimelineModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
