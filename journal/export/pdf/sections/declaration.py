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
    words = ctx.words
    name = options.declaration_name or options.prepared_by
    said = words("declaration.named", name=name) if name else words("declaration.unnamed")
    lines = [("declaration.signature", ""), ("declaration.name", name), ("declaration.date", "")]
    table = Table(
        [
            ctx.mirrored([ctx.p(words(label), styles.label), ctx.p(value, styles.body)])
            for label, value in lines
        ],
        colWidths=ctx.mirrored([30 * mm, FRAME_WIDTH - 80 * mm]),
        rowHeights=[18 * mm, 12 * mm, 12 * mm],
        hAlign="RIGHT" if words.rtl else "LEFT",
    )
    line_column = 0 if words.rtl else 1  # the signature line is under the value
    table.setStyle(
        [
            cell_font(styles.fonts),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (line_column, 0), (line_column, -1), 0.6, MUTED),
        ]
    )
    return [
        ctx.heading(ctx.words("h.declaration"), 0, "declaration"),
        ctx.p(said),
        Spacer(1, 12 * mm),
        table,
    ]
