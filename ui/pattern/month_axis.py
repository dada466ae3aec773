"""The names under the pattern chart's time axis: where each month's name and each
year go, thinned when crowded, kept inside the chart and off the current month's
highlighted name. Apart from the painting so that it can be checked, with the long
month names some languages have (Arabic has no short ones) at either end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics

from journal.case.patterns import Pattern
from ui.pattern.words import short_month


class ChartGeometry(Protocol):
    """What of the chart (ui/pattern/chart.py) the axis needs: its geometry."""

    pattern: Pattern

    @property
    def current(self) -> int: ...
    def fontMetrics(self) -> QFontMetrics: ...
    def width(self) -> int: ...
    def month_rect(self, index: int) -> QRect: ...
    def plot_bottom(self) -> int: ...
    def slot_width(self) -> int: ...


#: Every how many months a name is written, the first that leaves room for the widest.
LABEL_STEPS = (1, 2, 3, 4, 6, 12)


@dataclass(frozen=True)
class AxisLabel:
    """A text under the time axis: a month's name or a year ("month" or "year")."""

    rect: QRect
    text: str
    kind: str


def widest_month(fm: QFontMetrics) -> int:
    return max(fm.horizontalAdvance(short_month(m)) for m in range(1, 13))


def _within(rect: QRect, width: int) -> QRect:
    """`rect` moved sideways to lie inside 0..width: never cut off at either end."""
    x = max(0, min(rect.x(), width - rect.width()))
    return QRect(x, rect.y(), rect.width(), rect.height())


def current_box(chart: ChartGeometry) -> QRect:
    """The highlighted box naming the current month (empty when there is none)."""
    months, index = chart.pattern.months, chart.current
    if not 0 <= index < len(months):
        return QRect()
    fm = chart.fontMetrics()
    width = fm.horizontalAdvance(short_month(months[index].month)) + 8
    centre = chart.month_rect(index).center().x()
    top = chart.plot_bottom() + 3
    return _within(QRect(centre - width // 2, top, width, fm.height() + 2), chart.width())


def axis_labels(chart: ChartGeometry) -> list[AxisLabel]:
    """The month names and the years (under January and the first month); a name
    that would touch the current month's box is left out."""
    fm = chart.fontMetrics()
    bottom = chart.plot_bottom()
    every = next((s for s in LABEL_STEPS if s * chart.slot_width() >= widest_month(fm) + 8), 12)
    box = current_box(chart)
    labels: list[AxisLabel] = []
    previous_year: int | None = None
    for index, month in enumerate(chart.pattern.months):
        if (month.month - 1) % every:
            continue
        centre = chart.month_rect(index).center().x()
        name = short_month(month.month)
        width = fm.horizontalAdvance(name)
        rect = _within(QRect(centre - width // 2, bottom + 4, width, fm.height()), chart.width())
        if index != chart.current and not rect.adjusted(-2, 0, 2, 0).intersects(box):
            labels.append(AxisLabel(rect, name, "month"))
        if month.year != previous_year:
            year = str(month.year)
            width = fm.horizontalAdvance(year)
            top = bottom + 4 + fm.height()
            rect = _within(QRect(centre - width // 2, top, width, fm.height()), chart.width())
            labels.append(AxisLabel(rect, year, "year"))
            previous_year = month.year
    return labels
