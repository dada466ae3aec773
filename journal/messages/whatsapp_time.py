"""WhatsApp's localised time stamps: the header pattern and the day/month decision.

WhatsApp writes the phone's local time in the phone's locale and no zone. The order
of day and month is decided once for the whole file (a line with 13-31 in a place
proves it); it is never guessed line by line, so 03/04 means the same in every line.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Literal, NamedTuple

from .errors import MessageFormatError

_MARKS = "\u200e\u200f"
_SPACES = " \u202f\u00a0"
_DATE = r"(?P<date>\d{1,4}(?P<sep>[./-])\d{1,2}(?P=sep)\d{1,4})\.?"
_TIME = (
    r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
    rf"(?:[{_SPACES}]?(?P<ampm>[AaPp]\.?[{_SPACES}]?[Mm]\.?))?"
)
# iPhone: "[14/03/2025, 21:07:55] Name: text"; Android: "14/03/2025, 21:07 - Name: text"
HEADER = re.compile(
    rf"^[{_MARKS}]?(?:\[(?P<raw_b>{_DATE},?[{_SPACES}]{_TIME})\][{_SPACES}]"
    rf"|(?P<raw_a>{_DATE.replace('?P<', '?P<a_').replace('(?P=sep)', '(?P=a_sep)')},?"
    rf"[{_SPACES}]{_TIME.replace('?P<', '?P<a_')})[{_SPACES}]-[{_SPACES}])"
)

Order = Literal["dmy", "mdy", "ymd"]


class Stamp(NamedTuple):
    """One header's time as written, split into its numbers."""

    raw: str
    first: int
    second: int
    third: int
    first_width: int
    third_width: int
    separator: str
    clock: tuple[int, int, int]
    ampm: str | None


_GROUPS_B = ("raw_b", "date", "sep", "time", "ampm")
_GROUPS_A = ("raw_a", "a_date", "a_sep", "a_time", "a_ampm")


def stamp_of(match: re.Match[str]) -> Stamp:
    names = _GROUPS_B if match.group("raw_b") is not None else _GROUPS_A
    raw, date, sep, time, ampm = match.group(*names)
    first, second, third = date.split(sep)
    clock = [int(part) for part in time.replace(".", ":").split(":")]
    return Stamp(
        raw=raw,
        first=int(first),
        second=int(second),
        third=int(third),
        first_width=len(first),
        third_width=len(third),
        separator=sep,
        clock=(clock[0], clock[1], clock[2] if len(clock) > 2 else 0),
        ampm=ampm.strip(_SPACES).replace(".", "").replace(" ", "").lower() if ampm else None,
    )


def decide_order(stamps: Sequence[Stamp]) -> tuple[Order, str | None]:
    """The file's date order, and a warning when the file cannot prove it."""
    if stamps and all(stamp.first_width == 4 for stamp in stamps):
        return "ymd", None
    day_first = any(stamp.first > 12 for stamp in stamps)
    month_first = any(stamp.second > 12 for stamp in stamps)
    if day_first and month_first:
        raise MessageFormatError(
            "The dates in this WhatsApp export mix day-first and month-first forms, so "
            "no date in it can be read with certainty. Nothing was imported."
        )
    if day_first or month_first:
        return ("dmy" if day_first else "mdy"), None
    order = _order_by_sequence(stamps)
    if order is None:
        twelve_hour = any(stamp.ampm for stamp in stamps)
        slashes = all(stamp.separator == "/" for stamp in stamps)
        order = "mdy" if (twelve_hour and slashes) else "dmy"
    return order, (
        "No date in this export has a day above 12, so the order of day and month "
        f"could not be proven from the file; it was read as {_ORDER_WORDS[order]}. "
        "Check one date against the phone before relying on it."
    )


_ORDER_WORDS = {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year-month-day"}


def _order_by_sequence(stamps: Sequence[Stamp]) -> Order | None:
    """Exports are in time order: the reading with fewer steps back in time wins."""
    steps_back: dict[Order, int] = {}
    for order in ("dmy", "mdy"):
        days = [_day_tuple(stamp, order) for stamp in stamps]
        steps_back[order] = sum(1 for a, b in itertools.pairwise(days) if b < a)
    if steps_back["dmy"] == steps_back["mdy"]:
        return None
    return "dmy" if steps_back["dmy"] < steps_back["mdy"] else "mdy"


def _day_tuple(stamp: Stamp, order: Order) -> tuple[int, int, int]:
    if order == "ymd":
        return stamp.first, stamp.second, stamp.third
    day, month = (stamp.first, stamp.second) if order == "dmy" else (stamp.second, stamp.first)
    return stamp.third, month, day


def to_datetime(stamp: Stamp, order: Order, line: int) -> datetime:
    year, month, day = _day_tuple(stamp, order)
    if (stamp.first_width if order == "ymd" else stamp.third_width) <= 2:
        year += 2000
    hour, minute, second = stamp.clock
    if stamp.ampm is not None:
        if not 1 <= hour <= 12:
            raise _bad(stamp, line)
        hour = hour % 12 + (12 if stamp.ampm.startswith("p") else 0)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise _bad(stamp, line) from None


def _bad(stamp: Stamp, line: int) -> MessageFormatError:
    return MessageFormatError(
        f"Line {line} of the WhatsApp export has a date that does not exist: {stamp.raw!r}. "
        "Nothing was imported."
    )
