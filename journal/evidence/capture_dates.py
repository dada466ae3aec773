"""A picture whose camera date disagrees with the entry's date, raised gently.

A photo taken 2025-03-14 attached to an incident of 2026-12-05 may be perfectly right (an
older photo of the same injury, a camera whose clock was never set), but the other side's
lawyer will raise it. The app asks once, when the photo is added, and keeps her short
explanation with the exhibit (its description, shown in the viewer and the PDF's exhibit
index), so she has the chance to explain before anyone asks.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from journal.entries.model import AttachmentInfo, EventTime
from journal.entries.month_words import day_month_year
from journal.entries.timeparse import event_upper_bound, parse_zone, sort_key
from journal.errors import UsageError
from journal.translatable import QT_TRANSLATE_NOOP, phrase

#: How far outside the entry's stated time a capture time may be before she is asked.
TOLERANCE = timedelta(days=1)


def _taken(info: AttachmentInfo, when: EventTime) -> datetime | None:
    if not info.capture_time:
        return None
    try:
        taken = datetime.fromisoformat(info.capture_time)
    except ValueError:
        return None
    if taken.tzinfo is None:  # a camera without an offset: read it in the entry's zone
        try:
            taken = taken.replace(tzinfo=parse_zone(when.timezone) or UTC)
        except UsageError:  # an unknown zone name: the comparison is still within a day
            taken = taken.replace(tzinfo=UTC)
    return taken.astimezone(UTC)


def disagreement(info: AttachmentInfo, when: EventTime) -> str | None:
    """The calm question to ask, or None when the dates agree (or cannot be compared)."""
    taken = _taken(info, when)
    if taken is None:
        return None
    try:
        earliest, latest = sort_key(when), event_upper_bound(when)
    except UsageError:
        return None
    if earliest - TOLERANCE <= taken <= latest + TOLERANCE:
        return None
    said = QT_TRANSLATE_NOOP(
        "core",
        "This picture's camera says it was taken on {taken}, and this entry is about "
        "{about}. That can be quite right: an older photo, or a camera whose clock was "
        "wrong. Someone may ask about it later, so you can add a short note now to explain "
        "it. It is kept with the picture and shown with it in exports.",
    )
    return phrase(said, taken=day_month_year(taken), about=day_month_year(earliest))


def with_description(
    attachments: tuple[AttachmentInfo, ...], attachment_id: str, description: str
) -> tuple[AttachmentInfo, ...]:
    """The attachments with her note on one of them (the file itself is unchanged)."""
    return tuple(
        replace(a, description=description) if a.attachment_id == attachment_id else a
        for a in attachments
    )
