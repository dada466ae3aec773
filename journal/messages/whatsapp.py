"""WhatsApp "Export chat" text (Android and iPhone, .txt or inside the .zip): the
file, the chat's writers and ids, and each message as the collector's values. How the
text is cut into messages is whatsapp_entries.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from zipfile import ZipFile

from journal.messages.archive import is_zip, members, open_checked, read_member, read_member_head
from journal.messages.collect import ExportCollector, Sink
from journal.messages.errors import MessageFormatError
from journal.messages.model import Attachment, MessageTime, ParsedExport, stable_id
from journal.messages.source import Limits, decode_text, read_capped, read_head
from journal.messages.whatsapp_entries import Entry, entry_at, survey, writers
from journal.messages.whatsapp_time import HEADER, Order, to_datetime
from journal.translatable import QT_TRANSLATE_NOOP, phrase

FORMAT = "whatsapp"
_PHONE = re.compile(r"\+?[\d \u00a0\-()./]+")
_NUMBER_MARKS = "\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2068\u2069~ "
_MAX_CANDIDATES = 20  # .txt members looked into; a real export has one
_TITLE = re.compile(r"^WhatsApp Chat (?:with|-|mit) (?P<title>.+?)(?:\.txt|\.zip)?$")


def title_from_name(name: str) -> str | None:
    """The chat's name, which WhatsApp writes only into the export's file name."""
    match = _TITLE.match(name)
    return match.group("title") if match else None


def looks_like_whatsapp(text: str) -> bool:
    lines = [line for line in text[:65536].split("\n")[:40] if line.strip()]
    return bool(lines) and sum(1 for line in lines if HEADER.match(line)) * 2 >= len(lines)


def parse_whatsapp_text(
    text: str,
    collector: ExportCollector,
    *,
    title: str | None,
    me: str | None,
    media: tuple[Attachment, ...] | None = None,
) -> None:
    found = survey(text)
    order, warning = found.evidence.decide()
    if warning:
        collector.warn(warning)
    if not text.endswith("\n"):
        collector.warn(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The export does not end with a line break, so its last message may be cut "
                    "short.",
                )
            )
        )
    senders = writers(text, found)
    numbers = {sender: number_of(sender) for sender in senders}
    conversation = stable_id(FORMAT, "participants", *sorted(senders))
    collector.conversation(conversation, title or ", ".join(senders), *senders)
    known_media = None
    if media is not None:
        known_media = {item.name.rsplit("/", 1)[-1] for item in media}
    chat = _Chat(order, conversation, collector, me, known_media, numbers)
    for index in range(len(found.starts)):
        _add(entry_at(text, found, index), chat)


def number_of(sender: str) -> str | None:
    """A sender WhatsApp shows as a phone number (not saved as a contact) is its id;
    iPhone wraps such numbers in direction marks, which the id leaves out."""
    number = sender.strip(_NUMBER_MARKS)
    digits = sum(ch.isdigit() for ch in number)
    return number if digits >= 6 and _PHONE.fullmatch(number) else None


@dataclass(frozen=True)
class _Chat:
    """What every message of one parse shares."""

    order: Order
    conversation: str
    collector: ExportCollector
    me: str | None
    known_media: set[str] | None
    numbers: dict[str, str | None]


def _add(entry: Entry, chat: _Chat) -> None:
    sender, text, markers = entry.sender, entry.text, entry.markers
    order, conversation, collector = chat.order, chat.conversation, chat.collector
    me, known_media = chat.me, chat.known_media
    when = MessageTime(
        raw=entry.stamp.raw,
        value=to_datetime(entry.stamp, order, entry.line),
        zone_assumed=True,
    )
    for name in markers.attachments:
        if known_media is not None and name not in known_media:
            collector.warn(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core", "Line {line} names the file {name!r}, which the zip lacks."
                    ),
                    line=entry.line,
                    name=name,
                )
            )
    collector.message(
        conversation_id=conversation,
        sender_name=sender,
        sender_id=chat.numbers.get(sender),
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


def parse_whatsapp_file(
    path: Path, limits: Limits, me: str | None, sink: Sink | None = None
) -> ParsedExport:
    collector = ExportCollector(FORMAT, sink)
    if not is_zip(read_head(path)):
        text = decode_text(
            read_capped(path, limits.file_bytes),
            phrase(QT_TRANSLATE_NOOP("core", "The WhatsApp export")),
        )
        parse_whatsapp_text(text, collector, title=title_from_name(path.name), me=me)
        return collector.result()
    with open_checked(path, limits) as archive:
        listed = members(archive)
        chat = chat_member(archive)
        text = decode_text(
            read_member(archive, chat, limits.member_bytes),
            phrase(QT_TRANSLATE_NOOP("core", "The file {name!r}"), name=chat),
        )
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
        QT_TRANSLATE_NOOP(
            "core",
            "The zip file holds no WhatsApp chat text (a .txt file whose lines start with a "
            "date and time). Nothing was imported.",
        )
    )
