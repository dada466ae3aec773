"""Support contacts live inside the vault, encrypted, and survive a reopen."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from journal.case.contacts import EXAMPLE_KINDS, ContactStore, SupportContact
from journal.errors import UsageError
from journal.session.journal import Journal

from .conftest import BLNS, corpus, reopen

CANARY = "Canary-Contact-7f3a"


def test_contacts_round_trip_encrypted(journal: Journal, vault_path: Path) -> None:
    store = ContactStore(journal.settings)
    assert store.load() == []
    wanted = [
        SupportContact(f"{CANARY} legal aid", "legal_aid", "walk-in on Tuesdays", "ask for M."),
        SupportContact("Oversight intake", "oversight"),
    ]
    store.save(wanted)
    journal.vault.lock()
    raw = vault_path.read_bytes()
    assert CANARY.encode() not in raw
    assert CANARY.encode("utf-16-le") not in raw
    again = reopen(vault_path)
    try:
        assert ContactStore(again.settings).load() == wanted
    finally:
        again.vault.lock()


def test_invalid_contact_is_refused_and_old_list_kept(journal: Journal) -> None:
    store = ContactStore(journal.settings)
    store.save([SupportContact("Helpline", "dv_service")])
    for bad in (SupportContact("   ", "dv_service"), SupportContact("X", "no-such-kind")):
        with pytest.raises(UsageError) as caught:
            store.save([SupportContact("Fine", "other"), bad])
        assert "Contact 2" in str(caught.value)
    assert store.load() == [SupportContact("Helpline", "dv_service")]


def test_unreadable_records_are_skipped(journal: Journal) -> None:
    journal.settings.set(
        "support_contacts",
        [{"name": "Kept", "kind": "health"}, {"name": 5}, "junk", {"name": "", "kind": "other"}],
    )
    assert ContactStore(journal.settings).load() == [SupportContact("Kept", "health")]
    journal.settings.set("support_contacts", {"not": "a list"})
    assert ContactStore(journal.settings).load() == []


def test_naughty_strings_survive(journal: Journal, vault_path: Path) -> None:
    strings = [s for s in json.loads(corpus(BLNS).read_text()) if s.strip()][:200]
    contacts = [SupportContact(s, "other", s, s) for s in strings]
    ContactStore(journal.settings).save(contacts)
    journal.vault.lock()
    again = reopen(vault_path)
    try:
        assert ContactStore(again.settings).load() == contacts
    finally:
        again.vault.lock()


def test_examples_name_kinds_of_bodies_and_no_numbers() -> None:
    labels = " ".join(label for _kind, label in EXAMPLE_KINDS)
    for needed in ("Domestic-violence", "Legal aid", "oversight", "Prosecutor", "outside"):
        assert needed in labels
    assert not any(ch.isdigit() for ch in labels)


def test_vault_tables_hold_no_contact_text(journal: Journal, vault_path: Path) -> None:
    ContactStore(journal.settings).save([SupportContact(CANARY, "trusted_person")])
    with sqlite3.connect(vault_path) as conn:
        dump = "\n".join(conn.iterdump())
    assert CANARY not in dump
