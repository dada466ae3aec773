"""User text made safe for the PDF: escaped, split into font runs, nothing dropped.

Every string from the journal reaches a `Paragraph` only through `para()` /
`markup()`, which escape it for reportlab's mini-markup (so `<b>` or
`<font size=40>` typed by a person print literally), and split it into runs by
which embedded face has each character. A character no face has, and any
invisible control or format character (which could disguise text, e.g. U+202E),
is printed as a visible `[U+XXXX]` mark instead of vanishing. Text that needs
shaping or bidi order (right-to-left, Indic, Thai, emoji) goes to `script/`
instead (`ScriptParagraph`, `draw_shaped`), which keeps the same rules.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from journal.export.pdf.fonts import Face, FontSet
from journal.export.pdf.marks import BREAK, BREAKS, INVISIBLE, mark, normalise
from journal.export.pdf.script.detect import needs_script_layout
from journal.export.pdf.script.draw import draw_shaped
from journal.export.pdf.script.paragraph import ScriptParagraph


def runs(text: str, fonts: FontSet, base: Face) -> Iterator[tuple[Face, str]]:
    """(face, text) runs; line breaks come through as a lone BREAK run with `base`."""
    current: Face | None = None
    buffer: list[str] = []
    for char in normalise(text):
        if char in BREAKS:
            if buffer and current is not None:
                yield current, "".join(buffer)
            buffer, current = [], None
            yield base, BREAK
            continue
        face: Face | None
        if unicodedata.category(char) in INVISIBLE and char != " ":
            face, piece = base, mark(char)
        else:
            face = fonts.face_for(char, base)
            piece = char if face is not None else mark(char)
            face = face or base
        if face is not current and buffer and current is not None:
            yield current, "".join(buffer)
            buffer = []
        current = face
        buffer.append(piece)
    if buffer and current is not None:
        yield current, "".join(buffer)


@functools.cache
def _has_ascii(face: Face) -> bool:
    return all(code in face.codepoints for code in range(0x20, 0x7F))


@functools.cache
def _plain_in(face: Face) -> frozenset[str]:
    """The characters `face` prints as they are (no fallback face, no mark)."""
    return frozenset(
        char for code in face.codepoints if code <= 0xFFFF and (char := chr(code)).isprintable()
    )


_TO_NEWLINE = str.maketrans(dict.fromkeys(BREAKS, BREAK))


def markup(text: str, fonts: FontSet, base: Face | None = None) -> str:
    """Paragraph markup for `text` in a paragraph whose style font is `base`."""
    base = base or fonts.regular
    if text.isascii() and text.isprintable() and _has_ascii(base):
        return escape(text)  # the common case: printable ASCII, which every face here has
    lines = normalise(text).translate(_TO_NEWLINE)
    if set(lines).difference(BREAK) <= _plain_in(base):
        # Prose in the base face (accents, typographic quotes, line breaks): the same
        # markup as `runs` would give, without looking at each character.
        return "<br/>".join(escape(line) for line in lines.split(BREAK))
    return markup_by_runs(text, fonts, base)


def markup_by_runs(text: str, fonts: FontSet, base: Face) -> str:
    """The general case of `markup`: a font tag for each run not in `base`."""
    out: list[str] = []
    for face, piece in runs(text, fonts, base):
        if piece == BREAK:
            out.append("<br/>")
        elif face is base:
            out.append(escape(piece))
        else:
            out.append(f'<font face="{face.name}">{escape(piece)}</font>')
    return "".join(out)


def para(text: str, style: ParagraphStyle, fonts: FontSet) -> Flowable:
    """A Paragraph of user text in `style` (whose fontName must be one of `fonts`);
    a ScriptParagraph when the text needs shaping or bidi order."""
    base = face_named(style.fontName, fonts)
    if needs_script_layout(text):
        return ScriptParagraph(text, style, base, fonts)
    return Paragraph(markup(text, fonts, base), style)


BLOCK_CHARS = 2000


def blocks(text: str, limit: int = BLOCK_CHARS) -> list[str]:
    """Long text in pieces of at most `limit` characters: at line breaks where it can,
    else at a space, else anywhere. reportlab wraps a paragraph's whole remainder again
    at every page break, so one paragraph of a million characters took four minutes."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for whole_line in normalise(text).split(BREAK):
        line = whole_line
        while len(line) > limit:
            space = line.rfind(" ", limit // 2, limit)
            cut = space + 1 if space >= 0 else limit
            out.extend([*([BREAK.join(current)] if current else []), line[:cut]])
            current, size, line = [], 0, line[cut:]
        if current and size + len(line) + 1 > limit:
            out.append(BREAK.join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    out.append(BREAK.join(current))
    return out


def plain(text: str) -> str:
    """Text for places without font runs (PDF outline, metadata): invisibles marked."""
    return "".join(
        " " if c in BREAKS else mark(c) if unicodedata.category(c) in INVISIBLE else c
        for c in normalise(text)
    )


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, saying so when something was cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + " … (continued in the detailed entry)"


def draw(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    fonts: FontSet,
    base: Face | None = None,
    align: str = "left",
) -> float:
    """Draw one line of user text on the canvas with font fallback; returns its width."""
    base = base or fonts.regular
    if needs_script_layout(text):
        return draw_shaped(canvas, x, y, text, size, fonts, base, align)
    pieces = [(f, p) for f, p in runs(text, fonts, base) if p != BREAK]
    width = sum(canvas.stringWidth(p, f.name, size) for f, p in pieces)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for face, piece in pieces:
        canvas.setFont(face.name, size)
        canvas.drawString(x, y, piece)
        x += canvas.stringWidth(piece, face.name, size)
    return float(width)


def face_named(name: str, fonts: FontSet) -> Face:
    for face in (fonts.regular, fonts.bold, fonts.mono, *fonts.fallbacks):
        if face.name == name:
            return face
    return fonts.regular


__all__ = [
    "clip",
    "draw",
    "face_named",
    "mark",
    "markup",
    "markup_by_runs",
    "para",
    "plain",
    "runs",
]
