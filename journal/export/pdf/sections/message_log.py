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

SHORT = 8  # a message of at most this many flowables is kept on one page
INTRO = (
    "Messages linked to this entry, from the message histories imported into the journal, "
    "in time order. Text is as the export file holds it. Times marked 'assumed' come from "
    "an export that gives no time zone; the zone shown was applied to them."
)


def _who(record: StoredMessage | StoredCall) -> str:
    if isinstance(record, StoredCall):
        name = record.name or record.number
        return f"Call, {record.direction}: {name} ({record.number}), {record.duration_seconds} s"
    who = record.sender or "(system message)"
    return f"{who} ({record.sender_id})" if record.sender_id else who


def _marks(record: StoredMessage) -> str:
    marks = [
        ("deleted-message marker", record.deleted),
        ("edited", record.edited),
        ("media left out of the export", record.media_omitted),
        ("system message", record.system),
    ]
    return "; ".join(label for label, on in marks if on)


def _attachments(ctx: RenderContext, record: StoredMessage) -> str:
    parts = []
    for attachment in record.attachments:
        kept = ctx.journal.messages.kept_media(attachment)
        number = ctx.selection.exhibit_of.get(kept.attachment_id, "") if kept else ""
        parts.append(f"{attachment.name} ({number})" if number else attachment.name)
    return "Attachments: " + ", ".join(parts)


def _record(ctx: RenderContext, record: StoredMessage | StoredCall) -> list[Flowable]:
    styles, profile = ctx.styles, ctx.selection.options.redaction
    files = files_of(ctx.journal, record)
    source = ctx.selection.exhibit_of.get(files[0].attachment_id, "") if files else ""
    head = f"{shown(record.time)} · {hide_terms(profile, _who(record))} · from {source or '?'}"
    block: list[Flowable] = [ctx.p(head, styles.cell_bold)]
    if isinstance(record, StoredMessage):
        if record.text:
            block += ctx.paragraphs(hide_terms(profile, record.text), styles.cell)
        if record.attachments:
            block.append(ctx.p(_attachments(ctx, record), styles.small))
        if marks := _marks(record):
            block.append(ctx.p(marks, styles.small))
    written = f"Written in the export as: {record.time.raw} · {record.location}"
    block += [ctx.p(written, styles.small), Spacer(1, 1.5 * mm)]
    return [KeepTogether(block)] if len(block) <= SHORT else block


def for_entry(ctx: RenderContext, entry: Entry) -> list[Flowable]:
    log = linked(ctx.journal, entry)
    if not log.records and not log.missing:
        return []
    styles = ctx.styles
    story: list[Flowable] = [
        ctx.p(f"Linked messages ({len(log.records)})", styles.label),
        ctx.p(INTRO, styles.small),
    ]
    for record in log.records:
        story += _record(ctx, record)
    for missing in log.missing:
        story.append(
            ctx.p(
                f"Linked message {missing} cannot be shown: it is not among the readable "
                "stored messages (see the integrity page).",
                styles.small,
            )
        )
    return story
