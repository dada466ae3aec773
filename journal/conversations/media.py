"""Media inside a WhatsApp .zip export, kept as evidence files of their own.

The whole .zip is kept byte for byte; each picture, voice note or document in it is
also imported like any other evidence file (its own SHA-256), so a message log can
name it as an exhibit. The archive passes the same checks as when it was parsed
(journal/messages/archive.py: no names climbing out, no encryption, size caps)
before a byte is unpacked.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from journal.entries.model import AttachmentInfo
from journal.evidence.streaming import StreamSource, import_stream
from journal.messages import MessageFormatError
from journal.messages.archive import open_checked
from journal.messages.source import DEFAULT_LIMITS
from journal.translatable import QT_TRANSLATE_NOOP

BOMB_RATIO = 100  # media is compressed already; deflate gains it a few per cent
BOMB_FLOOR = 1024 * 1024

if TYPE_CHECKING:
    from journal.vault.lifecycle import UnlockedVault


def keep_zip_media(
    vault: UnlockedVault, path: Path, pending: list[bytes]
) -> tuple[AttachmentInfo, ...]:
    """Import every member but the chat text as a pending evidence object; the ids are
    appended to `pending` as they are written, so a failure removes them all."""
    kept = []
    with open_checked(path, DEFAULT_LIMITS) as archive:
        for info in archive.infolist():
            if info.is_dir() or info.filename.lower().endswith(".txt"):
                continue
            name = info.filename.replace("\\", "/")
            if info.file_size > BOMB_FLOOR and info.compress_size * BOMB_RATIO < info.file_size:
                raise MessageFormatError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The file {name!r} in the zip unpacks to {ratio} times its packed "
                        "size or more, which photos, videos and voice notes never do (a "
                        "possible zip bomb). The zip was refused; nothing was imported.",
                    ),
                    name=name,
                    ratio=BOMB_RATIO,
                )
            year, month, day, hour, minute, second = info.date_time
            mtime = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
            try:
                with archive.open(info) as stream:
                    item = import_stream(
                        vault.store,
                        vault.keys,
                        stream,  # type: ignore[arg-type]
                        StreamSource(name, info.file_size, mtime, path),
                        vault.clock,
                    )
            except (zipfile.BadZipFile, EOFError, ValueError) as error:
                raise MessageFormatError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The file {name!r} in the zip is damaged ({error}). Nothing was imported.",
                    ),
                    name=name,
                    error=error,
                ) from None
            pending.append(bytes.fromhex(item.attachment_id))
            kept.append(item)
    return tuple(kept)
