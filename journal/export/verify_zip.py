"""Reading a bundle zip for `verify` without trusting its headers.

A bundle from this app is a plain zip: members stored or deflated, one after the
other from the first byte, then the central directory, then the end record with no
comment. Anything else is named before a byte is decompressed:

- another compression (bzip2, LZMA, ...): Python's bzip2 and LZMA readers expand a
  whole compressed block at once, so a 1.5 KB bzip2 member can become 2 GiB in memory;
  deflate is read in bounded steps, so only stored and deflated members are opened;
- members that share bytes (the overlapping-member zip bomb: one compressed kernel
  counted many times);
- bytes that belong to no member: data before the first member (a prepended file),
  between members, or after the end record, and a zip comment; none of it is covered
  by SHA256SUMS, so a reader of the zip could be shown something unsigned;
- links and other non-regular entries (Unix file types in the external attributes).

Reading is capped: a member may declare at most MAX_RATIO times its compressed size
(deflate cannot do better than about 1032:1) and never yields more than it declares.
As members cannot overlap, everything read from one zip is at most MAX_RATIO times
the zip's size, in blocks of BLOCK bytes.
"""

from __future__ import annotations

import stat
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TypeAlias

from journal.export.verify_sources import (
    BLOCK,
    MAX_RATIO,
    READ_ERRORS,
    BundleReport,
    FolderSource,
    NotABundle,
    not_a_file,
    unopened_name,
)
from journal.translatable import QT_TRANSLATE_NOOP, phrase

ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_METHOD_NAMES = {9: "Deflate64", 12: "bzip2", 14: "LZMA", 93: "Zstandard", 95: "XZ", 98: "PPMd"}
_END_RECORD = b"PK\x05\x06"
_LOCAL_HEADER = b"PK\x03\x04"
_UNIX = 3


def _compressed(name: str, method: int) -> str:
    if method in _METHOD_NAMES:
        return phrase(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} is compressed with {method}; bundles from this app only store or "
                "deflate their files, so it was not opened",
            ),
            name=name,
            method=_METHOD_NAMES[method],
        )
    return phrase(
        QT_TRANSLATE_NOOP(
            "core",
            "{name} is compressed with compression method {number}; bundles from this app "
            "only store or deflate their files, so it was not opened",
        ),
        name=name,
        number=method,
    )


def _member_problem(info: zipfile.ZipInfo) -> str:
    """Why this member is not opened at all; "" when it may be read."""
    name = info.filename
    unsafe = unopened_name(name)
    if unsafe:
        return unsafe
    mode = info.external_attr >> 16
    file_type = stat.S_IFMT(mode)  # 0 when the zip records permissions only
    if info.create_system == _UNIX and file_type and file_type != stat.S_IFREG:
        return not_a_file(name, mode, in_zip=True)
    if info.flag_bits & 0x1:
        return phrase(QT_TRANSLATE_NOOP("core", "{name} is encrypted inside the zip"), name=name)
    if info.compress_type not in ALLOWED_METHODS:
        return _compressed(name, info.compress_type)
    if info.file_size > MAX_RATIO * info.compress_size + BLOCK:
        return phrase(
            QT_TRANSLATE_NOOP("core", "{name} declares an impossible size; not opened"), name=name
        )
    return ""


def _member_end(handle: BinaryIO, info: zipfile.ZipInfo) -> int | None:
    """Where the member's bytes end (local header, data and data descriptor)."""
    handle.seek(info.header_offset)
    head = handle.read(30)
    if len(head) < 30 or head[:4] != _LOCAL_HEADER:
        return None  # zipfile itself reports it as damaged when it is read
    name_length, extra_length = struct.unpack("<HH", head[26:30])
    end: int = info.header_offset + 30 + name_length + extra_length + info.compress_size
    if info.flag_bits & 0x8:
        handle.seek(end)
        signed = handle.read(4) == b"PK\x07\x08"
        end += (4 if signed else 0) + (20 if info.file_size >= 0xFFFFFFFF else 12)
    return end


def _end_record(handle: BinaryIO, size: int) -> tuple[int, int]:
    """(offset of the end-of-central-directory record, length of the zip comment)."""
    start = max(0, size - 22 - 0xFFFF)
    handle.seek(start)
    tail = handle.read()
    at = tail.rfind(_END_RECORD)
    if at < 0 or at + 22 > len(tail):
        return size - 22, 0
    (comment_length,) = struct.unpack("<H", tail[at + 20 : at + 22])
    return start + at, comment_length


def _check_layout(
    path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], report: BundleReport
) -> set[str]:
    """Name overlapping members and bytes no member accounts for; the overlapping names."""
    overlapping: set[str] = set()
    size = path.stat().st_size
    with path.open("rb") as handle:
        spans = sorted(
            (info.header_offset, end, info.filename)
            for info in infos
            if (end := _member_end(handle, info)) is not None
        )
        end_at, comment = _end_record(handle, size)
    cursor, previous = 0, ""
    for start, end, name in spans:
        if start < cursor:
            overlapping.update((name, previous))
            report.add(
                "unsafe",
                name,
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{name} shares its bytes with {previous} (overlapping members, the "
                        "trick of zip bombs); neither was opened",
                    ),
                    name=name,
                    previous=previous,
                ),
            )
        elif start > cursor:
            report.add("hidden", "", _unclaimed(start - cursor, previous if cursor else None))
        if end > cursor:
            cursor, previous = end, name
    directory = getattr(archive, "start_dir", cursor)
    if directory < cursor:
        report.add(
            "unsafe",
            previous,
            phrase(
                QT_TRANSLATE_NOOP("core", "{name} runs into the zip's central directory"),
                name=previous,
            ),
        )
        overlapping.add(previous)
    elif directory > cursor:
        report.add("hidden", "", _unclaimed(directory - cursor, previous if spans else None))
    if comment:
        report.add(
            "hidden",
            "",
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the zip has a comment ({count} bytes); a bundle from this app has none, "
                    "and the signature does not cover it",
                ),
                count=comment,
            ),
        )
    trailing = size - (end_at + 22 + comment)
    if trailing > 0:
        report.add(
            "hidden",
            "",
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the zip holds {count} bytes after its end that belong to no file and are "
                    "not covered by the signature",
                ),
                count=trailing,
            ),
        )
    return overlapping


def _unclaimed(count: int, previous: str | None) -> str:
    """Bytes no member holds: before the first member (`previous` None) or after one."""
    if previous is None:
        return phrase(
            QT_TRANSLATE_NOOP(
                "core",
                "the zip holds {count} bytes before the first file that belong to no file "
                "and are not covered by the signature",
            ),
            count=count,
        )
    return phrase(
        QT_TRANSLATE_NOOP(
            "core",
            "the zip holds {count} bytes after {previous} that belong to no file and are not "
            "covered by the signature",
        ),
        count=count,
        previous=previous,
    )


class ZipSource:
    def __init__(self, path: Path, report: BundleReport) -> None:
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
            overlapping = _check_layout(path, self.zip, infos, report)
        except READ_ERRORS as error:
            raise NotABundle(
                path,
                phrase(QT_TRANSLATE_NOOP("core", "not a readable zip file: {error}"), error=error),
            ) from None
        self.members: dict[str, zipfile.ZipInfo] = {}
        self.bad: set[str] = set(overlapping)
        for info in infos:
            name = info.filename
            if name.endswith("/"):  # not info.is_dir(): it fails on an empty name
                continue
            why = _member_problem(info)
            if not why and name in self.members:
                why = phrase(
                    QT_TRANSLATE_NOOP("core", "{name} appears more than once in the zip"),
                    name=name,
                )
            if why:
                report.add("unsafe", name, why)
                self.bad.add(name)
            self.members.setdefault(name, info)

    def names(self) -> set[str]:
        return set(self.members)

    def size(self, name: str) -> int:
        return self.members[name].file_size

    def blocks(self, name: str) -> Iterator[bytes]:
        """The member's bytes; never more than it declares, whatever its stream holds."""
        info = self.members[name]
        if name in self.bad or info.compress_type not in ALLOWED_METHODS:
            raise NotImplementedError(f"{name} is not read")
        left = info.file_size
        with self.zip.open(info) as stream:
            while block := stream.read(min(BLOCK, left + 1)):
                left -= len(block)
                if left < 0:
                    raise ValueError(f"{name} holds more data than it declares")
                yield block

    def close(self) -> None:
        self.zip.close()


Source: TypeAlias = ZipSource | FolderSource


def open_source(path: Path, report: BundleReport) -> Source:
    """The bundle at `path`, which must be a folder or a regular file (never a pipe)."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise NotABundle(
            path,
            phrase(
                QT_TRANSLATE_NOOP("core", "it cannot be read: {strerror}"), strerror=error.strerror
            ),
        ) from None
    if stat.S_ISDIR(mode):
        return FolderSource(path, report)
    if not stat.S_ISREG(mode):
        raise NotABundle(path, phrase(QT_TRANSLATE_NOOP("core", "it is not a file or a folder")))
    return ZipSource(path, report)
