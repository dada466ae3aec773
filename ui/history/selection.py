"""Selecting a table's whole row by its index, not by where its cells are drawn.

QTableView.selectRow finds the row's columns by position on screen; in a
right-to-left layout, before the view is shown and laid out, it finds none and
selects nothing (the history dialog then opened in Arabic with no revision chosen
and nothing compared). The selection model needs no geometry.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` the selected and current row of `view` (its first column current)."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    selection.setCurrentIndex(model.index(row, 0), ROW)
