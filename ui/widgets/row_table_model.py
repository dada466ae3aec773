"""A read-only table model of one object per row under fixed column headers: the
row and header plumbing shared by the timeline, revision history and tracker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ui.i18n import tr

AnyIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


def bold_font() -> QFont:
    """The default font, bold: for a cell or label that should stand out."""
    font = QFont()
    font.setBold(True)
    return font


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Subclasses answer `data` for the object `row_of_index` gives. Headers are given
    in English, marked with QT_TR_NOOP, and shown translated."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self._headers = tuple(headers)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_of_index(self, index: AnyIndex) -> RowT | None:
        """The object behind a cell, or None for an invalid or stale index."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self._headers[section]) if 0 <= section < len(self._headers) else None
        return None
