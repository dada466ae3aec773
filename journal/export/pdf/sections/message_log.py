"""Under an entry: the messages and calls linked to it, as a message log.

Each line says who (name and number or id where the source has one), when (with the
zone, and whether that zone is the source's, the user's confirmed assumption or an
unconfirmed one), and which exhibit holds the original export file; then the text
exactly as stored (long texts split into blocks, so 2,000 linked messages lay out in
time that grows with their length only).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from journal.conversations.records import StoredCall, StoredMessage
from journal.conversations.zones import shown
from journal.entries.model import Entry
from journal.export.linked_messages import files_of, linked
from journal.export.message_log import hide_terms
from journal.export.pdf.context import RenderContext
from journal.export.words import Words
from journal.export.words.worded import worded

SHORT = 8  # a message of at most this many flowables is kept on one page
#: The templates of zones.shown -> the PDF's keys (journal/export/words).
TIME_KEYS = {
    "{time} {zone} (assumed: {how})": "messages.assumed",
    "{time} {zone} (assumed: {how}; ambiguous in that zone)": "messages.assumed_ambiguous",
    "{time} {zone} (assumed: {how}; nonexistent in that zone)": "messages.assumed_nonexistent",
    "{time} {zone} (assumed: {how}; {doubt} in that zone)": "messages.assumed_doubt",
    "zone confirmed by the user": "messages.confirmed",
    "zone NOT confirmed": "messages.unconfirmed",
}


def _who(words: Words, record: StoredMessage | StoredCall) -> str:
    if isinstance(record, StoredCall):
        name = record.name or record.number
        key = f"messages.dir.{record.direction}"
        direction = words(key) if key in words.catalogue else record.direction
        return words(
            "messages.call",
            direction=direction,
            name=name,
            number=record.number,
            seconds=record.duration_seconds,
        )
    who = record.sender or words("messages.system_sender")
    return f"{who} ({record.sender_id})" if record.sender_id else who


def _marks(words: Words, record: StoredMessage) -> str:
    marks = [
        ("messages.deleted", record.deleted),
        ("messages.edited", record.edited),
        ("messages.media", record.media_omitted),
        ("messages.system", record.system),
    ]
    return "; ".join(words(key) for key, on in marks if on)


def _attachments(ctx: RenderContext, record: StoredMessage) -> str:
    parts = []
    for attachment in record.attachments:
        kept = ctx.journal.messages.kept_media(attachment)
        number = ctx.selection.exhibit_of.get(kept.attachment_id, "") if kept else ""
        parts.append(f"{attachment.name} ({number})" if number else attachment.name)
    return ctx.words("messages.attachments", names=", ".join(parts))


def _record(ctx: RenderContext, record: StoredMessage | StoredCall) -> list[Flowable]:
    styles, profile, words = ctx.styles, ctx.selection.options.redaction, ctx.words
    files = files_of(ctx.journal, record)
    source = ctx.selection.exhibit_of.get(files[0].attachment_id, "") if files else ""
    when = worded(words, shown(record.time), TIME_KEYS)
    origin = words("messages.from", source=source or "?")
    head = f"{when} · {hide_terms(profile, _who(words, record))} · {origin}"
    block: list[Flowable] = [ctx.p(head, styles.cell_bold)]
    if isinstance(record, StoredMessage):
        if record.text:
            block += ctx.paragraphs(hide_terms(profile, record.text), styles.cell)
        if record.attachments:
            block.append(ctx.p(_attachments(ctx, record), styles.small))
        if marks := _marks(words, record):
            block.append(ctx.p(marks, styles.small))
    written = words("messages.written", raw=record.time.raw, location=record.location)
    block += [ctx.p(written, styles.small), Spacer(1, 1.5 * mm)]
    return [KeepTogether(block)] if len(block) <= SHORT else block


def for_entry(ctx: RenderContext, entry: Entry) -> list[Flowable]:
    log = linked(ctx.journal, entry)
    if not log.records and not log.missing:
        return []
    styles = ctx.styles
    story: list[Flowable] = [
        ctx.p(ctx.words("messages.title", count=len(log.records)), styles.label),
        ctx.p(ctx.words("messages.intro"), styles.small),
    ]
    for record in log.records:
        story += _record(ctx, record)
    for missing in log.missing:
        story.append(ctx.p(ctx.words("messages.missing", id=missing), styles.small))
    return story
