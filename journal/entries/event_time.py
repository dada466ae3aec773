"""When something happened, as the survivor remembers it.

Kept apart from model.py so that the time parser (timeparse.py) and the entry model
can both use it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

PRECISIONS: dict[str, str] = {
    "exact": "Exact",
    "approximate": "Approximate",
    "day": "Day only",
    "month": "Month only",
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
