"""When something happened, as the survivor remembers it.

Kept apart from model.py so that the time parser (timeparse.py) and the entry model
can both use it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from journal.translatable import QT_TRANSLATE_NOOP

PRECISIONS: dict[str, str] = {
    "exact": QT_TRANSLATE_NOOP("core", "Exact"),
    "approximate": QT_TRANSLATE_NOOP("core", "Approximate"),
    "day": QT_TRANSLATE_NOOP("core", "Day only"),
    "month": QT_TRANSLATE_NOOP("core", "Month only"),
}


@dataclass(frozen=True)
class EventTime:
    """When it happened, as the survivor remembers it, with honest precision.

    `start`/`end` are ISO 8601 local times or dates ("2025-03-14T21:07",
    "2025-03-14", "2025-03"); `timezone` an IANA name or a UTC offset.
    """

    start: str
    end: str | None = None
    timezone: str | None = None
    precision: str = "exact"
