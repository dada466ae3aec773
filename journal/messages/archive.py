"""Zip exports (WhatsApp "with media"): checked before anything is unpacked.

Refused outright: member names that climb out of the folder or are absolute, encrypted
members, compression other than stored/deflated, more members or more declared bytes
than the limits. Reading a member stops at its cap, so a member whose header lies
about its size cannot fill memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from journal.messages.errors import MessageFormatError
from journal.messages.model import Attachment
from journal.messages.source import Limits, MiB
from journal.translatable import QT_TRANSLATE_NOOP, phrase

_CHUNK = MiB
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def is_zip(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")


def _unsafe_name(name: str) -> bool:
    if not name or "\x00" in name or name.startswith(("/", "\\")):
        return True
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return ".." in parts or (len(name) > 1 and name[1] == ":")


def open_checked(path: Path, limits: Limits) -> zipfile.ZipFile:
    """The archive, once every member has passed the checks above."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "The zip file {name} is damaged ({error})."),
            name=path.name,
            error=error,
        ) from None
    try:
        _check_members(archive.infolist(), limits)
    except MessageFormatError:
        archive.close()
        raise
    return archive


def _check_members(members: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(members) > limits.archive_members:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core",
                "The zip file holds {count} files, more than the {archive_members} an export "
                "can have. It was refused.",
            ),
            count=len(members),
            archive_members=limits.archive_members,
        )
    total = 0
    for info in members:
        if _unsafe_name(info.filename):
            raise MessageFormatError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The zip file holds a file named {filename!r} that points outside its "
                    "folder. A real export never does this; the zip was refused.",
                ),
                filename=info.filename,
            )
        if info.flag_bits & 0x1:
            raise MessageFormatError(
                QT_TRANSLATE_NOOP("core", "The file {filename!r} in the zip is encrypted."),
                filename=info.filename,
            )
        if info.compress_type not in _ALLOWED_METHODS:
            raise MessageFormatError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The file {filename!r} in the zip uses a compression this app does not "
                    "unpack (only stored and deflated). The zip was refused.",
                ),
                filename=info.filename,
            )
        total += info.file_size
    if total > limits.archive_total_bytes:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core",
                "The zip file would unpack to {megabytes} MB, more than this app unpacks (a "
                "possible zip bomb). It was refused.",
            ),
            megabytes=total // MiB,
        )


def members(archive: zipfile.ZipFile) -> tuple[Attachment, ...]:
    return tuple(
        Attachment(name=info.filename, size=info.file_size)
        for info in archive.infolist()
        if not info.is_dir()
    )


def read_member(archive: zipfile.ZipFile, name: str, cap: int) -> bytes:
    """The member's bytes, refused past `cap` whatever its header declares."""
    info = archive.getinfo(name)
    if info.file_size > cap:
        raise MessageFormatError(_too_big(name, cap))
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > cap:
                    raise MessageFormatError(_too_big(name, cap))
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "The file {name!r} in the zip is damaged ({error})."),
            name=name,
            error=error,
        ) from None
    return b"".join(chunks)


def _too_big(name: str, cap: int) -> str:
    return phrase(
        QT_TRANSLATE_NOOP(
            "core",
            "The file {name!r} in the zip unpacks to more than {megabytes} MB (a possible zip "
            "bomb). It was refused.",
        ),
        name=name,
        megabytes=cap // MiB,
    )


def read_member_head(archive: zipfile.ZipFile, name: str) -> bytes:
    """The first 64 KB of a member, for recognising what it is."""
    try:
        with archive.open(name) as stream:
            return stream.read(65536)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "The file {name!r} in the zip is damaged ({error})."),
            name=name,
            error=error,
        ) from None
