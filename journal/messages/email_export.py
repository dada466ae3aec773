"""Email: one .eml, or an mbox, read with the standard library (policy=default).

Headers are decoded (RFC 2047 and RFC 2231 names); the Date keeps its offset; the
Message-ID is kept as the message's source id. The text is the first text/plain
part, transfer-decoded into characters; attachments are listed by name and size.
A thread is the first Message-ID in References (else In-Reply-To, else its own).
"""

from __future__ import annotations

from datetime import UTC
from email.parser import BytesParser
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from journal.messages.collect import ExportCollector, Sink
from journal.messages.errors import MessageFormatError
from journal.messages.model import Attachment, MessageTime, ParsedExport, stable_id
from journal.messages.source import Limits, MiB, read_capped
from journal.translatable import QT_TRANSLATE_NOOP, phrase

# mailbox and email.policy (its header registry) load when an email is read, not with the
# other parsers, which the command line's grammar loads at start (docs/performance.md).
if TYPE_CHECKING:
    from email.message import EmailMessage


@cache
def _parser() -> BytesParser[EmailMessage]:
    from email import policy

    return BytesParser(policy=policy.default)


def parse_eml(path: Path, limits: Limits, me: str | None, sink: Sink | None = None) -> ParsedExport:
    collector = ExportCollector("eml", sink)
    _add(read_capped(path, limits.email_bytes), "the email", collector, me, "eml")
    return collector.result()


def parse_mbox(
    path: Path, limits: Limits, me: str | None, sink: Sink | None = None
) -> ParsedExport:
    import mailbox

    collector = ExportCollector("mbox", sink)
    try:
        box = mailbox.mbox(path, create=False)
        keys = box.keys()
    except (OSError, mailbox.Error) as error:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "The mailbox {name} could not be read ({error})."),
            name=path.name,
            error=error,
        ) from None
    try:
        for number, key in enumerate(keys, start=1):
            where = phrase(
                QT_TRANSLATE_NOOP("core", "message {number} of the mailbox"), number=number
            )
            with box.get_file(key) as stream:  # read no further than the cap
                data = stream.read(limits.email_bytes + 1)
            if len(data) > limits.email_bytes:
                raise MessageFormatError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The {where} is larger than {megabytes} MB, more than this app reads for "
                        "one email. Nothing was imported.",
                    ),
                    where=where,
                    megabytes=limits.email_bytes // MiB,
                )
            _add(data, where, collector, me, "mbox")
    finally:
        box.close()
    if not keys:
        raise MessageFormatError(QT_TRANSLATE_NOOP("core", "The mailbox holds no messages."))
    return collector.result()


def _add(data: bytes, where: str, collector: ExportCollector, me: str | None, fmt: str) -> None:
    message = _parser().parsebytes(data)
    sender_name, sender_address = _sender(message, where)
    when = _date(message, where)
    own_id = _header(message, "Message-ID")
    thread = _thread_root(message) or own_id or f"{sender_address}|{when.raw}"
    conversation = stable_id(fmt, thread)
    subject = _header(message, "Subject") or "(no subject)"
    collector.conversation(conversation, subject, sender_address, *_recipients(message))
    text, attachments = _body(message, where, collector)
    collector.message(
        conversation_id=conversation,
        sender_name=sender_name or sender_address,
        sender_id=sender_address or None,
        time=when,
        text=text,
        location=where,
        attachments=attachments,
        source_id=own_id,
        from_me=(me in (sender_name, sender_address)) if me else None,
    )


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError):
        return None
    return None if value is None else str(value)


def _sender(message: EmailMessage, where: str) -> tuple[str, str]:
    try:
        header = message.get("From")
        addresses = getattr(header, "addresses", ())
    except (ValueError, IndexError, TypeError):
        addresses = ()
    if addresses:
        return addresses[0].display_name, addresses[0].addr_spec
    raw = _header(message, "From")
    if raw is None:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core", "The {where} has no From line, so it is not a readable email."
            ),
            where=where,
        )
    return raw, ""


def _recipients(message: EmailMessage) -> list[str]:
    found: list[str] = []
    for name in ("To", "Cc"):
        try:
            found += [a.addr_spec for a in getattr(message.get(name), "addresses", ())]
        except (ValueError, IndexError, TypeError):
            continue
    return found


def _date(message: EmailMessage, where: str) -> MessageTime:
    raw = _header(message, "Date")
    try:
        parsed = getattr(message.get("Date"), "datetime", None)
    except (ValueError, IndexError, TypeError):
        parsed = None
    if raw is None or parsed is None:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core", "The {where} has no Date this app can read ({raw!r}). Nothing was imported."
            ),
            where=where,
            raw=raw,
        )
    if parsed.tzinfo is None:  # "-0000": the sender's zone is unknown (RFC 5322)
        return MessageTime(raw=raw, value=parsed, zone_assumed=True)
    offset = parsed.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return MessageTime(
        raw=raw, value=parsed.astimezone(UTC), zone_assumed=False, source_offset_minutes=minutes
    )


def _thread_root(message: EmailMessage) -> str | None:
    references = (_header(message, "References") or "").split()
    if references:
        return references[0]
    reply_to = (_header(message, "In-Reply-To") or "").split()
    return reply_to[0] if reply_to else None


def _body(
    message: EmailMessage, where: str, collector: ExportCollector
) -> tuple[str, tuple[Attachment, ...]]:
    body = message.get_body(preferencelist=("plain",))
    text = ""
    if body is None:
        collector.warn(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core", "The {where} has no plain-text part; its text is only in the file."
                ),
                where=where,
            )
        )
    else:
        try:
            text = body.get_content()
        except (LookupError, ValueError) as error:
            collector.warn(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core", "The text of the {where} could not be decoded ({error})."
                    ),
                    where=where,
                    error=error,
                )
            )
    files = []
    for part in message.walk():
        name = part.get_filename()
        if (
            part is body
            or part.is_multipart()
            or (name is None and part.get_content_disposition() != "attachment")
        ):
            continue
        payload = part.get_payload(decode=True)
        files.append(
            Attachment(
                name=name or "(unnamed attachment)",
                content_type=part.get_content_type(),
                size=len(payload) if isinstance(payload, bytes) else None,
            )
        )
    return text, tuple(files)
