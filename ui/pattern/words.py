"""The pattern view's words in the interface's language: month names from the
locale, counts with their plural forms, and the summary read to screen readers.

journal.case.patterns.summary says the same in English for the PDF; here every
sentence is one translatable template, since the parts cannot be glued together
in every language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from journal.case.patterns import MonthCount, Pattern, category_label
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
    """One plain paragraph for screen readers: the span, the total, the busiest months."""
    if not pattern.months:
        return tr("There are no dated entries yet, so there is no pattern to show.")
    first, last = pattern.months[0], pattern.months[-1]
    total = pattern.total_entries
    span = len(pattern.months)
    if span == 1:
        sentences = [tr("%n entries in {month}.", None, total).format(month=name_of(first))]
    else:
        sentences = [
            tr("%n entries from {first} to {last} ({months}).", None, total).format(
                first=name_of(first), last=name_of(last), months=tr("%n months", None, span)
            )
        ]
    busiest = pattern.busiest(limit)
    if busiest:
        months = listed(
            tr("{month} ({count})").format(month=name_of(m), count=m.entries) for m in busiest
        )
        if len(busiest) == 1:
            sentences.append(tr("Busiest month: {months}.").format(months=months))
        else:
            sentences.append(tr("Busiest months: {months}.").format(months=months))
    empty = sum(1 for m in pattern.months if not m.entries)
    if empty:
        sentences.append(tr("%n months with no entries.", None, empty))
    if pattern.undated:
        sentences.append(tr("%n entries without a date.", None, pattern.undated))
    return " ".join(sentences)
