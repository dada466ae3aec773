"""WhatsApp "Export chat" text (Android and iPhone, .txt or inside the .zip).

A message's text is exactly the file's characters from after "Name: " to the line
break before the next time stamp: inner line breaks (CRLF or LF) kept, only the one
ending the message dropped. A line that does not start with a time stamp continues
the message above it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from zipfile import ZipFile

from .archive import is_zip, members, open_checked, read_member, read_member_head
from .collect import ExportCollector
from .errors import MessageFormatError
from .model import Attachment, MessageTime, ParsedExport, stable_id
from .source import Limits, decode_text, read_capped, read_head
from .whatsapp_markers import Markers, looks_generated, read_markers, reads_as_system
from .whatsapp_time import HEADER, Order, Stamp, decide_order, stamp_of, to_datetime

FORMAT = "whatsapp"
_PHONE = re.compile(r"\+?[\d \u00a0\-()./]+")
_NUMBER_MARKS = "\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2068\u2069~ "
_MAX_CANDIDATES = 20  # .txt members looked into; a real export has one
_TITLE = re.compile(r"^WhatsApp Chat (?:with|-|mit) (?P<title>.+?)(?:\.txt|\.zip)?$")


@dataclass
class _Raw:
    line: int
    stamp: Stamp
    lines: list[str]
    sender: str = ""
    text: str = ""
    has_sender: bool = False
    markers: Markers | None = None
    system: bool = False


def title_from_name(name: str) -> str | None:
    """The chat's name, which WhatsApp writes only into the export's file name."""
    match = _TITLE.match(name)
    return match.group("title") if match else None


def looks_like_whatsapp(text: str) -> bool:
    lines = [line for line in text[:65536].split("\n")[:40] if line.strip()]
    return bool(lines) and sum(1 for line in lines if HEADER.match(line)) * 2 >= len(lines)


def _split(text: str) -> list[_Raw]:
    entries: list[_Raw] = []
    breaks_crlf = True  # every line break before a time stamp is CRLF
    previous = ""
    for number, line in enumerate(text.split("\n"), start=1):
        match = HEADER.match(line)
        if match:
            if entries and not previous.endswith("\r"):
                breaks_crlf = False
            entries.append(_Raw(number, stamp_of(match), [line[match.end() :]]))
        elif entries:
            entries[-1].lines.append(line)
        elif line.strip(" \t\r\ufeff"):
            raise MessageFormatError(
                f"Line {number} of the WhatsApp export does not start with a date and time, "
                "so this is not a complete WhatsApp export. Nothing was imported."
            )
        previous = line
    if not entries:
        raise MessageFormatError("The WhatsApp export holds no messages.")
    crlf = breaks_crlf and (len(entries) > 1 or text.endswith("\r\n"))
    last = entries[-1]
    if len(last.lines) > 1 and last.lines[-1] == "":  # the file's final line break
        last.lines.pop()
    for entry in entries:
        _finish(entry, crlf)
    return entries


def _finish(entry: _Raw, crlf: bool) -> None:
    """Sender, exact text (the CR of a CRLF file's last line break dropped), markers."""
    sender, sep, first = entry.lines[0].partition(": ")
    entry.has_sender = bool(sep)
    entry.sender = sender if sep else ""
    entry.lines[0] = first if sep else entry.lines[0]
    text = "\n".join(entry.lines)
    entry.text = text[:-1] if crlf and text.endswith("\r") else text
    entry.lines = []
    entry.markers = markers = read_markers(entry.text)
    flagged = markers.attachments or markers.media_omitted or markers.deleted or markers.edited
    entry.system = not sep or (looks_generated(entry.text) and not flagged)


def parse_whatsapp_text(
    text: str,
    collector: ExportCollector,
    *,
    title: str | None,
    me: str | None,
    media: tuple[Attachment, ...] | None = None,
) -> None:
    entries = _split(text)
    order, warning = decide_order([entry.stamp for entry in entries])
    if warning:
        collector.warn(warning)
    if not text.endswith("\n"):
        collector.warn(
            "The export does not end with a line break, so its last message may be cut short."
        )
    _unsplit_system_lines(entries)
    senders = {entry.sender: None for entry in entries if not entry.system}
    conversation = stable_id(FORMAT, "participants", *sorted(senders))
    collector.conversation(conversation, title or ", ".join(senders), *senders)
    known_media = None
    if media is not None:
        known_media = {item.name.rsplit("/", 1)[-1] for item in media}
    for entry in entries:
        _add(entry, order, conversation, collector, me, known_media)


def number_of(sender: str) -> str | None:
    """A sender WhatsApp shows as a phone number (not saved as a contact) is its id;
    iPhone wraps such numbers in direction marks, which the id leaves out."""
    number = sender.strip(_NUMBER_MARKS)
    digits = sum(ch.isdigit() for ch in number)
    return number if digits >= 6 and _PHONE.fullmatch(number) else None


def _unsplit_system_lines(entries: list[_Raw]) -> None:
    """Undo the "Name: " split of a system line whose text holds ": ": its "sender"
    writes nothing else in the chat and reads as an event (see reads_as_system)."""
    counts = Counter(entry.sender for entry in entries if entry.has_sender)
    for entry in entries:
        if entry.has_sender and counts[entry.sender] == 1 and reads_as_system(entry.sender):
            entry.text = f"{entry.sender}: {entry.text}"
            entry.sender, entry.has_sender, entry.system = "", False, True
            entry.markers = read_markers(entry.text)


def _add(
    entry: _Raw,
    order: Order,
    conversation: str,
    collector: ExportCollector,
    me: str | None,
    known_media: set[str] | None,
) -> None:
    sender, text, markers = entry.sender, entry.text, entry.markers
    assert markers is not None  # set by _split
    when = MessageTime(
        raw=entry.stamp.raw,
        value=to_datetime(entry.stamp, order, entry.line),
        zone_assumed=True,
    )
    for name in markers.attachments:
        if known_media is not None and name not in known_media:
            collector.warn(f"Line {entry.line} names the file {name!r}, which the zip lacks.")
    collector.message(
        conversation_id=conversation,
        sender_name=sender,
        sender_id=number_of(sender),
        time=when,
        text=text,
        location=f"line {entry.line}",
        attachments=tuple(Attachment(name=name) for name in markers.attachments),
        content_key=markers.content_key,
        from_me=(sender == me) if me and not entry.system else None,
        is_system=entry.system,
        is_deleted=markers.deleted,
        is_edited=markers.edited,
        media_omitted=markers.media_omitted,
    )


def parse_whatsapp_file(path: Path, limits: Limits, me: str | None) -> ParsedExport:
    collector = ExportCollector(FORMAT)
    if not is_zip(read_head(path)):
        text = decode_text(read_capped(path, limits.file_bytes), "The WhatsApp export")
        parse_whatsapp_text(text, collector, title=title_from_name(path.name), me=me)
        return collector.result()
    with open_checked(path, limits) as archive:
        listed = members(archive)
        chat = chat_member(archive)
        text = decode_text(read_member(archive, chat, limits.member_bytes), f"The file {chat!r}")
    media = tuple(item for item in listed if item.name != chat)
    title = title_from_name(path.name) or title_from_name(chat.rsplit("/", 1)[-1])
    parse_whatsapp_text(text, collector, title=title, me=me, media=media)
    return collector.result(archive_members=listed)


def chat_member(archive: ZipFile) -> str:
    """The chat text inside a zip: the .txt member whose first lines are WhatsApp's."""
    candidates = sorted(
        (info.filename for info in archive.infolist() if info.filename.lower().endswith(".txt")),
        key=lambda name: (not name.endswith("_chat.txt"), "WhatsApp Chat" not in name, name),
    )
    for name in candidates[:_MAX_CANDIDATES]:
        head = read_member_head(archive, name)
        if looks_like_whatsapp(head.decode("utf-8-sig", errors="replace")):
            return name
    raise MessageFormatError(
        "The zip file holds no WhatsApp chat text (a .txt file whose lines start with a "
        "date and time). Nothing was imported."
    )
