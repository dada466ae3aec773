"""The stacked bar chart of the pattern view: one slot per month, one bar per month
stacked by category, moved through with the keyboard and the mouse.

Fills come from ui/pattern/swatches.py; every text and line colour comes from the
widget's palette, so the chart reads in light and dark themes. Its count axis and
legend are in ui/pattern/chart_guides.py.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QToolTip,
    QWidget,
)

from journal.case.patterns import MonthCount, Pattern
from ui.i18n import tr
from ui.pattern.month_axis import AxisLabel, axis_labels, current_box, widest_month
from ui.pattern.swatches import swatches
from ui.pattern.words import entries_text, month_tooltip, name_of, short_month, summary

SLOT_MIN = 22
SLOT_MAX = 56
SLOT_HINT = 34


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
    def _label_overhang(self) -> int:
        """How far the current month's box can reach past a slot of the narrowest
        width: the room kept at either end so a long month name fits (Arabic has no
        short month names)."""
        return (widest_month(self.fontMetrics()) + 8) // 2 - SLOT_MIN // 2 + 2

    def _left(self) -> int:
        return max(6, self._label_overhang())

    def _right(self) -> int:
        return max(20, self._label_overhang())

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
        if month is None:
            self.setAccessibleName(tr("Entries per month by category"))
            return
        self.setAccessibleName(
            tr("Entries per month by category; {month}, {entries}").format(
                month=name_of(month), entries=entries_text(month.entries)
            )
        )

    # the axis's labels (ui/pattern/month_axis.py) -------------------------
    def plot_bottom(self) -> int:
        """The y of the bars' baseline; the month names go under it."""
        return self.height() - self._bottom()

    def current_label_box(self) -> QRect:
        return current_box(self)

    def axis_labels(self) -> list[AxisLabel]:
        return axis_labels(self)

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
                    above = QRect(area.x() - 4, y - fm.height() - 2, area.width() + 8, fm.height())
                    painter.drawText(above, Qt.AlignmentFlag.AlignHCenter, number)

        # month labels, thinned when crowded; the year under January and the first label.
        # The current month is always named, in a highlighted box that wins over neighbours.
        for label in self.axis_labels():
            painter.setPen(text if label.kind == "month" else muted)
            painter.drawText(label.rect, Qt.AlignmentFlag.AlignHCenter, label.text)
        box = self.current_label_box()

        # focus frame around the current month, then its label on top
        if self.hasFocus() and 0 <= self._current < len(months):
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.month_rect(self._current).adjusted(1, 1, -2, -3))
        if box.isValid():
            painter.fillRect(box, highlight)
            painter.setPen(pal.color(QPalette.ColorRole.HighlightedText))
            name = short_month(months[self._current].month)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
