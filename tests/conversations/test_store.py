"""Messages kept in the vault: exact round trip per format, dedup, and nothing stored
for a refused file. Real vault files, real encryption, reopened from disk."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from pathlib import Path

import pytest

from journal.conversations.records import StoredMessage
from journal.conversations.zones import sent_at
from journal.entries.model import EntryContent, EventTime
from journal.errors import NotFound
from journal.evidence.streaming import ImportCancelled
from journal.messages import MessageFormatError, parse_export
from journal.session.journal import Journal
from journal.session.message_import import import_messages
from journal.session.message_links import link_messages

from ..conftest import BLNS, corpus, reopen
from ..messages.builders import (
    LRM,
    Line,
    android_chat,
    de_de,
    en_gb,
    en_us,
    es_es,
    iphone_chat,
    iphone_us,
    pt_br,
    sv_se,
    write_zip,
)
from ..messages.test_whatsapp import CONVERSATION
from .helpers import START, call_log, chat_lines, every_format, stored_objects, whatsapp_file


def _stored(journal: Journal) -> dict[str, StoredMessage]:
    return {m.id: m for m in journal.messages.search()}


@pytest.mark.parametrize(
    "fmt", ["whatsapp", "sms-xml", "telegram-json", "facebook-json", "eml", "mbox"]
)
def test_every_format_round_trips_exactly_through_the_vault(
    journal: Journal, vault_path: Path, tmp_path: Path, fmt: str
) -> None:
    path = every_format(tmp_path / "exports")[fmt]
    parsed = parse_export(path, me="Ana")
    result = import_messages(journal, path, me="Ana", timezone="Europe/Berlin")
    assert result.messages == len(parsed.messages) and result.calls == len(parsed.calls)
    journal.vault.lock()
    again = reopen(vault_path)
    stored = _stored(again)
    assert len(stored) == len(parsed.messages) > 0
    for message in parsed.messages:
        kept = stored[message.fingerprint[:32]]
        assert (kept.sender, kept.sender_id, kept.text) == (
            message.sender_name,
            message.sender_id,
            message.text,
        )
        assert kept.time.raw == message.time.raw
        assert [a.name for a in kept.attachments] == [a.name for a in message.attachments]
        assert (kept.conversation, kept.location, kept.source) == (
            message.conversation_id,
            message.location,
            parsed.source_sha256,
        )
        if message.time.zone_assumed:
            assert kept.time.local == message.time.value.isoformat()
            assert kept.time.zone == "Europe/Berlin" and kept.time.zone_confirmed
        else:
            assert kept.time.utc == message.time.value.isoformat()
            assert kept.time.zone is None
    source = again.messages.sources()[0]
    assert (source.sha256, source.format) == (parsed.source_sha256, fmt)
    original = b"".join(again.read_attachment(source.file.attachment_id))
    assert original == path.read_bytes()
    assert hashlib.sha256(original).hexdigest() == source.file.sha256 == parsed.source_sha256
    again.vault.lock()


@pytest.mark.parametrize("stamp", [en_us, en_gb, de_de, es_es, pt_br, sv_se, iphone_us])
def test_whatsapp_locales_keep_text_senders_and_times(
    journal: Journal, tmp_path: Path, stamp
) -> None:
    path = tmp_path / "WhatsApp Chat with Mark Doe.txt"
    path.write_text(android_chat(CONVERSATION, stamp), encoding="utf-8")
    import_messages(journal, path, timezone="America/New_York")
    stored = journal.messages.search()
    assert [(m.sender, m.text) for m in stored] == [
        (line.sender or "", line.text) for line in CONVERSATION
    ]
    for message, line in zip(stored, CONVERSATION, strict=True):
        assert message.time.local is not None
        assert message.time.local[:16] == line.when.isoformat()[:16]
        offset = "-05:00" if line.when.month in (1, 2, 12) or line.when.day < 9 else "-04:00"
        assert sent_at(message.time) == f"{line.when.isoformat()[:16]}:00{offset}"


def test_iphone_export_keeps_crlf_and_direction_marks(journal: Journal, tmp_path: Path) -> None:
    lines = [*CONVERSATION[1:3], Line(START, "Mark Doe", f"{LRM}image omitted")]
    path = tmp_path / "_chat.txt"
    path.write_bytes(iphone_chat(lines).encode())
    import_messages(journal, path, timezone="Europe/London")
    stored = journal.messages.search()
    assert [m.text for m in stored] == [
        lines[2].text,
        *(line.text.replace("\n", "\r\n") for line in lines[:2]),
    ]
    assert stored[0].media_omitted


def test_whatsapp_without_a_zone_records_the_computers_zone_as_unconfirmed(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Australia/Sydney")
    path = whatsapp_file(tmp_path, "chat.txt", chat_lines(2))
    result = import_messages(journal, path)
    assert result.zone is not None and result.zone.name == "Australia/Sydney"
    assert not result.zone.confirmed
    message = journal.messages.search()[0]
    assert message.time.zone == "Australia/Sydney" and not message.time.zone_confirmed
    assert sent_at(message.time) == "2025-03-01T22:00:00"  # no offset: it is not known
    assert message.time.utc == "2025-03-01T11:00:00+00:00"
    source = journal.messages.sources()[0]
    assert (source.zone, source.zone_confirmed) == ("Australia/Sydney", False)


def test_reimport_adds_nothing_and_overlapping_exports_share_messages(
    journal: Journal, vault_path: Path, tmp_path: Path
) -> None:
    first = whatsapp_file(tmp_path, "WhatsApp Chat with Mark Doe.txt", chat_lines(30))
    second = whatsapp_file(tmp_path, "WhatsApp Chat with Mark Doe (2).txt", chat_lines(30, 20))
    assert import_messages(journal, first, timezone="UTC").messages == 30
    before = stored_objects(journal)
    again = import_messages(journal, first, timezone="UTC")
    assert (again.messages, again.already_imported) == (0, True)
    assert stored_objects(journal) == before
    overlap = import_messages(journal, second, timezone="UTC")
    assert (overlap.messages, overlap.known) == (20, 10)
    journal.vault.lock()
    reopened = reopen(vault_path)
    texts = [m.text for m in reopened.messages.search()]
    assert texts == [line.text for line in chat_lines(50)]
    sources = reopened.messages.sources()
    assert [(s.messages_new, s.messages_known) for s in sources] == [(30, 0), (20, 10)]
    for source, path in zip(sources, (first, second), strict=True):
        assert b"".join(reopened.read_attachment(source.file.attachment_id)) == path.read_bytes()
    reopened.vault.lock()


def test_zip_export_keeps_its_media_as_evidence(journal: Journal, tmp_path: Path) -> None:
    photo = "00000012-PHOTO-2025-03-15-01-02-03.jpg"
    picture = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40
    lines = [*CONVERSATION[1:3], Line(START, "Mark Doe", f"{LRM}<attached: {photo}>")]
    path = write_zip(
        tmp_path / "WhatsApp Chat - Mark Doe.zip",
        {"_chat.txt": iphone_chat(lines).encode(), photo: picture},
    )
    import_messages(journal, path, timezone="Europe/Berlin")
    (source,) = journal.messages.sources()
    assert [m.file_name for m in source.members] == [photo]
    shown = next(m for m in journal.messages.search() if m.attachments)
    kept = journal.messages.kept_media(shown.attachments[0])
    assert kept is not None and kept.sha256 == hashlib.sha256(picture).hexdigest()
    assert b"".join(journal.read_attachment(kept.attachment_id)) == picture
    assert b"".join(journal.read_attachment(source.file.attachment_id)) == path.read_bytes()


def _refused(journal: Journal, path: Path, match: str, **kwargs: str) -> None:
    before = stored_objects(journal)
    with pytest.raises(MessageFormatError, match=match):
        import_messages(journal, path, **kwargs)
    assert stored_objects(journal) == before
    assert journal.messages.search() == [] and journal.messages.sources() == []


def test_refused_files_store_nothing(journal: Journal, tmp_path: Path) -> None:
    good = whatsapp_file(tmp_path, "chat.txt", chat_lines(5000))  # spans two batches
    data = good.read_bytes()
    latin = tmp_path / "latin.txt"
    latin.write_bytes(data[:200] + "Müller".encode("latin-1") + data[200:])
    _refused(journal, latin, "not UTF-8 text: line 7 holds", timezone="UTC")
    cut = tmp_path / "result.json"
    cut.write_text(json.dumps({"name": "x", "messages": [{"id": 1, "date_unixtime": "1"}]})[:-9])
    _refused(journal, cut, "line 1", fmt="telegram-json")
    noise = tmp_path / "notes.txt"
    noise.write_text("shopping list\nmilk\n")
    _refused(journal, noise, "not")
    traversal = write_zip(tmp_path / "t.zip", {"_chat.txt": data, "../../evil.jpg": b"x"})
    _refused(journal, traversal, "points outside its folder")
    bomb = write_zip(tmp_path / "b.zip", {"_chat.txt": data, "IMG-1.jpg": b"\0" * 8_000_000})
    _refused(journal, bomb, "possible zip bomb", timezone="UTC")
    late = tmp_path / "late.txt"  # valid for 4999 messages, broken at the end
    late.write_bytes(data + b"\xff\xfe broken\n")
    _refused(journal, late, "not UTF-8", timezone="UTC")


def test_naughty_strings_and_a_ten_megabyte_message_round_trip(
    journal: Journal, vault_path: Path, tmp_path: Path
) -> None:
    strings = json.loads(corpus(BLNS).read_text(encoding="utf-8"))
    lines = [
        Line(START + timedelta(minutes=i), f"Mark {text}", text) for i, text in enumerate(strings)
    ]
    huge = "threat " * (10 * 1024 * 1024 // 7)
    lines.append(Line(START + timedelta(days=3), "Mark Doe", huge))
    path = tmp_path / "chat.txt"
    path.write_text(android_chat(lines, en_gb), encoding="utf-8")
    import_messages(journal, path, timezone="UTC")
    journal.vault.lock()
    again = reopen(vault_path)
    assert [(m.sender, m.text) for m in again.messages.search()] == [
        (line.sender, line.text) for line in lines
    ]
    again.vault.lock()


def test_linking_is_a_new_revision_and_unknown_ids_are_refused(
    journal: Journal, tmp_path: Path
) -> None:
    import_messages(journal, whatsapp_file(tmp_path, "c.txt", chat_lines(3)), timezone="UTC")
    ids = [m.id for m in journal.messages.search()]
    entry_id = journal.add_entry(EntryContent("contact", "Threats", EventTime("2025-03-01")))
    link_messages(journal, entry_id, [ids[1], ids[2]])
    assert journal.entry(entry_id).content.messages == (ids[1], ids[2])
    assert len(journal.history(entry_id)) == 2
    with pytest.raises(NotFound):
        link_messages(journal, entry_id, ["0" * 32])
    assert len(journal.history(entry_id)) == 2


def test_batches_are_canonical_json_of_the_documented_records(
    journal: Journal, tmp_path: Path
) -> None:
    """The importer writes records with presorted keys (fast); the bytes must equal
    sorted-key canonical JSON, and each record the plain form of its value."""
    from journal.conversations.batches import canonical, read_object
    from journal.conversations.records import record_from_plain, record_plain

    for path in every_format(tmp_path / "exports").values():
        import_messages(journal, path, me="Ana", timezone="+05:30")
    log = call_log(tmp_path)
    import_messages(journal, log)
    sha = hashlib.sha256(log.read_bytes()).hexdigest()
    calls = [c for c in journal.messages.calls() if c.source == sha]
    assert [(c.direction, c.duration_seconds, c.name) for c in calls] == [
        ("incoming", 125, "Mark Doe"),
        ("outgoing", 30, "Mark Doe"),
        ("missed", 0, "Mark Doe"),
        ("rejected", 0, "Mark Doe"),
    ]
    with journal.vault.store.read() as tx:
        for ref in journal.messages.manifest.batches:
            for object_id, sha in ((ref.id, ref.sha256), (ref.index_id, ref.index_sha256)):
                plain = read_object(journal.vault, tx, object_id, sha, "batch")
                assert plain == canonical(json.loads(plain))
            for record in json.loads(read_object(journal.vault, tx, ref.id, ref.sha256, "b"))[
                "records"
            ]:
                assert record_plain(record_from_plain(record)) == record


def test_progress_is_reported_and_a_cancel_stores_nothing(journal: Journal, tmp_path: Path) -> None:
    path = whatsapp_file(tmp_path, "chat.txt", chat_lines(6000))
    seen: list[int] = []
    before = stored_objects(journal)
    with pytest.raises(ImportCancelled):
        import_messages(
            journal, path, timezone="UTC", progress=seen.append, cancelled=lambda: len(seen) >= 5
        )
    assert seen == [1024, 2048, 3072, 4096, 5120]  # a batch of 4,096 was written, then removed
    assert stored_objects(journal) == before and journal.messages.sources() == []
    seen.clear()
    result = import_messages(journal, path, timezone="UTC", progress=seen.append)
    assert result.messages == 6000 and seen[-1] == 6000


def test_a_time_in_a_clock_change_is_marked_never_corrected(
    journal: Journal, tmp_path: Path
) -> None:
    from datetime import datetime

    lines = [
        Line(datetime(2025, 3, 30, 2, 30), "Mark Doe", "skipped hour"),  # Berlin: no 02:30
        Line(datetime(2025, 10, 26, 2, 30), "Mark Doe", "hour twice"),  # Berlin: two 02:30
        Line(datetime(2025, 10, 26, 4, 0), "Mark Doe", "after"),
    ]
    import_messages(journal, whatsapp_file(tmp_path, "c.txt", lines), timezone="Europe/Berlin")
    doubts = {m.text: (m.time.zone_doubt, m.time.raw) for m in journal.messages.search()}
    assert doubts == {
        "skipped hour": ("nonexistent", "30/03/2025, 02:30"),
        "hour twice": ("ambiguous", "26/10/2025, 02:30"),
        "after": (None, "26/10/2025, 04:00"),
    }
