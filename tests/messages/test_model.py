"""Message times: aware exactly when the source gives the zone; assumed zones explicit."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from journal import messages
from journal.messages import Limits, MessageFormatError, MessageTime, ParsedExport, parse_export

from .test_email import _mail

BERLIN = ZoneInfo("Europe/Berlin")


def test_time_invariants() -> None:
    with pytest.raises(ValueError, match="aware exactly when"):
        MessageTime(raw="x", value=datetime(2025, 3, 14, 21, 7), zone_assumed=False)
    with pytest.raises(ValueError, match="aware exactly when"):
        MessageTime(raw="x", value=datetime(2025, 3, 14, tzinfo=UTC), zone_assumed=True)
    with pytest.raises(ValueError, match="kept in UTC"):
        plus_one = timezone(timedelta(hours=1))
        MessageTime(raw="x", value=datetime(2025, 3, 14, tzinfo=plus_one), zone_assumed=False)


def test_assumed_zone_is_applied_only_when_given() -> None:
    local = MessageTime(
        raw="14/03/2025, 21:07", value=datetime(2025, 3, 14, 21, 7), zone_assumed=True
    )
    with pytest.raises(ValueError, match="a zone must be chosen"):
        local.in_utc()
    assert local.in_utc(BERLIN) == datetime(2025, 3, 14, 20, 7, tzinfo=UTC)
    summer = MessageTime(raw="r", value=datetime(2025, 7, 14, 21, 7), zone_assumed=True)
    assert summer.in_utc(BERLIN) == datetime(2025, 7, 14, 19, 7, tzinfo=UTC)


def test_clock_change_doubts() -> None:
    def at(hour: int, minute: int, month: int, day: int) -> MessageTime:
        return MessageTime(
            raw="r", value=datetime(2025, month, day, hour, minute), zone_assumed=True
        )

    assert at(2, 30, 10, 26).local_doubt(BERLIN) == "ambiguous"  # clocks went back at 03:00
    assert at(2, 30, 3, 30).local_doubt(BERLIN) == "nonexistent"  # clocks skipped 02:00-03:00
    assert at(12, 0, 3, 30).local_doubt(BERLIN) is None
    aware = MessageTime(
        raw="r", value=datetime(2025, 10, 26, 0, 30, tzinfo=UTC), zone_assumed=False
    )
    assert aware.local_doubt(BERLIN) is None


def test_mbox_message_over_its_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "Inbox"
    path.write_text(_mail(1) + _mail(2).replace("Message 2.", "x" * 5000), encoding="utf-8")
    with pytest.raises(MessageFormatError, match="message 2 of the mailbox is larger than 0 MB"):
        parse_export(path, limits=Limits(email_bytes=2000))


def test_result_carries_the_hash_of_the_file_parsed(tmp_path: Path) -> None:
    path = tmp_path / "Inbox"
    path.write_text(_mail(1), encoding="utf-8")
    parsed = parse_export(path)
    assert parsed.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert parsed.source_size == path.stat().st_size


def test_a_file_that_changes_while_parsed_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real mbox parser runs; something else appends to the file meanwhile."""
    path = tmp_path / "Inbox"
    path.write_text(_mail(1), encoding="utf-8")
    real = messages._PARSERS["mbox"]

    def parse_while_written(source: Path, limits: Limits, me: str | None, sink) -> ParsedExport:
        result = real(source, limits, me, sink)
        with source.open("a", encoding="utf-8") as handle:
            handle.write(_mail(2))
        return result

    monkeypatch.setitem(messages._PARSERS, "mbox", parse_while_written)
    with pytest.raises(MessageFormatError, match="changed while it was being read"):
        parse_export(path)


def test_a_sink_takes_messages_as_they_are_made(tmp_path: Path) -> None:
    path = tmp_path / "Inbox"
    path.write_text(_mail(1) + _mail(2) + _mail(3), encoding="utf-8")
    taken: list = []
    parsed = parse_export(path, sink=taken.append)
    assert parsed.messages == () and parsed.message_count == 3
    assert [m.source_id for m in taken] == [
        "<m1@example.org>",
        "<m2@example.org>",
        "<m3@example.org>",
    ]
    assert taken == list(parse_export(path).messages)
    assert len(parsed.conversations) == 3
