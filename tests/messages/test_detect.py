"""The format comes from the content, never the file name; an override is possible."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from journal.messages import FORMATS, MessageFormatError, detect_format, parse_export
from journal.messages.source import DEFAULT_LIMITS

from .builders import Line, android_chat, en_us, iphone_chat, sms, sms_backup, write_json, write_zip
from .test_email import EML, _mail
from .test_facebook import _thread
from .test_telegram import _chat

LINES = [Line(datetime(2025, 3, 14, 21, 7), "Mark Doe", "hi")]


def _samples(folder: Path) -> dict[str, list[Path]]:
    """Every format, each under a misleading name."""

    def put(name: str, data: bytes) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return {
        "whatsapp": [
            put("photo.jpg", android_chat(LINES, en_us).encode()),
            put("data.json", ("\ufeff" + iphone_chat(LINES)).encode()),
            write_zip(folder / "archive.bin", {"notes.txt": android_chat(LINES, en_us).encode()}),
        ],
        "sms-xml": [put("message_1.json", sms_backup([sms("1", 1, 1, "x")]).encode())],
        "telegram-json": [write_json(folder / "sms.xml", _chat())],
        "facebook-json": [write_json(folder / "result.json", _thread())],
        "mbox": [put("chat.txt", _mail(1).encode())],
        "eml": [put("Inbox", EML.encode())],
    }


def test_every_format_is_detected_from_content(tmp_path: Path) -> None:
    samples = _samples(tmp_path)
    assert sorted(samples) == sorted(FORMATS)
    for fmt, paths in samples.items():
        for path in paths:
            assert detect_format(path, DEFAULT_LIMITS) == fmt, path.name
            assert parse_export(path).format == fmt


def test_override_parses_as_told_and_fails_plainly_on_a_mismatch(tmp_path: Path) -> None:
    samples = _samples(tmp_path)
    assert parse_export(samples["eml"][0], "eml").messages[0].sender_name == "Mark Döe"
    with pytest.raises(MessageFormatError):
        parse_export(samples["eml"][0], "telegram-json")
    with pytest.raises(MessageFormatError, match="'pdf' is not a message format"):
        parse_export(samples["eml"][0], "pdf")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"just some notes\nabout nothing\n",
        b"%PDF-1.7\n",
        b"\x89PNG\r\n\x1a\n",
        b'{"a": 1}',
        b"<html><body>hi</body></html>",
    ],
)
def test_other_files_are_not_recognised(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "WhatsApp Chat with Mark.txt"
    path.write_bytes(content)
    with pytest.raises(MessageFormatError, match="not a message export this app recognises"):
        parse_export(path)


def test_json_keys_inside_texts_do_not_mislead(tmp_path: Path) -> None:
    """A Telegram message whose sender and text spell another format's keys."""
    chat = _chat()
    chat["messages"][0]["from"] = "senderName"
    chat["messages"][0]["text"] = '{"timestamp_ms": 1, "thread_path": "x"}'
    path = write_json(tmp_path / "result.json", chat)
    assert detect_format(path, DEFAULT_LIMITS) == "telegram-json"
