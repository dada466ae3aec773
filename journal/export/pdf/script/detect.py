"""Which text needs the script layout (`ScriptParagraph`) rather than a Paragraph."""

from __future__ import annotations

import re

_COMPLEX = re.compile(
    "["
    "\u0590-\u08ff"  # Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Arabic extended
    "\u0900-\u0dff"  # Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil ... Sinhala
    "\u0e00-\u0fff"  # Thai, Lao, Tibetan
    "\u1000-\u109f"  # Myanmar
    "\u1100-\u11ff"  # Hangul jamo (composed by shaping)
    "\u1780-\u17ff"  # Khmer
    "\u200c\u200d"  # joiners
    "\ufb1d-\ufdff\ufe70-\ufeff"  # Hebrew and Arabic presentation forms
    "\U00010000-\U0010ffff"  # emoji and everything beyond U+FFFF
    "]"
)


def needs_script_layout(text: str) -> bool:
    return not text.isascii() and _COMPLEX.search(text) is not None


__all__ = ["needs_script_layout"]
