"""Bidi levels and visual order from python-bidi's implementation of UAX #9.

python-bidi's `get_display` returns only the reordered string; a PDF line also needs
to know which character went where (to keep font runs and shaping together), so its
algorithm's stages are run here on characters tagged with their position. Levels
are resolved once per paragraph (rules P-I); the order of each wrapped line
(rules L1-L2) is computed per line, as UAX #9 requires.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bidi import algorithm


@dataclass(frozen=True)
class Levels:
    """The resolved bidi level of each character of one paragraph."""

    base: int  # 0: left to right, 1: right to left
    levels: tuple[int, ...]
    types: tuple[str, ...]  # each character's original bidi class (L1 needs them)

    @property
    def rtl(self) -> bool:
        return self.base == 1


def resolve(text: str, rtl: bool | None = None) -> Levels:
    """Levels of `text`; its base direction from its first strong character unless given."""
    storage: Any = algorithm.get_empty_storage()
    base = int(algorithm.get_base_level(text)) if rtl is None else int(rtl)
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
