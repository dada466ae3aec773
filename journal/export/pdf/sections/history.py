"""Revision history of one entry (when the export asks for it), redacted like the entry.

Each older revision goes through `options.redact_entry` first, so history can
never show a private note or a hidden address that the current entry hides.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable

from journal.entries.model import Entry, EntryContent, Revision
from journal.entries.revision_diff import STATUS_LABELS, diff_revisions, revision_status, save_times
from journal.export.options import redact_entry
from journal.export.pdf.context import RenderContext

VALUE_LIMIT = 1500


def _redacted(revision: Revision, ctx: RenderContext) -> Revision:
    if not isinstance(revision.content, EntryContent):
        return revision
    as_entry = Entry(revision.record_id, revision.content, revision.attachments, "", "", 0)
    shown = redact_entry(as_entry, ctx.selection.options)
    return replace(revision, content=shown.content, attachments=shown.attachments)


def _short(text: str) -> str:
    return text if len(text) <= VALUE_LIMIT else text[:VALUE_LIMIT] + " …"


def for_entry(ctx: RenderContext, entry: Entry) -> list[Flowable]:
    styles = ctx.styles
    names = ctx.person_names
    story: list[Flowable] = [ctx.p("Revision history", styles.label)]
    previous: Revision | None = None
    for raw in ctx.journal.history(entry.entry_id):
        revision = _redacted(raw, ctx)
        status = STATUS_LABELS[revision_status(revision)]
        saved, _local = save_times(revision.recorded_at)
        story.append(
            ctx.p(f"Revision {revision.revision} · {status} · saved {saved}", styles.cell_bold)
        )
        changes = diff_revisions(previous, revision, names)
        if revision.content is None:
            story.append(
                ctx.p("Content removed for good (purged); only its hash remains.", styles.small)
            )
        elif not changes:
            story.append(ctx.p("No visible change in this copy.", styles.small))
        for change in changes:
            before = f"before: {_short(change.old)}\n" if change.old else ""
            story.append(ctx.p(f"{change.label}: {before}now: {_short(change.new)}", styles.small))
        previous = revision
    return story
