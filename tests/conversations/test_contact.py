"""Contact per day by sender, counted Qt-free from messages and calls stored in a real
vault (the same counts the conversations view and the PDF's section show)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from journal.conversations.contact import count_contact
from journal.session.journal import Journal
from journal.session.message_import import import_messages

from ..messages.builders import Line, android_chat, en_gb
from .helpers import call_log


def _chat(folder: Path) -> Path:
    at = datetime
    lines = [
        Line(at(2025, 3, 1, 21, 59), "Mark Doe", "before the night"),
        Line(at(2025, 3, 1, 22, 0), "Mark Doe", "the night starts"),
        Line(at(2025, 3, 2, 3, 59), "Mark Doe", "still night"),
        Line(at(2025, 3, 2, 4, 0), "Ana", "morning"),
        Line(at(2025, 3, 2, 23, 10), "Mark Doe", "again"),
        Line(at(2025, 3, 2, 23, 11), "Mark Doe", "and again"),
        Line(at(2025, 3, 2, 23, 12), "Mark Doe", "and again\nand again"),
    ]
    path = folder / "WhatsApp Chat with Mark Doe.txt"
    text = android_chat(lines, en_gb) + "02/03/2025, 23:13 - Mark Doe changed the subject\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_counts_per_day_sender_and_night(journal: Journal, tmp_path: Path) -> None:
    import_messages(journal, _chat(tmp_path), timezone="Europe/Berlin")
    import_messages(journal, call_log(tmp_path))
    counts = count_contact(journal.messages.search(), journal.messages.calls())
    assert [d.day for d in counts.days] == ["2025-03-01", "2025-03-02", "2025-03-14"]
    first, second, calls = counts.days
    assert first.messages == {"Mark Doe": 2} and first.calls == {}
    assert second.messages == {"Mark Doe": 4, "Ana": 1}
    assert calls.calls == {"Mark Doe": 4} and calls.total == 4
    # the system line (a subject change) is nobody's contact
    assert (counts.messages, counts.calls) == (7, 4)
    # 22:00, 03:59, 23:10, 23:11, 23:12 are at night; 21:59 and 04:00 are not;
    # the calls are at 21:07:55 UTC
    assert (counts.night_messages, counts.night_calls) == (5, 0)
    assert counts.night_sentence() == "5 messages and 0 calls between 22:00 and 04:00"
    assert counts.senders == ("Mark Doe", "Ana")
    assert [d.day for d in counts.busiest(3)] == ["2025-03-02", "2025-03-14", "2025-03-01"]
    assert [d.day for d in counts.busiest(1)] == ["2025-03-02"]


def test_days_follow_the_stated_zone_not_utc(journal: Journal, tmp_path: Path) -> None:
    """23:30 in Berlin is 22:30 UTC: the day and the hour are those the export states."""
    path = tmp_path / "chat.txt"
    path.write_text("01/03/2025, 23:30 - Mark Doe: late\n", encoding="utf-8")
    import_messages(journal, path, timezone="Asia/Tokyo")
    counts = count_contact(journal.messages.search(), [])
    assert [d.day for d in counts.days] == ["2025-03-01"]
    assert counts.night_messages == 1


def test_nothing_counts_to_nothing() -> None:
    counts = count_contact([], [])
    assert counts.days == () and counts.busiest() == []
    assert counts.night_sentence() == "0 messages and 0 calls between 22:00 and 04:00"
