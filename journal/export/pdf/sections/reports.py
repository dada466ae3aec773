"""Complaints and reports: every report recorded in the included entries, in one list."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, TableStyle

from journal.entries.model import Entry, ReportRecord
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, RULE, index_table

COLUMNS = ("Date", "Body", "Reference", "Dealt with by", "Status", "Next deadline")
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
    text = f"entr{'y' if len(shown) == 1 else 'ies'} {', '.join(shown)}" if shown else ""
    if left_out:
        text += ("; " if text else "") + f"{left_out} entry(ies) not in this export"
    return text


def build(ctx: RenderContext) -> list[Flowable]:
    styles = ctx.styles
    story: list[Flowable] = [ctx.heading(ctx.words("h.reports"), 0, "reports")]
    found = _all(ctx)
    if not found:
        story.append(
            ctx.p(
                "No reports or complaints are recorded in the entries in this export.", styles.body
            )
        )
        return story
    rows: list[list[object]] = [[ctx.p(c, styles.cell_bold) for c in COLUMNS]]
    commands = index_table(styles.fonts, padding=3)
    for index, entry, report in found:
        body = ctx.words.label("body", report.body_type)
        if report.body:
            body += f"\n{report.body}"
        status = ctx.words.label("status", report.status)
        if report.outcome:
            status += f"\nOutcome: {report.outcome}"
        rows.append(
            [
                ctx.p(report.date or "not given", styles.cell),
                ctx.p(body, styles.cell),
                ctx.p(report.reference, styles.cell),
                ctx.p(report.contact_person, styles.cell),
                ctx.p(status, styles.cell),
                ctx.p(report.next_deadline, styles.cell),
            ]
        )
        start = len(rows) - 1
        details = [f"Entry {index}: {entry.content.title}"]
        if report.what_they_said:
            details.append(f"What they said: {report.what_they_said}")
        if report.what_they_did:
            details.append(f"What they did: {report.what_they_did}")
        if report.concerns:
            details.append("About: " + concerns_text(ctx, report))
        rows.append(["", ctx.p("\n".join(details), styles.small), "", "", "", ""])
        end = len(rows) - 1
        commands += [
            ("SPAN", (1, end), (5, end)),
            ("NOSPLIT", (0, start), (-1, end)),
            ("LINEBELOW", (0, end), (-1, end), 0.4, RULE),
        ]
    table = LongTable(rows, colWidths=WIDTHS, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    story.append(table)
    return story
