"""WhatsApp exports of several locales: exact text, senders and times come back."""

from __future__ import annotations

from datetime import datetime as dt
from pathlib import Path

import pytest

from journal.messages import MessageFormatError, parse_export

from .builders import (
    LRM,
    Line,
    android_chat,
    de_de,
    en_gb,
    en_us,
    es_es,
    iphone,
    iphone_chat,
    iphone_us,
    pt_br,
    sv_se,
    write_zip,
)

MARK = "Mark Doe"
CONVERSATION = [
    Line(
        dt(2025, 3, 1, 8, 5),
        None,
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more.",
    ),
    Line(dt(2025, 3, 2, 0, 15), MARK, "Where are you?"),
    Line(
        dt(2025, 3, 2, 0, 16),
        MARK,
        ("Answer me.\nI know you're at your sister's.\n\n  I will find you"),
    ),
    Line(dt(2025, 3, 14, 12, 0), "Ana", "Please stop writing to me."),
    Line(dt(2025, 3, 14, 21, 7), MARK, "You'll regret it 😡 – ünïcödé"),
    Line(dt(2025, 12, 31, 23, 59), MARK, "trailing space and tab \t "),
]


def _check_round_trip(parsed, stamp, lines=CONVERSATION, newline="\n") -> None:
    """Inner line breaks come back as the file wrote them (CRLF files keep CRLF)."""
    assert parsed.format == "whatsapp"
    assert len(parsed.messages) == len(lines)
    for line, message in zip(lines, parsed.messages, strict=True):
        assert message.text == line.text.replace("\n", newline)
        assert message.sender_name == (line.sender or "")
        assert message.is_system == (line.sender is None)
        assert message.time.raw == stamp(line.when)
        assert message.time.value == line.when
        assert message.time.zone_assumed and message.time.value.tzinfo is None
    assert {MARK, "Ana"} == set(parsed.conversations[0].participants)


@pytest.mark.parametrize(
    ("stamp", "newline"),
    [
        (en_us, "\n"),
        (en_gb, "\n"),
        (de_de, "\n"),
        (en_gb, "\r\n"),
        (es_es, "\n"),
        (pt_br, "\n"),
        (sv_se, "\n"),
    ],
    ids=[
        "en-US-12h-month-first",
        "en-GB-24h-day-first",
        "de-DE-dots",
        "en-GB-CRLF",
        "es-ES-p.m.",
        "pt-BR-no-comma",
        "sv-SE-year-first",
    ],
)
def test_android_locales_round_trip(tmp_path: Path, stamp, newline: str) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(android_chat(CONVERSATION, stamp, newline).encode())
    parsed = parse_export(path)
    _check_round_trip(parsed, stamp, newline=newline)
    assert parsed.warnings == ()


def test_iphone_bracketed_with_seconds_marks_and_attachments(tmp_path: Path) -> None:
    lines = [
        *CONVERSATION[1:],
        Line(
            dt(2025, 3, 15, 1, 2, 3),
            "Mark Doe",
            f"{LRM}<attached: 00000012-PHOTO-2025-03-15-01-02-03.jpg>",
        ),
        Line(dt(2025, 3, 15, 1, 2, 4), MARK, f"{LRM}image omitted"),
        Line(dt(2025, 3, 15, 1, 3, 0), MARK, f"{LRM}This message was deleted."),
        Line(dt(2025, 3, 15, 1, 4, 0), MARK, f"I didn't mean it {LRM}<This message was edited>"),
    ]
    path = tmp_path / "_chat.txt"
    path.write_bytes(iphone_chat(lines).encode())
    parsed = parse_export(path)
    _check_round_trip(parsed, iphone, lines, newline="\r\n")
    photo, omitted, deleted, edited = parsed.messages[-4:]
    assert [a.name for a in photo.attachments] == ["00000012-PHOTO-2025-03-15-01-02-03.jpg"]
    assert omitted.media_omitted and not omitted.attachments
    assert deleted.is_deleted and not deleted.is_system
    assert edited.is_edited and edited.text.startswith("I didn't mean it")


def test_android_markers_and_attached_file_lines(tmp_path: Path) -> None:
    lines = [
        Line(dt(2025, 3, 20, 22, 0), MARK, "<Media omitted>"),
        Line(dt(2025, 3, 20, 22, 1), MARK, "IMG-20250320-WA0001.jpg (file attached)\nlook at this"),
        Line(dt(2025, 3, 20, 22, 2), MARK, "This message was deleted"),
        Line(dt(2025, 3, 20, 22, 3), "Ana", "You deleted this message"),
        Line(dt(2025, 3, 20, 22, 4), MARK, "sorry <This message was edited>"),
        Line(dt(2025, 3, 20, 22, 5), None, "Mark Doe changed his phone number"),
    ]
    path = tmp_path / "chat.txt"
    path.write_bytes(android_chat(lines, en_gb).encode())
    omitted, attached, deleted, you_deleted, edited, system = parse_export(path).messages
    assert omitted.media_omitted and not omitted.is_system
    assert [a.name for a in attached.attachments] == ["IMG-20250320-WA0001.jpg"]
    assert attached.text == lines[1].text
    assert deleted.is_deleted and you_deleted.is_deleted and you_deleted.sender_name == "Ana"
    assert edited.is_edited and not edited.is_deleted
    assert system.is_system and system.sender_name == "" and system.sender_id is None


def test_system_lines_holding_a_colon_stay_system_lines(tmp_path: Path) -> None:
    subject = 'Mark Doe changed the subject from "Family" to "Ana: you will pay"'
    lines = [
        Line(dt(2025, 3, 20, 22, 0), MARK, "hi"),
        Line(dt(2025, 3, 20, 22, 1), None, subject),
        Line(dt(2025, 3, 20, 22, 2), None, 'Mark Doe created group "Us: forever"'),
    ]
    path = tmp_path / "chat.txt"
    path.write_bytes(android_chat(lines, en_gb).encode())
    parsed = parse_export(path)
    assert [(m.sender_name, m.text, m.is_system) for m in parsed.messages] == [
        (MARK, "hi", False),
        ("", subject, True),
        ("", lines[2].text, True),
    ]
    assert parsed.conversations[0].participants == (MARK,)


def test_a_sender_shown_as_a_number_has_it_as_id(tmp_path: Path) -> None:
    lines = [
        Line(dt(2025, 3, 20, 22, 0), "+1 (555) 010-4477", "who is this"),
        Line(dt(2025, 3, 20, 22, 1), "\u202a+49 151 23456789\u202c", "ich"),
        Line(dt(2025, 3, 20, 22, 2), MARK, "me"),
        Line(dt(2025, 3, 20, 22, 3), "Room 101", "x"),
    ]
    path = tmp_path / "chat.txt"
    path.write_bytes(android_chat(lines, en_gb).encode())
    parsed = parse_export(path)
    assert [(m.sender_name, m.sender_id) for m in parsed.messages] == [
        ("+1 (555) 010-4477", "+1 (555) 010-4477"),
        ("\u202a+49 151 23456789\u202c", "+49 151 23456789"),
        (MARK, None),
        ("Room 101", None),
    ]


def test_german_markers(tmp_path: Path) -> None:
    lines = [
        Line(dt(2025, 3, 20, 22, 0), "Markus", "<Medien ausgeschlossen>"),
        Line(dt(2025, 3, 20, 22, 2), "Markus", "Diese Nachricht wurde gelöscht."),
        Line(dt(2025, 3, 20, 22, 4), "Markus", "tut mir leid <Diese Nachricht wurde bearbeitet>"),
    ]
    path = tmp_path / "Chat.txt"
    path.write_bytes(android_chat(lines, de_de).encode())
    omitted, deleted, edited = parse_export(path).messages
    assert omitted.media_omitted and deleted.is_deleted and edited.is_edited


def test_zip_with_media_lists_members_and_finds_the_chat(tmp_path: Path) -> None:
    photo = "00000012-PHOTO-2025-03-15-01-02-03.jpg"
    lines = [
        *CONVERSATION[1:3],
        Line(dt(2025, 3, 15, 1, 2, 3), MARK, f"{LRM}<attached: {photo}>"),
        Line(dt(2025, 3, 15, 1, 2, 9), MARK, f"{LRM}<attached: 00000013-AUDIO.opus>"),
    ]
    path = write_zip(
        tmp_path / "WhatsApp Chat - Mark Doe.zip",
        {
            "_chat.txt": iphone_chat(lines).encode(),
            photo: b"\xff\xd8\xff\xe0 not a real jpeg",
        },
    )
    parsed = parse_export(path)
    assert parsed.conversations[0].title == "Mark Doe"
    assert [(m.name, m.size) for m in parsed.archive_members] == [
        ("_chat.txt", len(iphone_chat(lines).encode())),
        (photo, 20),
    ]
    assert [a.name for a in parsed.messages[2].attachments] == [photo]
    assert parsed.warnings == ("Line 7 names the file '00000013-AUDIO.opus', which the zip lacks.",)
    assert [m.text for m in parsed.messages[:2]] == [
        line.text.replace("\n", "\r\n") for line in lines[:2]
    ]


def test_android_zip_without_media(tmp_path: Path) -> None:
    chat = android_chat(CONVERSATION, en_us).encode()
    path = write_zip(tmp_path / "export.zip", {"WhatsApp Chat with Mark Doe.txt": chat})
    parsed = parse_export(path)
    _check_round_trip(parsed, en_us)
    assert parsed.conversations[0].title == "Mark Doe"


def test_day_month_order_is_decided_for_the_whole_file(tmp_path: Path) -> None:
    """03/04 early in the file is read with the order that 13/04 later proves."""
    lines = [Line(dt(2025, 4, 3, 9), "A", "x"), Line(dt(2025, 4, 13, 9), "A", "y")]
    path = tmp_path / "chat.txt"
    path.write_text(android_chat(lines, en_gb), encoding="utf-8")
    assert [m.time.value for m in parse_export(path).messages] == [line.when for line in lines]


def test_unprovable_order_warns_and_follows_time_order(tmp_path: Path) -> None:
    lines = [
        Line(dt(2025, 1, 5, 9, 0), "A", "x"),
        Line(dt(2025, 2, 3, 9, 0), "A", "y"),
        Line(dt(2025, 3, 1, 9, 0), "A", "z"),
    ]
    path = tmp_path / "chat.txt"
    path.write_text(android_chat(lines, en_gb), encoding="utf-8")
    parsed = parse_export(path)
    assert [m.time.value for m in parsed.messages] == [line.when for line in lines]
    assert "could not be proven" in parsed.warnings[0]


def test_mixed_orders_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("13/01/2025, 09:00 - A: x\n01/13/2025, 09:00 - A: y\n", encoding="utf-8")
    with pytest.raises(MessageFormatError, match="mix day-first and month-first"):
        parse_export(path)


def test_impossible_date_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("14/03/2025, 09:00 - A: x\n31/02/2025, 09:00 - A: y\n", encoding="utf-8")
    with pytest.raises(MessageFormatError, match=r"Line 2 .* '31/02/2025, 09:00'"):
        parse_export(path)


def test_me_marks_own_messages(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(android_chat(CONVERSATION, en_gb), encoding="utf-8")
    flags = [m.from_me for m in parse_export(path, me="Ana").messages]
    assert flags == [None, False, False, True, False, False]


def test_iphone_us_12_hour_with_seconds(tmp_path: Path) -> None:
    lines = [Line(line.when, line.sender or "Family", line.text) for line in CONVERSATION[1:]]
    text = "".join(f"[{iphone_us(line.when)}] {line.sender}: {line.text}\n" for line in lines)
    path = tmp_path / "_chat.txt"
    path.write_text(text, encoding="utf-8")
    _check_round_trip(parse_export(path), iphone_us, lines)


def test_utf16_with_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Re-saved on Windows, a chat may be UTF-16; its mark makes that certain."""
    path = tmp_path / "chat.txt"
    path.write_bytes(android_chat(CONVERSATION, en_gb).encode("utf-16"))
    _check_round_trip(parse_export(path), en_gb)


def test_iphone_system_lines_name_no_participant(tmp_path: Path) -> None:
    """iPhone writes the chat's name as the "sender" of the lines WhatsApp itself wrote."""
    path = tmp_path / "_chat.txt"
    path.write_bytes(iphone_chat(CONVERSATION).encode())
    parsed = parse_export(path, me="Ana")
    system = parsed.messages[0]
    assert system.is_system and system.sender_name == "Family" and system.from_me is None
    assert system.text == LRM + CONVERSATION[0].text
    assert set(parsed.conversations[0].participants) == {"Mark Doe", "Ana"}


def test_a_file_cut_mid_message_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(android_chat(CONVERSATION, en_gb)[:-5], encoding="utf-8")
    parsed = parse_export(path)
    assert parsed.messages[-1].text == CONVERSATION[-1].text[:-4]
    assert any("may be cut short" in warning for warning in parsed.warnings)


def test_a_sink_gets_the_same_messages_and_the_result_keeps_none(tmp_path: Path) -> None:
    path = tmp_path / "_chat.txt"
    path.write_bytes(iphone_chat(CONVERSATION).encode())
    taken: list = []
    streamed = parse_export(path, sink=taken.append)
    kept = parse_export(path)
    assert streamed.messages == () and streamed.message_count == len(CONVERSATION)
    assert taken == list(kept.messages)
    assert streamed.conversations == kept.conversations
