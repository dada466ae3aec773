"""The pattern view: entries per month by category as a stacked bar chart.

The counting lives in journal.patterns; this module only draws it. Colours come
from a fixed colour-blind-safe palette (Okabe-Ito, without black), repeated
with hatching when there are more categories than colours; every text and line
colour comes from the widget's palette, so the chart reads in light and dark
themes. The same numbers are offered as a table for screen readers.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from journal.model import Entry
from journal.patterns import (
    UNCATEGORISED,
    MonthCount,
    Pattern,
    category_label,
    count_by_month,
    summary,
)

AnyIndex = QModelIndex | QPersistentModelIndex

# Okabe & Ito (2008), "Color Universal Design"; black left out so bars show on dark themes.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
NEUTRAL = "#999999"  # for entries without a category
HATCHES = (
    Qt.BrushStyle.NoBrush,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.CrossPattern,
)

SLOT_MIN = 22
SLOT_MAX = 56
SLOT_HINT = 34
LABEL_STEPS = (1, 2, 3, 4, 6, 12)


class Swatch:
    """How one category is filled: a palette colour and, past the 7th, a hatch."""

    def __init__(self, colour: QColor, hatch: Qt.BrushStyle) -> None:
        self.colour = colour
        self.hatch = hatch

    def paint(self, painter: QPainter, rect: QRect, outline: QColor) -> None:
        painter.fillRect(rect, self.colour)
        if self.hatch != Qt.BrushStyle.NoBrush:
            ink = QColor("#000000") if self.colour.lightnessF() > 0.5 else QColor("#FFFFFF")
            painter.fillRect(rect, QBrush(ink, self.hatch))
        painter.setPen(QPen(outline, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))


def swatches(categories: Sequence[str]) -> dict[str, Swatch]:
    out: dict[str, Swatch] = {}
    coloured = [c for c in categories if c != UNCATEGORISED]
    for i, key in enumerate(coloured):
        hatch = HATCHES[(i // len(OKABE_ITO)) % len(HATCHES)]
        out[key] = Swatch(QColor(OKABE_ITO[i % len(OKABE_ITO)]), hatch)
    if UNCATEGORISED in categories:
        out[UNCATEGORISED] = Swatch(QColor(NEUTRAL), Qt.BrushStyle.NoBrush)
    return out


def month_tooltip(month: MonthCount) -> str:
    lines = [f"{month.name}: {_entries(month.entries)}"]
    lines += [f"{category_label(c)}: {n}" for c, n in month.by_category]
    if len(month.by_category) > 1:
        lines.append("(an entry with several categories is counted in each)")
    return "\n".join(lines)


def _entries(n: int) -> str:
    return f"{n} entr{'y' if n == 1 else 'ies'}"


def _nice_step(top: int) -> int:
    """A tick step of 1, 2 or 5 times a power of ten giving at most five gridlines."""
    if top <= 5:
        return 1
    magnitude = int(10 ** int(math.log10(top)))
    for factor in (1, 2, 5, 10):
        if top / (factor * magnitude) <= 5:
            return factor * magnitude
    return 10 * magnitude


class PatternChart(QWidget):
    """One bar per month, stacked by category. Arrow keys move, Enter chooses."""

    current_changed = Signal(int)
    chosen = Signal(int)
    geometry_changed = Signal()

    def __init__(self, pattern: Pattern, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pattern = pattern
        self.swatches = swatches(pattern.categories)
        self._current = len(pattern.months) - 1 if pattern.months else -1
        self._hover: int | None = None
        self._pressed: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumHeight(240)
        self.setMinimumWidth(self._left() + self._right() + max(1, len(pattern.months)) * SLOT_MIN)
        self.setAccessibleDescription(summary(pattern))
        self._update_accessible_name()

    # geometry ---------------------------------------------------------------
    def _left(self) -> int:
        return 6

    def _right(self) -> int:
        return 20

    def _top(self) -> int:
        return self.fontMetrics().height() + 10

    def _bottom(self) -> int:
        return self.fontMetrics().height() * 2 + 12

    def scale(self) -> tuple[int, int]:
        """The value at the top of the plot and the gridline step."""
        top = max(1, self.pattern.max_stack)
        step = _nice_step(top)
        return math.ceil(top / step) * step, step

    def value_y(self, value: int) -> int:
        """The y coordinate of a count on the plot."""
        top, bottom = self._top(), self.height() - self._bottom()
        return bottom - round((bottom - top) * value / self.scale()[0])

    def slot_width(self) -> int:
        n = max(1, len(self.pattern.months))
        room = (self.width() - self._left() - self._right()) // n
        return max(SLOT_MIN, min(SLOT_MAX, room))

    def month_rect(self, index: int) -> QRect:
        """The column a month occupies (bar area and its label), in widget coordinates."""
        slot = self.slot_width()
        return QRect(self._left() + index * slot, 0, slot, self.height())

    def bar_rect(self, index: int) -> QRect:
        """The month's full-height bar area (the stack grows up from its bottom)."""
        slot = self.slot_width()
        gap = max(3, slot // 5)
        x = self._left() + index * slot + gap // 2
        top, bottom = self._top(), self.height() - self._bottom()
        return QRect(x, top, slot - gap, bottom - top)

    def index_at(self, point: QPoint) -> int | None:
        if point.x() < self._left():
            return None
        index = (point.x() - self._left()) // self.slot_width()
        return index if 0 <= index < len(self.pattern.months) else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.geometry_changed.emit()

    def sizeHint(self) -> QSize:
        n = max(1, len(self.pattern.months))
        return QSize(self._left() + self._right() + n * SLOT_HINT, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), 240)

    # state ------------------------------------------------------------------
    @property
    def current(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        if not self.pattern.months:
            return
        index = max(0, min(len(self.pattern.months) - 1, index))
        if index == self._current:
            return
        self._current = index
        self._update_accessible_name()
        self.update()
        self.current_changed.emit(index)

    def current_month(self) -> MonthCount | None:
        if 0 <= self._current < len(self.pattern.months):
            return self.pattern.months[self._current]
        return None

    def _update_accessible_name(self) -> None:
        month = self.current_month()
        name = "Entries per month by category"
        if month is not None:
            name += f"; {month.name}, {_entries(month.entries)}"
        self.setAccessibleName(name)

    # input ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        moves = {
            Qt.Key.Key_Left: self._current - 1,
            Qt.Key.Key_Right: self._current + 1,
            Qt.Key.Key_PageUp: self._current - 12,
            Qt.Key.Key_PageDown: self._current + 12,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.pattern.months) - 1,
        }
        if key in moves and self.pattern.months:
            self.set_current(moves[key])
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.current_month() is not None:
                self.chosen.emit(self._current)
            event.accept()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.index_at(event.position().toPoint())
            if self._pressed is not None:
                self.set_current(self._pressed)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.index_at(event.position().toPoint())
            pressed, self._pressed = self._pressed, None
            if index is not None and index == pressed:
                self.chosen.emit(index)
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index != self._hover:
            self._hover = index
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                month = self.pattern.months[index]
                QToolTip.showText(
                    event.globalPos(), month_tooltip(month), self, self.month_rect(index)
                )
            return True
        return super().event(event)

    # painting ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        grid = QColor(text)
        grid.setAlphaF(0.18)
        outline = QColor(text)
        outline.setAlphaF(0.55)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        months = self.pattern.months
        if not months:
            return
        fm = self.fontMetrics()
        left = self._left()
        bottom = self.height() - self._bottom()
        plot_right = self.width() - self._right() // 2
        scale, step = self.scale()

        # hover and current month backgrounds, under everything else
        highlight = pal.color(QPalette.ColorRole.Highlight)
        if self._hover is not None:
            hover = QColor(highlight)
            hover.setAlphaF(0.12)
            painter.fillRect(self.month_rect(self._hover).adjusted(0, 0, 0, -2), hover)
        if 0 <= self._current < len(months):
            current = QColor(highlight)
            current.setAlphaF(0.25 if self.hasFocus() else 0.15)
            painter.fillRect(self.month_rect(self._current).adjusted(0, 0, 0, -2), current)

        # gridlines (the count axis is a separate widget that does not scroll away)
        painter.setPen(QPen(grid, 1))
        for value in range(0, scale + 1, step):
            y = self.value_y(value)
            painter.drawLine(left, y, plot_right, y)

        # the stacked bars, each with its number of entries above it
        for index, month in enumerate(months):
            area = self.bar_rect(index)
            y = bottom
            for category, count in month.by_category:
                height = self.value_y(0) - self.value_y(count)
                if height <= 0:
                    continue
                segment = QRect(area.x(), y - height, area.width(), height)
                self.swatches[category].paint(painter, segment, outline)
                y -= height
            if month.entries:
                number = str(month.entries)
                if fm.horizontalAdvance(number) <= self.slot_width():
                    painter.setPen(text)
                    label = QRect(area.x() - 4, y - fm.height() - 2, area.width() + 8, fm.height())
                    painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, number)

        # month labels, thinned when crowded; the year under January and the first label.
        # The current month is always named, in a highlighted box that wins over neighbours.
        slot = self.slot_width()
        widest = max(fm.horizontalAdvance(calendar.month_abbr[m]) for m in range(1, 13))
        every = next((s for s in LABEL_STEPS if s * slot >= widest + 8), 12)
        current_box = QRect()
        if 0 <= self._current < len(months):
            name = calendar.month_abbr[months[self._current].month]
            width = fm.horizontalAdvance(name) + 8
            centre = self.month_rect(self._current).center().x()
            current_box = QRect(centre - width // 2, bottom + 3, width, fm.height() + 2)
        previous_year: int | None = None
        for index, month in enumerate(months):
            if (month.month - 1) % every:
                continue
            name = calendar.month_abbr[month.month]
            centre = self.month_rect(index).center().x()
            width = fm.horizontalAdvance(name)
            label_rect = QRect(centre - width // 2, bottom + 4, width, fm.height())
            if index != self._current and not label_rect.adjusted(-2, 0, 2, 0).intersects(
                current_box
            ):
                painter.setPen(text)
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter, name)
            if month.year != previous_year:
                year = str(month.year)
                year_width = fm.horizontalAdvance(year)
                year_rect = QRect(
                    centre - year_width // 2, bottom + 4 + fm.height(), year_width, fm.height()
                )
                painter.setPen(muted)
                painter.drawText(year_rect, Qt.AlignmentFlag.AlignHCenter, year)
                previous_year = month.year

        # focus frame around the current month, then its label on top
        if self.hasFocus() and 0 <= self._current < len(months):
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.month_rect(self._current).adjusted(1, 1, -2, -3))
        if current_box.isValid():
            painter.fillRect(current_box, highlight)
            painter.setPen(pal.color(QPalette.ColorRole.HighlightedText))
            name = calendar.month_abbr[months[self._current].month]
            painter.drawText(current_box, Qt.AlignmentFlag.AlignCenter, name)


class CountAxis(QWidget):
    """The chart's count scale, kept in view beside the horizontally scrolling chart."""

    def __init__(self, chart: PatternChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setAccessibleName("Number of entries, by category")
        width = self.fontMetrics().horizontalAdvance(str(chart.scale()[0])) + 12
        self.setFixedWidth(width)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        chart.geometry_changed.connect(self.update)

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        painter = QPainter(self)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = self.fontMetrics()
        scale, step = self.chart.scale()
        if self.chart.pattern.months:
            for value in range(0, scale + 1, step):
                point = self.chart.mapTo(self.window(), QPoint(0, self.chart.value_y(value)))
                y = self.mapFrom(self.window(), point).y()
                role = QPalette.ColorRole.Text if value == 0 else QPalette.ColorRole.PlaceholderText
                painter.setPen(pal.color(role))
                painter.drawText(
                    QRect(0, y - fm.height() // 2, self.width() - 6, fm.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    str(value),
                )
        painter.end()


class Legend(QWidget):
    """A swatch and a name (with its total) for every category in the chart."""

    COLUMNS = 1

    def __init__(self, pattern: Pattern, chart: PatternChart, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Legend")
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setHorizontalSpacing(16)
        layout.setRowStretch(len(pattern.categories), 1)
        totals = {c: sum(m.count(c) for m in pattern.months) for c in pattern.categories}
        self.labels: list[QLabel] = []
        for i, category in enumerate(pattern.categories):
            row, col = divmod(i, self.COLUMNS)
            icon = QLabel()
            icon.setPixmap(self._swatch_pixmap(chart.swatches[category]))
            icon.setAccessibleName("")
            name = QLabel(f"{category_label(category)} ({totals[category]})")
            name.setTextFormat(Qt.TextFormat.PlainText)
            self.labels.append(name)
            cell = QHBoxLayout()
            cell.setSpacing(6)
            cell.addWidget(icon)
            cell.addWidget(name, 1)
            layout.addLayout(cell, row, col)

    def _swatch_pixmap(self, swatch: Swatch) -> QPixmap:
        size = self.fontMetrics().height()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        outline = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        outline.setAlphaF(0.55)
        swatch.paint(painter, QRect(0, 0, size, size), outline)
        painter.end()
        return pixmap


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
            return "Month"
        if section == 1:
            return "Entries"
        if 0 <= section - 2 < len(self._pattern.categories):
            return category_label(self._pattern.categories[section - 2])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pattern.months):
            return None
        month = self._pattern.months[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return month.name
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
        self.setWindowTitle("Pattern over time")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pattern = count_by_month(entries)
        self.chart = PatternChart(self.pattern)
        self.scroll_area = QScrollArea()
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
        self.table.setModel(self.model)
        self.table.setAccessibleName("Entries per month by category, as a table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        intro = QLabel(
            "Entries per month, by category, from your first to your last entry. "
            "The number above a bar is how many entries that month; an entry with several "
            "categories is counted once in each, so a bar can be taller. Click a month, or "
            "move with the arrow keys and press Enter, to show it in the timeline."
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
        self.tabs.addTab(chart_page, "&Chart")
        self.tabs.addTab(self.table, "&Table")

        self.show_button = QPushButton("&Show this month in the timeline")
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
        self.resize(960, 600)
        self.chart.setFocus()

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
        month = self.pattern.months[index]
        detail = ", ".join(f"{category_label(c)} {n}" for c, n in month.by_category)
        self.status.setText(
            f"{month.name}: {_entries(month.entries)}" + (f" ({detail})." if detail else ".")
        )
        if self.table.currentIndex().row() != index:
            self.table.selectRow(index)
        self._scroll_to(index)

    def _scroll_to(self, index: int) -> None:
        rect = self.chart.month_rect(index)
        self.scroll_area.ensureVisible(rect.center().x(), rect.center().y(), rect.width() + 12, 0)
