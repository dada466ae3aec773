"""The cover: what this document is, what it covers, and what it commits to."""

from __future__ import annotations

from datetime import UTC

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from journal.entries.model import CATEGORIES, KINDS
from journal.export.options import ExportOptions, Selection
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, grid
from journal.export.words import Words


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


def shown_title(options: ExportOptions, words: Words) -> str:
    """The title asked for; the default English title in the export's language."""
    if not options.title or options.title == ExportOptions.title:
        return words("title")
    return options.title


def build(ctx: RenderContext) -> list[Flowable]:
    selection, styles, words = ctx.selection, ctx.styles, ctx.words
    options = selection.options
    generated = selection.generated_at
    local = generated.astimezone()
    rows: list[tuple[str, str, bool]] = [
        (words("cover.period"), period(selection), False),
        (words("cover.filters"), "\n".join(filters(options)), False),
        (words("cover.redaction"), redaction_line(selection), False),
        (
            words("cover.generated"),
            f"{generated.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC\n"
            f"{local:%Y-%m-%d %H:%M:%S} local time (UTC{local:%z})",
            False,
        ),
        (
            words("cover.contents"),
            f"{len(selection.entries)} entries included, {selection.excluded} left out by the "
            f"filters\n{len(selection.exhibits)} exhibits, {len(selection.people)} people",
            False,
        ),
        (words("cover.journal_id"), selection.vault_fingerprint, True),
        (words("cover.chain_head"), selection.chain_head, True),
    ]
    if ctx.signing_fingerprint:
        rows.append((words("cover.signing"), ctx.signing_fingerprint, True))
    if selection.damage.any:
        rows.insert(0, (words("cover.damaged"), selection.damage.summary(), False))
    table = Table(
        [
            ctx.mirrored(
                [ctx.p(label, styles.label), ctx.p(value, styles.mono if mono else styles.cell)]
            )
            for label, value, mono in rows
        ],
        colWidths=ctx.mirrored([45 * mm, FRAME_WIDTH - 45 * mm]),
    )
    table.setStyle(grid(ctx.styles.fonts, header=False, banded=False))
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        ctx.heading(shown_title(options, words), 0, "cover", style=styles.title),
    ]
    if options.prepared_by:
        story.append(ctx.p(words("cover.prepared_by", name=options.prepared_by), styles.body))
    story += [
        Spacer(1, 8 * mm),
        table,
        Spacer(1, 8 * mm),
        ctx.p(words("cover.note"), styles.muted),
    ]
    return story
