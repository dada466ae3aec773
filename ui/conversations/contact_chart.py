"""Contact per day by sender, as stacked bars, with the night count and busiest days.

The colours and hatches are the pattern chart's (ui/pattern/chart.py `swatches`), so
a sender reads the same way a category does there. The counts come from the core
(journal/conversations/contact.py), which the PDF's "Contact over time" uses too;
the figures in words are contact_words.py's.

Right to left (Arabic): the chart is mirrored like the layout around it: the scale
stands on the right, the first day's bar and date start at the right and time runs
leftwards. Dates and numbers keep their own left-to-right order inside their boxes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journal.conversations.contact import ContactCounts
from ui.conversations.contact_words import chart_description, summary_text
from ui.i18n import tr
from ui.pattern.swatches import Swatch, swatches

LEGEND_SHOWN = 12
GAP = 12  # between the first and the last day's dates


def swatch_pixmap(swatch: Swatch, palette: QPalette) -> QPixmap:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    swatch.paint(painter, QRect(0, 0, 14, 14), palette.color(QPalette.ColorRole.WindowText))
    painter.end()
    return pixmap


@dataclass
class ChartLayout:
    """Where everything is drawn, in the widget's own (already mirrored) coordinates."""

    axis: tuple[int, int, int]  # x, top, bottom of the scale's line
    bars: list[tuple[QRect, str]] = field(default_factory=list)  # a box and its sender
    texts: list[tuple[QRect, Qt.AlignmentFlag, str]] = field(default_factory=list)


class ContactBars(QWidget):
    """One bar a day with contact, stacked by sender; no gaps for quiet days. The
    scale's top and the first and last day are written beside the bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: ContactCounts | None = None
        self.colours: dict[str, Swatch] = {}
        self.setMinimumHeight(160)
        self.setAccessibleName(tr("Contact per day by sender"))

    def set_counts(self, counts: ContactCounts) -> None:
        self.counts = counts
        self.colours = swatches(list(counts.senders))
        self.setAccessibleDescription(chart_description(counts))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def _box(self, start: int, top: int, width: int, height: int) -> QRect:
        """A box `start` pixels from the edge the reading starts at (the right in RTL)."""
        left = self.width() - start - width if self.isRightToLeft() else start
        return QRect(left, top, width, height)

    def _align(self, at_end: bool) -> Qt.AlignmentFlag:
        """Text against the box's start or end edge as read in this direction."""
        rightwards = at_end != self.isRightToLeft()
        side = Qt.AlignmentFlag.AlignRight if rightwards else Qt.AlignmentFlag.AlignLeft
        return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

    def chart_layout(self, metrics: QFontMetrics) -> ChartLayout | None:
        """The scale, bars and dates laid out for the current size and direction."""
        if self.counts is None or not self.counts.days:
            return None
        days = self.counts.days
        top = max(day.total for day in days)
        line = metrics.height()
        gutter = metrics.horizontalAdvance(str(top)) + 8
        area_top, area_bottom = line // 2, self.height() - line - 7
        area_width = max(1, self.width() - gutter - 4)
        height = max(1, area_bottom - area_top)
        axis_x = self._box(gutter - 2, 0, 1, 1).left()
        chart = ChartLayout((axis_x, area_top, area_bottom))
        number = self._align(at_end=True)  # the scale's figures stand against the line
        chart.texts.append((self._box(0, area_top - line // 2, gutter - 5, line), number, str(top)))
        chart.texts.append((self._box(0, area_bottom - line // 2, gutter - 5, line), number, "0"))
        width = max(1, area_width // len(days))
        for index, day in enumerate(days):
            bottom = area_bottom
            for who, n in sorted(day.by_sender().items(), key=lambda kv: self.order(kv[0])):
                bar = max(1, round(n * height / top))
                box = self._box(gutter + index * width, bottom - bar, max(1, width - 1), bar)
                chart.bars.append((box, who))
                bottom -= bar
        self._date_labels(chart, metrics, gutter, width * len(days), area_bottom + 4)
        return chart

    def _date_labels(
        self, chart: ChartLayout, metrics: QFontMetrics, start: int, span: int, top: int
    ) -> None:
        """The first day under the first bar, the last day ending under the last bar;
        the last is left out where the two would overlap or run out of the widget."""
        assert self.counts is not None
        days, line = self.counts.days, metrics.height()
        first = days[0].day
        first_width = metrics.horizontalAdvance(first) + 2
        chart.texts.append((self._box(start, top, first_width, line), self._align(False), first))
        if len(days) < 2:
            return
        last = days[-1].day
        last_width = metrics.horizontalAdvance(last) + 2
        last_start = max(start + span - last_width, start + first_width + GAP)
        if last_start + last_width <= self.width():
            chart.texts.append(
                (self._box(last_start, top, last_width, line), self._align(False), last)
            )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        chart = self.chart_layout(painter.fontMetrics())
        if chart is not None:
            ink = self.palette().color(QPalette.ColorRole.WindowText)
            painter.setPen(ink)
            x, top, bottom = chart.axis
            painter.drawLine(x, top, x, bottom)
            for box, who in chart.bars:
                self.colours[who].paint(painter, box, ink)
            painter.setPen(ink)
            for box, align, text in chart.texts:
                painter.drawText(box, align, text)
        painter.end()

    def order(self, who: str) -> int:
        assert self.counts is not None
        return self.counts.senders.index(who)


class ContactPanel(QWidget):
    """The chart, a legend of senders, and the figures in words (for every reader)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars = ContactBars()
        self.legend = QHBoxLayout()  # bottom to top, the order the bars are stacked in
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.addWidget(self.bars, 1)
        column.addLayout(self.legend)
        column.addWidget(self.summary)

    def counting(self) -> None:
        self.summary.setText(tr("Counting…"))

    def show_counts(self, counts: ContactCounts) -> None:
        self.bars.set_counts(counts)
        while self.legend.count():
            item = self.legend.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        for who in counts.senders[:LEGEND_SHOWN]:
            swatch = QLabel()
            swatch.setPixmap(swatch_pixmap(self.bars.colours[who], self.palette()))
            self.legend.addWidget(swatch)
            name = QLabel(who)
            name.setTextFormat(Qt.TextFormat.PlainText)
            self.legend.addWidget(name)
        self.legend.addStretch(1)
        self.summary.setText(summary_text(counts))

    def forget(self) -> None:
        self.bars.counts = None
        self.bars.colours = {}
        self.summary.clear()
