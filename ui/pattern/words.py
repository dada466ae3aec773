"""The pattern view's words in the interface's language: month names from the
locale, counts with their plural forms, and the summary read to screen readers.

The summary is the core's (journal.case.patterns.summary_parts), translated
sentence by sentence; the month names and counts of the chart are the locale's
and the interface's own.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from journal.case.patterns import MonthCount, Pattern, category_label, summary_parts
from ui.i18n import core_text, tr


def listed(items: Iterable[str]) -> str:
    """Items one after another with the language's list separator ("، " in Arabic)."""
    return tr(", ", "between the items of a list").join(items)


def short_month(month: int) -> str:
    """The month's short name under the chart ("Mar"; the whole name where the
    language has no short one)."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def month_name(year: int, month: int) -> str:
    """ "March 2025", in the interface's language."""
    return tr("{month} {year}", "a month and its year, e.g. March 2025").format(
        month=QLocale().standaloneMonthName(month), year=year
    )


def name_of(month: MonthCount) -> str:
    return month_name(month.year, month.month)


def category_name(key: str) -> str:
    return core_text(category_label(key))


def entries_text(n: int) -> str:
    return tr("%n entries", None, n)


def month_tooltip(month: MonthCount) -> str:
    lines = [
        tr("{month}: {entries}").format(month=name_of(month), entries=entries_text(month.entries))
    ]
    lines += [
        tr("{category}: {count}").format(category=category_name(c), count=n)
        for c, n in month.by_category
    ]
    if len(month.by_category) > 1:
        lines.append(tr("(an entry with several categories is counted in each)"))
    return "\n".join(lines)


def month_status(month: MonthCount) -> str:
    """The line under the chart for the current month."""
    entries = entries_text(month.entries)
    if not month.by_category:
        return tr("{month}: {entries}.").format(month=name_of(month), entries=entries)
    details = listed(
        tr("{category} {count}", "a category and how many entries").format(
            category=category_name(c), count=n
        )
        for c, n in month.by_category
    )
    return tr("{month}: {entries} ({details}).").format(
        month=name_of(month), entries=entries, details=details
    )


def summary(pattern: Pattern, limit: int = 3) -> str:
    """One plain paragraph for screen readers: the span, the total, the busiest months.
    The core's sentences (`summary_parts`, whose English the PDF prints), each
    translated whole."""
    return " ".join(core_text(part) for part in summary_parts(pattern, limit))
