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
    commit,
    discard,
)
from journal.conversations.media import keep_zip_media
from journal.conversations.records import (
    SourceFile,
    StoredConversation,
)
from journal.conversations.writer import Batcher, Watch
from journal.conversations.zones import ZoneChoice, choose_zone
from journal.errors import JournalError
from journal.evidence.streaming import ImportCancelled, import_file
from journal.messages import (
    Conversation,
    MessageFormatError,
    parse_export,
)
from journal.messages.source import file_digest
from journal.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from journal.conversations.store import MessageStore
    from journal.session.journal import Journal
    from journal.vault.lifecycle import UnlockedVault


Progress = Callable[[int], None]  # messages and calls read so far
Cancelled = Callable[[], bool]


def _watcher(progress: Progress | None, cancelled: Cancelled | None) -> Watch:
    def watch(seen: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(seen)

    return watch


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


def import_messages(
    journal: Journal,
    path: Path,
    fmt: str | None = None,
    *,
    me: str | None = None,
    timezone: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import one export file into the journal (see the module's docstring). Raises
    MessageFormatError (nothing stored) for a file that is not a recognised,
    well-formed export, and ImportCancelled (nothing stored) when `cancelled` says so.
    `progress` gets the number of messages and calls read so far, every 1,024. Meant
    to run off the GUI thread; one import at a time per journal."""
    watch = _watcher(progress, cancelled)
    with journal.messages.import_lock:  # one import at a time; saves and searches go on
        try:
            return _import(journal.messages, journal.vault, path, fmt, me, timezone, watch)
        finally:
            journal.settings.load()  # the settings now name the new manifest


def _import(
    store: MessageStore,
    vault: UnlockedVault,
    path: Path,
    fmt: str | None,
    me: str | None,
    timezone: str | None,
    watch: Watch,
) -> ImportResult:
    sha256, _size = file_digest(path)
    earlier = store.source(sha256)
    if earlier is not None:
        return _again(earlier, path)
    zone = choose_zone(timezone)  # a bad --timezone fails before anything is read
    batcher = Batcher(vault, store.known_ids(), sha256, zone, watch)
    pointer = store.pointer
    pending: list[bytes] = []
    try:
        parsed = parse_export(path, fmt, me=me, sink=batcher)
        batches = batcher.finish()
        pending += batcher.pending()
        if parsed.source_sha256 != sha256:
            raise MessageFormatError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The file {name} changed while it was being imported. Nothing was imported.",
                ),
                name=path.name,
            )
        watch(batcher.seen)
        original = import_file(vault.store, vault.keys, path, vault.clock)
        pending.append(bytes.fromhex(original.attachment_id))
        if original.sha256 != sha256:
            raise MessageFormatError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The file {name} changed while it was being imported. Nothing was imported.",
                ),
                name=path.name,
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
            batches=[*store.manifest.batches, *batches],
            sources=[*store.manifest.sources, source],
            conversations=_merged(
                store.manifest.conversations, parsed.conversations, parsed.format
            ),
        )
        store.committed(manifest, commit(vault, manifest, pending, pointer))
    except BaseException:
        with contextlib.suppress(JournalError):
            discard(vault, [*pending, *batcher.abandon()])
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
