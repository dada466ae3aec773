"""Bidi levels and visual order from python-bidi (UAX #9).

python-bidi's `get_display` returns only the reordered string; a PDF line also needs
to know which character went where (to keep font runs and shaping together). Its
Rust implementation (the unicode-bidi crate, which pairs brackets by rule N0, so
"سارة Smith (Other)" keeps its parentheses together) reports the resolved level of
each UTF-8 byte in its debug answer; those are read once per paragraph. Should that
answer ever not parse, its older pure-Python algorithm resolves the levels instead.
The order of each wrapped line (rules L1-L2) is computed per line, as UAX #9 requires,
by the pure-Python algorithm's own reordering on characters tagged with their index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bidi import algorithm, get_base_level, get_display


@dataclass(frozen=True)
class Levels:
    """The resolved bidi level of each character of one paragraph."""

    base: int  # 0: left to right, 1: right to left
    levels: tuple[int, ...]
    types: tuple[str, ...]  # each character's original bidi class (L1 needs them)

    @property
    def rtl(self) -> bool:
        return self.base == 1


_LEVELS = re.compile(r"levels: \[(.*?)\]", re.S)
_CLASSES = re.compile(r"original_classes: \[(.*?)\]", re.S)
_NUMBER = re.compile(r"Level\(\s*(\d+)")
_WORD = re.compile(r"[A-Z]+")


def resolve(text: str, rtl: bool | None = None) -> Levels:
    """Levels of `text`; its base direction from its first strong character unless given."""
    base = int(get_base_level(text)) if rtl is None else int(rtl)
    return _from_rust(text, base) or _from_python(text, base)


def _from_rust(text: str, base: int) -> Levels | None:
    """Levels from the unicode-bidi crate's debug answer (per UTF-8 byte), or None."""
    answer = str(get_display(text, base_dir="LR"[base], debug=True))
    levels_part, classes_part = _LEVELS.search(answer), _CLASSES.search(answer)
    if levels_part is None or classes_part is None:
        return None
    per_byte = [int(n) for n in _NUMBER.findall(levels_part.group(1))]
    classes = _WORD.findall(classes_part.group(1))
    size = len(text.encode("utf-8"))
    if len(per_byte) != size or len(classes) != size:
        return None
    levels, types, offset = [], [], 0
    for char in text:
        levels.append(per_byte[offset])
        types.append(classes[offset])
        offset += len(char.encode("utf-8"))
    return Levels(base, tuple(levels), tuple(types))


def _from_python(text: str, base: int) -> Levels:
    storage: Any = algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage)
    chars = storage["chars"]
    for index, char in enumerate(chars):
        char["idx"] = index
    types = tuple(str(char["orig"]) for char in chars)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels = [base] * len(chars)
    for char in storage["chars"]:
        levels[char["idx"]] = char["level"]
    # Characters rule X9 removed (joiners) take the level of the character before them.
    kept = {char["idx"] for char in storage["chars"]}
    for index in range(1, len(levels)):
        if index not in kept:
            levels[index] = levels[index - 1]
    return Levels(base, tuple(levels), types)


def visual_order(levels: Levels, start: int, end: int) -> list[int]:
    """The logical indices of characters `start`..`end` (one line) in visual order."""
    storage: Any = algorithm.get_empty_storage()
    storage["base_level"] = levels.base
    storage["base_dir"] = ("L", "R")[levels.base]
    storage["chars"] = [
        {
            "ch": "",
            "level": levels.levels[i],
            "type": levels.types[i],
            "orig": levels.types[i],
            "idx": i,
        }
        for i in range(start, end)
    ]
    algorithm.reorder_resolved_levels(storage, False)
    return [int(char["idx"]) for char in storage["chars"]]


__all__ = ["Levels", "resolve", "visual_order"]
