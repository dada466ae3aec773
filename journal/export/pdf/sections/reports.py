"""Complaints and reports: every report recorded in the included entries, in one list."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, TableStyle

from journal.entries.model import Entry, ReportRecord
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, RULE, index_table

#: Column heads, keys in journal/export/words.
COLUMNS = ("rep.date", "rep.body", "rep.reference", "rep.contact", "rep.status", "rep.deadline")
WIDTHS = (22 * mm, 46 * mm, 28 * mm, 30 * mm, 24 * mm, FRAME_WIDTH - 150 * mm)


def _all(ctx: RenderContext) -> list[tuple[int, Entry, ReportRecord]]:
    found = [
        (index, entry, report)
        for index, entry in enumerate(ctx.selection.entries, start=1)
        for report in entry.content.reports
    ]
    return sorted(found, key=lambda t: (t[2].date or "9999", t[0]))


def concerns_text(ctx: RenderContext, report: ReportRecord) -> str:
    """The incidents a report is about, by entry number ("entries 2, 5")."""
    number = {e.entry_id: i for i, e in enumerate(ctx.selection.entries, start=1)}
    shown = [f"{number[i]}" for i in report.concerns if i in number]
    left_out = len(report.concerns) - len(shown)
    key = "rep.about_one" if len(shown) == 1 else "rep.about_many"
    text = ctx.words(key, numbers=", ".join(shown)) if shown else ""
    if left_out:
        text += ("; " if text else "") + ctx.words("rep.left_out", count=left_out)
    return text


def details(ctx: RenderContext, index: int, entry: Entry, report: ReportRecord) -> str:
    """The line under a report's row: its entry, what was said and done, what it is about."""
    words = ctx.words
    lines = [words("rep.entry", number=index, title=entry.content.title)]
    if report.what_they_said:
        lines.append(words("rep.said", text=report.what_they_said))
    if report.what_they_did:
        lines.append(words("rep.did", text=report.what_they_did))
    if report.concerns:
        lines.append(words("rep.about", entries=concerns_text(ctx, report)))
    return "\n".join(lines)


def build(ctx: RenderContext) -> list[Flowable]:
    styles = ctx.styles
    story: list[Flowable] = [ctx.heading(ctx.words("h.reports"), 0, "reports")]
    found = _all(ctx)
    if not found:
        story.append(ctx.p(ctx.words("rep.none"), styles.body))
        return story
    heads = [ctx.p(ctx.words(c), styles.cell_bold) for c in COLUMNS]
    rows: list[list[object]] = [ctx.mirrored(heads)]
    commands = index_table(styles.fonts, padding=3)
    # the detail line spans every column but the date; a span shows its first cell
    first, last = (0, 4) if ctx.words.rtl else (1, 5)
    for index, entry, report in found:
        body = ctx.words.label("body", report.body_type)
        if report.body:
            body += f"\n{report.body}"
        status = ctx.words.label("status", report.status)
        if report.outcome:
            status += "\n" + ctx.words("rep.outcome", outcome=report.outcome)
        cells = (
            report.date or ctx.words("rep.not_given"),
            body,
            report.reference,
            report.contact_person,
            status,
            report.next_deadline,
        )
        rows.append(ctx.mirrored([ctx.p(c, styles.cell) for c in cells]))
        start = len(rows) - 1
        detail: list[object] = ["", "", "", "", "", ""]
        detail[first] = ctx.p(details(ctx, index, entry, report), styles.small)
        rows.append(detail)
        end = len(rows) - 1
        commands += [
            ("SPAN", (first, end), (last, end)),
            ("NOSPLIT", (0, start), (-1, end)),
            ("LINEBELOW", (0, end), (-1, end), 0.4, RULE),
        ]
    table = LongTable(rows, colWidths=ctx.mirrored(list(WIDTHS)), repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    story.append(table)
    return story
