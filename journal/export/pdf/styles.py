"""Paragraph and table styles for the chronology, all in the embedded faces."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from journal.export.pdf.fonts import FontSet

PAGE_SIZE = A4
MARGIN = 18 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 22 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN

INK = colors.HexColor("#1d1d1f")
MUTED = colors.HexColor("#5b5b66")
RULE = colors.HexColor("#c9c9d1")
HEADER_FILL = colors.HexColor("#e9ebf2")
BAND_FILL = colors.HexColor("#f6f7fa")


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    command: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    mono: ParagraphStyle
    note: ParagraphStyle
    centered: ParagraphStyle


def make_styles(fonts: FontSet) -> Styles:
    regular, bold, mono = fonts.regular.name, fonts.bold.name, fonts.mono.name

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": regular,
            "fontSize": 9.5,
            "leading": 12.5,
            "textColor": INK,
            "splitLongWords": 1,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        fonts=fonts,
        title=style("title", fontName=bold, fontSize=22, leading=27, spaceAfter=10),
        h1=style("h1", fontName=bold, fontSize=15, leading=19, spaceBefore=4, spaceAfter=8),
        h2=style("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4),
        body=style("body", spaceAfter=4),
        small=style("small", fontSize=8, leading=10),
        muted=style("muted", fontSize=8.5, leading=11, textColor=MUTED),
        label=style(
            "label", fontName=bold, fontSize=8.5, leading=11, textColor=MUTED, spaceBefore=5
        ),
        command=style(
            "command", fontName=mono, fontSize=7.5, leading=9.5, leftIndent=12, spaceAfter=6
        ),
        cell=style("cell", fontSize=8.5, leading=10.5),
        cell_bold=style("cell_bold", fontName=bold, fontSize=8.5, leading=10.5),
        mono=style("mono", fontName=mono, fontSize=7.5, leading=9.5),
        note=style(
            "note",
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            borderColor=RULE,
            borderWidth=0.5,
            borderPadding=5,
            backColor=BAND_FILL,
            spaceBefore=6,
            spaceAfter=8,
        ),
        centered=style("centered", alignment=TA_CENTER),
    )


def cell_font(fonts: FontSet) -> tuple[object, ...]:
    """Table cells default to Helvetica; every table names the embedded face instead."""
    return ("FONT", (0, 0), (-1, -1), fonts.regular.name, 8.5)


def index_table(
    fonts: FontSet, *, padding: float | None = None, row_rules: bool = False
) -> list[tuple[object, ...]]:
    """Style commands of the index tables: embedded font, top-aligned, tinted header row."""
    commands: list[tuple[object, ...]] = [
        cell_font(fonts),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
    ]
    if padding is not None:
        commands += [
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ]
    if row_rules:
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE))
    return commands


def grid(fonts: FontSet, header: bool = True, banded: bool = True) -> TableStyle:
    """The one table look: thin rules, a tinted header row, light banding."""
    commands: list[tuple[object, ...]] = [
        cell_font(fonts),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ]
    if banded:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [None, BAND_FILL]))
    return TableStyle(commands)


__all__ = [
    "FRAME_WIDTH",
    "PAGE_SIZE",
    "Styles",
    "cell_font",
    "grid",
    "index_table",
    "make_styles",
]
