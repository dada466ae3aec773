"""SMS Backup & Restore: SMS both ways, MMS with pictures, and the call log."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.messages import MessageFormatError, parse_export

from .builders import sms, sms_backup, xml_attr

MILLIS = 1741986475123  # 2025-03-14T21:07:55.123Z


def _mms(millis: int) -> str:
    return (
        f'  <mms date="{millis}" rr="null" sub="null" ct_t="application/vnd.wap.multipart.related" '
        'read_status="null" seen="1" msg_box="1" address="+15550001111" sub_cs="null" '
        'contact_name="Mark Doe" readable_date="14 Mar 2025 21:08:00">\n'
        "    <parts>\n"
        '      <part seq="-1" ct="application/smil" name="null" chset="null" cd="null" fn="null" '
        'cid="&lt;smil&gt;" cl="smil.xml" ctt_s="null" ctt_t="null" text="&lt;smil/&gt;" />\n'
        '      <part seq="0" ct="image/jpeg" name="IMG_0042.jpg" chset="null" cd="null" fn="null" '
        'cid="&lt;IMG_0042&gt;" cl="IMG_0042.jpg" ctt_s="null" ctt_t="null" text="null" '
        'data="/9j/4AAQSkZJRgABAQ==" />\n'
        '      <part seq="0" ct="text/plain" name="null" chset="106" cd="null" fn="null" '
        f'cid="&lt;text&gt;" cl="text_0.txt" ctt_s="null" ctt_t="null" text={xml_attr("See?")} />\n'
        "    </parts>\n"
        "    <addrs>\n"
        '      <addr address="+15550001111" type="137" charset="106" />\n'
        '      <addr address="+15559998888" type="151" charset="106" />\n'
        "    </addrs>\n"
        "  </mms>"
    )


def test_sms_both_directions_and_mms_round_trip(tmp_path: Path) -> None:
    body = "You can't hide.\nI'll be outside at 10 — don't call the police & <don't> \"try\""
    path = tmp_path / "sms-20250315.xml"
    path.write_text(
        sms_backup(
            [
                sms("+1 (555) 000-1111", MILLIS, 1, body, "Mark Doe"),
                sms("+15550001111", MILLIS + 60_000, 2, "Leave me alone.\t"),
                _mms(MILLIS + 120_000),
            ]
        ),
        encoding="utf-8",
    )
    parsed = parse_export(path, me="Ana")
    assert parsed.format == "sms-xml"
    received, sent, picture = parsed.messages
    assert received.text == body and received.sender_name == "Mark Doe"
    assert received.sender_id == "+1 (555) 000-1111" and received.from_me is False
    assert received.time.raw == str(MILLIS) and not received.time.zone_assumed
    assert received.time.value == datetime(2025, 3, 14, 21, 7, 55, 123000, tzinfo=UTC)
    assert received.time.shown_as == "14 Mar 2025 21:07:55"
    assert sent.text == "Leave me alone.\t" and sent.sender_name == "Ana" and sent.from_me
    assert received.conversation_id == sent.conversation_id  # same number, other spelling
    assert picture.text == "See?" and picture.sender_id == "+15550001111"
    assert [(a.name, a.size, a.content_type) for a in picture.attachments] == [
        ("IMG_0042.jpg", 13, "image/jpeg")
    ]
    assert picture.conversation_id == received.conversation_id
    assert parsed.conversations[0].title == "Mark Doe"


def test_call_log(tmp_path: Path) -> None:
    calls = [
        (1, 125, "incoming"),
        (2, 30, "outgoing"),
        (3, 0, "missed"),
        (5, 0, "rejected"),
        (6, 0, "blocked"),
    ]
    rows = "\n".join(
        f'  <call number="+15550001111" duration="{seconds}" date="{MILLIS + i * 1000}" '
        f'type="{kind}" presentation="1" subscription_id="1" post_dial_digits="" '
        f'readable_date="14 Mar 2025 21:07:55" contact_name="Mark Doe" />'
        for i, (kind, seconds, _name) in enumerate(calls)
    )
    path = tmp_path / "calls.xml"
    path.write_text(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
        f'<calls count="{len(calls)}">\n{rows}\n</calls>\n',
        encoding="utf-8",
    )
    parsed = parse_export(path)
    assert parsed.format == "sms-xml" and parsed.messages == ()
    assert [(c.direction, c.duration_seconds) for c in parsed.calls] == [
        (name, seconds) for _kind, seconds, name in calls
    ]
    assert parsed.calls[0].name == "Mark Doe" and parsed.calls[0].number == "+15550001111"
    assert parsed.calls[0].time.value == datetime(2025, 3, 14, 21, 7, 55, 123000, tzinfo=UTC)


def test_drafts_and_failed_sends_are_own_messages_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "sms.xml"
    rows = [sms("+15550002222", MILLIS, 3, "draft"), sms("+15550002222", MILLIS, 5, "failed")]
    path.write_text(sms_backup(rows), encoding="utf-8")
    parsed = parse_export(path)
    assert [m.from_me for m in parsed.messages] == [True, True]
    assert parsed.warnings == (
        "The <sms> number 1 is a draft that was never sent.",
        "The <sms> number 2 is a message that failed to send.",
    )


def test_unknown_contact_name_falls_back_to_the_number(tmp_path: Path) -> None:
    path = tmp_path / "sms.xml"
    path.write_text(sms_backup([sms("+15550002222", MILLIS, 1, "hi")]), encoding="utf-8")
    (message,) = parse_export(path).messages
    assert message.sender_name == "+15550002222"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ('<sms address="1" type="1" body="x" />', "has no 'date'"),
        ('<sms address="1" date="soon" type="1" body="x" />', "has a date that is not a time"),
        ('<sms address="1" date="1" type="1" />', "has no 'body'"),
    ],
)
def test_bad_elements_are_named(tmp_path: Path, row: str, expected: str) -> None:
    path = tmp_path / "sms.xml"
    path.write_text(sms_backup([sms("1", MILLIS, 1, "fine"), row]), encoding="utf-8")
    with pytest.raises(MessageFormatError, match=rf"<sms> number 2 {expected}"):
        parse_export(path)
