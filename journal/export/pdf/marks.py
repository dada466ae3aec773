"""What counts as a line break or an invisible character, and how one is shown."""

from __future__ import annotations

INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
BREAKS = frozenset("\n\u2028\u2029\x0b\x0c\x85")
BREAK = "\n"
#: Format characters that shape text rather than hide it (Persian and Indic words need
#: the non-joiner and joiner; emoji sequences the joiner): kept in shaped text.
JOINERS = frozenset("\u200c\u200d")


def mark(char: str) -> str:
    return f"[U+{ord(char):04X}]"


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")


__all__ = ["BREAK", "BREAKS", "INVISIBLE", "JOINERS", "mark", "normalise"]
