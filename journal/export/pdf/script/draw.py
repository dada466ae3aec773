"""Drawing laid-out lines on a reportlab canvas, with a text layer in reading order.

Glyphs are drawn in visual order. Text extraction (pdftotext, pdf.js) turns a
right-to-left line drawn visually back into reading order by itself, from each
glyph's character, so right-to-left runs carry no more than that. A left-to-right
run whose glyphs are not its characters one for one (Indic vowel signs drawn before
their consonant, conjuncts, emoji beyond U+FFFF, which reportlab's ToUnicode table
cannot hold) is wrapped in a marked-content span whose /ActualText is the run's text,
so that copying it gives what was typed.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from journal.export.pdf.fonts import Face, FontSet
from journal.export.pdf.marks import BREAKS, normalise
from journal.export.pdf.script.lines import Line, Run, layout

_TO_SPACE = str.maketrans(dict.fromkeys(BREAKS, " "))


def _utf16(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def needs_actual_text(run: Run) -> bool:
    if not run.text.isascii() and max(run.text) > "\uffff":
        return True  # reportlab's ToUnicode entries hold four hex digits
    return not run.rtl and str(run.shaped.glyphs) != run.text


def draw_line(canvas: Canvas, x: float, y: float, line: Line, size: float) -> None:
    """Draw `line` with its left end at `x` and its baseline at `y`."""
    for run in line.runs:
        spanned = needs_actual_text(run)
        if spanned:
            canvas.addLiteral(f"/Span <</ActualText {_utf16(run.text)}>> BDC")
        canvas.setFont(run.face.name, size)
        canvas.drawString(x, y, run.shaped.glyphs)
        if spanned:
            canvas.addLiteral("EMC")
        x += run.shaped.width


def draw_shaped(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    fonts: FontSet,
    base: Face,
    align: str = "left",
) -> float:
    """One line of text (no wrapping, line breaks as spaces) at `x` aligned by `align`."""
    flat = normalise(text).translate(_TO_SPACE)
    _rtl, lines = layout(flat, fonts, base, size, float("inf"))
    line = lines[0]
    if align == "right":
        x -= line.width
    elif align == "center":
        x -= line.width / 2
    draw_line(canvas, x, y, line, size)
    return line.width


__all__ = ["draw_line", "draw_shaped", "needs_actual_text"]
