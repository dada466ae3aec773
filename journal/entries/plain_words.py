"""File kinds and sizes in the words a person uses: "Photo, 318 KB", not
"image/jpeg, 318.3 KiB". The exact type and byte count stay in the details for checking
(the evidence viewer, the PDF's exhibit index, the bundle)."""

from __future__ import annotations

import unicodedata

from journal.translatable import QT_TRANSLATE_NOOP

_KINDS = (
    ("image/", QT_TRANSLATE_NOOP("core", "Photo")),
    ("video/", QT_TRANSLATE_NOOP("core", "Video")),
    ("audio/", QT_TRANSLATE_NOOP("core", "Recording")),
    ("application/pdf", QT_TRANSLATE_NOOP("core", "PDF document")),
    ("text/", QT_TRANSLATE_NOOP("core", "Text")),
    ("message/", QT_TRANSLATE_NOOP("core", "Email")),
)
_DOCUMENTS = ("msword", "officedocument", "opendocument", "rtf")
_ARCHIVES = ("zip", "x-tar", "gzip", "x-7z", "x-rar")


def file_kind(media_type: str) -> str:
    """ "Photo", "Recording", "PDF document", … or "File" when the type says nothing."""
    for prefix, word in _KINDS:
        if media_type.startswith(prefix):
            return word
    if any(part in media_type for part in _DOCUMENTS):
        return QT_TRANSLATE_NOOP("core", "Document")
    if any(part in media_type for part in _ARCHIVES):
        return QT_TRANSLATE_NOOP("core", "Archive")
    return QT_TRANSLATE_NOOP("core", "File")


def file_size(size: int) -> str:
    """Whole units a file manager shows: "812 bytes", "318 KB", "4.2 MB", "1.3 GB"."""
    if size < 1024:
        return f"{size} byte{'' if size == 1 else 's'}"
    value = size / 1024
    for unit in ("KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if value >= 10 or unit == "KB" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"


def exact_size(size: int) -> str:
    """The same with the exact byte count, for the "For checking" details."""
    return f"{file_size(size)} ({size:,} bytes)" if size >= 1024 else file_size(size)


_INVISIBLE = frozenset(("Cf", "Cc", "Zl", "Zp"))


def visible_name(name: str) -> str:
    """Show control, format and line-separator characters (a newline, a tab, U+202E) as
    text, so a name can neither disguise its ending nor forge a line of output."""
    return "".join(
        f"[U+{ord(ch):04X}]" if unicodedata.category(ch) in _INVISIBLE else ch for ch in name
    )


def counted(number: int, one: str, many: str = "") -> str:
    """ "1 entry", "2 entries", "1,024 messages": a count with the word that agrees
    (`many` defaults to `one` + "s")."""
    return f"{number:,} {one if number == 1 else many or one + 's'}"
