"""The cover: what this document is, what it covers, and what it commits to."""

from __future__ import annotations

from datetime import UTC

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from journal.entries.model import CATEGORIES, KINDS
from journal.export.options import ExportOptions, Selection
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, grid


def period(selection: Selection) -> str:
    options = selection.options
    if options.date_from or options.date_to:
        start = options.date_from.isoformat() if options.date_from else "the first entry"
        end = options.date_to.isoformat() if options.date_to else "the last entry"
        return f"From {start} to {end}"
    return "All dates"


def filters(options: ExportOptions) -> list[str]:
    kinds = ", ".join(KINDS.get(k, k) for k in sorted(options.kinds)) or "All kinds"
    categories = (
        ", ".join(CATEGORIES.get(c, c) for c in sorted(options.categories)) or "All categories"
    )
    return [
        f"Kinds: {kinds}",
        f"Categories: {categories}",
        "Private notes: " + ("included" if options.include_private else "left out"),
        "Revision history: " + ("included" if options.include_history else "not included"),
    ]


def redaction_line(selection: Selection) -> str:
    profile = selection.options.redaction
    if profile is None:
        return "None"
    places = selection.redactions
    return (
        f"Profile “{profile.name}”: {places} place{'' if places == 1 else 's'} hidden, "
        "each shown as [redacted]"
    )


def build(ctx: RenderContext) -> list[Flowable]:
    selection, styles = ctx.selection, ctx.styles
    options = selection.options
    generated = selection.generated_at
    local = generated.astimezone()
    rows: list[tuple[str, str, bool]] = [
        ("Period", period(selection), False),
        ("Filters", "\n".join(filters(options)), False),
        ("Redaction", redaction_line(selection), False),
        (
            "Generated",
            f"{generated.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC\n"
            f"{local:%Y-%m-%d %H:%M:%S} local time (UTC{local:%z})",
            False,
        ),
        (
            "Contents",
            f"{len(selection.entries)} entries included, {selection.excluded} left out by the "
            f"filters\n{len(selection.exhibits)} exhibits, {len(selection.people)} people",
            False,
        ),
        ("Journal id (not a key)", selection.vault_fingerprint, True),
        ("Chain head", selection.chain_head, True),
    ]
    if ctx.signing_fingerprint:
        rows.append(("Signing-key fingerprint", ctx.signing_fingerprint, True))
    if selection.damage.any:
        rows.insert(0, ("Source journal: DAMAGED", selection.damage.summary(), False))
    table = Table(
        [
            [ctx.p(label, styles.label), ctx.p(value, styles.mono if mono else styles.cell)]
            for label, value, mono in rows
        ],
        colWidths=[45 * mm, FRAME_WIDTH - 45 * mm],
    )
    table.setStyle(grid(ctx.styles.fonts, header=False, banded=False))
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        ctx.heading(options.title or "Chronology of events", 0, "cover", style=styles.title),
    ]
    if options.prepared_by:
        story.append(ctx.p(f"Prepared by {options.prepared_by}", styles.body))
    story += [
        Spacer(1, 8 * mm),
        table,
        Spacer(1, 8 * mm),
        ctx.p(
            "Everything in this chronology was written by the person who kept the journal, "
            "except what is marked as recorded by the system: save times, revision counts and "
            "file hashes. Times of events are shown only as precisely as they were given "
            "(“approx.”, a day, or a month). The last page explains what the values above "
            "show, what they do not, and how to check them.",
            styles.muted,
        ),
    ]
    return story
