"""Dates in words: "16 Nov 2026", "March 2025", as phrases the app translates.

The English is what the CLI, the CSV and the PDF in English show; each month's name
and the order of day, month and year are marked (journal/translatable.py), so the
desktop app shows them in its own language ("16 nov 2026", "16 نوفمبر 2026").
"""

from __future__ import annotations

from datetime import date

from journal.translatable import QT_TRANSLATE_NOOP, Phrase, phrase

#: The months' English names.
MONTHS = (
    QT_TRANSLATE_NOOP("core", "January"),
    QT_TRANSLATE_NOOP("core", "February"),
    QT_TRANSLATE_NOOP("core", "March"),
    QT_TRANSLATE_NOOP("core", "April"),
    QT_TRANSLATE_NOOP("core", "May"),
    QT_TRANSLATE_NOOP("core", "June"),
    QT_TRANSLATE_NOOP("core", "July"),
    QT_TRANSLATE_NOOP("core", "August"),
    QT_TRANSLATE_NOOP("core", "September"),
    QT_TRANSLATE_NOOP("core", "October"),
    QT_TRANSLATE_NOOP("core", "November"),
    QT_TRANSLATE_NOOP("core", "December"),
)
#: Their short forms, as strftime's %b writes them in English.
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("core", "Jan"),
    QT_TRANSLATE_NOOP("core", "Feb"),
    QT_TRANSLATE_NOOP("core", "Mar"),
    QT_TRANSLATE_NOOP("core", "Apr"),
    QT_TRANSLATE_NOOP("core", "May"),
    QT_TRANSLATE_NOOP("core", "Jun"),
    QT_TRANSLATE_NOOP("core", "Jul"),
    QT_TRANSLATE_NOOP("core", "Aug"),
    QT_TRANSLATE_NOOP("core", "Sep"),
    QT_TRANSLATE_NOOP("core", "Oct"),
    QT_TRANSLATE_NOOP("core", "Nov"),
    QT_TRANSLATE_NOOP("core", "Dec"),
)


def day_month_year(day: date) -> Phrase:
    """'16 Nov 2026' (strftime's "%d %b %Y" in English)."""
    return phrase(
        QT_TRANSLATE_NOOP("core", "{day} {month} {year}"),
        day=f"{day.day:02d}",
        month=phrase(SHORT_MONTHS[day.month - 1]),
        year=day.year,
    )


def month_year(year: int, month: int) -> Phrase:
    """'March 2025' (strftime's "%B %Y" in English)."""
    return phrase(
        QT_TRANSLATE_NOOP("core", "{month} {year}"), month=phrase(MONTHS[month - 1]), year=year
    )
