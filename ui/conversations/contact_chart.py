"""Contact per day by sender, as stacked bars, with the night count and busiest days.

The colours and hatches are the pattern chart's (ui/pattern/chart.py `swatches`), so
a sender reads the same way a category does there. The counts come from the core
(journal/conversations/contact.py), which the PDF's "Contact over time" uses too.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journal.conversations.contact import ContactCounts
from journal.entries.plain_words import counted
from ui.pattern.swatches import Swatch, swatches

BUSIEST_SHOWN = 5
LEGEND_SHOWN = 12


def swatch_pixmap(swatch: Swatch, palette: QPalette) -> QPixmap:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    swatch.paint(painter, QRect(0, 0, 14, 14), palette.color(QPalette.ColorRole.WindowText))
    painter.end()
    return pixmap


def busiest_text(counts: ContactCounts) -> str:
    lines = []
    for day in counts.busiest(BUSIEST_SHOWN):
        parts = ", ".join(f"{who} {n}" for who, n in sorted(day.by_sender().items()))
        calls = sum(day.calls.values())
        said = counted(sum(day.messages.values()), "message")
        lines.append(f"{day.day}: {said}, {counted(calls, 'call')} ({parts})")
    return "\n".join(lines)


def summary_text(counts: ContactCounts) -> str:
    if not counts.days:
        return "No messages or calls match."
    return (
        f"{counted(counts.messages, 'message')} and {counted(counts.calls, 'call')} "
        f"on {counted(len(counts.days), 'day')}, "
        f"from {counts.days[0].day} to {counts.days[-1].day}; "
        f"{counts.night_sentence()}.\nBusiest days:\n{busiest_text(counts)}"
    )


class ContactBars(QWidget):
    """One bar a day with contact, stacked by sender; no gaps for quiet days. The
    scale's top and the first and last day are written beside the bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: ContactCounts | None = None
        self.colours: dict[str, Swatch] = {}
        self.setMinimumHeight(160)
        self.setAccessibleName("Contact per day by sender")

    def set_counts(self, counts: ContactCounts) -> None:
        self.counts = counts
        self.colours = swatches(list(counts.senders))
        busiest = counts.busiest(1)
        most = f"; the most on {busiest[0].day} ({busiest[0].total})" if busiest else ""
        self.setAccessibleDescription(f"{len(counts.days)} days with contact{most}")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.counts is None or not self.counts.days:
            return
        days = self.counts.days
        painter = QPainter(self)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        top = max(day.total for day in days)
        gutter = metrics.horizontalAdvance(str(top)) + 8
        area = self.rect().adjusted(gutter, metrics.height() // 2, -4, -metrics.height() - 6)
        painter.setPen(ink)
        painter.drawText(0, area.top() + metrics.ascent() // 2, str(top))  # the scale's top
        painter.drawText(0, area.bottom(), "0")
        painter.drawLine(area.left() - 2, area.top(), area.left() - 2, area.bottom())
        width = max(1, area.width() // len(days))
        for index, day in enumerate(days):
            bottom = area.bottom()
            for who, n in sorted(day.by_sender().items(), key=lambda kv: self.order(kv[0])):
                height = max(1, round(n * area.height() / top))
                left = area.left() + index * width
                rect = QRect(left, bottom - height, max(1, width - 1), height)
                self.colours[who].paint(painter, rect, ink)
                bottom -= height
        painter.setPen(ink)
        label_y = self.rect().bottom() - 2
        painter.drawText(area.left(), label_y, days[0].day)
        if len(days) > 1:
            last = days[-1].day
            right = area.left() + len(days) * width - metrics.horizontalAdvance(last)
            painter.drawText(max(right, area.left() + metrics.horizontalAdvance(last) + 12),
                             label_y, last)  # fmt: skip
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
        self.summary.setText("Counting…")

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
