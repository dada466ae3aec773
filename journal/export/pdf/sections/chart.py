"""Events per month by category: a stacked bar chart drawn with reportlab.graphics."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from journal.case.patterns import UNCATEGORISED, Pattern, count_by_month, summary_parts
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, MUTED, RULE
from journal.export.pdf.text import plain
from journal.export.words.worded import worded

PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
    "#1f77b4",
    "#8c564b",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
    "#aec7e8",
    "#ffbb78",
    "#98df8a",
    "#c5b0d5",
)
CHART_HEIGHT = 80 * mm
MAX_LABELS = 18
#: The templates of patterns.summary_parts -> the PDF's keys (journal/export/words).
SUMMARY_KEYS = {
    "There are no dated entries yet, so there is no pattern to show.": "chart.none",
    "%n entries": "chart.entries",
    "%n months": "chart.months",
    "{entries} in {month}.": "chart.in_month",
    "{entries} from {first} to {last} ({months}).": "chart.span",
    "{month} ({count})": "chart.month_count",
    "{first}, {then}": "chart.commas",
    "Busiest month: {months}.": "chart.busiest_one",
    "Busiest months: {months}.": "chart.busiest_many",
    "%n months with no entries.": "chart.empty",
    "%n entries without a date.": "chart.undated",
}


def _month_labels(pattern: Pattern) -> list[str]:
    step = max(1, -(-len(pattern.months) // MAX_LABELS))
    return [
        f"{m.month:02d}/{m.year % 100:02d}" if i % step == 0 else ""
        for i, m in enumerate(pattern.months)
    ]


def drawing(ctx: RenderContext, pattern: Pattern) -> Drawing:
    font = ctx.styles.fonts.regular.name
    d = Drawing(FRAME_WIDTH, CHART_HEIGHT, initialFontName=font, initialFontSize=7)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 28
    chart.width, chart.height = FRAME_WIDTH - 40, CHART_HEIGHT - 40
    chart.data = [[m.count(c) for m in pattern.months] for c in pattern.categories]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = _month_labels(pattern)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45 if len(pattern.months) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(pattern.months) > 8 else "n"
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, pattern.max_stack)
    chart.valueAxis.valueStep = max(1, -(-pattern.max_stack // 6))
    style_stacked_bars(chart, font, len(pattern.categories), 2 if len(pattern.months) > 24 else 6)
    d.add(chart)
    return d


def category_names(ctx: RenderContext, pattern: Pattern) -> list[str]:
    return [
        plain(ctx.words("chart.no_category") if c == UNCATEGORISED else ctx.words.label("cat", c))
        for c in pattern.categories
    ]


def summary_text(ctx: RenderContext, pattern: Pattern) -> str:
    """The span, total and busiest months (patterns.summary) in the export's language."""
    return " ".join(worded(ctx.words, part, SUMMARY_KEYS) for part in summary_parts(pattern))


def build(ctx: RenderContext) -> list[Flowable]:
    styles = ctx.styles
    pattern = count_by_month(ctx.selection.entries)
    story: list[Flowable] = [
        ctx.heading(ctx.words("h.chart"), 0, "chart"),
        ctx.p(summary_text(ctx, pattern), styles.body),
    ]
    if pattern.months:
        story.append(drawing(ctx, pattern))
        story.append(series_legend(ctx, category_names(ctx, pattern)))
        story.append(ctx.p(ctx.words("chart.note"), styles.muted))
    return story


def style_stacked_bars(chart: Any, font: str, series: int, group_spacing: int) -> None:
    """The value axis, spacing and colours shared by the PDF's stacked bar charts."""
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.barSpacing = 0
    chart.groupSpacing = group_spacing
    for index in range(series):
        chart.bars[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
        chart.bars[index].strokeColor = None


def series_legend(ctx: RenderContext, labels: list[str]) -> Table:
    """The legend under a chart, in two columns, one colour of PALETTE per series. A
    table of paragraphs rather than reportlab's Legend, whose plain strings are never
    shaped: an Arabic category, or a sender's name in any script, came out as
    unjoined letters. Right to left in an RTL export, like every table."""
    cells = [
        [
            _swatch(PALETTE[i % len(PALETTE)], ctx.styles.fonts.regular.name),
            ctx.p(label, ctx.styles.cell),
        ]
        for i, label in enumerate(labels)
    ]
    rows = -(-len(cells) // 2)
    lines = [
        cells[r] + (cells[r + rows] if r + rows < len(cells) else ["", ""]) for r in range(rows)
    ]
    half = FRAME_WIDTH / 2
    table = Table(
        [ctx.mirrored(line) for line in lines],
        colWidths=ctx.mirrored([SWATCH + 6, half - SWATCH - 6, SWATCH + 6, half - SWATCH - 6]),
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), ctx.styles.fonts.regular.name),  # not Helvetica
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


SWATCH = 7


def _swatch(colour: str, font: str) -> Drawing:
    """A colour square; `font` is the PDF's own, since a drawing names one even with
    no text in it (reportlab's default would add a Helvetica that is not embedded)."""
    box = Drawing(SWATCH, SWATCH, initialFontName=font)
    box.add(Rect(0, 0, SWATCH, SWATCH, fillColor=colors.HexColor(colour), strokeColor=None))
    return box
