"""Date and time fields that show a date as it is stored, 2025-03-14 and 21:07.

Left to right and with the digits 0-9 in every language, as in the PDF and the rest
of the app. In a right-to-left layout a date edit would otherwise draw its sections
in reverse (14-03-2025, 07:21), and in Arabic with Arabic-Indic digits. The calendar
that drops down still names the months in the interface's language.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

DATE_FORMAT = "yyyy-MM-dd"


def as_stored(edit: QDateTimeEdit) -> None:
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setLocale(QLocale.c())
    calendar = edit.calendarWidget()
    if calendar is not None:
        calendar.setLocale(QLocale())


def stored_date_edit(accessible: str = "") -> QDateEdit:
    """A date field with its calendar, today's date, shown as stored."""
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    as_stored(edit)
    edit.setDisplayFormat(DATE_FORMAT)
    if accessible:
        edit.setAccessibleName(accessible)
    return edit
