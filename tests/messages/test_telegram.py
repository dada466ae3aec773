"""Telegram Desktop JSON: one chat, the full export, text as entity lists, calls."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.messages import MessageFormatError, parse_export

from .builders import write_json

UNIX = 1741986475  # 2025-03-14T21:07:55Z


def _chat(chat_id: int = 4815162342) -> dict:
    return {
        "name": "Mark Doe",
        "type": "personal_chat",
        "id": chat_id,
        "messages": [
            {
                "id": 101,
                "type": "message",
                "date": "2025-03-14T22:07:55",
                "date_unixtime": str(UNIX),
                "from": "Mark Doe",
                "from_id": "user4815162342",
                "text": "Answer.\nNow.",
                "text_entities": [{"type": "plain", "text": "Answer.\nNow."}],
            },
            {
                "id": 102,
                "type": "message",
                "date": "2025-03-14T22:08:00",
                "date_unixtime": str(UNIX + 5),
                "edited": "2025-03-14T22:09:00",
                "edited_unixtime": str(UNIX + 65),
                "from": "Mark Doe",
                "from_id": "user4815162342",
                "text": [
                    "I know where ",
                    {"type": "bold", "text": "you"},
                    " are: ",
                    {"type": "link", "text": "https://maps.example/x"},
                    " ",
                ],
            },
            {
                "id": 103,
                "type": "message",
                "date": "2025-03-14T22:10:00",
                "date_unixtime": str(UNIX + 125),
                "from": "Ana",
                "from_id": "user42",
                "photo": "photos/photo_1@14-03-2025_22-10-00.jpg",
                "width": 1280,
                "height": 960,
                "text": "",
            },
            {
                "id": 104,
                "type": "message",
                "date": "2025-03-14T22:11:00",
                "date_unixtime": str(UNIX + 185),
                "from": "Mark Doe",
                "from_id": "user4815162342",
                "file": "(File not included. Change data exporting settings to download.)",
                "media_type": "voice_message",
                "text": "",
            },
            {
                "id": 105,
                "type": "service",
                "date": "2025-03-14T22:12:00",
                "date_unixtime": str(UNIX + 245),
                "actor": "Mark Doe",
                "actor_id": "user4815162342",
                "action": "phone_call",
                "discard_reason": "missed",
                "text": "",
            },
        ],
    }


def test_single_chat_round_trip(tmp_path: Path) -> None:
    parsed = parse_export(write_json(tmp_path / "result.json", _chat()), me="Ana")
    assert parsed.format == "telegram-json"
    first, edited, photo, voice = parsed.messages
    assert first.text == "Answer.\nNow." and first.sender_id == "user4815162342"
    assert first.time.value == datetime(2025, 3, 14, 21, 7, 55, tzinfo=UTC)
    assert first.time.raw == str(UNIX) and first.time.shown_as == "2025-03-14T22:07:55"
    assert first.source_id == "101"
    assert edited.text == "I know where you are: https://maps.example/x "
    assert edited.is_edited and not first.is_edited
    assert [a.name for a in photo.attachments] == ["photos/photo_1@14-03-2025_22-10-00.jpg"]
    assert photo.from_me and not first.from_me
    assert voice.media_omitted and voice.attachments == ()
    (call,) = parsed.calls
    assert call.direction == "missed" and call.name == "Mark Doe"
    assert parsed.conversations[0].title == "Mark Doe"


def test_full_export_with_chats_list(tmp_path: Path) -> None:
    data = {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 42, "first_name": "Ana"},
        "chats": {"about": "This page lists all chats.", "list": [_chat(1), _chat(2)]},
    }
    parsed = parse_export(write_json(tmp_path / "result.json", data))
    assert len(parsed.conversations) == 2 and len(parsed.messages) == 8
    assert parsed.messages[0].conversation_id != parsed.messages[4].conversation_id


def test_ascii_escaped_json_is_read_exactly(tmp_path: Path) -> None:
    chat = _chat()
    chat["messages"][0]["text"] = "Ты пожалеешь 😡\u2028"
    parsed = parse_export(write_json(tmp_path / "r.json", chat, ensure_ascii=True))
    assert parsed.messages[0].text == "Ты пожалеешь 😡\u2028"


def test_a_message_without_time_is_named(tmp_path: Path) -> None:
    chat = _chat()
    del chat["messages"][2]["date_unixtime"]
    chat["messages"][2]["date"] = "yesterday"
    with pytest.raises(MessageFormatError, match="chat, message 3 has no time"):
        parse_export(write_json(tmp_path / "r.json", chat))
