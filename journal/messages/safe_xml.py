"""Streaming XML without entity tricks: the standard parser, fed in chunks, after a
check that the document declares no DOCTYPE (so no entity, internal or external, can
be defined). SMS backups never have one; a file that does is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from journal.messages.errors import MessageFormatError
from journal.messages.source import MiB
from journal.translatable import QT_TRANSLATE_NOOP

_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY")


def iter_elements(path: Path, tags: frozenset[str], what: str) -> Iterator[Element]:
    """Each finished element whose tag is in `tags`; it is cleared and detached from the
    root after use, so memory stays bounded by one element (an MMS with its pictures)."""
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    root: list[Element] = []
    tail = b""
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(MiB):
                window = tail + chunk
                for word in _FORBIDDEN:
                    if word in window:
                        raise MessageFormatError(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "{what} declares a DOCTYPE or entities, which a real backup "
                                "never does; it was refused.",
                            ),
                            what=what,
                        )
                tail = window[-16:]
                parser.feed(chunk)
                yield from _finished(parser, tags, root)
            parser.close()
            yield from _finished(parser, tags, root)
    except ParseError as error:
        line, column = error.position
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core",
                "{what} is damaged or cut short near line {line}, column {column}. Nothing was "
                "imported.",
            ),
            what=what,
            line=line,
            column=column + 1,
        ) from None
    except OSError as error:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "{what} could not be read ({problem})."),
            what=what,
            problem=error.strerror or error,
        ) from None


def _finished(
    parser: XMLPullParser[Element], tags: frozenset[str], root: list[Element]
) -> Iterator[Element]:
    for event in parser.read_events():
        kind, element = cast("tuple[str, object]", event)
        if not isinstance(element, Element):
            continue
        if kind == "start":
            if not root:
                root.append(element)
            continue
        if element.tag in tags:
            yield element
            element.clear()
            if root and len(root[0]) and root[0][-1] is element:
                del root[0][-1]
