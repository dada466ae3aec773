"""A household budget sheet: rows of items and amounts, added up as they change.

Amounts are shown and read the way the interface language writes numbers
("1,250.50" in English, "1250,50" in Spanish), as a budget app in that language would."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.disguise.fronts.base import Front, number
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.bold_label import bold_label

ROWS = (
    (QT_TR_NOOP("Rent"), 650.00),
    (QT_TR_NOOP("Groceries"), 210.40),
    (QT_TR_NOOP("Electricity"), 58.90),
    (QT_TR_NOOP("Phone"), 25.00),
    (QT_TR_NOOP("Bus pass"), 42.00),
    (QT_TR_NOOP("School trip"), 15.00),
)
EMPTY_ROWS = 4
#: "1,250.50", "12.5", "12": an amount written the plain way, whatever the language.
PLAIN_NUMBER = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?")


def amount(text: str) -> float:
    """A typed amount as a number: written the local way ("1.250,50" in Spanish), or
    the plain way ("1,250.50", "12.5"); anything else counts as nothing."""
    text = text.strip()
    locale = QLocale()
    value, ok = locale.toDouble(text)
    if ok:
        return value
    if PLAIN_NUMBER.fullmatch(text):
        return float(text.replace(",", ""))
    value, ok = locale.toDouble(text.replace(locale.groupSeparator(), ""))
    return value if ok else 0.0


def money(value: float) -> str:
    return number(value, 2)


def month_heading(day: QDate) -> str:
    """ "December 2026", "Diciembre 2026": the month as a page heading."""
    month = QLocale().standaloneMonthName(day.month())
    return f"{month[:1].upper()}{month[1:]} {day.year()}"


class BudgetFront(Front):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = bold_label()
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Item"), tr("Amount")])
        self.table.setAccessibleName(tr("Budget rows"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the sheet, arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, header.fontMetrics().horizontalAdvance("0") * 14)
        self.table.itemChanged.connect(self._add_up)
        self.total = bold_label()
        self.total.setAccessibleName(tr("Total"))
        add = QPushButton(tr("&Add row"))
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
        self.month.setText(month_heading(QDate.currentDate()))
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.setRowCount(len(ROWS) + EMPTY_ROWS)
        for row, (item, value) in enumerate(ROWS):
            self.table.setItem(row, 0, QTableWidgetItem(tr(item)))
            cell = QTableWidgetItem(money(value))
            # Trailing: right in a left-to-right sheet, left in a right-to-left one.
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, cell)
        self.table.blockSignals(False)
        self.table.setCurrentCell(len(ROWS), 0)
        self._add_up()

    def sum(self) -> float:
        cells = (self.table.item(row, 1) for row in range(self.table.rowCount()))
        return sum(amount(cell.text()) for cell in cells if cell is not None)

    def _add_up(self) -> None:
        self.total.setText(tr("Total: {amount}").format(amount=money(self.sum())))
        cells = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        items = sum(1 for cell in cells if cell is not None and cell.text().strip())
        self.status.emit(tr("%n items this month", None, items))

    def first_control(self) -> QWidget:
        return self.table
