"""The fast read paths (generated converters, cached views) give the same answers
as building everything afresh: bad stored data is still named field by field,
and every cached view follows each kind of change."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from journal.entries.codec import from_plain, to_plain
from journal.entries.model import (
    AttachmentInfo,
    EntryContent,
    EventTime,
    OfficerDetails,
    PersonContent,
    PersonLink,
)
from journal.entries.search import SearchFilters
from journal.errors import NotFound, UsageError
from journal.record.records import build_record, parse
from journal.session.journal import Journal
from journal.vault.chain import head_hash
from journal.vault.objects import ROLE_REVISION, write_small

from .conftest import BLNS, corpus, reopen
from .factories import full_entry


def test_round_trip_of_every_field_and_every_naughty_string() -> None:
    strings = json.loads(corpus(BLNS).read_text(encoding="utf-8"))
    for text in strings:
        content = full_entry(text)
        assert from_plain(EntryContent, to_plain(content)) == content
    person = PersonContent("Name", officer=OfficerDetails(rank="Sgt", badge_number="1"))
    assert from_plain(PersonContent, to_plain(person)) == person
    info = AttachmentInfo("a" * 32, "p.jpg", 3, "b" * 64, "image/jpeg", "2025", width=4)
    assert from_plain(AttachmentInfo, to_plain(info)) == info


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": 3}, "record.title must be text."),
        ({"people": [{"person_id": 1}]}, "record.people[0].person_id must be text."),
        ({"people": [{"person_id": "x"}, {"role": "abuser"}]}, "record.people[1] needs the field"),
        ({"colour": "red", "size": 1}, "record has unknown field(s): colour, size."),
        ({"occurred": {"start": "2025", "end": 5}}, "record.occurred.end must be text."),
        ({"occurred": {"start": "2025", "when": 5}}, "record.occurred has unknown field(s): when."),
        ({"occurred": None}, "record.occurred must be an object with named fields."),
        ({"tags": "night"}, "record.tags must be a list."),
        ({"tags": ["ok", None]}, "record.tags[1] must be text."),
        ({"injuries": [{"description": "x", "photographed": 1}]}, "photographed must be true"),
        ({"reports": [{"body": ["x"]}]}, "record.reports[0].body must be text."),
    ],
)
def test_bad_stored_values_are_named_exactly(change: dict[str, object], message: str) -> None:
    data = {**to_plain(full_entry()), **change}
    with pytest.raises(UsageError) as caught:
        from_plain(EntryContent, data, "record")
    assert message in str(caught.value)


def test_missing_and_mistyped_whole_numbers() -> None:
    data = to_plain(AttachmentInfo("a" * 32, "p.jpg", 3, "b" * 64, "image/jpeg", "2025"))
    for field, value, message in [
        ("size", True, "attachment.size must be a whole number."),
        ("size", "3", "attachment.size must be a whole number."),
        ("width", 2.5, "attachment.width must be a whole number."),
    ]:
        with pytest.raises(UsageError, match=message.replace(".", r"\.")):
            from_plain(AttachmentInfo, {**data, field: value}, "attachment")
    del data["sha256"]
    with pytest.raises(UsageError, match="attachment needs the field 'sha256'"):
        from_plain(AttachmentInfo, data, "attachment")
    with pytest.raises(UsageError, match="must be an object"):
        from_plain(AttachmentInfo, ["not", "an", "object"], "attachment")


def test_defaults_fill_fields_left_out() -> None:
    built = from_plain(EntryContent, {"kind": "note", "title": "t", "occurred": {"start": "2025"}})
    assert built == EntryContent("note", "t", EventTime("2025"))


def test_people_follow_every_change_and_cannot_be_changed_from_outside(journal: Journal) -> None:
    assert journal.people() == []
    first = journal.add_person(PersonContent("Zed"))
    second = journal.add_person(PersonContent("anna"))
    names = [p.content.name for p in journal.people()]
    assert names == ["anna", "Zed"]
    journal.people().clear()  # the caller's copy only
    assert len(journal.people()) == 2
    journal.update_person(first, PersonContent("Bea"))
    assert [p.content.name for p in journal.people()] == ["anna", "Bea"]
    assert journal.person(first).revision_count == 2
    assert journal.person(second).content.name == "anna"


def test_search_by_person_name_follows_a_rename(journal: Journal) -> None:
    person = journal.add_person(PersonContent("Rowan"))
    entry_id = journal.add_entry(
        EntryContent(
            "incident", "At the door", EventTime("2025-01-02"), people=(PersonLink(person),)
        )
    )
    assert [e.entry_id for e in journal.search("rowan")] == [entry_id]
    journal.update_person(person, PersonContent("Morgan"))
    assert journal.search("rowan") == []
    assert [e.entry_id for e in journal.search("morgan")] == [entry_id]


def test_entry_views_follow_update_delete_and_purge(journal: Journal) -> None:
    entry_id = journal.add_entry(EntryContent("note", "First", EventTime("2025-01")))
    assert journal.entry(entry_id).content.title == "First"
    assert journal.entries()[0].revision_count == 1
    changed = replace(journal.entry(entry_id).content, title="Second")
    journal.update_entry(entry_id, changed)
    assert journal.entry(entry_id).content.title == "Second"
    assert [e.revision_count for e in journal.entries()] == [2]
    assert [e.content.title for e in journal.search("second")] == ["Second"]
    journal.delete_entry(entry_id)
    assert journal.entry(entry_id).deleted
    assert journal.entries() == []
    assert len(journal.entries(include_deleted=True)) == 1
    journal.purge_entry(entry_id, "PURGE")
    with pytest.raises(NotFound):
        journal.entry(entry_id)
    assert journal.entries(include_deleted=True) == []


def test_reopened_journal_matches_the_one_that_wrote_it(journal: Journal, vault_path) -> None:
    person = journal.add_person(PersonContent("Sam"))
    ids = [
        journal.add_entry(
            EntryContent(
                "incident",
                f"Entry {n}",
                EventTime(f"2025-01-{n + 1:02d}"),
                people=(PersonLink(person),),
            )
        )
        for n in range(5)
    ]
    journal.update_entry(ids[2], replace(journal.entry(ids[2]).content, narrative="edited"))
    journal.update_person(person, PersonContent("Sam B"))
    again = reopen(vault_path)
    try:
        assert again.problems == ()
        assert again.entries(include_deleted=True) == journal.entries(include_deleted=True)
        assert again.people() == journal.people()
        for entry_id in ids:
            assert again.history(entry_id) == journal.history(entry_id)
        assert [e.entry_id for e in again.search("sam b")] == [
            e.entry_id for e in journal.search("sam b")
        ]
        assert again.chain_head == journal.chain_head
    finally:
        again.vault.lock()


def test_search_order_follows_a_changed_date_and_filters_still_apply(journal: Journal) -> None:
    person = journal.add_person(PersonContent("Kit"))
    early = journal.add_entry(EntryContent("incident", "Early", EventTime("2024-01-01")))
    late = journal.add_entry(
        EntryContent("note", "Late", EventTime("2024-06-01"), people=(PersonLink(person),))
    )
    assert [e.entry_id for e in journal.search("")] == [early, late]
    moved = replace(journal.entry(early).content, occurred=EventTime("2024-12-01"))
    journal.update_entry(early, moved)
    assert [e.entry_id for e in journal.search("")] == [late, early]
    assert [e.entry_id for e in journal.search("", SearchFilters(person_id=person))] == [late]
    assert [e.entry_id for e in journal.search("", SearchFilters(kinds=frozenset({"note"})))] == [
        late
    ]
    journal.delete_entry(late)
    assert [e.entry_id for e in journal.search("")] == [early]
    with_deleted = SearchFilters(include_deleted=True)
    assert [e.entry_id for e in journal.search("", with_deleted)] == [late, early]


def _store_unconvertible_version(journal: Journal, entry_id: str) -> None:
    """Store a version whose content is authentic (encrypted with the vault's key and
    chained) but does not fit the schema: what a newer app or a bug could leave.
    Written the way Journal._append writes, minus the check that refuses it."""
    previous = journal.history(entry_id)
    seq = journal._count + 1
    plain = build_record(
        record_type="entry",
        record_id=entry_id,
        revision=len(previous) + 1,
        seq=seq,
        prev_leaf=previous[-1].leaf,
        prev_head=journal.chain_head.hex(),
        recorded_at=journal.vault.clock().isoformat(timespec="microseconds"),
        content=replace(previous[-1].content, title=5),  # type: ignore[arg-type, type-var]
    )
    header = parse(plain).header
    head = head_hash(journal.chain_head, bytes.fromhex(header.leaf))
    with journal.vault.store.write() as tx:
        tx.add_revision(seq, write_small(tx, journal.vault.keys, ROLE_REVISION, plain))
        journal.vault.seal_meta(tx, "head", seq.to_bytes(8, "big") + head)
    journal._revisions[entry_id].append(header)  # so the next save follows it
    journal._entry_cache.pop(entry_id, None)
    journal._count, journal._head = seq, head


def test_older_versions_wait_until_history_and_match_what_was_written(
    journal: Journal, vault_path
) -> None:
    entry_id = journal.add_entry(EntryContent("note", "v1", EventTime("2025-01")))
    for n in range(2, 5):
        journal.update_entry(entry_id, replace(journal.entry(entry_id).content, title=f"v{n}"))
    written = journal.history(entry_id)
    again = reopen(vault_path)
    try:
        assert again.problems == ()
        assert again.entry(entry_id).content.title == "v4"
        assert again.entry(entry_id).revision_count == 4
        assert again.history(entry_id) == written
        assert [r.content.title for r in again.history(entry_id)] == ["v1", "v2", "v3", "v4"]
    finally:
        again.vault.lock()


def test_an_unconvertible_latest_version_is_reported_at_open(journal: Journal, vault_path) -> None:
    entry_id = journal.add_entry(EntryContent("note", "good", EventTime("2025-01")))
    _store_unconvertible_version(journal, entry_id)
    again = reopen(vault_path)
    try:
        text = "\n".join(again.problems)
        assert "revision 2 cannot be read: record.title must be text." in text
        assert again.chain_report is not None and again.chain_report.first_break == 2
        assert again.entry(entry_id).content.title == "good"  # the one before it
        assert [r.revision for r in again.history(entry_id)] == [1]
    finally:
        again.vault.lock()


def test_an_unconvertible_older_version_is_named_when_its_history_is_read(
    journal: Journal, vault_path
) -> None:
    entry_id = journal.add_entry(EntryContent("note", "good", EventTime("2025-01")))
    _store_unconvertible_version(journal, entry_id)
    journal.update_entry(entry_id, EntryContent("note", "fixed", EventTime("2025-01")))
    again = reopen(vault_path)
    try:
        assert again.chain_report is not None and again.chain_report.intact
        assert again.entry(entry_id).content.title == "fixed"
        history = again.history(entry_id)
        assert [r.revision for r in history] == [1, 2, 3]
        assert history[1].content is None and history[1].leaf  # facts kept, content not
        assert any("revision 2 cannot be read" in p for p in again.problems)
    finally:
        again.vault.lock()
