"""The timeline as a read-only table model (after Vorta's event-log model)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from journal.case.after_disclosure import is_disclosure
from journal.entries.model import CATEGORIES, KINDS, Entry
from journal.entries.timeparse import describe, sort_key
from ui.i18n import QT_TR_NOOP, core_text, tr
from ui.widgets.row_table_model import AnyIndex, RowTableModel, bold_font

COL_WHEN, COL_TITLE, COL_KIND, COL_CATEGORIES, COL_EVIDENCE = range(5)
HEADERS = (
    QT_TR_NOOP("When"),
    QT_TR_NOOP("Title"),
    QT_TR_NOOP("Kind"),
    QT_TR_NOOP("Categories"),
    QT_TR_NOOP("Files"),
)  # translated by RowTableModel.headerData
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
Cells = tuple[tuple[str, ...], tuple[Any, ...]]


def compute_cells(entries: list[Entry]) -> list[Cells]:
    """Display and sort values for each entry; pure, safe to run in a worker."""
    return [TimelineModel.compute(entry) for entry in entries]


class TimelineModel(RowTableModel[Entry]):
    def __init__(self) -> None:
        super().__init__([str(header) for header in HEADERS])
        self._cells: list[Cells] = []

    def set_rows(self, entries: Sequence[Entry], cells: list[Cells] | None = None) -> None:
        """Replace all rows. Display and sort values are computed once, here or, for
        large journals, beforehand off the GUI thread with `compute_cells`."""
        cells = cells if cells is not None else compute_cells(list(entries))
        if [e.entry_id for e in entries] == [e.entry_id for e in self._rows]:
            self._update_in_place(list(entries), cells)
            return
        self._cells = cells
        super().set_rows(entries)

    def _update_in_place(self, entries: list[Entry], cells: list[Cells]) -> None:
        """Same rows in the same order (an edit, evidence added): tell the views which
        rows changed instead of resetting, so a large timeline is not re-sorted whole."""
        changed = [row for row, new in enumerate(cells) if new != self._cells[row]]
        self._rows, self._cells = entries, cells
        last = self.columnCount() - 1
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def put(self, entry: Entry) -> None:
        """Show `entry`: its row updated in place, or added (the proxy sorts it)."""
        row = self.row_of(entry.entry_id)
        if row is None:
            at = len(self._rows)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.append(entry)
            self._cells.append(self.compute(entry))
            self.endInsertRows()
            return
        self._rows[row], self._cells[row] = entry, self.compute(entry)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove(self, entry_id: str) -> None:
        if (row := self.row_of(entry_id)) is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row], self._cells[row]
            self.endRemoveRows()

    @classmethod
    def compute(cls, entry: Entry) -> Cells:
        shown = tuple(cls._display(entry, column) for column in range(len(HEADERS)))
        keys = tuple(cls._sort_value(entry, column, shown) for column in range(len(HEADERS)))
        return shown, keys

    def entry_at(self, row: int) -> Entry:
        return self._rows[row]

    def row_of(self, entry_id: str) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.entry_id == entry_id:
                return row
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_of_index(index)
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][0][column]
        if role == SORT_ROLE:
            return self._cells[index.row()][1][column]
        if role == ENTRY_ID_ROLE:
            return entry.entry_id
        if role == Qt.ItemDataRole.FontRole and is_disclosure(entry):
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_KIND and is_disclosure(entry):
            return tr("A disclosure or complaint. “After disclosure” shows what followed it.")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHEN:
            tip = core_text(describe(entry.content.occurred))
            if entry.retrospective:
                later = tr("Written down later (first saved {day})")
                tip += "\n" + later.format(day=entry.first_recorded[:10])
            return tip
        return None

    @staticmethod
    def _display(entry: Entry, column: int) -> str:
        c = entry.content
        if column == COL_WHEN:
            return core_text(describe(c.occurred, with_zone=False))
        if column == COL_KIND:
            kind = core_text(KINDS.get(c.kind, c.kind))
            if is_disclosure(entry) and c.kind != "report":
                return tr("{kind} · disclosure").format(kind=kind)
            return kind
        if column == COL_TITLE:
            return c.title.replace("\n", " ")
        if column == COL_CATEGORIES:
            return ", ".join(core_text(CATEGORIES.get(x, x)) for x in c.categories)
        return str(len(entry.attachments)) if entry.attachments else ""

    @staticmethod
    def _sort_value(entry: Entry, column: int, shown: tuple[str, ...]) -> Any:
        if column == COL_WHEN:
            return sort_key(entry.content.occurred).isoformat() + entry.first_recorded
        if column == COL_EVIDENCE:
            return len(entry.attachments)
        return shown[column].casefold()


def sorted_proxy(model: TimelineModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
