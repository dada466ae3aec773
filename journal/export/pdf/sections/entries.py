"""Detailed entries: every included field, honest times, and what the system recorded."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from journal.entries.model import (
    PRECISIONS,
    Entry,
)
from journal.entries.revision_diff import save_times
from journal.entries.revision_kinds import ChangeTally, change_summary, change_tally
from journal.entries.timeparse import describe
from journal.export.pdf.context import RenderContext
from journal.export.pdf.sections import evidence, history, message_log
from journal.export.pdf.sections.report_words import account_line, report_lines
from journal.export.pdf.styles import FRAME_WIDTH, grid
from journal.export.words import Words

LABEL_WIDTH = 38 * mm


def _when_rows(ctx: RenderContext, entry: Entry) -> list[tuple[str, str]]:
    words = ctx.words
    when = entry.content.occurred
    entered = when.start + (f" – {when.end}" if when.end else "")
    note = f"precision.{when.precision}"
    precision = words(note) if note in words.catalogue else PRECISIONS.get(when.precision, "")
    rows = [
        (words("f.when"), words.phrase(describe(when))),
        (words("f.precision"), precision or when.precision),
        (words("f.entered"), entered),
    ]
    if when.timezone:
        rows.append((words("f.timezone"), when.timezone))
    return rows


def _people(ctx: RenderContext, entry: Entry) -> str:
    names = ctx.person_names
    lines = []
    for link in entry.content.people:
        details = ", ".join(
            d
            for d in (
                ctx.words.label("role", link.role),
                ctx.words.label("duty", link.on_duty) if link.on_duty else "",
            )
            if d
        )
        name = names.get(link.person_id, ctx.words("ent.not_exported"))
        line = f"{name} ({details})"
        lines.append(f"{line}: {link.note}" if link.note else line)
    return "\n".join(lines)


def _injuries(ctx: RenderContext, entry: Entry) -> str:
    return "\n".join(
        " · ".join(
            p
            for p in (
                i.description,
                i.body_area,
                i.medical_attention,
                ctx.words("ent.photographed") if i.photographed else "",
            )
            if p
        )
        for i in entry.content.injuries
    )


def _reports(ctx: RenderContext, entry: Entry) -> str:
    return "\n".join(line for r in entry.content.reports for line in report_lines(ctx.words, r))


def _risk(ctx: RenderContext, entry: Entry) -> str:
    words = ctx.words
    return "\n".join(
        " · ".join(
            p for p in (words.label("risk", r.key), words.label("risk_state", r.state), r.note) if p
        )
        for r in entry.content.risk
    )


def field_rows(ctx: RenderContext, entry: Entry) -> list[tuple[str, str]]:
    """(label, value) for every field with something in it, in the editor's order."""
    c, words = entry.content, ctx.words
    rows = [(words("f.kind"), words.label("kind", c.kind)), *_when_rows(ctx, entry)]
    rows += [
        (words("f.where"), c.location),
        (words("f.categories"), words.labels("cat", c.categories)),
        (words("f.tags"), ", ".join(c.tags)),
        (words("f.people"), _people(ctx, entry)),
        (words("f.injuries"), _injuries(ctx, entry)),
        (words("f.medical"), c.medical),
        (words("f.reports"), _reports(ctx, entry)),
        (words("entry.account_label"), "\n".join(account_line(words, a) for a in c.accounts)),
        (words("f.risk"), _risk(ctx, entry)),
        (words("f.told"), words("f.yes") if c.disclosure else ""),
    ]
    return [(label, value) for label, value in rows if value]


def _changes(words: Words, tally: ChangeTally) -> str:
    """The revisions' changes in the export's language ("archivos añadidos: 2")."""
    if tally.once:
        return words("chg.once")
    if tally.edited:
        text = words("chg.changed", fields=words.labels("fld", tally.edited).lower())
    else:
        text = words("chg.unchanged")
    rest = [words(f"chg.added.{k}", count=n) for k, n in tally.added.items() if n]
    rest += [words(f"chg.removed.{k}", count=n) for k, n in tally.removed.items() if n]
    rest += [words("chg.withdrawn")] if tally.withdrawn else []
    rest += [words("chg.purged")] if tally.purged else []
    return f"{text}; {', '.join(rest)}" if rest else text


def system_lines(ctx: RenderContext, entry: Entry) -> str:
    first_utc, _ = save_times(entry.first_recorded)
    last_utc, _ = save_times(entry.last_recorded)
    count = entry.revision_count
    options = ctx.selection.options
    hidden = {"private_notes"} if not options.include_private else set()
    hidden |= {"risk"} if not options.include_risk else set()
    history = ctx.journal.history(entry.entry_id)
    words = ctx.words
    if words.language == "en":  # its own singulars and plurals: "1 file added"
        changes = change_summary(history, frozenset(hidden))
    else:
        changes = _changes(words, change_tally(history, frozenset(hidden)))
    saved = words("sys.once") if count == 1 else words("sys.times", count=count, changes=changes)
    lines = [words("sys.recorded", first=first_utc, last=last_utc, saved=saved)]
    if entry.retrospective:
        lines.append(words("sys.later"))
    if ctx.redacted(entry):
        lines.append(words("sys.redacted"))
    return "\n".join(lines)


def _table(ctx: RenderContext, rows: list[tuple[str, str]]) -> Table:
    styles = ctx.styles
    table = Table(
        [
            ctx.mirrored([ctx.p(label, styles.label), ctx.p(value, styles.cell)])
            for label, value in rows
        ],
        colWidths=ctx.mirrored([LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH]),
        splitInRow=1,
    )
    table.setStyle(grid(ctx.styles.fonts, header=False, banded=False))
    return table


def entry_story(ctx: RenderContext, entry: Entry, index: int) -> list[Flowable]:
    styles, c = ctx.styles, entry.content
    when = ctx.words.phrase(describe(c.occurred))
    heading = ctx.headings(
        f"{index}. {c.title}",
        1,
        f"entry-{entry.entry_id}",
        outline=f"{when} — {c.title}",
        entry=True,
    )
    story: list[Flowable] = [KeepTogether([*heading, ctx.p(when, styles.muted)])]
    story.append(_table(ctx, field_rows(ctx, entry)))
    if c.narrative:
        what = ctx.p(ctx.words("f.what_happened"), styles.label)
        story += [what, *ctx.paragraphs(c.narrative, styles.body)]
    if c.private_notes:
        story += [ctx.p(ctx.words("f.private"), styles.label), *ctx.paragraphs(c.private_notes)]
    story += evidence.for_entry(ctx, entry)
    story += message_log.for_entry(ctx, entry)
    story.append(ctx.p(system_lines(ctx, entry), styles.note))
    if ctx.selection.options.include_history:
        story += history.for_entry(ctx, entry)
    story.append(Spacer(1, 4 * mm))
    return story


def build_part(
    ctx: RenderContext, part: Sequence[Entry], first: int = 1, title: str | None = None
) -> list[Flowable]:
    """The entries of `part`, numbered from `first` (a volume holds a run of them)."""
    story: list[Flowable] = [ctx.heading(title or ctx.words("h.entries"), 0, "entries")]
    if not part:
        story.append(ctx.p(ctx.words("no_entries"), ctx.styles.body))
    for index, entry in enumerate(part, start=first):
        story += entry_story(ctx, entry, index)
        ctx.progress.step()
    return story


def build(ctx: RenderContext) -> list[Flowable]:
    return build_part(ctx, ctx.selection.entries)
