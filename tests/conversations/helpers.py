"""Shared pieces of the message-store tests: exports of every format, and a count of
what the vault holds, to prove that a refused file stored nothing."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from journal.session.journal import Journal

from ..messages.builders import (
    Line,
    android_chat,
    en_gb,
    sms,
    sms_backup,
    write_json,
)
from ..messages.test_email import EML, _mail
from ..messages.test_facebook import _thread
from ..messages.test_sms_xml import MILLIS, _mms
from ..messages.test_telegram import _chat

START = datetime(2025, 3, 1, 22, 0)


def chat_lines(count: int, start: int = 0, sender: str = "Mark Doe") -> list[Line]:
    return [
        Line(START + timedelta(minutes=i), sender, f"message {i}\nline two of {i}")
        for i in range(start, start + count)
    ]


def whatsapp_file(folder: Path, name: str, lines: list[Line]) -> Path:
    path = folder / name
    path.write_text(android_chat(lines, en_gb), encoding="utf-8")
    return path


def every_format(folder: Path) -> dict[str, Path]:
    """One realistic export per format, built from each format's documented shape."""
    folder.mkdir(parents=True, exist_ok=True)
    body = "You can't hide.\nI'll be outside at 10 — don't call the police & <don't>"
    sms_path = folder / "sms-20250315.xml"
    sms_path.write_text(
        sms_backup(
            [
                sms("+1 555 000 1111", MILLIS, 1, body, "Mark Doe"),
                sms("+15550001111", MILLIS + 1000, 2, "Leave me alone."),
                _mms(MILLIS + 5000),
            ]
        ),
        encoding="utf-8",
    )
    eml = folder / "threat.eml"
    eml.write_bytes(EML.encode())
    mbox = folder / "mail.mbox"
    mbox.write_text("".join(_mail(n) for n in range(1, 4)), encoding="utf-8")
    return {
        "whatsapp": whatsapp_file(folder, "WhatsApp Chat with Mark Doe.txt", chat_lines(5)),
        "sms-xml": sms_path,
        "telegram-json": write_json(folder / "result.json", _chat()),
        "facebook-json": write_json(folder / "message_1.json", _thread()),
        "eml": eml,
        "mbox": mbox,
    }


def call_log(folder: Path) -> Path:
    """An SMS Backup & Restore call log: incoming, outgoing, missed, rejected."""
    rows = "\n".join(
        f'  <call number="+15550001111" duration="{seconds}" date="{MILLIS + i * 1000}" '
        f'type="{kind}" presentation="1" readable_date="14 Mar 2025 21:07:55" '
        'contact_name="Mark Doe" />'
        for i, (kind, seconds) in enumerate(((1, 125), (2, 30), (3, 0), (5, 0)))
    )
    path = folder / "calls-20250315.xml"
    path.write_text(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
        f'<calls count="4">\n{rows}\n</calls>\n',
        encoding="utf-8",
    )
    return path


def stored_objects(journal: Journal) -> tuple[int, object]:
    """How many objects the file holds, and which manifest the settings name."""
    with sqlite3.connect(journal.vault.path) as db:
        count = db.execute("SELECT count(*) FROM object").fetchone()[0]
    return count, journal.settings.get("message_store")
