"""After disclosure: each report, complaint or disclosure, and the entries dated within
the chosen window after it (intimidation, counter-allegations, arrests, surveillance).

Entries whose dates overlap the disclosure's (known only to the day or month) are
listed apart, "around the same time (order not certain)": see journal/case/after_disclosure.py."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, Spacer, TableStyle

from journal.case.after_disclosure import (
    AROUND_LABEL,
    DAYS_BASIS,
    FollowingEntry,
    after_disclosure,
    days_text,
    disclosure_label,
)
from journal.entries.timeparse import describe
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, index_table

WIDTHS = (20 * mm, 30 * mm, FRAME_WIDTH - 100 * mm, 50 * mm)
COLUMNS = ("After", "When", "Entry", "Marked as")


def build(ctx: RenderContext) -> list[Flowable]:
    days = ctx.selection.options.after_disclosure_days
    groups = after_disclosure(ctx.selection.entries, days)
    if not groups:
        return []
    styles = ctx.styles
    number = {e.entry_id: i for i, e in enumerate(ctx.selection.entries, start=1)}
    story: list[Flowable] = [
        ctx.heading(ctx.words("h.after"), 0, "after-disclosure"),
        ctx.p(
            f"Each report, complaint or time the author told someone, followed by the "
            f"entries dated within {days} days after it. This shows what came after, in "
            "time; it does not by itself show why. Entry numbers refer to the detailed "
            f"entries. {DAYS_BASIS} An entry is listed as following only when the "
            "earliest time it could have happened is after the latest time the disclosure "
            "could have happened; entries whose dates overlap the disclosure's are listed "
            "apart, as around the same time, order not certain.",
            styles.body,
        ),
    ]
    for group in groups:
        d = group.disclosure
        refs = ", ".join(f"ref. {r.reference}" for r in d.content.reports if r.reference)
        head = f"{ctx.words.phrase(describe(d.content.occurred))} — {d.content.title}"
        where = f"To: {disclosure_label(d)}" + (f" ({refs})" if refs else "")
        count = len(group.following)
        block: list[Flowable] = [
            *ctx.headings(head, 1, f"after-{d.entry_id}", outline=f"After: {d.content.title}"),
            ctx.p(f"Entry {number[d.entry_id]}. {where}", styles.small),
        ]
        if group.basis_note:
            block.append(ctx.p(group.basis_note, styles.small))
        if group.following:
            block.append(
                ctx.p(
                    f"{count} entr{'y' if count == 1 else 'ies'} followed; "
                    f"{group.notable_count} marked as retaliation, threats or similar.",
                    styles.body,
                )
            )
        else:
            block.append(ctx.p(f"No entries are dated within {days} days after it.", styles.body))
        tables: list[Flowable] = []
        if group.following:
            tables.append(_table(ctx, group.following, number, days_text))
        if group.around:
            tables += [
                Spacer(1, 2 * mm),
                ctx.p(f"{AROUND_LABEL}:", styles.body),
                _table(ctx, group.around, number, lambda _days: "order not certain"),
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
    rows: list[list[object]] = [[ctx.p(c, styles.cell_bold) for c in COLUMNS]]
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
    table = LongTable(rows, colWidths=WIDTHS, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(index_table(styles.fonts, row_rules=True)))
    return table
