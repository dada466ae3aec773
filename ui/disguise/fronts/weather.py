"""A weather page: today and the next five days for the saved place.

It has no connection to anything: the forecast is made up from the date, the same all
day and different the next, so it looks like the last forecast fetched.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.disguise.fronts.base import Front, number
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.bold_label import bold_label

SKIES = (
    QT_TR_NOOP("Sunny"),
    QT_TR_NOOP("Partly cloudy"),
    QT_TR_NOOP("Cloudy"),
    QT_TR_NOOP("Light rain"),
    QT_TR_NOOP("Showers"),
    QT_TR_NOOP("Clear"),
    QT_TR_NOOP("Windy"),
)
DAYS = 5


def forecast(day: date) -> list[tuple[date, str, int, int]]:
    """(day, sky, high, low) for `day` and the days after it; the same for the same day."""
    pick = random.Random(day.toordinal())  # noqa: S311 - a made-up forecast, not a secret
    base = 8 + round(10 * abs(((day.timetuple().tm_yday + 10) % 365) / 182.5 - 1))
    rows = []
    for offset in range(DAYS + 1):
        high = base + pick.randint(-3, 4)
        rows.append((day + timedelta(offset), pick.choice(SKIES), high, high - pick.randint(4, 9)))
    return rows


def degrees(value: int) -> str:
    return f"{number(value)}°"


def day_name(day: date) -> str:
    """ "Monday", "Lunes", "الاثنين": a weekday as the first word of a row."""
    name = QLocale().standaloneDayName(day.isoweekday())
    return name[:1].upper() + name[1:]


class WeatherFront(Front):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.place = QLineEdit()
        self.place.setAccessibleName(tr("Place"))
        self.place.setPlaceholderText(tr("Town or postcode"))
        self.place.returnPressed.connect(self._look_up)
        look = QPushButton(tr("&Look up"))
        look.clicked.connect(self._look_up)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.today = QLabel()
        self.today.setAccessibleName(tr("Today"))
        font = self.today.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.today.setFont(font)
        self.days = QGridLayout()
        self.days.setHorizontalSpacing(32)
        self.days.setColumnStretch(3, 1)  # the columns stay together on the left
        top = QHBoxLayout()
        top.addWidget(self.place, 1)
        top.addWidget(look)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(bold_label(tr("Today")))
        layout.addWidget(self.today)
        layout.addWidget(bold_label(tr("The next five days")))
        layout.addLayout(self.days)
        layout.addStretch()

    def _look_up(self) -> None:
        typed = self.place.text().strip()
        if typed:
            self.note.setText(
                tr("No forecast found for “{place}” offline. Showing your saved place.").format(
                    place=typed
                )
            )
            self.place.clear()

    def reset(self) -> None:
        self.place.clear()
        self.note.setText(tr("Your saved place · updated this morning"))
        (_today, sky, high, low), *rest = forecast(date.today())
        self.today.setText(f"{degrees(high)} {tr(sky)}")
        self.today.setToolTip(
            tr("Today: {sky}, high {high}, low {low}").format(
                sky=tr(sky), high=degrees(high), low=degrees(low)
            )
        )
        self.status.emit(tr("Low tonight {low}").format(low=degrees(low)))
        while self.days.count():
            item = self.days.takeAt(0)
            if item is not None and (old := item.widget()) is not None:
                old.deleteLater()
        for row, (day, sky_then, high_then, low_then) in enumerate(rest):
            then = f"{degrees(high_then)} / {degrees(low_then)}"
            for column, text in enumerate((day_name(day), tr(sky_then), then)):
                self.days.addWidget(QLabel(text), row, column)

    def first_control(self) -> QWidget:
        return self.place
