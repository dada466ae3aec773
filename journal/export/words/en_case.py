"""The PDF's words for its case sections, in English (merged into en.WORDS)."""

from __future__ import annotations

CASE_WORDS: dict[str, str] = {}
