"""The PDF's words for its entries sections, in Arabic (merged into ar.WORDS)."""

from __future__ import annotations

ENTRIES_WORDS: dict[str, str] = {}
