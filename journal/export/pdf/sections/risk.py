"""Risk indicators over time: only when the person chose to include them, always with
the note that they do not replace a professional risk assessment."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, TableStyle

from journal.case.risk import RISK_DISCLAIMER, changes, indicator_rows, risk_history
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, index_table

LABEL_WIDTH = 55 * mm
MAX_COLUMNS = 6  # checks per table; more are split over several tables


def build(ctx: RenderContext) -> list[Flowable]:
    if not ctx.selection.options.include_risk:
        return []
    history = risk_history(ctx.selection.entries)
    if not history:
        return []
    styles = ctx.styles
    story: list[Flowable] = [
        ctx.heading(ctx.words("h.risk"), 0, "risk"),
        ctx.p(RISK_DISCLAIMER, styles.body),
        ctx.p(
            "What the author noted at each check (Yes, No, Not sure; blank: not noted).",
            styles.small,
        ),
    ]
    rows_all = indicator_rows(history)
    for start in range(0, len(history), MAX_COLUMNS):
        checks = history[start : start + MAX_COLUMNS]
        width = (FRAME_WIDTH - LABEL_WIDTH) / len(checks)
        header = [ctx.p("Indicator", styles.cell_bold)]
        header += [ctx.p(c.when, styles.cell_bold) for c in checks]
        rows: list[list[object]] = [header]
        for label, states in rows_all:
            cells = [ctx.p(s, styles.cell) for s in states[start : start + MAX_COLUMNS]]
            rows.append([ctx.p(label, styles.cell), *cells])
        table = LongTable(rows, colWidths=(LABEL_WIDTH, *([width] * len(checks))), repeatRows=1)
        table.setStyle(TableStyle(index_table(styles.fonts, row_rules=True)))
        story += [table, ctx.p("", styles.small)]
    said = changes(history)
    if said:
        story.append(ctx.heading(ctx.words("h.risk_changes"), 1, "risk-changes"))
        story += [ctx.p(line, styles.body) for line in said]
    return story
