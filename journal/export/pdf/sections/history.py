"""Revision history of one entry (when the export asks for it), redacted like the entry.

Each older revision goes through `options.redact_entry` first, so history can
never show a private note or a hidden address that the current entry hides.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable

from journal.entries.model import Entry, EntryContent, Revision
from journal.entries.revision_diff import diff_revisions, revision_status, save_times
from journal.entries.revision_values import Label, english_label
from journal.export.options import redact_entry
from journal.export.pdf.context import RenderContext
from journal.export.pdf.sections.report_words import PART_KEYS
from journal.export.words import Words
from journal.export.words.worded import worded

VALUE_LIMIT = 1500


def _redacted(revision: Revision, ctx: RenderContext) -> Revision:
    if not isinstance(revision.content, EntryContent):
        return revision
    as_entry = Entry(revision.record_id, revision.content, revision.attachments, "", "", 0)
    shown = redact_entry(as_entry, ctx.selection.options)
    return replace(revision, content=shown.content, attachments=shown.attachments)


def _short(text: str) -> str:
    return text if len(text) <= VALUE_LIMIT else text[:VALUE_LIMIT] + " …"


def value_words(words: Words) -> Label:
    """The fixed words inside a revision's values in the PDF's language: the model's
    labels from the catalogue, the rest ("Entered as", a precision) from "hd." keys,
    and a phrase of the core (group "phrase": a date, a report's reference) as the PDF
    words it."""

    def label(group: str, key: str) -> str:
        if group == "phrase":  # a report's parts as the detailed entries word them
            return worded(words, key, PART_KEYS)
        if group in ("diff", "precision"):
            found = words.catalogue.get(f"hd.{group}.{key}")
            return found if found is not None else english_label(group, key)
        return words.label(group, key)

    return label


def for_entry(ctx: RenderContext, entry: Entry) -> list[Flowable]:
    styles, words = ctx.styles, ctx.words
    names = ctx.person_names
    story: list[Flowable] = [ctx.p(words("hist.title"), styles.label)]
    previous: Revision | None = None
    label = value_words(words)
    for raw in ctx.journal.history(entry.entry_id):
        revision = _redacted(raw, ctx)
        status = words(f"hist.{revision_status(revision)}")
        saved, _local = save_times(revision.recorded_at)
        line = words("hist.revision", number=revision.revision, status=status, saved=saved)
        story.append(ctx.p(line, styles.cell_bold))
        changes = diff_revisions(previous, revision, names, label)
        if revision.content is None:
            story.append(ctx.p(words("hist.purged_note"), styles.small))
        elif not changes:
            story.append(ctx.p(words("hist.no_change"), styles.small))
        for change in changes:
            before = words("hist.before", value=_short(change.old)) + "\n" if change.old else ""
            now = words("hist.now", value=_short(change.new))
            field = words.label("fld", change.key)
            story.append(ctx.p(f"{field}: {before}{now}", styles.small))
        previous = revision
    return story
