"""The time zone of zone-less exports (WhatsApp): asked for, stored as an assumption.

A WhatsApp text export writes the phone's wall-clock time and no zone. The user names
the zone the phone was in (`--timezone`); without one, the computer's own zone is
used and recorded as *not confirmed*. Either way the zone is kept with every message
it was applied to and shown wherever the time is shown; a time is never "corrected".
"""

from __future__ import annotations

import contextlib
import functools
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any

from journal.conversations.records import StoredTime
from journal.entries.timeparse import parse_zone
from journal.errors import UsageError
from journal.messages.model import MessageTime
from journal.translatable import QT_TRANSLATE_NOOP, phrase


@dataclass(frozen=True)
class ZoneChoice:
    """The zone applied to a source's zone-less times, and whether the user gave it."""

    name: str
    zone: tzinfo
    confirmed: bool


def computer_zone_name() -> str:
    """This computer's zone as an IANA name when it can be told, else a UTC offset."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        target = os.readlink("/etc/localtime")
        candidates.append(target.split("zoneinfo/", 1)[-1] if "zoneinfo/" in target else "")
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if name and "/" not in name[:1]:
            try:
                parse_zone(name)
            except UsageError:
                continue
            return name
    offset = datetime.now().astimezone().utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def choose_zone(given: str | None) -> ZoneChoice:
    """The user's zone (confirmed), or the computer's (an unconfirmed assumption)."""
    name = given if given else computer_zone_name()
    zone = parse_zone(name)
    assert zone is not None
    return ZoneChoice(name=name, zone=zone, confirmed=bool(given))


def time_plain(time: MessageTime, choice: ZoneChoice) -> dict[str, Any]:
    """The source's time as kept (the `time` of a stored record, fields holding their
    default left out): its raw string, UTC, and for a zone-less time the local wall
    clock with the zone applied and any clock-change doubt."""
    # keys inserted in sorted order (batches.presorted_json relies on that)
    if not time.zone_assumed:
        plain: dict[str, Any] = {"raw": time.raw}
        _add_source_facts(plain, time)
        plain["utc"] = time.value.isoformat()
        return plain
    local = time.value
    first, second = _offsets(
        choice.name, local.year, local.month, local.day, local.hour, local.minute // 15
    )
    plain = {"local": local.isoformat(), "raw": time.raw}
    _add_source_facts(plain, time)
    plain["utc"] = (local - first).replace(tzinfo=UTC).isoformat()  # = time.in_utc(zone)
    plain["zone"] = choice.name
    if choice.confirmed:
        plain["zone_confirmed"] = True
    if first != second and (doubt := time.local_doubt(choice.zone)):  # a clock change:
        plain["zone_doubt"] = doubt  # which of two hours, or one that never was
    return plain


def _add_source_facts(plain: dict[str, Any], time: MessageTime) -> None:
    if time.shown_as is not None:
        plain["shown_as"] = time.shown_as
    if time.source_offset_minutes is not None:
        plain["source_offset_minutes"] = time.source_offset_minutes


@functools.lru_cache(maxsize=65536)
def _offsets(
    zone_name: str, year: int, month: int, day: int, hour: int, quarter: int
) -> tuple[timedelta, timedelta]:
    """The zone's UTC offsets for a wall-clock quarter hour, taken as the earlier and
    as the later of two readings (they differ only in a clock change). Zones change
    their clocks on quarter hours, so one look-up serves every message in it."""
    zone = parse_zone(zone_name)
    moment = datetime(year, month, day, hour, quarter * 15, tzinfo=zone)
    first, second = moment.utcoffset(), moment.replace(fold=1).utcoffset()
    assert first is not None and second is not None
    return first, second


def day_of(plain: dict[str, Any]) -> str:
    """The day of the time as `sent_at` states it (what --from/--to compare)."""
    if "local" in plain:
        return str(plain["local"])[:10]
    offset = plain.get("source_offset_minutes")
    if offset is None:
        return str(plain["utc"])[:10]
    moment = datetime.fromisoformat(plain["utc"])
    return moment.astimezone(timezone(timedelta(minutes=offset))).date().isoformat()


def stored_time(time: MessageTime, choice: ZoneChoice) -> StoredTime:
    return StoredTime(**time_plain(time, choice))


def utc_of(time: StoredTime) -> datetime:
    return datetime.fromisoformat(time.utc)


def sent_at(time: StoredTime) -> str:
    """ISO 8601 as the time is best stated: with the source's offset (email), in the
    confirmed zone, in UTC for machine times; an unconfirmed zone gives the local time
    without an offset, because the offset is not known."""
    if time.zone_assumed:
        assert time.local is not None
        if not time.zone_confirmed or time.zone is None:
            return time.local
        zone = parse_zone(time.zone)
        return utc_of(time).astimezone(zone).isoformat()
    moment = utc_of(time)
    if time.source_offset_minutes is not None:
        offset = timezone(timedelta(minutes=time.source_offset_minutes))
        return moment.astimezone(offset).isoformat()
    return moment.astimezone(UTC).isoformat()


_DOUBT = QT_TRANSLATE_NOOP("core", "{time} {zone} (assumed: {how}; {doubt} in that zone)")
_DOUBTS = {
    "ambiguous": QT_TRANSLATE_NOOP(
        "core", "{time} {zone} (assumed: {how}; ambiguous in that zone)"
    ),
    "nonexistent": QT_TRANSLATE_NOOP(
        "core", "{time} {zone} (assumed: {how}; nonexistent in that zone)"
    ),
}


def shown(time: StoredTime) -> str:
    """The time for people: wall clock with its zone, and what is assumed about it."""
    if time.zone_assumed:
        assert time.local is not None
        local = datetime.fromisoformat(time.local).strftime("%Y-%m-%d %H:%M:%S")
        if time.zone_confirmed:
            how = phrase(QT_TRANSLATE_NOOP("core", "zone confirmed by the user"))
        else:
            how = phrase(QT_TRANSLATE_NOOP("core", "zone NOT confirmed"))
        if time.zone_doubt:
            said = _DOUBTS.get(time.zone_doubt, _DOUBT)
            return phrase(said, time=local, zone=time.zone, how=how, doubt=time.zone_doubt)
        said = QT_TRANSLATE_NOOP("core", "{time} {zone} (assumed: {how})")
        return phrase(said, time=local, zone=time.zone, how=how)
    moment = datetime.fromisoformat(sent_at(time))
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC%z").replace("UTC+0000", "UTC")
