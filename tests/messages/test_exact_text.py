"""Property: any text and any sender name come back exactly (WhatsApp, Telegram, SMS)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from journal.messages import parse_export
from journal.messages.whatsapp_time import HEADER

from .builders import Line, android_chat, en_gb, sms, sms_backup

START = datetime(2025, 3, 13, 22, 0)  # day 13: the date order is proven
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
NAME = TEXT.filter(lambda name: ": " not in name and "\n" not in name)
XML_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff", min_codepoint=0x9
    ).filter(lambda c: c >= " " or c in "\t\n\r"),
    max_size=60,
)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(st.lists(st.tuples(NAME, TEXT), min_size=1, max_size=6))
def test_whatsapp_text_and_names(tmp_path: Path, rows: list[tuple[str, str]]) -> None:
    for _name, text in rows:  # a line that starts like a time stamp begins a new message
        assume(not any(HEADER.match(line) for line in text.split("\n")[1:]))
    # if every break before a time stamp is CR LF (every message but the last ends in CR;
    # a single message: its own), the file could as well be a CRLF file: ambiguous
    before_breaks = [text for _name, text in rows[:-1]] or [rows[-1][1]]
    assume(not all(text.endswith("\r") for text in before_breaks))
    lines = [Line(START + timedelta(minutes=i), name, text) for i, (name, text) in enumerate(rows)]
    path = tmp_path / "chat.txt"
    path.write_text(android_chat(lines, en_gb), encoding="utf-8", newline="")
    parsed = parse_export(path, "whatsapp")
    assert [(m.sender_name, m.text) for m in parsed.messages] == rows
    assert [m.time.value for m in parsed.messages] == [line.when for line in lines]


@SETTINGS
@given(
    st.lists(
        st.one_of(TEXT, st.fixed_dictionaries({"type": st.just("bold"), "text": TEXT})), max_size=5
    ),
    NAME,
)
def test_telegram_entity_text(tmp_path: Path, pieces: list, name: str) -> None:
    message = {
        "id": 1,
        "type": "message",
        "date": "2025-03-14T21:07:55",
        "date_unixtime": "1741986475",
        "from": name,
        "from_id": "user1",
        "text": pieces,
    }
    path = tmp_path / "result.json"
    path.write_text(
        json.dumps({"name": "x", "type": "personal_chat", "id": 1, "messages": [message]}),
        encoding="utf-8",
    )
    (parsed,) = parse_export(path).messages
    expected = "".join(p if isinstance(p, str) else p["text"] for p in pieces)
    assert (parsed.sender_name, parsed.text) == (name, expected)


@SETTINGS
@given(st.lists(XML_TEXT, min_size=1, max_size=6))
def test_sms_bodies(tmp_path: Path, bodies: list[str]) -> None:
    path = tmp_path / "sms.xml"
    path.write_text(
        sms_backup([sms("+1555", 1000 + i, 1, b) for i, b in enumerate(bodies)]), encoding="utf-8"
    )
    assert [m.text for m in parse_export(path).messages] == bodies
