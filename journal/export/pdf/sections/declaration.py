"""An optional declaration page with a signature line (options.declaration)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, MUTED, cell_font


def build(ctx: RenderContext) -> list[Flowable]:
    options = ctx.selection.options
    if not options.declaration:
        return []
    styles = ctx.styles
    name = options.declaration_name or options.prepared_by
    who = f"I, {name}, declare" if name else "I declare"
    lines = [("Signature", ""), ("Name", name), ("Date", "")]
    table = Table(
        [[ctx.p(label, styles.label), ctx.p(value, styles.body)] for label, value in lines],
        colWidths=[30 * mm, FRAME_WIDTH - 80 * mm],
        rowHeights=[18 * mm, 12 * mm, 12 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        [
            cell_font(styles.fonts),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.6, MUTED),
        ]
    )
    return [
        ctx.heading(ctx.words("h.declaration"), 0, "declaration"),
        ctx.p(
            f"{who} that the entries in this chronology were written by me, and that to the "
            "best of my knowledge and belief they are true. The evidence files listed in the "
            "exhibit index are the files I added to my journal, unchanged."
        ),
        Spacer(1, 12 * mm),
        table,
    ]
