"""Messenger / Instagram "Download your information" JSON, with Meta's mojibake."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from journal.messages import parse_export
from journal.messages.facebook import repair

from .builders import mojibake, write_json

MILLIS = 1741986475123


def _thread() -> dict:
    return {
        "participants": [{"name": mojibake("José Müller")}, {"name": "Ana"}],
        "messages": [  # newest first, as Meta writes them
            {
                "sender_name": mojibake("José Müller"),
                "timestamp_ms": MILLIS + 60_000,
                "photos": [
                    {
                        "uri": "messages/inbox/josemuller_1234/photos/5551.jpg",
                        "creation_timestamp": 1741986535,
                    }
                ],
                "is_geoblocked_for_viewer": False,
            },
            {
                "sender_name": mojibake("José Müller"),
                "timestamp_ms": MILLIS,
                "content": mojibake("Tu vas le regretter 😡\nÀ ce soir."),
                "is_geoblocked_for_viewer": False,
            },
            {
                "sender_name": "Ana",
                "timestamp_ms": MILLIS - 60_000,
                "is_unsent": True,
                "is_geoblocked_for_viewer": False,
            },
        ],
        "title": mojibake("José Müller"),
        "is_still_participant": True,
        "thread_path": "inbox/josemuller_1234",
        "magic_words": [],
    }


def test_messenger_thread_round_trip_with_repair(tmp_path: Path) -> None:
    parsed = parse_export(write_json(tmp_path / "message_1.json", _thread(), ensure_ascii=True))
    assert parsed.format == "facebook-json"
    photo, threat, unsent = parsed.messages
    assert threat.text == "Tu vas le regretter 😡\nÀ ce soir."
    assert threat.sender_name == "José Müller"
    assert threat.time.value == datetime(2025, 3, 14, 21, 7, 55, 123000, tzinfo=UTC)
    assert threat.time.raw == str(MILLIS) and not threat.time.zone_assumed
    assert [a.name for a in photo.attachments] == ["messages/inbox/josemuller_1234/photos/5551.jpg"]
    assert unsent.is_deleted and unsent.text == ""
    assert parsed.conversations[0].title == "José Müller"
    assert parsed.conversations[0].participants == ("José Müller", "Ana")


def test_repair_only_where_it_round_trips() -> None:
    assert repair(mojibake("Grüße 😡")) == "Grüße 😡"
    assert repair("Grüße") == "Grüße"  # never mangled: "ü" alone is not UTF-8
    assert repair("Ünïcödé ☃") == "Ünïcödé ☃"  # not Latin-1 at all
    assert repair("plain ascii") == "plain ascii"


def test_instagram_and_e2ee_messenger_shapes(tmp_path: Path) -> None:
    modern = {
        "participants": ["Mark Doe", "Ana"],
        "threadName": "Mark Doe",
        "messages": [
            {
                "isUnsent": False,
                "media": [{"uri": "media/1.jpg"}],
                "reactions": [],
                "senderName": "Mark Doe",
                "text": "look",
                "timestamp": MILLIS,
                "type": "text",
            }
        ],
    }
    parsed = parse_export(write_json(tmp_path / "thread.json", modern))
    (message,) = parsed.messages
    assert parsed.format == "facebook-json"
    assert (message.sender_name, message.text) == ("Mark Doe", "look")
    assert [a.name for a in message.attachments] == ["media/1.jpg"]
