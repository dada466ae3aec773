"""The contact chart's figures in words, in the interface language: what every reader
gets, whether or not they can see the bars.

Each count is its own plural phrase (`tr("%n messages", None, n)`), and the phrases
go into whole sentence templates as named fields, so a translator can reorder them
and Arabic gets its six plural forms.
"""

from __future__ import annotations

from journal.conversations.contact import NIGHT_FROM, NIGHT_UNTIL, ContactCounts, DayCount
from ui.i18n import tr

BUSIEST_SHOWN = 5


def messages_words(count: int) -> str:
    return tr("%n messages", None, count)


def calls_words(count: int) -> str:
    return tr("%n calls", None, count)


def _senders(day: DayCount) -> str:
    each = [
        tr("{name} {count}", "a sender and their count").format(name=who, count=n)
        for who, n in sorted(day.by_sender().items())
    ]
    return tr(", ", "between the items of a list").join(each)


def busiest_text(counts: ContactCounts) -> str:
    """One line per busiest day: its date, messages, calls and who."""
    return "\n".join(
        tr("{day}: {messages}, {calls} ({senders})").format(
            day=day.day,
            messages=messages_words(sum(day.messages.values())),
            calls=calls_words(sum(day.calls.values())),
            senders=_senders(day),
        )
        for day in counts.busiest(BUSIEST_SHOWN)
    )


def night_text(counts: ContactCounts) -> str:
    return tr("{messages} and {calls} between {start} and {end}").format(
        messages=messages_words(counts.night_messages),
        calls=calls_words(counts.night_calls),
        start=f"{NIGHT_FROM:02d}:00",
        end=f"{NIGHT_UNTIL:02d}:00",
    )


def summary_text(counts: ContactCounts) -> str:
    """Totals, the span of days, contact at night, then the busiest days."""
    if not counts.days:
        return tr("No messages or calls match.")
    totals = tr("{messages} and {calls} on {days}, from {first} to {last}; {night}.").format(
        messages=messages_words(counts.messages),
        calls=calls_words(counts.calls),
        days=tr("%n days", None, len(counts.days)),
        first=counts.days[0].day,
        last=counts.days[-1].day,
        night=night_text(counts),
    )
    return "\n".join((totals, tr("Busiest days:"), busiest_text(counts)))


def chart_description(counts: ContactCounts) -> str:
    """The bars' accessible description: how many days, and the busiest one."""
    busiest = counts.busiest(1)
    if not busiest:
        return tr("%n days with contact", None, len(counts.days))
    return tr("%n days with contact; the most on {day} ({count})", None, len(counts.days)).format(
        day=busiest[0].day, count=busiest[0].total
    )
