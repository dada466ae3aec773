"""The pattern view: entries per month by category as a stacked bar chart.

The counting lives in journal.case.patterns; this module only draws it. Colours come
from a fixed colour-blind-safe palette (Okabe-Ito, without black), repeated
with hatching when there are more categories than colours; every text and line
colour comes from the widget's palette, so the chart reads in light and dark
themes. The same numbers are offered as a table for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.case.patterns import Pattern, count_by_month
from journal.entries.model import Entry
from ui.i18n import tr
from ui.pattern.chart import PatternChart
from ui.pattern.chart_guides import CountAxis, Legend
from ui.pattern.words import category_name, month_status, month_tooltip, name_of, summary
from ui.widgets.contrast import ring_focus
from ui.widgets.rtl_table import select_row

AnyIndex = QModelIndex | QPersistentModelIndex

__all__ = ["PatternChart", "PatternDialog", "PatternTableModel"]


class PatternTableModel(QAbstractTableModel):
    """The chart's numbers as rows (months) and columns (entries, then categories)."""

    MONTH_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, pattern: Pattern | None = None) -> None:
        super().__init__()
        self._pattern = pattern or Pattern(months=(), categories=())

    def set_pattern(self, pattern: Pattern) -> None:
        self.beginResetModel()
        self._pattern = pattern
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pattern.months)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self._pattern.categories)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return tr("Month")
        if section == 1:
            return tr("Entries")
        if 0 <= section - 2 < len(self._pattern.categories):
            return category_name(self._pattern.categories[section - 2])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pattern.months):
            return None
        month = self._pattern.months[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return name_of(month)
            if column == 1:
                return str(month.entries)
            count = month.count(self._pattern.categories[column - 2])
            return str(count) if count else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return month_tooltip(month)
        if role == self.MONTH_ROLE:
            return (month.year, month.month)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PatternDialog(QDialog):
    """The whole record as a chart; choosing a month emits month_chosen and closes."""

    month_chosen = Signal(int, int)

    def __init__(self, entries: Sequence[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Pattern over time"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pattern = count_by_month(entries)
        self.chart = PatternChart(self.pattern)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(tr("Chart"))
        self.scroll_area.setWidget(self.chart)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.axis = CountAxis(self.chart)
        self.legend = Legend(self.pattern, self.chart)
        legend_area = QScrollArea()
        legend_area.setWidget(self.legend)
        legend_area.setWidgetResizable(True)
        legend_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        legend_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        legend_area.setFrameShape(QFrame.Shape.NoFrame)
        legend_area.setMinimumWidth(self.legend.sizeHint().width() + 16)
        self.model = PatternTableModel(self.pattern)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        ring_focus(self.table)  # a focused cell that can be seen (3:1)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Entries per month by category, as a table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        intro = QLabel(
            tr(
                "Entries per month, by category, from your first to your last entry. "
                "The number above a bar is how many entries that month; an entry with several "
                "categories is counted once in each, so a bar can be taller. Click a month, or "
                "move with the arrow keys and press Enter, to show it in the timeline."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel(summary(self.pattern))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        chart_box = QFrame()
        chart_box.setFrameShape(QFrame.Shape.StyledPanel)
        # Time runs left to right in every language, as on a calendar: the count axis
        # stays at the start of the bars and the arrow keys move the way they point.
        # The legend, the table and every text around the chart follow the language.
        chart_box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        box_layout = QHBoxLayout(chart_box)
        box_layout.setContentsMargins(1, 1, 1, 1)
        box_layout.setSpacing(0)
        box_layout.addWidget(self.axis)
        box_layout.addWidget(self.scroll_area, 1)
        chart_page = QWidget()
        chart_layout = QHBoxLayout(chart_page)
        chart_layout.addWidget(chart_box, 1)
        chart_layout.addWidget(legend_area)
        self.tabs = QTabWidget()
        self.tabs.addTab(chart_page, tr("&Chart"))
        self.tabs.addTab(self.table, tr("&Table"))

        self.show_button = QPushButton(tr("&Show this month in the timeline"))
        self.show_button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        buttons.rejected.connect(self.reject)
        self.show_button.clicked.connect(lambda: self.choose(self.chart.current))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.chart.current_changed.connect(self._current_changed)
        # keep the current month in view whenever the scrollable width changes
        self.scroll_area.horizontalScrollBar().rangeChanged.connect(
            lambda _low, _high: self._scroll_to(self.chart.current)
        )
        self.chart.chosen.connect(self.choose)
        self.table.activated.connect(lambda index: self.choose(index.row()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.chart.set_current(current.row())
        )
        empty = not self.pattern.months
        self.tabs.setVisible(not empty)
        self.show_button.setEnabled(not empty)
        self._current_changed(self.chart.current)
        self._fit(960, 600)
        self.chart.setFocus()

    def _fit(self, width: int, height: int) -> None:
        """At least `width` x `height`, taller where longer words or a taller script
        (Arabic) need more lines, within the screen."""
        room = self.screen().availableGeometry()
        layout = self.layout()
        wanted = layout.totalHeightForWidth(width) if layout is not None else height
        self.resize(min(width, room.width()), min(max(height, wanted), room.height() - 60))

    def choose(self, index: int) -> None:
        if not 0 <= index < len(self.pattern.months):
            return
        month = self.pattern.months[index]
        self.month_chosen.emit(month.year, month.month)
        self.accept()

    def _current_changed(self, index: int) -> None:
        if not 0 <= index < len(self.pattern.months):
            self.status.setText("")
            return
        self.status.setText(month_status(self.pattern.months[index]))
        if self.table.currentIndex().row() != index:
            select_row(self.table, index)
        self._scroll_to(index)

    def _scroll_to(self, index: int) -> None:
        rect = self.chart.month_rect(index)
        self.scroll_area.ensureVisible(rect.center().x(), rect.center().y(), rect.width() + 12, 0)
