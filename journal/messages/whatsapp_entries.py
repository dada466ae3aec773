"""Finding the messages of a WhatsApp chat text in two passes that keep no message.

The first pass notes where each message starts (two integers each) and what the whole
file says about its date order, its line breaks and its writers; the second builds
one message at a time from those positions. Memory is the text plus 16 bytes a
message, however long the chat.

A message's text is exactly the file's characters from after "Name: " to the line
break before the next time stamp: inner line breaks kept, the CR of a CRLF file's
last break dropped. A line that does not start with a time stamp continues the
message above it.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from journal.messages.errors import MessageFormatError
from journal.messages.whatsapp_markers import (
    MARKS,
    Markers,
    looks_generated,
    read_markers,
    reads_as_system,
)
from journal.messages.whatsapp_time import HEADER, OrderEvidence, Stamp, stamp_of
from journal.translatable import QT_TRANSLATE_NOOP


@dataclass(slots=True)
class Survey:
    starts: array[int] = field(default_factory=lambda: array("q"))  # offset of each message
    lines: array[int] = field(default_factory=lambda: array("q"))  # its line number
    evidence: OrderEvidence = field(default_factory=OrderEvidence)
    crlf: bool = False
    counts: dict[str, int] = field(default_factory=dict)  # "Name: " prefixes, in order
    marked: list[int] = field(default_factory=list)  # messages whose text starts with a mark


@dataclass(frozen=True, slots=True)
class Entry:
    line: int
    stamp: Stamp
    sender: str
    text: str
    markers: Markers
    system: bool


def survey(text: str) -> Survey:
    found = Survey()
    breaks_crlf = True  # every line break before a time stamp is CRLF
    pos, number, size = 0, 0, len(text)
    while pos <= size:
        number += 1
        end = text.find("\n", pos)
        end = size if end == -1 else end
        match = HEADER.match(text, pos, end)
        if match:
            if found.starts and text[pos - 2 : pos - 1] != "\r":
                breaks_crlf = False
            found.starts.append(pos)
            found.lines.append(number)
            found.evidence.add(stamp_of(match))
            colon = text.find(": ", match.end(), end)
            if colon != -1:
                sender = text[match.end() : colon]
                found.counts[sender] = found.counts.get(sender, 0) + 1
                if text.startswith(MARKS[0], colon + 2):
                    found.marked.append(len(found.starts) - 1)
        elif not found.starts and text[pos:end].strip(" \t\r\ufeff"):
            raise MessageFormatError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Line {number} of the WhatsApp export does not start with a date and time, "
                    "so this is not a complete WhatsApp export. Nothing was imported.",
                ),
                number=number,
            )
        pos = end + 1
    if not found.starts:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "The WhatsApp export holds no messages.")
        )
    found.crlf = breaks_crlf and (len(found.starts) > 1 or text.endswith("\r\n"))
    return found


def entry_at(text: str, found: Survey, index: int) -> Entry:
    start = found.starts[index]
    if index + 1 < len(found.starts):
        stop = found.starts[index + 1] - 1  # the line break before the next time stamp
    else:
        stop = len(text) - 1 if text.endswith("\n") else len(text)
    match = HEADER.match(text, start, stop)
    assert match is not None  # the survey found it here
    body = text[match.end() : stop]
    first_line = body.find("\n")
    colon = body.find(": ", 0, len(body) if first_line == -1 else first_line)
    sender = body[:colon] if colon != -1 else ""
    message = body[colon + 2 :] if colon != -1 else body
    if found.crlf and message.endswith("\r"):
        message = message[:-1]
        body = body[:-1]
    if colon != -1 and found.counts[sender] == 1 and reads_as_system(sender):
        sender, message, colon = "", body, -1  # a system line whose text holds ": "
    markers = read_markers(message)
    flagged = markers.attachments or markers.media_omitted or markers.deleted or markers.edited
    system = colon == -1 or (looks_generated(message) and not flagged)
    return Entry(found.lines[index], stamp_of(match), sender, message, markers, system)


def writers(text: str, found: Survey) -> list[str]:
    """The names that wrote at least one message that is not a system line, in order."""
    system_only = dict.fromkeys(found.counts, 0)
    for index in found.marked:
        entry = entry_at(text, found, index)
        if entry.system and entry.sender:
            system_only[entry.sender] += 1
    return [
        name
        for name, count in found.counts.items()
        if count > system_only[name] and not (count == 1 and reads_as_system(name))
    ]
