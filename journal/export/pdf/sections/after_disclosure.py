"""After disclosure: each report, complaint or disclosure, and the entries dated within
the chosen window after it (intimidation, counter-allegations, arrests, surveillance).

Entries whose dates overlap the disclosure's (known only to the day or month) are
listed apart, "around the same time (order not certain)": see journal/case/after_disclosure.py.
The grouping comes from the core; every sentence around it is in the PDF's language."""

from __future__ import annotations

import functools
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, Spacer, TableStyle

from journal.case.after_disclosure import (
    DisclosureGroup,
    FollowingEntry,
    after_disclosure,
    disclosure_label,
)
from journal.entries.month_words import day_month_year
from journal.entries.timeparse import describe
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, index_table

WIDTHS = (20 * mm, 30 * mm, FRAME_WIDTH - 100 * mm, 50 * mm)
#: Column heads, keys in journal/export/words.
COLUMNS = ("after.col.after", "after.col.when", "after.col.entry", "after.col.marked")


def days_after(ctx: RenderContext, days: int) -> str:
    """'same day', '+1 day', '+12 days' (the core's `days_text`, in the PDF's language)."""
    if days == 0:
        return ctx.words("after.same_day")
    return ctx.words("after.one_day") if days == 1 else ctx.words("after.days", days=days)


def _opening(ctx: RenderContext, group: DisclosureGroup, number: dict[str, int]) -> list[Flowable]:
    """The disclosure's heading, where it went, and how many entries followed."""
    styles, words, d = ctx.styles, ctx.words, group.disclosure
    refs = ", ".join(
        words("sum.ref", reference=r.reference) for r in d.content.reports if r.reference
    )
    head = f"{words.phrase(describe(d.content.occurred))} — {d.content.title}"
    body = functools.partial(words.label, "body")
    where = disclosure_label(d, body, words("after.told")) + (f" ({refs})" if refs else "")
    outline = words("after.outline", title=d.content.title)
    block: list[Flowable] = [
        *ctx.headings(head, 1, f"after-{d.entry_id}", outline=outline),
        ctx.p(words("after.to", number=number[d.entry_id], where=where), styles.small),
    ]
    if group.basis_note and group.counted_from is not None:
        last_day = words.phrase(day_month_year(group.counted_from))
        block.append(ctx.p(words("after.basis", date=last_day), styles.small))
    count = len(group.following)
    if count:
        key = "after.followed_one" if count == 1 else "after.followed_many"
        block.append(ctx.p(words(key, count=count, notable=group.notable_count), styles.body))
    else:
        block.append(ctx.p(words("after.none", days=group.window_days), styles.body))
    return block


def build(ctx: RenderContext) -> list[Flowable]:
    days = ctx.selection.options.after_disclosure_days
    groups = after_disclosure(ctx.selection.entries, days)
    if not groups:
        return []
    styles = ctx.styles
    number = {e.entry_id: i for i, e in enumerate(ctx.selection.entries, start=1)}
    story: list[Flowable] = [
        ctx.heading(ctx.words("h.after"), 0, "after-disclosure"),
        ctx.p(ctx.words("after.intro", days=days), styles.body),
    ]
    for group in groups:
        block = _opening(ctx, group, number)
        tables: list[Flowable] = []
        if group.following:
            tables.append(_table(ctx, group.following, number, lambda n: days_after(ctx, n)))
        if group.around:
            tables += [
                Spacer(1, 2 * mm),
                ctx.p(ctx.words("after.around"), styles.body),
                _table(ctx, group.around, number, lambda _days: ctx.words("after.uncertain")),
            ]
        if not tables:
            story.append(KeepTogether(block))
            continue
        story += [*block, *tables, Spacer(1, 5 * mm)]
    return story


def _table(
    ctx: RenderContext,
    items: tuple[FollowingEntry, ...],
    number: dict[str, int],
    after: Callable[[int], str],
) -> LongTable:
    styles = ctx.styles
    rows: list[list[object]] = [[ctx.p(ctx.words(c), styles.cell_bold) for c in COLUMNS]]
    for item in items:
        c = item.entry.content
        marked = ctx.words.labels("cat", item.notable)
        style = styles.cell_bold if item.notable else styles.cell
        rows.append(
            [
                ctx.p(after(item.days_after), styles.cell),
                ctx.p(ctx.words.phrase(describe(c.occurred)), styles.cell),
                ctx.p(f"{number[item.entry.entry_id]}. {c.title}", style),
                ctx.p(marked, styles.cell),
            ]
        )
    rows = [ctx.mirrored(row) for row in rows]
    table = LongTable(rows, colWidths=ctx.mirrored(list(WIDTHS)), repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(index_table(styles.fonts, row_rules=True)))
    return table
