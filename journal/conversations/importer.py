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
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from journal.conversations.batches import (
    BATCH_SIZE,
    BatchRef,
    commit,
    discard,
    encode_batch,
    write_pending,
)
from journal.conversations.media import keep_zip_media
from journal.conversations.records import (
    SourceFile,
    StoredAttachment,
    StoredCall,
    StoredConversation,
    StoredMessage,
    StoredTime,
)
from journal.conversations.zones import ZoneChoice, choose_zone, stored_time
from journal.errors import JournalError
from journal.evidence.streaming import import_file
from journal.messages import CallRecord, Conversation, Message, MessageFormatError, parse_export
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
    """The parser's sink: new records into pending batches of BATCH_SIZE."""

    def __init__(
        self, vault: UnlockedVault, known: set[str], source: str, zone: Callable[[], ZoneChoice]
    ) -> None:
        self._vault, self._known, self._source, self._zone = vault, known, source, zone
        self.buffer: list[StoredMessage | StoredCall] = []
        self.batches: list[BatchRef] = []
        self.new_messages = self.new_calls = self.known_count = 0
        self.zone_used: ZoneChoice | None = None

    def __call__(self, item: Message | CallRecord) -> None:
        record_id = item.fingerprint[:32]
        if record_id in self._known:
            self.known_count += 1
            return
        self._known.add(record_id)
        zone = self._zone()
        if item.time.zone_assumed:
            self.zone_used = zone
        if isinstance(item, CallRecord):
            self.new_calls += 1
            self.buffer.append(
                StoredCall(
                    id=record_id,
                    direction=item.direction,
                    number=item.number,
                    time=stored_time(item.time, zone),
                    duration_seconds=item.duration_seconds,
                    source=self._source,
                    location=item.location,
                    name=item.name,
                    conversation=item.conversation_id,
                )
            )
        else:
            self.new_messages += 1
            self.buffer.append(
                _stored_message(item, record_id, stored_time(item.time, zone), self._source)
            )
        if len(self.buffer) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            ref = write_pending(self._vault, encode_batch(self.buffer))
            self.batches.append(replace(ref, records=len(self.buffer)))
            self.buffer = []


def _stored_message(item: Message, record_id: str, time: StoredTime, source: str) -> StoredMessage:
    return StoredMessage(
        id=record_id,
        conversation=item.conversation_id,
        sender=item.sender_name,
        time=time,
        text=item.text,
        source=source,
        location=item.location,
        sender_id=item.sender_id,
        attachments=tuple(
            StoredAttachment(a.name, a.size, a.content_type) for a in item.attachments
        ),
        source_id=item.source_id,
        from_me=item.from_me,
        system=item.is_system,
        deleted=item.is_deleted,
        edited=item.is_edited,
        media_omitted=item.media_omitted,
    )


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
        return _again(store, earlier, path)
    zone = choose_zone(timezone)  # a bad --timezone fails before anything is read
    batcher = _Batcher(vault, store.known_ids(), sha256, lambda: zone)
    pointer = store.pointer
    pending: list[bytes] = []
    try:
        parsed = parse_export(path, fmt, me=me, sink=batcher)
        batcher.flush()
        pending += [bytes.fromhex(b.id) for b in batcher.batches]
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
            zone=batcher.zone_used.name if batcher.zone_used else None,
            zone_confirmed=bool(batcher.zone_used and batcher.zone_used.confirmed),
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
        commit(vault, manifest, pending, pointer)
    except BaseException:
        with contextlib.suppress(JournalError):
            discard(vault, pending)
        raise
    store.load()
    return ImportResult(
        file_name=path.name,
        sha256=sha256,
        conversations=len(parsed.conversations),
        messages=batcher.new_messages,
        calls=batcher.new_calls,
        known=batcher.known_count,
        already_imported=False,
        zone=batcher.zone_used,
        warnings=parsed.warnings,
        source_attachment=original.attachment_id,
    )


def _again(store: MessageStore, earlier: SourceFile, path: Path) -> ImportResult:
    conversations = {m.conversation for m in store.search() if m.source == earlier.sha256}
    return ImportResult(
        file_name=path.name,
        sha256=earlier.sha256,
        conversations=len(conversations),
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
