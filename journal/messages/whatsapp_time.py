"""WhatsApp's localised time stamps: the header pattern and the day/month decision.

WhatsApp writes the phone's local time in the phone's locale and no zone. The order
of day and month is decided once for the whole file (a line with 13-31 in a place
proves it); it is never guessed line by line, so 03/04 means the same in every line.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal, NamedTuple

from journal.messages.errors import MessageFormatError
from journal.translatable import QT_TRANSLATE_NOOP, phrase

_MARKS = "\u200e\u200f"
_SPACES = " \u202f\u00a0"
_DATE = r"(?P<date>\d{1,4}(?P<sep>[./-])\d{1,2}(?P=sep)\d{1,4})\.?"
_TIME = (
    r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
    rf"(?:[{_SPACES}]?(?P<ampm>[AaPp]\.?[{_SPACES}]?[Mm]\.?))?"
)
# iPhone: "[14/03/2025, 21:07:55] Name: text"; Android: "14/03/2025, 21:07 - Name: text"
HEADER = re.compile(
    rf"[{_MARKS}]?(?:\[(?P<raw_b>{_DATE},?[{_SPACES}]{_TIME})\][{_SPACES}]"
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


class OrderEvidence:
    """What the stamps of a file say about its date order, gathered one stamp at a
    time so the file's stamps need not be kept."""

    def __init__(self) -> None:
        self.count = 0
        self.all_year_first = True
        self.day_first = False
        self.month_first = False
        self.twelve_hour = False
        self.all_slashes = True
        self._previous: dict[Order, tuple[int, int, int]] = {}
        self._steps_back: dict[Order, int] = {"dmy": 0, "mdy": 0}

    def add(self, stamp: Stamp) -> None:
        self.count += 1
        self.all_year_first = self.all_year_first and stamp.first_width == 4
        self.day_first = self.day_first or stamp.first > 12
        self.month_first = self.month_first or stamp.second > 12
        self.twelve_hour = self.twelve_hour or stamp.ampm is not None
        self.all_slashes = self.all_slashes and stamp.separator == "/"
        for order in ("dmy", "mdy"):
            day = _day_tuple(stamp, order)
            before = self._previous.get(order)
            if before is not None and day < before:
                self._steps_back[order] += 1
            self._previous[order] = day

    def decide(self) -> tuple[Order, str | None]:
        """The file's date order, and a warning when the file cannot prove it."""
        if self.count and self.all_year_first:
            return "ymd", None
        if self.day_first and self.month_first:
            raise MessageFormatError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The dates in this WhatsApp export mix day-first and month-first forms, so "
                    "no date in it can be read with certainty. Nothing was imported.",
                )
            )
        if self.day_first or self.month_first:
            return ("dmy" if self.day_first else "mdy"), None
        order: Order
        if self._steps_back["dmy"] != self._steps_back["mdy"]:
            # exports are in time order: the reading with fewer steps back wins
            order = "dmy" if self._steps_back["dmy"] < self._steps_back["mdy"] else "mdy"
        else:
            order = "mdy" if (self.twelve_hour and self.all_slashes) else "dmy"
        said = QT_TRANSLATE_NOOP(
            "core",
            "No date in this export has a day above 12, so the order of day and month "
            "could not be proven from the file; it was read as {order}. "
            "Check one date against the phone before relying on it.",
        )
        return order, phrase(said, order=phrase(_ORDER_WORDS[order]))


_ORDER_WORDS = {
    "dmy": QT_TRANSLATE_NOOP("core", "day/month/year"),
    "mdy": QT_TRANSLATE_NOOP("core", "month/day/year"),
    "ymd": QT_TRANSLATE_NOOP("core", "year-month-day"),
}


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
        QT_TRANSLATE_NOOP(
            "core",
            "Line {line} of the WhatsApp export has a date that does not exist: {raw!r}. "
            "Nothing was imported.",
        ),
        line=line,
        raw=stamp.raw,
    )
