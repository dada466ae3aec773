"""Unsaved work in the entry editor, kept inside the vault (never in a plaintext file).

A draft is what the form held when it was last autosaved: an `EntryContent` that
may not pass validation yet (no title, an end before the start), so it is stored
as plain JSON values in the vault's encrypted settings under one key, one draft
per entry id, and "new" for an entry that has not been saved yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from journal.entries.codec import from_plain, to_plain
from journal.entries.model import EntryContent
from journal.errors import UsageError
from journal.vault.settings import AuxSettings

DRAFTS_KEY = "drafts"
NEW = "new"


@dataclass(frozen=True)
class Draft:
    key: str
    content: EntryContent
    saved_at: str
    base_revision: int | None = None
    """For an existing entry: its revision count when editing began (to tell whether
    the entry was changed elsewhere after the draft was written)."""


def _now() -> datetime:
    return datetime.now(UTC)


class DraftStore:
    """Save, load and discard drafts through the vault's encrypted settings."""

    def __init__(self, settings: AuxSettings, clock: Callable[[], datetime] = _now) -> None:
        self._settings = settings
        self._clock = clock

    def _all(self) -> dict[str, Any]:
        value = self._settings.get(DRAFTS_KEY, {})
        return dict(value) if isinstance(value, dict) else {}

    def keys(self) -> list[str]:
        return sorted(self._all())

    def load(self, key: str) -> Draft | None:
        """The draft for `key`, or None (also when a stored draft cannot be read)."""
        record = self._all().get(key)
        if not isinstance(record, dict):
            return None
        try:
            content = from_plain(EntryContent, record.get("content"), "draft")
        except UsageError:
            return None
        saved_at = record.get("saved_at")
        base = record.get("base_revision")
        return Draft(
            key=key,
            content=content,
            saved_at=saved_at if isinstance(saved_at, str) else "",
            base_revision=base if isinstance(base, int) and not isinstance(base, bool) else None,
        )

    def save(self, key: str, content: EntryContent, base_revision: int | None = None) -> Draft:
        draft = Draft(
            key=key,
            content=content,
            saved_at=self._clock().isoformat(timespec="seconds"),
            base_revision=base_revision,
        )
        drafts = self._all()
        drafts[key] = {
            "content": to_plain(content),
            "saved_at": draft.saved_at,
            "base_revision": base_revision,
        }
        self._settings.set(DRAFTS_KEY, drafts)
        return draft

    def discard(self, key: str) -> None:
        drafts = self._all()
        if key in drafts:
            del drafts[key]
            self._settings.set(DRAFTS_KEY, drafts)
