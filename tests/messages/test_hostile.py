"""Hostile and damaged files: refused with one error type and a plain message naming
where, or read exactly — never a crash, never unbounded memory."""

from __future__ import annotations

import json
import struct
import tracemalloc
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal.messages import Limits, MessageFormatError, parse_export

from ..conftest import BLNS, corpus
from .builders import Line, android_chat, en_gb, sms, sms_backup, write_json, write_zip
from .test_telegram import _chat

START = datetime(2025, 3, 1, 22, 0)
TEN_MB = "threat " * (10 * 1024 * 1024 // 7) + "\nend"


def _naughty() -> list[str]:
    return json.loads(corpus(BLNS).read_text(encoding="utf-8"))


def test_naughty_strings_as_whatsapp_names_and_texts(tmp_path: Path) -> None:
    strings = _naughty()
    lines = [
        Line(START + timedelta(minutes=i), f"Mark {text}", text) for i, text in enumerate(strings)
    ]
    path = tmp_path / "chat.txt"
    path.write_text(android_chat(lines, en_gb), encoding="utf-8")
    parsed = parse_export(path)
    assert [(m.sender_name, m.text) for m in parsed.messages] == [
        (line.sender, line.text) for line in lines
    ]


def test_naughty_strings_in_telegram_and_sms(tmp_path: Path) -> None:
    strings = _naughty()
    chat = _chat()
    template = chat["messages"][0]
    chat["messages"] = [{**template, "from": text, "text": text} for text in strings]
    parsed = parse_export(write_json(tmp_path / "r.json", chat))
    assert [(m.sender_name, m.text) for m in parsed.messages] == [(s, s) for s in strings]

    xml_safe = [s for s in strings if all(_xml_char(c) for c in s)]
    path = tmp_path / "sms.xml"
    path.write_text(
        sms_backup([sms("+1555", 1000 + i, 1, s, s or "x") for i, s in enumerate(xml_safe)]),
        encoding="utf-8",
    )
    assert [m.text for m in parse_export(path).messages] == xml_safe


def _xml_char(char: str) -> bool:
    """What XML 1.0 can hold at all, so what an SMS backup can contain."""
    code = ord(char)
    return (
        (code >= 0x20 or char in "\t\n\r")
        and not 0xD800 <= code <= 0xDFFF
        and code not in (0xFFFE, 0xFFFF)
    )


def test_ten_megabyte_single_message(tmp_path: Path) -> None:
    lines = [Line(START, "Mark Doe", TEN_MB), Line(START, "Ana", "ok")]
    text = android_chat(lines, en_gb).encode()
    (tmp_path / "chat.txt").write_bytes(text)
    write_zip(tmp_path / "chat.zip", {"WhatsApp Chat with Mark Doe.txt": text})
    for name in ("chat.txt", "chat.zip"):
        parsed = parse_export(tmp_path / name)
        assert parsed.messages[0].text == TEN_MB and parsed.messages[1].text == "ok"
    path = tmp_path / "sms.xml"
    path.write_text(sms_backup([sms("+1555", 1, 1, TEN_MB)]), encoding="utf-8")
    assert parse_export(path).messages[0].text == TEN_MB


@pytest.mark.parametrize(
    ("name", "content", "fmt", "expected"),
    [
        ("cut.json", json.dumps(_chat())[:-40].encode(), None, r"cut short at line 1, column"),
        (
            "cut.xml",
            sms_backup([sms("1", 1, 1, "x")])[:-30].encode(),
            None,
            r"cut short near line \d+, column",
        ),
        (
            "cut.txt",
            "14/03/2025, 21:07 - Mark: é".encode()[:-1],
            None,
            r"line 1 holds bytes that are not UTF-8",
        ),
        (
            "latin1.txt",
            "14/03/2025, 21:07 - A: hi\n14/03/2025, 21:08 - A: Grüße\n".encode("latin-1"),
            "whatsapp",
            r"line 2 holds bytes that are not UTF-8",
        ),
        (
            "latin1.json",
            json.dumps(_chat(), ensure_ascii=False).replace("Answer", "Grüße").encode("latin-1"),
            "telegram-json",
            r"not UTF-8",
        ),
        (
            "broken.txt",
            b"hello\n14/03/2025, 21:07 - A: hi\n",
            "whatsapp",
            r"Line 1 of the WhatsApp export does not start with a date",
        ),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "telegram-json", r"nested too deeply"),
    ],
)
def test_damaged_files_name_where(
    tmp_path: Path, name: str, content: bytes, fmt: str | None, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(MessageFormatError, match=expected):
        parse_export(path, fmt)


def test_telegram_time_out_of_range_is_named(tmp_path: Path) -> None:
    chat = _chat()
    chat["messages"][1]["date_unixtime"] = "9" * 30
    with pytest.raises(MessageFormatError, match="chat, message 2 has a time out of range"):
        parse_export(write_json(tmp_path / "r.json", chat))


def test_xml_with_entities_is_refused(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE smses [<!ENTITY a "lol">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        '<smses count="1"><sms address="1" date="1" type="1" body="&b;" /></smses>\n'
    )
    external = laughs.replace('<!ENTITY a "lol">', '<!ENTITY a SYSTEM "file:///etc/passwd">')
    for index, text in enumerate((laughs, external)):
        path = tmp_path / f"sms{index}.xml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(MessageFormatError, match="declares a DOCTYPE"):
            parse_export(path, "sms-xml")


CHAT = android_chat([Line(START, "Mark Doe", "hi")], en_gb).encode()


@pytest.mark.parametrize(
    "member",
    [
        "../../evil.txt",
        "/etc/cron.d/evil",
        "..\\..\\evil.txt",
        "media/../../evil.txt",
        "C:/evil.txt",
    ],
)
def test_zip_with_path_traversal_is_refused(tmp_path: Path, member: str) -> None:
    path = write_zip(tmp_path / "chat.zip", {"_chat.txt": CHAT, member: b"x"})
    with pytest.raises(MessageFormatError, match="points outside its folder"):
        parse_export(path)


def _patch_declared_sizes(path: Path, size: int) -> None:
    """Make every central-directory entry claim `size` unpacked bytes."""
    data = bytearray(path.read_bytes())
    start = 0
    while (found := data.find(b"PK\x01\x02", start)) != -1:
        struct.pack_into("<I", data, found + 24, size)
        start = found + 4
    path.write_bytes(bytes(data))


def test_zip_bomb_declared_sizes_are_refused_before_unpacking(tmp_path: Path) -> None:
    members = {"_chat.txt": CHAT, **{f"{i}.jpg": b"\0" * 1000 for i in range(3)}}
    path = write_zip(tmp_path / "bomb.zip", members)
    _patch_declared_sizes(path, 3_900_000_000)  # 4 x 3.9 GB: more than the 8 GiB total
    tracemalloc.start()
    try:
        with pytest.raises(MessageFormatError, match="possible zip bomb"):
            parse_export(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024


def test_zip_bomb_member_past_its_cap_is_refused(tmp_path: Path) -> None:
    zeros = b"\0" * (8 * 1024 * 1024)  # deflates to ~8 KB
    path = write_zip(tmp_path / "bomb.zip", {"_chat.txt": CHAT + zeros})
    with pytest.raises(MessageFormatError, match="unpacks to more than 1 MB"):
        parse_export(path, limits=Limits(member_bytes=1024 * 1024))


def test_zip_member_lying_about_its_size_stops_at_the_lie(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "lie.zip", {"_chat.txt": CHAT + b"\0" * (8 * 1024 * 1024)})
    _patch_declared_sizes(path, len(CHAT))
    with pytest.raises(MessageFormatError, match="is damaged"):
        parse_export(path)


def test_zip_with_other_compression_or_damage_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bz.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("_chat.txt", CHAT)
    with pytest.raises(MessageFormatError, match="only stored and deflated"):
        parse_export(path)
    good = write_zip(tmp_path / "cut.zip", {"_chat.txt": CHAT * 50})
    cut = tmp_path / "cut2.zip"
    cut.write_bytes(good.read_bytes()[:-30])
    with pytest.raises(MessageFormatError, match="damaged"):
        parse_export(cut)


def test_oversized_file_is_refused_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(CHAT * 1000)
    with pytest.raises(MessageFormatError, match="larger than 0 MB"):
        parse_export(path, limits=Limits(file_bytes=1000))


def test_a_folder_or_a_missing_file_is_refused_plainly(tmp_path: Path) -> None:
    with pytest.raises(MessageFormatError, match="not a file this app can import"):
        parse_export(tmp_path)
    with pytest.raises(MessageFormatError, match="could not be read"):
        parse_export(tmp_path / "gone.txt")


def test_reading_a_file_costs_its_size_not_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(CHAT)
    tracemalloc.start()
    try:
        parse_export(path, limits=Limits(file_bytes=512 * 1024 * 1024))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024
