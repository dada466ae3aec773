"""A paragraph of any script broken into lines of visual runs, ready to draw.

Steps: mark what no face can show (as `text.py` does), choose a face per character
(complex scripts prefer their own Noto face over the main one), resolve bidi levels
once, cut the text into runs of one face and one level, measure them shaped, break
lines at spaces (and between CJK characters, and anywhere in a word too long for a
line), then give each line its visual order and shape its runs again as drawn.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from journal.export.pdf.fonts import Face, FontSet
from journal.export.pdf.marks import INVISIBLE, JOINERS, mark
from journal.export.pdf.script.bidi_order import Levels, resolve, visual_order
from journal.export.pdf.script.shape import Shaped, shape

_NEUTRAL = frozenset({"Zs", "Po", "Ps", "Pe", "Pd", "Pi", "Pf", "Sm", "Nd", "Mn", "Mc", "Me"})


@dataclass(frozen=True)
class Run:
    """A visual piece of a line: its logical text, face, direction and glyphs."""

    text: str
    face: Face
    rtl: bool
    shaped: Shaped


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float


def _breaks_around(char: str) -> bool:
    """CJK text has no spaces: a line may break before or after each such character."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def visible(text: str, fonts: FontSet, base: Face) -> tuple[str, list[Face]]:
    """`text` with what cannot be shown marked, and the face of each character."""
    out: list[str] = []
    faces: list[Face] = []
    previous: Face | None = None
    for char in text:
        category = unicodedata.category(char)
        face: Face | None
        if char in JOINERS or (
            previous is not None and category in _NEUTRAL and previous.covers(char)
        ):
            face = previous or base
        elif category in INVISIBLE and char != " ":
            face = None
        elif ord(char) >= 0x0590:
            face = fonts.fallback_for(char, base) or (base if base.covers(char) else None)
        else:
            face = fonts.face_for(char, base)
        if face is None:
            shown = mark(char)
            out.append(shown)
            faces += [base] * len(shown)
            previous = base
            continue
        out.append(char)
        faces.append(face)
        previous = face
    return "".join(out), faces


def _segments(levels: Levels, faces: list[Face], start: int, end: int) -> list[tuple[int, int]]:
    """Logical [start, end) pieces of one face and one level."""
    pieces: list[tuple[int, int]] = []
    begin = start
    for i in range(start + 1, end + 1):
        if i == end or faces[i] is not faces[begin] or levels.levels[i] != levels.levels[begin]:
            pieces.append((begin, i))
            begin = i
    return pieces


def _advances(text: str, levels: Levels, faces: list[Face], size: float) -> list[float]:
    """Each character's share of the shaped width (a cluster's width on its first)."""
    widths = [0.0] * len(text)
    for begin, end in _segments(levels, faces, 0, len(text)):
        shaped = shape(text[begin:end], faces[begin].name, size, levels.levels[begin] % 2 == 1)
        for cluster, advance in zip(shaped.clusters, shaped.advances, strict=True):
            widths[begin + cluster] += advance
    return widths


def _line_ends(text: str, widths: list[float], limit: float) -> list[tuple[int, int]]:
    """Greedy breaking: [start, end) of each line, trailing spaces left out."""
    lines: list[tuple[int, int]] = []
    start, used, last_break = 0, 0.0, -1
    i = 0
    while i < len(text):
        char = text[i]
        if char == " " or (i > start and (_breaks_around(char) or _breaks_around(text[i - 1]))):
            last_break = i
        used += widths[i]
        if used > limit and char != " " and i > start:
            if last_break > start:
                cut = last_break
            else:  # one word wider than the line: cut it before a base character
                cut = i
                while cut > start + 1 and unicodedata.category(text[cut])[0] == "M":
                    cut -= 1
            lines.append((start, cut))
            start = cut
            while start < len(text) and text[start] == " ":
                start += 1
            i, used, last_break = start, 0.0, -1
            continue
        i += 1
    lines.append((start, len(text)))
    return [(a, b - (len(text[a:b]) - len(text[a:b].rstrip(" ")))) for a, b in lines]


def _visual_runs(
    text: str, levels: Levels, faces: list[Face], start: int, end: int, size: float
) -> tuple[Run, ...]:
    order = visual_order(levels, start, end)
    runs: list[Run] = []
    group: list[int] = []

    def close() -> None:
        if group:
            logical = sorted(group)
            piece = "".join(text[i] for i in logical)
            rtl = levels.levels[logical[0]] % 2 == 1
            face = faces[logical[0]]
            runs.append(Run(piece, face, rtl, shape(piece, face.name, size, rtl)))

    for index in order:
        if group and (
            faces[index] is not faces[group[-1]] or levels.levels[index] != levels.levels[group[-1]]
        ):
            close()
            group = []
        group.append(index)
    close()
    return tuple(runs)


def layout(
    text: str, fonts: FontSet, base: Face, size: float, width: float, rtl: bool | None = None
) -> tuple[bool, list[Line]]:
    """One paragraph (no line breaks in `text`) as lines at most `width` wide.

    Returns whether the paragraph runs right to left, and its lines.
    """
    shown, faces = visible(text, fonts, base)
    levels = resolve(shown, rtl)
    widths = _advances(shown, levels, faces, size)
    lines = []
    for start, end in _line_ends(shown, widths, width):
        runs = _visual_runs(shown, levels, faces, start, end, size) if end > start else ()
        lines.append(Line(runs, sum(run.shaped.width for run in runs)))
    return levels.rtl, lines


__all__ = ["Line", "Run", "layout", "visible"]
