"""Which export a file is, from its first bytes (and, for a zip, its members' first
lines) — never from its name, which anyone can change."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from journal.messages.archive import is_zip, open_checked
from journal.messages.errors import MessageFormatError
from journal.messages.model import FORMATS
from journal.messages.source import Limits, read_head
from journal.messages.whatsapp import chat_member, looks_like_whatsapp
from journal.translatable import QT_TRANSLATE_NOOP

_HEADER_LINE = re.compile(r"^[A-Za-z0-9-]+:[ \t]", re.M)
# a JSON key: a string not inside another string (no backslash before it), then ":"
_JSON_KEY = re.compile(r'(?<!\\)"([A-Za-z_]+)"\s*:')
_EMAIL_HEADERS = ("from:", "date:", "message-id:", "received:", "subject:")


def detect_format(path: Path, limits: Limits) -> str:
    head = read_head(path)
    if is_zip(head):
        with open_checked(path, limits) as archive:
            chat_member(archive)
        return "whatsapp"
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    text = head.decode("utf-16" if utf16 else "utf-8-sig", errors="replace")
    text = text.lstrip("\ufeff \t\r\n")
    found = _from_text(text)
    if found is None:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core",
                "The file {name} is not a message export this app recognises (WhatsApp, SMS "
                "Backup & Restore, Telegram, Messenger/Instagram, .eml or .mbox).",
            ),
            name=path.name,
        )
    return found


def _from_text(text: str) -> str | None:
    if looks_like_whatsapp(text):  # before JSON: iPhone lines start with "["
        return "whatsapp"
    if text.startswith(("{", "[")):
        keys = set(_JSON_KEY.findall(text))
        if keys & {"timestamp_ms", "senderName", "thread_path"}:
            return "facebook-json"
        if keys & {"date_unixtime", "personal_information"} or {"messages", "from_id"} <= keys:
            return "telegram-json"
        if {"participants", "sender_name"} <= keys:
            return "facebook-json"
        return None
    if text.startswith("<"):
        return "sms-xml" if re.search(r"<(smses|calls)[\s>]", text) else None
    if text.startswith("From ") and "\n" in text:
        return "mbox"
    headers = text.split("\n\n", 1)[0].replace("\r", "").lower()
    names = {line.split(":", 1)[0] + ":" for line in _HEADER_LINE.findall(headers)}
    if _HEADER_LINE.match(text) and len(names & set(_EMAIL_HEADERS)) >= 2:
        return "eml"
    return None


def check_format_name(name: str) -> str:
    if name not in FORMATS:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "{name!r} is not a message format; use one of: {names}."),
            name=name,
            names=", ".join(FORMATS),
        )
    return name
