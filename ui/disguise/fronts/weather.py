"""A weather page: today and the next five days for the saved place.

It has no connection to anything: the forecast is made up from the date, the same all
day and different the next, so it looks like the last forecast fetched.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.disguise.fronts.base import Front

SKIES = ("Sunny", "Partly cloudy", "Cloudy", "Light rain", "Showers", "Clear", "Windy")
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


class WeatherFront(Front):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.place = QLineEdit()
        self.place.setAccessibleName("Place")
        self.place.setPlaceholderText("Town or postcode")
        self.place.returnPressed.connect(self._look_up)
        look = QPushButton("&Look up")
        look.clicked.connect(self._look_up)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.today = QLabel()
        self.today.setAccessibleName("Today")
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
        layout.addWidget(QLabel("<b>Today</b>"))
        layout.addWidget(self.today)
        layout.addWidget(QLabel("<b>The next five days</b>"))
        layout.addLayout(self.days)
        layout.addStretch()

    def _look_up(self) -> None:
        typed = self.place.text().strip()
        if typed:
            self.note.setText(f"No forecast found for “{typed}” offline. Showing your saved place.")
            self.place.clear()

    def reset(self) -> None:
        self.place.clear()
        self.note.setText("Your saved place · updated this morning")
        (_today, sky, high, low), *rest = forecast(date.today())
        self.today.setText(f"{high}° {sky}")
        self.today.setToolTip(f"Today: {sky}, high {high}°, low {low}°")
        self.status.emit(f"Low tonight {low}°")
        while self.days.count():
            item = self.days.takeAt(0)
            if item is not None and (old := item.widget()) is not None:
                old.deleteLater()
        for row, (day, sky_then, high_then, low_then) in enumerate(rest):
            for column, text in enumerate((f"{day:%A}", sky_then, f"{high_then}° / {low_then}°")):
                self.days.addWidget(QLabel(text), row, column)

    def first_control(self) -> QWidget:
        return self.place
