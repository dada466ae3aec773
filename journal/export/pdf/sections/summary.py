"""The summary chronology: one row per entry, the header repeated on every page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable

from journal.entries.model import Entry
from journal.entries.timeparse import describe
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, grid
from journal.export.pdf.text import clip

COLUMNS = ("col.date", "col.event", "col.source", "col.notes")  # keys in journal/export/words
WIDTHS = (30 * mm, 66 * mm, 34 * mm, FRAME_WIDTH - 130 * mm)
TITLE_LIMIT = 300
NOTE_LIMIT = 240


def source(ctx: RenderContext, entry: Entry) -> str:
    parts = [ctx.words("sum.journal_entry")]
    exhibits = [ctx.selection.exhibit_of.get(a.attachment_id, "") for a in entry.attachments]
    if exhibits:
        parts.append(", ".join(e for e in exhibits if e))
    for report in entry.content.reports:
        if report.reference:
            parts.append(ctx.words("sum.ref", reference=report.reference))
    return "\n".join(parts)


def notes(ctx: RenderContext, entry: Entry) -> str:
    parts = [ctx.words.labels("cat", entry.content.categories)]
    if entry.retrospective:
        parts.append(ctx.words("sum.later"))
    if ctx.redacted(entry):
        parts.append(ctx.words("sum.redacted"))
    return clip("\n".join(p for p in parts if p), NOTE_LIMIT)


def build(ctx: RenderContext) -> list[Flowable]:
    styles = ctx.styles
    header = [ctx.p(ctx.words(c), styles.cell_bold) for c in COLUMNS]
    rows = [header]
    for entry in ctx.selection.entries:
        content = entry.content
        event = ctx.p(ctx.words.label("kind", content.kind), styles.small)
        rows.append(
            [
                ctx.p(ctx.words.phrase(describe(content.occurred)), styles.cell),
                [event, ctx.p(clip(content.title, TITLE_LIMIT), styles.cell_bold)],
                ctx.p(source(ctx, entry), styles.cell),
                ctx.p(notes(ctx, entry), styles.cell),
            ]
        )
    rows = [ctx.mirrored(row) for row in rows]
    if len(rows) == 1:
        return [
            ctx.heading(ctx.words("h.summary"), 0, "summary"),
            ctx.p(ctx.words("no_entries"), styles.body),
        ]
    table = LongTable(rows, colWidths=ctx.mirrored(list(WIDTHS)), repeatRows=1, splitInRow=1)
    table.setStyle(grid(ctx.styles.fonts))
    return [ctx.heading(ctx.words("h.summary"), 0, "summary"), table]
