"""When it happened: a date, an optional time, an optional end, how sure, which zone.

The form stores only what was asserted: "Month only" keeps "2025-03", "Day only"
keeps "2025-03-14", and a time is kept only when the person says it is known.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from journal.entries.model import PRECISIONS, EventTime
from journal.entries.timeparse import parse_zone
from journal.errors import UsageError
from ui.editor.common import combo_key, key_combo, label_for, set_combo_key
from ui.i18n import tr
from ui.widgets.stored_dates import DATE_FORMAT, as_stored, stored_date_edit

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
MONTH_FORMAT = "yyyy-MM"
NO_TIME = ("day", "month")


def local_zone() -> str:
    """The system's time zone as an IANA name when Qt knows it, else a UTC offset."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        if name and parse_zone(name) is not None:
            return name
    except UsageError:
        pass
    offset = datetime.now().astimezone().utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _parse(text: str) -> tuple[QDate, QTime | None, bool] | None:
    """(date, time or None, month only) for a stored point, or None if unreadable."""
    text = text.strip()
    try:
        if match := _MONTH.match(text):
            return QDate(int(match.group(1)), int(match.group(2)), 1), None, True
        if len(text) == 10:
            day = date.fromisoformat(text)
            return QDate(day.year, day.month, day.day), None, False
        point = datetime.fromisoformat(text)
    except ValueError:
        return None
    return (
        QDate(point.year, point.month, point.day),
        QTime(point.hour, point.minute),
        False,
    )


def _date_edit(accessible: str) -> QDateEdit:
    return stored_date_edit(accessible)


def _time_edit(accessible: str) -> QTimeEdit:
    edit = QTimeEdit()
    as_stored(edit)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(QTime.currentTime().hour(), QTime.currentTime().minute()))
    edit.setAccessibleName(accessible)
    return edit


class WhenEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: EventTime | None = None
        self._loading = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.date = _date_edit(tr("Date it happened"))
        self.has_time = QCheckBox(tr("at a known t&ime"))
        self.has_time.setAccessibleName(tr("The time of day is known"))
        self.time = _time_edit(tr("Time it happened"))
        self.precision = key_combo(PRECISIONS, tr("How sure you are of the time"))
        set_combo_key(self.precision, "day")
        precision_label = label_for(tr("Pr&ecision"), self.precision)
        start_row = QHBoxLayout()
        for widget in (self.date, self.has_time, self.time, precision_label, self.precision):
            start_row.addWidget(widget)
        start_row.addStretch()
        grid.addLayout(start_row, 0, 0, 1, 2)

        self.has_end = QCheckBox(tr("&Until"))
        self.has_end.setAccessibleName(tr("It went on until a later time"))
        self.end_date = _date_edit(tr("Date it ended"))
        self.end_time = _time_edit(tr("Time it ended"))
        end_row = QHBoxLayout()
        for widget in (self.has_end, self.end_date, self.end_time):
            end_row.addWidget(widget)
        end_row.addStretch()
        grid.addLayout(end_row, 1, 0, 1, 2)

        self.zone = QLineEdit(local_zone())
        self.zone.setPlaceholderText(tr("e.g. Europe/London or +01:00"))
        self.zone.setToolTip(tr("A place name like Europe/London, or an offset like +01:00"))
        self.zone.setMaximumWidth(self.zone.fontMetrics().horizontalAdvance("M" * 22))
        zone_row = QHBoxLayout()
        zone_row.addWidget(label_for(tr("Time &zone"), self.zone, tr("Time zone")))
        zone_row.addWidget(self.zone, 1)
        zone_row.addStretch()
        grid.addLayout(zone_row, 2, 0, 1, 2)

        for signal in (self.date.dateChanged, self.end_date.dateChanged):
            signal.connect(self._edited)
        for signal in (self.time.timeChanged, self.end_time.timeChanged):
            signal.connect(self._edited)
        self.zone.textEdited.connect(self._edited)
        self.has_time.toggled.connect(self._time_toggled)
        self.has_end.toggled.connect(self._end_toggled)
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self._sync()

    # behaviour ----------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._original = None
            self.changed.emit()

    def _time_toggled(self, on: bool) -> None:
        if on and combo_key(self.precision) in NO_TIME and not self._loading:
            set_combo_key(self.precision, "exact")
        self._sync()
        self._edited()
        if on and not self._loading:
            self.time.setFocus()  # the box labels the time: ticking it leads there

    def _end_toggled(self, on: bool) -> None:
        if on and not self._loading:
            self.end_date.setDate(self.date.date())
            self.end_time.setTime(self.time.time())
        self._sync()
        self._edited()
        if on and not self._loading:
            self.end_date.setFocus()

    def _precision_changed(self, _index: int) -> None:
        if combo_key(self.precision) in NO_TIME and not self._loading:
            self.has_time.setChecked(False)
        self._sync()
        self._edited()

    def _sync(self) -> None:
        month = combo_key(self.precision) == "month"
        for edit in (self.date, self.end_date):
            edit.setDisplayFormat(MONTH_FORMAT if month else DATE_FORMAT)
        timed = self.has_time.isChecked()
        self.time.setEnabled(timed)
        self.end_date.setEnabled(self.has_end.isChecked())
        self.end_time.setEnabled(timed and self.has_end.isChecked())

    # values -------------------------------------------------------------
    def _point(self, day: QDate, time: QTime, precision: str) -> str:
        if precision == "month":
            return f"{day.year():04d}-{day.month():02d}"
        text = f"{day.year():04d}-{day.month():02d}-{day.day():02d}"
        if self.has_time.isChecked() and precision not in NO_TIME:
            text += f"T{time.hour():02d}:{time.minute():02d}"
        return text

    def value(self) -> EventTime:
        if self._original is not None:
            return self._original  # untouched: exactly as stored, nothing rounded
        precision = combo_key(self.precision)
        start = self._point(self.date.date(), self.time.time(), precision)
        end = None
        if self.has_end.isChecked():
            end = self._point(self.end_date.date(), self.end_time.time(), precision)
        zone = self.zone.text().strip() or None
        return EventTime(start, end, zone, precision)

    def set_value(self, when: EventTime) -> None:
        self._loading = True
        try:
            set_combo_key(self.precision, when.precision)
            start = _parse(when.start)
            if start is not None:
                self.date.setDate(start[0])
                self.has_time.setChecked(start[1] is not None)
                if start[1] is not None:
                    self.time.setTime(start[1])
            end = _parse(when.end) if when.end else None
            self.has_end.setChecked(end is not None)
            if end is not None:
                self.end_date.setDate(end[0])
                if end[1] is not None:
                    self.end_time.setTime(end[1])
            self.zone.setText(when.timezone or "")
            self._sync()
        finally:
            self._loading = False
        self._original = when

    def focus_for(self, message: str) -> QWidget:
        """The control a validation message is about."""
        lowered = message.lower()
        if "zone" in lowered:
            return self.zone
        if "end" in lowered and self.has_end.isChecked():
            return self.end_date
        return self.date
