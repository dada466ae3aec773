"""User-asserted event times: parsing, validation, sorting and honest display."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journal.entries.event_time import PRECISIONS, EventTime
from journal.entries.month_words import day_month_year, month_year
from journal.errors import UsageError
from journal.translatable import QT_TRANSLATE_NOOP, phrase

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_FIXED_OFFSET = re.compile(r"([+-])(\d\d):(\d\d)")
_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")


def parse_zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    if name.upper() in ("UTC", "Z"):
        return UTC
    match = _OFFSET.match(name)
    if match:
        sign = 1 if match.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "The time zone {name!r} is not known."), name=name
        ) from None


#: Whole sentences per field, so a translation need not fit a word into one.
_NOT_A_DATE = {
    "start": QT_TRANSLATE_NOOP(
        "core",
        "The start {text!r} is not a date this app understands. Use a form like "
        "2025-03-14 21:07, 2025-03-14 or 2025-03.",
    ),
    "end": QT_TRANSLATE_NOOP(
        "core",
        "The end {text!r} is not a date this app understands. Use a form like "
        "2025-03-14 21:07, 2025-03-14 or 2025-03.",
    ),
    "time": QT_TRANSLATE_NOOP(
        "core",
        "The time {text!r} is not a date this app understands. Use a form like "
        "2025-03-14 21:07, 2025-03-14 or 2025-03.",
    ),
}


def _parse_point(text: str, what: str) -> datetime:
    """A naive or aware datetime for a month, a day or a full time."""
    text = text.strip()
    month = _MONTH.match(text)
    try:
        if month:
            return datetime(int(month.group(1)), int(month.group(2)), 1)
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time())
        return datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(_NOT_A_DATE[what], text=text) from None


def split_offset(when: EventTime) -> EventTime:
    """Move an offset written into `start` (e.g. +10:00) into `timezone`."""
    if when.timezone:
        return when
    point = _parse_point(when.start, "start")
    if point.tzinfo is None:
        return when
    offset = point.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    zone = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    start = point.replace(tzinfo=None).isoformat(timespec="minutes")
    end = when.end
    if end:
        end = _parse_point(end, "end").replace(tzinfo=None).isoformat(timespec="minutes")
    return EventTime(start, end, zone, when.precision)


def _aware(point: datetime, zone: tzinfo | None) -> datetime:
    if point.tzinfo is None:
        return point.replace(tzinfo=zone or UTC)
    return point


def _period_end(text: str, point: datetime, precision: str) -> datetime:
    if _MONTH.match(text.strip()) or precision == "month":
        last = calendar.monthrange(point.year, point.month)[1]
        return point.replace(day=last, hour=23, minute=59)
    if len(text.strip()) == 10 or precision == "day":
        return point.replace(hour=23, minute=59)
    return point


def validate(when: EventTime, now: datetime | None = None) -> None:
    """Raise UsageError with a plain message for an impossible time."""
    if when.precision not in PRECISIONS:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "Precision must be one of {names}, not {precision!r}."),
            names=", ".join(PRECISIONS),
            precision=when.precision,
        )
    zone = parse_zone(when.timezone)
    start = _aware(_parse_point(when.start, "start"), zone)
    if when.end:
        end = _aware(_parse_point(when.end, "end"), zone)
        if end < start:
            raise UsageError(QT_TRANSLATE_NOOP("core", "The end of the event is before its start."))
    now = now or datetime.now(UTC)
    if start - now > timedelta(days=1):
        raise UsageError(QT_TRANSLATE_NOOP("core", "The start of the event is in the future."))


def sort_key(when: EventTime) -> datetime:
    """A UTC instant for ordering the timeline (start of the asserted period)."""
    try:
        zone = parse_zone(when.timezone)
        return _aware(_parse_point(when.start, "start"), zone).astimezone(UTC)
    except UsageError:
        return datetime.min.replace(tzinfo=UTC)


def local_day(when: EventTime) -> date | None:
    """The calendar day as the survivor wrote it (not shifted to UTC), for date filters."""
    try:
        return _parse_point(when.start, "start").date()
    except UsageError:
        return None


def event_upper_bound(when: EventTime) -> datetime:
    """The latest instant the event could have ended, for the retrospective flag."""
    zone = parse_zone(when.timezone)
    text = when.end or when.start
    point = _parse_point(text, "time")
    return _aware(_period_end(text, point, when.precision), zone).astimezone(UTC)


def zone_words(name: str, at: datetime) -> str:
    """A time zone in plain words with its offset at `at`: "UTC", "Brisbane time, UTC+10",
    "New York time, UTC-4" (not "Etc/UTC" or "America/New_York")."""
    if name in ("UTC", "Etc/UTC", "Etc/GMT", "GMT", "Z"):
        return "UTC"
    fixed = _FIXED_OFFSET.fullmatch(name)
    if fixed:  # "+10:00", as a camera or a typed time gives it
        sign, hours, minutes = fixed.groups()
        return f"UTC{sign}{int(hours)}" + (f":{minutes}" if minutes != "00" else "")
    try:
        offset = at.replace(tzinfo=ZoneInfo(name)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return name
    if offset is None:
        return name
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    utc = f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
    place = name.rsplit("/", 1)[-1].replace("_", " ")
    if "/" not in name:
        return utc
    return phrase(QT_TRANSLATE_NOOP("core", "{place} time, {utc}"), place=place, utc=utc)


def describe(when: EventTime, with_zone: bool = True) -> str:
    """Show the time as precisely as it was asserted, never more ("approx.", "March 2025");
    English, as a phrase the app translates whole (`core_text`)."""
    try:
        point = _parse_point(when.start, "start")
    except UsageError:
        return when.start
    if when.precision == "month" or _MONTH.match(when.start.strip()):
        month = month_year(point.year, point.month)
        return _approximately(month) if when.precision == "approximate" else month
    text: str
    if when.precision == "day" or len(when.start.strip()) == 10:
        text = day_month_year(point)
    elif when.timezone and with_zone:
        text = phrase(
            QT_TRANSLATE_NOOP("core", "{date} {time} ({zone})"),
            date=day_month_year(point),
            time=f"{point:%H:%M}",
            zone=zone_words(when.timezone, point),
        )
    else:
        text = phrase(
            QT_TRANSLATE_NOOP("core", "{date} {time}"),
            date=day_month_year(point),
            time=f"{point:%H:%M}",
        )
    if when.end:
        text = phrase(
            QT_TRANSLATE_NOOP("core", "{start} – {end}"), start=text, end=_end(when, point)
        )
    if when.precision == "approximate":
        text = _approximately(text)
    return text


def _end(when: EventTime, point: datetime) -> str:
    """The end of a span: its time alone on the same day, else its date and time."""
    try:
        end = _parse_point(when.end or "", "end")
    except UsageError:
        return when.end or ""
    if end.date() == point.date():
        return f"{end:%H:%M}"
    return phrase(
        QT_TRANSLATE_NOOP("core", "{date} {time}"), date=day_month_year(end), time=f"{end:%H:%M}"
    )


def _approximately(text: str) -> str:
    return phrase(QT_TRANSLATE_NOOP("core", "approx. {time}"), time=text)
