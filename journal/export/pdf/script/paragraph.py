"""ScriptParagraph: a reportlab flowable for user text that needs shaping or bidi.

Used instead of `Paragraph` (by `text.para`) for text with right-to-left, Indic,
Thai or other complex-script characters, or emoji: reportlab's paragraph wraps
text in logical order and has no bidi without a library it cannot install here.
It keeps the style's font size, leading, colour, indent and spacing; a
right-to-left paragraph is right-aligned unless its style centres it. It splits
between lines across pages like a paragraph.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from journal.export.pdf.fonts import Face, FontSet
from journal.export.pdf.marks import BREAK, BREAKS, normalise
from journal.export.pdf.script.draw import draw_line
from journal.export.pdf.script.lines import Line, layout

_TO_NEWLINE = str.maketrans(dict.fromkeys(BREAKS, BREAK))


def lay_out(
    text: str, fonts: FontSet, base: Face, size: float, width: float, rtl: bool | None = None
) -> tuple[bool, list[Line]]:
    """Every line of `text` (hard breaks kept); right to left if its first paragraph is."""
    lines: list[Line] = []
    first_rtl: bool | None = None
    for piece in normalise(text).translate(_TO_NEWLINE).split(BREAK):
        piece_rtl, piece_lines = layout(piece, fonts, base, size, width, rtl)
        first_rtl = piece_rtl if first_rtl is None else first_rtl
        lines += piece_lines
    return bool(first_rtl), lines


class ScriptParagraph(Flowable):  # type: ignore[misc]
    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        base: Face,
        fonts: FontSet,
        rtl: bool | None = None,
        lines: tuple[bool, list[Line], float] | None = None,
    ) -> None:
        super().__init__()
        self.text, self.style, self.base, self.fonts, self.rtl = text, style, base, fonts, rtl
        self._laid: tuple[bool, list[Line], float] | None = lines  # (rtl, lines, width)
        self.width = self.height = 0.0

    def _lines(self, width: float) -> tuple[bool, list[Line]]:
        if self._laid is None or (self._laid[2] != width and not self._fixed):
            rtl, lines = lay_out(
                self.text, self.fonts, self.base, self.style.fontSize, width, self.rtl
            )
            self._laid = (rtl, lines, width)
        return self._laid[0], self._laid[1]

    _fixed = False  # the parts of a split paragraph keep the lines they were given

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = avail_width - self.style.leftIndent - self.style.rightIndent
        _rtl, lines = self._lines(inner)
        self.width = avail_width
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fit = int(avail_height // self.style.leading)
        assert self._laid is not None
        rtl, lines, width = self._laid
        if fit <= 0 or fit >= len(lines):
            return []  # nothing fits here, or it all would: the frame moves it on whole
        return [self._part(lines[:fit], rtl, width), self._part(lines[fit:], rtl, width)]

    def _part(self, lines: list[Line], rtl: bool, width: float) -> ScriptParagraph:
        part = self.__class__(
            self.text, self.style, self.base, self.fonts, self.rtl, (rtl, lines, width)
        )
        part._fixed = True
        return part

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        style = self.style
        assert self._laid is not None
        rtl, lines, width = self._laid
        canvas: Any = self.canv
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        y = self.height - style.fontSize
        for line in lines:
            left = style.leftIndent
            if style.alignment == TA_CENTER:
                left += (width - line.width) / 2
            elif style.alignment == TA_RIGHT or rtl:
                left += width - line.width
            draw_line(canvas, left, y, line, style.fontSize)
            y -= style.leading
        canvas.restoreState()


__all__ = ["ScriptParagraph", "lay_out"]
