"""Risk indicators over time: only when the person chose to include them, always with
the note that they do not replace a professional risk assessment."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, TableStyle

from journal.case.risk import RiskCheck, indicator_keys, risk_changes, risk_history
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, index_table

LABEL_WIDTH = 55 * mm
MAX_COLUMNS = 6  # checks per table; more are split over several tables


def _state(ctx: RenderContext, state: str) -> str:
    return ctx.words.label("risk_state", state) if state else ""


def _tables(ctx: RenderContext, history: list[RiskCheck]) -> list[Flowable]:
    """One table per MAX_COLUMNS checks: an indicator per row, a check per column."""
    styles, words = ctx.styles, ctx.words
    keys = indicator_keys(history)
    story: list[Flowable] = []
    for start in range(0, len(history), MAX_COLUMNS):
        checks = history[start : start + MAX_COLUMNS]
        width = (FRAME_WIDTH - LABEL_WIDTH) / len(checks)
        header = [ctx.p(words("rk.indicator"), styles.cell_bold)]
        header += [ctx.p(words.phrase(c.when), styles.cell_bold) for c in checks]
        rows: list[list[object]] = [ctx.mirrored(header)]
        for key in keys:
            cells = [ctx.p(_state(ctx, c.state(key)), styles.cell) for c in checks]
            rows.append(ctx.mirrored([ctx.p(words.label("risk", key), styles.cell), *cells]))
        widths = ctx.mirrored([LABEL_WIDTH, *([width] * len(checks))])
        table = LongTable(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(index_table(styles.fonts, row_rules=True)))
        story += [table, ctx.p("", styles.small)]
    return story


def build(ctx: RenderContext) -> list[Flowable]:
    if not ctx.selection.options.include_risk:
        return []
    history = risk_history(ctx.selection.entries)
    if not history:
        return []
    styles, words = ctx.styles, ctx.words
    story: list[Flowable] = [
        ctx.heading(words("h.risk"), 0, "risk"),
        ctx.p(words("rk.disclaimer"), styles.body),
        ctx.p(words("rk.key"), styles.small),
        *_tables(ctx, history),
    ]
    said = risk_changes(history)
    if said:
        story.append(ctx.heading(words("h.risk_changes"), 1, "risk-changes"))
    for change in said:
        line = words(
            "rk.change",
            when=words.phrase(change.when),
            indicator=words.label("risk", change.key),
            state=_state(ctx, change.new),
            was=_state(ctx, change.old) or words("rk.not_noted"),
        )
        story.append(ctx.p(line, styles.body))
    return story
