"""Email as .eml and .mbox: encoded headers, offsets, Message-ID, attachments."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.messages import MessageFormatError, parse_export

EML = (
    "Return-Path: <mark@example.org>\r\n"
    "Received: from mail.example.org by mx.example.net; Fri, 14 Mar 2025 22:07:57 +0100\r\n"
    "From: =?utf-8?q?Mark_D=C3=B6e?= <mark@example.org>\r\n"
    "To: Ana <ana@example.net>\r\n"
    "Subject: =?utf-8?b?RHUgd2lyc3QgZXMgYmVyZXVlbiDwn5ih?=\r\n"
    "Date: Fri, 14 Mar 2025 22:07:55 +0100\r\n"
    "Message-ID: <20250314210755.1234@example.org>\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/mixed; boundary="XyZ"\r\n'
    "\r\n"
    "--XyZ\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "Du wirst es bereuen.=0A  Ich wei=C3=9F, wo du bist.  \r\n"
    "--XyZ\r\n"
    "Content-Type: image/jpeg\r\n"
    "Content-Disposition: attachment; filename*=utf-8''Foto%20vom%20Auto.jpg\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "/9j/4AAQSkZJRgABAQ==\r\n"
    "--XyZ--\r\n"
)


def test_eml_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "threat.eml"
    path.write_bytes(EML.encode())
    parsed = parse_export(path)
    assert parsed.format == "eml"
    (message,) = parsed.messages
    assert message.sender_name == "Mark Döe" and message.sender_id == "mark@example.org"
    assert message.source_id == "<20250314210755.1234@example.org>"
    assert message.time.raw == "Fri, 14 Mar 2025 22:07:55 +0100"
    assert message.time.value == datetime(2025, 3, 14, 21, 7, 55, tzinfo=UTC)
    assert message.time.source_offset_minutes == 60 and not message.time.zone_assumed
    # the line break before a MIME boundary belongs to the boundary (RFC 2046)
    assert message.text == "Du wirst es bereuen.\n  Ich weiß, wo du bist.  "
    assert [(a.name, a.size) for a in message.attachments] == [("Foto vom Auto.jpg", 13)]
    assert parsed.conversations[0].title == "Du wirst es bereuen 😡"


def _mail(number: int, refs: str = "") -> str:
    return (
        f"From mark@example.org Fri Mar 14 21:0{number}:55 2025\n"
        "From: Mark Doe <mark@example.org>\n"
        "To: ana@example.net\n"
        f"Subject: {'Re: ' if refs else ''}tonight\n"
        f"Date: Fri, 14 Mar 2025 21:0{number}:55 -0500\n"
        f"Message-ID: <m{number}@example.org>\n"
        f"{refs}"
        "\n"
        f"Message {number}.\n"
        ">From the start I told you.\n"
        "\n"
    )


def test_mbox_threads_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "Inbox"
    path.write_text(
        _mail(1)
        + _mail(2, "In-Reply-To: <m1@example.org>\nReferences: <m1@example.org>\n")
        + _mail(3),
        encoding="utf-8",
    )
    parsed = parse_export(path)
    assert parsed.format == "mbox"
    first, reply, other = parsed.messages
    assert first.text == "Message 1.\n>From the start I told you.\n"
    assert first.conversation_id == reply.conversation_id != other.conversation_id
    assert reply.time.value == datetime(2025, 3, 15, 2, 2, 55, tzinfo=UTC)
    assert reply.time.source_offset_minutes == -300


def test_unknown_zone_is_an_assumption(tmp_path: Path) -> None:
    path = tmp_path / "a.eml"
    path.write_text(EML.replace("+0100\r\nMessage-ID", "-0000\r\nMessage-ID"), encoding="utf-8")
    (message,) = parse_export(path).messages
    assert message.time.zone_assumed and message.time.value == datetime(2025, 3, 14, 22, 7, 55)


def test_missing_date_is_refused_naming_the_message(tmp_path: Path) -> None:
    path = tmp_path / "Inbox"
    path.write_text(_mail(1) + _mail(2).replace("Date: ", "X-Date: "), encoding="utf-8")
    with pytest.raises(MessageFormatError, match="message 2 of the mailbox has no Date"):
        parse_export(path)
