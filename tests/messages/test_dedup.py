"""Fingerprints: overlapping exports of one chat agree, repeats stay distinct."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from journal.messages import parse_export

from .builders import Line, android_chat, en_gb, en_us

START = datetime(2025, 3, 1, 22, 0)
LINES = [Line(START + timedelta(minutes=i), "Mark Doe", f"message {i}") for i in range(10)]


def _parse(folder: Path, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return parse_export(path)


def test_overlapping_exports_share_fingerprints(tmp_path: Path) -> None:
    early = _parse(tmp_path, "a.txt", android_chat(LINES[:6], en_gb))
    late = _parse(tmp_path, "b.txt", android_chat(LINES[4:], en_us))  # another phone locale
    assert early.conversations[0].id == late.conversations[0].id
    early_prints = [m.fingerprint for m in early.messages]
    late_prints = [m.fingerprint for m in late.messages]
    assert early_prints[4:] == late_prints[:2]
    assert len(set(early_prints) | set(late_prints)) == 10


def test_identical_messages_in_one_minute_are_two_messages(tmp_path: Path) -> None:
    when = datetime(2025, 3, 1, 23, 0)
    lines = [Line(when, "Mark Doe", "answer"), Line(when, "Mark Doe", "answer")]
    parsed = _parse(tmp_path, "a.txt", android_chat(lines, en_gb))
    first, second = parsed.messages
    assert first.fingerprint != second.fingerprint
    again = _parse(tmp_path, "b.txt", android_chat(lines, en_gb))
    assert [m.fingerprint for m in again.messages] == [first.fingerprint, second.fingerprint]


def test_with_and_without_media_exports_agree(tmp_path: Path) -> None:
    when = datetime(2025, 3, 1, 23, 0)
    with_media = [Line(when, "Mark Doe", "IMG-20250301-WA0001.jpg (file attached)")]
    without = [Line(when, "Mark Doe", "<Media omitted>")]
    one = _parse(tmp_path, "a.txt", android_chat(with_media, en_gb)).messages[0]
    two = _parse(tmp_path, "b.txt", android_chat(without, en_gb)).messages[0]
    assert one.fingerprint == two.fingerprint and one.text != two.text
