"""A household budget sheet: rows of items and amounts, added up as they change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.disguise.fronts.base import Front

ROWS = (
    ("Rent", "650.00"),
    ("Groceries", "210.40"),
    ("Electricity", "58.90"),
    ("Phone", "25.00"),
    ("Bus pass", "42.00"),
    ("School trip", "15.00"),
)
EMPTY_ROWS = 4


def amount(text: str) -> float:
    """A typed amount ("1,250.50", "12") as a number; anything else counts as nothing."""
    try:
        return float(text.replace(",", "").strip() or 0)
    except ValueError:
        return 0.0


class BudgetFront(Front):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = QLabel()
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Item", "Amount"])
        self.table.setAccessibleName("Budget rows")
        self.table.setTabKeyNavigation(False)  # Tab leaves the sheet, arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, header.fontMetrics().horizontalAdvance("0") * 14)
        self.table.itemChanged.connect(self._add_up)
        self.total = QLabel()
        self.total.setAccessibleName("Total")
        add = QPushButton("&Add row")
        add.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        bottom = QHBoxLayout()
        bottom.addWidget(add)
        bottom.addStretch()
        bottom.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(self.month)
        layout.addWidget(self.table)
        layout.addLayout(bottom)

    def reset(self) -> None:
        self.month.setText(f"<b>{date.today():%B %Y}</b>")
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.setRowCount(len(ROWS) + EMPTY_ROWS)
        for row, (item, value) in enumerate(ROWS):
            self.table.setItem(row, 0, QTableWidgetItem(item))
            cell = QTableWidgetItem(value)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, cell)
        self.table.blockSignals(False)
        self.table.setCurrentCell(len(ROWS), 0)
        self._add_up()

    def sum(self) -> float:
        cells = (self.table.item(row, 1) for row in range(self.table.rowCount()))
        return sum(amount(cell.text()) for cell in cells if cell is not None)

    def _add_up(self) -> None:
        self.total.setText(f"<b>Total: {self.sum():,.2f}</b>")
        cells = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        items = sum(1 for cell in cells if cell is not None and cell.text().strip())
        self.status.emit(f"{items} item{'' if items == 1 else 's'} this month")

    def first_control(self) -> QWidget:
        return self.table
