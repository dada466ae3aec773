"""How each category is filled in the pattern chart and its legend.

A fixed colour-blind-safe palette (Okabe-Ito, without black), repeated with
hatching when there are more categories than colours.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from journal.case.patterns import UNCATEGORISED

# Okabe & Ito (2008), "Color Universal Design"; black left out so bars show on dark themes.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
NEUTRAL = "#999999"  # for entries without a category
HATCHES = (
    Qt.BrushStyle.NoBrush,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.CrossPattern,
)


class Swatch:
    """How one category is filled: a palette colour and, past the 7th, a hatch."""

    def __init__(self, colour: QColor, hatch: Qt.BrushStyle) -> None:
        self.colour = colour
        self.hatch = hatch

    def paint(self, painter: QPainter, rect: QRect, outline: QColor) -> None:
        painter.fillRect(rect, self.colour)
        if self.hatch != Qt.BrushStyle.NoBrush:
            ink = QColor("#000000") if self.colour.lightnessF() > 0.5 else QColor("#FFFFFF")
            painter.fillRect(rect, QBrush(ink, self.hatch))
        painter.setPen(QPen(outline, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))


def swatches(categories: Sequence[str]) -> dict[str, Swatch]:
    out: dict[str, Swatch] = {}
    coloured = [c for c in categories if c != UNCATEGORISED]
    for i, key in enumerate(coloured):
        hatch = HATCHES[(i // len(OKABE_ITO)) % len(HATCHES)]
        out[key] = Swatch(QColor(OKABE_ITO[i % len(OKABE_ITO)]), hatch)
    if UNCATEGORISED in categories:
        out[UNCATEGORISED] = Swatch(QColor(NEUTRAL), Qt.BrushStyle.NoBrush)
    return out
