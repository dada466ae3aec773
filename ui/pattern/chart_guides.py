"""What stands beside the pattern chart: its count axis, kept in view while the
chart scrolls, and its legend."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from journal.case.patterns import Pattern
from ui.i18n import tr
from ui.pattern.chart import PatternChart
from ui.pattern.swatches import Swatch
from ui.pattern.words import category_name


class CountAxis(QWidget):
    """The chart's count scale, kept in view beside the horizontally scrolling chart."""

    def __init__(self, chart: PatternChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setAccessibleName(tr("Number of entries, by category"))
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
        self.setAccessibleName(tr("Legend"))
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
            name = QLabel(
                tr("{category} ({total})").format(
                    category=category_name(category), total=totals[category]
                )
            )
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
