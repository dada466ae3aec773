"""The PDF's words for its case sections, in Arabic (merged into ar.WORDS)."""

from __future__ import annotations

CASE_WORDS: dict[str, str] = {}
