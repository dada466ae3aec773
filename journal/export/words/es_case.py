"""The PDF's words for its case sections, in Spanish (merged into es.WORDS)."""

from __future__ import annotations

CASE_WORDS: dict[str, str] = {}
