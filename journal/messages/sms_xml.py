"""Android "SMS Backup & Restore" XML: <smses> (sms and mms) and <calls>.

Its `date` attributes are epoch milliseconds, which are UTC whatever the phone's zone;
`readable_date` is the phone's local rendering and is kept beside it as `shown_as`.
Message bodies are attribute values, in which the app writes line breaks as &#10;, so
the XML parser returns them exactly.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element

from journal.messages.collect import ExportCollector, Sink
from journal.messages.errors import MessageFormatError
from journal.messages.model import Attachment, CallDirection, MessageTime, ParsedExport, stable_id
from journal.messages.safe_xml import iter_elements
from journal.translatable import QT_TRANSLATE_NOOP, phrase

FORMAT = "sms-xml"
ME = "Me"
_TAGS = frozenset({"sms", "mms", "call", "smses", "calls"})
_SENT_BOXES = {"2", "3", "4", "5", "6"}  # sent, draft, outbox, failed, queued
_NOT_DELIVERED = {
    "3": QT_TRANSLATE_NOOP("core", "a draft that was never sent"),
    "5": QT_TRANSLATE_NOOP("core", "a message that failed to send"),
}
_CALL_TYPES: dict[str, CallDirection] = {
    "1": "incoming",
    "2": "outgoing",
    "3": "missed",
    "4": "voicemail",
    "5": "rejected",
    "6": "blocked",
    "7": "answered-elsewhere",
}
_MMS_FROM = "137"
_UNKNOWN_NAMES = {"", "(Unknown)", "null"}


def parse_sms_xml(path: Path, me: str | None, sink: Sink | None = None) -> ParsedExport:
    collector = ExportCollector(FORMAT, sink)
    counts = {"sms": 0, "mms": 0, "call": 0}
    root_seen = False
    for element in iter_elements(path, _TAGS, phrase(QT_TRANSLATE_NOOP("core", "The SMS backup"))):
        if element.tag in ("smses", "calls"):
            root_seen = True
            continue
        counts[element.tag] += 1
        where = phrase(
            QT_TRANSLATE_NOOP("core", "<{tag}> number {number}"),
            tag=element.tag,
            number=counts[element.tag],
        )
        if element.tag == "sms":
            _sms(element, where, collector, me)
        elif element.tag == "mms":
            _mms(element, where, collector, me)
        else:
            _call(element, where, collector)
    if not root_seen:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core", "The XML file is not an SMS Backup & Restore file (no <smses> or <calls>)."
            )
        )
    return collector.result()


def _required(element: Element, name: str, where: str) -> str:
    value = element.get(name)
    if value is None:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core", "The SMS backup's {where} has no {name!r}. Nothing was imported."
            ),
            where=where,
            name=name,
        )
    return value


def _epoch_ms(element: Element, where: str) -> MessageTime:
    raw = _required(element, "date", where)
    try:
        value = datetime.fromtimestamp(int(raw) / 1000, tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core", "The SMS backup's {where} has a date that is not a time: {raw!r}."
            ),
            where=where,
            raw=raw,
        ) from None
    shown = element.get("readable_date")
    return MessageTime(raw=raw, value=value, zone_assumed=False, shown_as=shown)


def _name(element: Element) -> str | None:
    name = element.get("contact_name")
    return None if name in _UNKNOWN_NAMES or name is None else name


def _thread(collector: ExportCollector, address: str, name: str | None) -> str:
    numbers = sorted({part.strip() for part in address.split("~") if part.strip()})
    conversation = stable_id(FORMAT, *(_digits(number) for number in numbers))
    collector.conversation(conversation, name or ", ".join(numbers), *numbers)
    return conversation


def _digits(number: str) -> str:
    kept = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return kept or number


def _own(box: str | None, where: str, collector: ExportCollector) -> bool:
    """Whether the phone's owner wrote it; drafts and failures are said in a warning."""
    if box in _NOT_DELIVERED:
        collector.warn(
            phrase(
                QT_TRANSLATE_NOOP("core", "The {where} is {what}."),
                where=where,
                what=phrase(_NOT_DELIVERED[box]),
            )
        )
    return box in _SENT_BOXES


def _sms(element: Element, where: str, collector: ExportCollector, me: str | None) -> None:
    address = _required(element, "address", where)
    name = _name(element)
    conversation = _thread(collector, address, name)
    sent = _own(element.get("type"), where, collector)
    collector.message(
        conversation_id=conversation,
        sender_name=(me or ME) if sent else (name or address),
        sender_id=None if sent else address,
        time=_epoch_ms(element, where),
        text=_required(element, "body", where),
        location=where,
        from_me=sent,
    )


def _mms(element: Element, where: str, collector: ExportCollector, me: str | None) -> None:
    address = _required(element, "address", where)
    name = _name(element)
    conversation = _thread(collector, address, name)
    sent = _own(element.get("msg_box"), where, collector)
    sender = next(
        (a.get("address", "") for a in element.iter("addr") if a.get("type") == _MMS_FROM), address
    )
    texts, files = [], []
    for part in element.iter("part"):
        kind = part.get("ct", "")
        if kind == "text/plain":
            texts.append(part.get("text", ""))
        elif kind != "application/smil":
            data = part.get("data")
            files.append(
                Attachment(
                    name=_part_name(part),
                    content_type=kind or None,
                    size=None if data is None else _base64_size(data),
                )
            )
    collector.message(
        conversation_id=conversation,
        sender_name=(me or ME) if sent else (name or sender),
        sender_id=None if sent else sender,
        time=_epoch_ms(element, where),
        text="\n".join(texts),
        location=where,
        attachments=tuple(files),
        from_me=sent,
    )


def _part_name(part: Element) -> str:
    for key in ("cl", "name", "fn"):
        value = part.get(key)
        if value and value != "null":
            return value
    return "(unnamed part)"


def _base64_size(data: str) -> int:
    stripped = "".join(data.split())
    return len(stripped) * 3 // 4 - stripped[-2:].count("=")


def _call(element: Element, where: str, collector: ExportCollector) -> None:
    kind = element.get("type", "")
    direction = _CALL_TYPES.get(kind, "unknown")
    if direction == "unknown":
        collector.warn(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core", "The {where} has a call type {kind!r} this app does not know."
                ),
                where=where,
                kind=kind,
            )
        )
    duration = element.get("duration", "0")
    if not duration.isdigit():
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core", "The SMS backup's {where} has a duration that is not a number."
            ),
            where=where,
        )
    collector.call(
        direction=direction,
        number=_required(element, "number", where),
        name=_name(element),
        time=_epoch_ms(element, where),
        duration_seconds=int(duration),
        location=where,
    )
