"""The PDF's words for its entries sections, in Spanish (merged into es.WORDS)."""

from __future__ import annotations

ENTRIES_WORDS: dict[str, str] = {}
