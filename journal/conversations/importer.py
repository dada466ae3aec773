"""Importing one message export: parse, keep the original, store the new messages.

Nothing is stored unless the whole file is read: messages go into pending encrypted
batches as they are parsed (so memory stays flat), the original file and any media
of a .zip export are imported as evidence like any other file, and one transaction
then makes all of it ready and points the settings at the new manifest. On any
failure every pending object is removed.

A file imported before (same SHA-256) adds nothing. A message already stored from
another export (same fingerprint: an overlapping export of the same chat) is not
stored twice; the file is still kept, and its source record counts it as known.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal.conversations.batches import (
    BATCH_SIZE,
    BatchRef,
    commit,
    discard,
    write_pending,
)
from journal.conversations.index import index_part
from journal.conversations.media import keep_zip_media
from journal.conversations.records import (
    SourceFile,
    StoredConversation,
)
from journal.conversations.zones import ZoneChoice, choose_zone, day_of, time_plain
from journal.errors import JournalError
from journal.evidence.streaming import import_file
from journal.messages import (
    Attachment,
    CallRecord,
    Conversation,
    Message,
    MessageFormatError,
    parse_export,
)
from journal.messages.source import file_digest

if TYPE_CHECKING:
    from journal.conversations.store import MessageStore
    from journal.journal import Journal
    from journal.vault.lifecycle import UnlockedVault


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    sha256: str
    conversations: int
    messages: int  # new messages stored (0 for a file imported before)
    calls: int
    known: int  # messages that were already stored from an overlapping export
    already_imported: bool
    zone: ZoneChoice | None  # the zone applied to zone-less times, when there were any
    warnings: tuple[str, ...]
    source_attachment: str


class _Batcher:
    """The parser's sink: new records, as plain values, into pending batches."""

    def __init__(
        self, vault: UnlockedVault, known: set[str], source: str, zone: ZoneChoice
    ) -> None:
        self._vault, self._known, self._source, self._zone = vault, known, source, zone
        self.buffer: list[dict[str, Any]] = []
        self.days: list[str] = []
        self.batches: list[BatchRef] = []
        self.indexes: list[dict[str, Any]] = []
        self.new_messages = self.new_calls = self.known_count = 0
        self.zone_used = False

    def __call__(self, item: Message | CallRecord) -> None:
        record_id = item.fingerprint[:32]
        if record_id in self._known:
            self.known_count += 1
            return
        self._known.add(record_id)
        time = time_plain(item.time, self._zone)
        self.zone_used = self.zone_used or item.time.zone_assumed
        if isinstance(item, CallRecord):
            self.new_calls += 1
            record = _call_plain(item, record_id, time, self._source)
        else:
            self.new_messages += 1
            record = _message_plain(item, record_id, time, self._source)
        self.buffer.append(record)
        self.days.append(day_of(time))
        if len(self.buffer) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            index = index_part(self.buffer, self.days)
            self.batches.append(write_pending(self._vault, self.buffer, index))
            self.indexes.append(index)  # the index costs a fraction of the records
            self.buffer, self.days = [], []

    def pending(self) -> list[bytes]:
        return [bytes.fromhex(i) for b in self.batches for i in (b.id, b.index_id)]


def _message_plain(
    item: Message, record_id: str, time: dict[str, Any], source: str
) -> dict[str, Any]:
    """The stored record of a message, as records.record_plain would write it, with
    its keys in sorted order (batches.presorted_json relies on that)."""
    pairs: list[tuple[str, Any]] = [
        ("attachments", [_attachment(a) for a in item.attachments]),
        ("conversation", item.conversation_id),
        ("deleted", item.is_deleted or None),
        ("edited", item.is_edited or None),
        ("from_me", item.from_me),
        ("id", record_id),
        ("location", item.location),
        ("media_omitted", item.media_omitted or None),
        ("sender", item.sender_name),
        ("sender_id", item.sender_id),
        ("source", source),
        ("source_id", item.source_id),
        ("system", item.is_system or None),
        ("text", item.text),
        ("time", time),
        ("type", "message"),
    ]
    return {k: v for k, v in pairs if v is not None and v != []}


def _attachment(attachment: Attachment) -> dict[str, Any]:
    pairs = (
        ("content_type", attachment.content_type),
        ("name", attachment.name),
        ("size", attachment.size),
    )
    return {k: v for k, v in pairs if v is not None}


def _call_plain(
    item: CallRecord, record_id: str, time: dict[str, Any], source: str
) -> dict[str, Any]:
    pairs: list[tuple[str, Any]] = [
        ("conversation", item.conversation_id),
        ("direction", item.direction),
        ("duration_seconds", item.duration_seconds),
        ("id", record_id),
        ("location", item.location),
        ("name", item.name),
        ("number", item.number),
        ("source", source),
        ("time", time),
        ("type", "call"),
    ]
    return {k: v for k, v in pairs if v is not None}


def import_messages(
    journal: Journal,
    path: Path,
    fmt: str | None = None,
    *,
    me: str | None = None,
    timezone: str | None = None,
) -> ImportResult:
    """Import one export file into the journal (see the module's docstring). Raises
    MessageFormatError (nothing stored) for a file that is not a recognised,
    well-formed export."""
    with journal._lock:  # one writer of the message manifest at a time
        try:
            return _import(journal.messages, journal.vault, path, fmt, me, timezone)
        finally:
            journal.settings.load()  # the settings now name the new manifest


def _import(
    store: MessageStore,
    vault: UnlockedVault,
    path: Path,
    fmt: str | None,
    me: str | None,
    timezone: str | None,
) -> ImportResult:
    sha256, _size = file_digest(path)
    earlier = store.source(sha256)
    if earlier is not None:
        return _again(earlier, path)
    zone = choose_zone(timezone)  # a bad --timezone fails before anything is read
    batcher = _Batcher(vault, store.known_ids(), sha256, zone)
    pointer = store.pointer
    pending: list[bytes] = []
    try:
        parsed = parse_export(path, fmt, me=me, sink=batcher)
        batcher.flush()
        pending += batcher.pending()
        if parsed.source_sha256 != sha256:
            raise MessageFormatError(
                f"The file {path.name} changed while it was being imported. Nothing was imported."
            )
        original = import_file(vault.store, vault.keys, path, vault.clock)
        pending.append(bytes.fromhex(original.attachment_id))
        if original.sha256 != sha256:
            raise MessageFormatError(
                f"The file {path.name} changed while it was being imported. Nothing was imported."
            )
        media = keep_zip_media(vault, path, pending) if parsed.archive_members else ()
        source = SourceFile(
            sha256=sha256,
            format=parsed.format,
            file=original,
            imported_at=original.imported_at,
            messages_new=batcher.new_messages,
            messages_known=batcher.known_count,
            calls_new=batcher.new_calls,
            zone=zone.name if batcher.zone_used else None,
            zone_confirmed=batcher.zone_used and zone.confirmed,
            conversations=len(parsed.conversations),
            me=me,
            warnings=parsed.warnings,
            members=media,
        )
        manifest = replace(
            store.manifest,
            batches=[*store.manifest.batches, *batcher.batches],
            sources=[*store.manifest.sources, source],
            conversations=_merged(
                store.manifest.conversations, parsed.conversations, parsed.format
            ),
        )
        store.committed(manifest, commit(vault, manifest, pending, pointer), batcher.indexes)
    except BaseException:
        with contextlib.suppress(JournalError):
            discard(vault, [*pending, *batcher.pending()])
        raise
    return ImportResult(
        file_name=path.name,
        sha256=sha256,
        conversations=len(parsed.conversations),
        messages=batcher.new_messages,
        calls=batcher.new_calls,
        known=batcher.known_count,
        already_imported=False,
        zone=zone if batcher.zone_used else None,
        warnings=parsed.warnings,
        source_attachment=original.attachment_id,
    )


def _again(earlier: SourceFile, path: Path) -> ImportResult:
    return ImportResult(
        file_name=path.name,
        sha256=earlier.sha256,
        conversations=earlier.conversations,
        messages=0,
        calls=0,
        known=0,
        already_imported=True,
        zone=None,
        warnings=(),
        source_attachment=earlier.file.attachment_id,
    )


def _merged(
    known: dict[str, StoredConversation], parsed: tuple[Conversation, ...], fmt: str
) -> dict[str, StoredConversation]:
    out = dict(known)
    for conversation in parsed:
        before = out.get(conversation.id)
        if before is None:
            out[conversation.id] = StoredConversation(
                conversation.id, conversation.title, fmt, conversation.participants
            )
        else:
            people = dict.fromkeys((*before.participants, *conversation.participants))
            out[conversation.id] = replace(before, participants=tuple(people))
    return out
