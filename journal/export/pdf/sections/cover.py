"""The cover: what this document is, what it covers, and what it commits to."""

from __future__ import annotations

from datetime import UTC

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from journal.export.options import ExportOptions, Selection
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, grid
from journal.export.source_damage import SourceDamage
from journal.export.words import Words


def period(selection: Selection, words: Words) -> str:
    options = selection.options
    if options.date_from or options.date_to:
        start = options.date_from.isoformat() if options.date_from else words("cover.first_entry")
        end = options.date_to.isoformat() if options.date_to else words("cover.last_entry")
        return words("cover.from_to", start=start, end=end)
    return words("cover.all_dates")


def filters(options: ExportOptions, words: Words) -> list[str]:
    kinds = words.labels("kind", sorted(options.kinds)) or words("cover.all_kinds")
    categories = words.labels("cat", sorted(options.categories)) or words("cover.all_categories")
    return [
        words("cover.kinds", kinds=kinds),
        words("cover.categories", categories=categories),
        words("cover.private_in" if options.include_private else "cover.private_out"),
        words("cover.history_in" if options.include_history else "cover.history_out"),
    ]


def redaction_line(selection: Selection, words: Words) -> str:
    profile = selection.options.redaction
    if profile is None:
        return words("cover.no_redaction")
    places = selection.redactions
    if places == 1:
        return words("cover.redacted_one", name=profile.name)
    return words("cover.redacted_many", name=profile.name, places=places)


def damage_line(damage: SourceDamage, words: Words) -> str:
    """`SourceDamage.summary` in the export's language: how many problems, how many
    exhibits could not be read, and that each is listed on the integrity page."""
    count = len(damage.problems) + len(damage.unreadable_exhibits)
    said = words("damage.one") if count == 1 else words("damage.many", count=count)
    if damage.unreadable_exhibits:
        said += words("damage.unreadable", count=len(damage.unreadable_exhibits))
    return words("damage.end", text=said)


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
        (words("cover.period"), period(selection, words), False),
        (words("cover.filters"), "\n".join(filters(options, words)), False),
        (words("cover.redaction"), redaction_line(selection, words), False),
        (
            words("cover.generated"),
            words("cover.utc", time=f"{generated.astimezone(UTC):%Y-%m-%d %H:%M:%S}")
            + "\n"
            + words("cover.local", time=f"{local:%Y-%m-%d %H:%M:%S}", offset=f"{local:%z}"),
            False,
        ),
        (
            words("cover.contents"),
            words("cover.counts", entries=len(selection.entries), excluded=selection.excluded)
            + "\n"
            + words(
                "cover.exhibit_counts",
                exhibits=len(selection.exhibits),
                people=len(selection.people),
            ),
            False,
        ),
        (words("cover.journal_id"), selection.vault_fingerprint, True),
        (words("cover.chain_head"), selection.chain_head, True),
    ]
    if ctx.signing_fingerprint:
        rows.append((words("cover.signing"), ctx.signing_fingerprint, True))
    if selection.damage.any:
        rows.insert(0, (words("cover.damaged"), damage_line(selection.damage, words), False))
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
