"""The PDF's words for its entries sections, in English (merged into en.WORDS)."""

from __future__ import annotations

ENTRIES_WORDS: dict[str, str] = {}
