"""One run of text in one face and one direction, shaped by HarfBuzz.

reportlab's own `shapeStr` lets HarfBuzz guess the direction from the script; a
bidi run knows its direction (a bracket or a digit inside Arabic text), so this
sets it and otherwise builds the same `ShapedStr` that reportlab's canvas draws
with HarfBuzz's glyph positions (`textobject._formatText`), mapping each glyph to
the character reportlab's subset uses for it (a private-use one if it has none).
"""

from __future__ import annotations

from dataclasses import dataclass

import uharfbuzz
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class Shaped:
    """Glyphs in visual order (left to right) and how wide they are at `size`."""

    glyphs: ShapedStr
    clusters: tuple[int, ...]  # the logical index each glyph came from
    advances: tuple[float, ...]  # each glyph's advance, in points
    width: float


def shape(text: str, font_name: str, size: float, rtl: bool) -> Shaped:
    font = pdfmetrics.getFont(font_name)
    hb_font = font.hbFont(size)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buffer, FEATURES)
    chars: list[str] = []
    data: list[ShapeData] = []
    advances: list[float] = []
    to_char = font.face.glyphToChar
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        glyph = info.codepoint
        if glyph in to_char:
            code = to_char[glyph][0]
        else:
            code = font.hbAddPrivate(hb_font.glyph_to_string(glyph), glyph, position.x_advance)
        advance = font.pdfScale(position.x_advance)
        data.append(
            ShapeData(
                info.cluster,
                advance,
                font.pdfScale(position.y_advance),
                font.pdfScale(position.x_offset),
                font.pdfScale(position.y_offset),
                font.face.charWidths[code],
            )
        )
        chars.append(chr(code))
        advances.append(advance * size / 1000)
    clusters = tuple(d.cluster for d in data)
    return Shaped(ShapedStr("".join(chars), data), clusters, tuple(advances), sum(advances))


__all__ = ["Shaped", "shape"]
