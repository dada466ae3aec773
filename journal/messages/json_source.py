"""Reading a JSON export: one place for size caps, encoding and error positions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from journal.messages.errors import MessageFormatError
from journal.messages.source import Limits, decode_text, read_capped
from journal.translatable import QT_TRANSLATE_NOOP


def load_json(path: Path, limits: Limits, what: str) -> dict[str, Any]:
    """The export's top-level JSON object, or a plain error naming `what`."""
    text = decode_text(read_capped(path, limits.file_bytes), what)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core",
                "{what} is damaged or cut short at line {lineno}, column {colno} ({msg}). "
                "Nothing was imported.",
            ),
            what=what,
            lineno=error.lineno,
            colno=error.colno,
            msg=error.msg,
        ) from None
    except RecursionError:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "{what} is nested too deeply to be an export."), what=what
        ) from None
    if not isinstance(data, dict):
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "{what} is not a JSON object."), what=what
        )
    return data


def field(container: dict[str, Any], key: str, kind: type, where: str) -> Any:
    """A required field of the given JSON type, or a plain error naming where."""
    value = container.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core", "The export's {where} has no valid {key!r} field. Nothing was imported."
            ),
            where=where,
            key=key,
        )
    return value
