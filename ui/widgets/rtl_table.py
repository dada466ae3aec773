"""Tables that read and work right to left as they do left to right.

Cell text keeps its own reading order. An item view draws each cell's text in the
view's direction; in a right-to-left layout (Arabic) "01 Feb 2025 20:00" was drawn
"Feb 2025 20:00 01" and a title "3 calls that night" as "calls that night 3". The
delegate draws each cell's text isolated (ui/widgets/bidi.py), so it reads as
written while the cell still aligns to the right. The model's text is left as it
is (sorting, searching, screen readers and tests see the plain text).

A row can be chosen from code. `QTableView.selectRow` selects nothing at all when
the layout runs right to left (Qt 6.11: the timeline showed no entry after a save
in Arabic); `select_row` goes through the selection model, which works both ways.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.widgets.bidi import isolated


class IsolatingDelegate(QStyledItemDelegate):
    """Draws every cell's text isolated where the view runs right to left."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft and option.text:
            option.text = isolated(option.text)


def isolate_cells(view: QAbstractItemView) -> IsolatingDelegate:
    """Give `view` the isolating delegate (kept alive by the view)."""
    delegate = IsolatingDelegate(view)
    view.setItemDelegate(delegate)
    return delegate


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select `row` of `view` whole and make it current, in either direction."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    selection.setCurrentIndex(model.index(row, 0), flags)
