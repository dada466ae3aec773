"""One set of builders for test data: entries, people and journals.

An entry "with every field filled" is built here only, so a field added to the model
is added once and every round-trip, draft and codec test covers it. Journals are made
with the cheap Argon2id parameters of `conftest.new_vault` (real encryption, real
SQLite file); what the tests then write goes through the project's own API.
"""

from __future__ import annotations

from pathlib import Path

from journal.entries.model import (
    EntryContent,
    EventTime,
    Injury,
    OfficerDetails,
    OtherAccount,
    PersonContent,
    PersonLink,
    ReportRecord,
    RiskIndicator,
)
from journal.session.journal import Journal

from .conftest import PASSPHRASE, new_vault

SOME_PERSON = "a" * 32  # a person id for content that is never saved in a journal


def entry(
    title: str = "Entry", start: str = "2025-03-14T21:07", kind: str = "incident", **fields
) -> EntryContent:
    """A small valid entry; `fields` sets any other EntryContent field."""
    return EntryContent(kind=kind, title=title, occurred=EventTime(start), **fields)


def full_entry(text: str = "kitchen", person_id: str = SOME_PERSON) -> EntryContent:
    """An entry with every field filled, `text` in each free-text field (so a canary or
    a hostile string reaches all of them); `person_id` must be in the journal if saved."""
    return EntryContent(
        kind="incident",
        title=f"Title {text}",
        occurred=EventTime(
            "2025-03-14T21:07", "2025-03-14T22:30", "Australia/Brisbane", "approximate"
        ),
        narrative=f"Narrative {text}\nsecond line",
        location=text,
        categories=("physical", "police_power", "weapon"),
        tags=(text, "second"),
        people=(PersonLink(person_id, "abuser", "off", text),),
        injuries=(Injury(text, text, text, True),),
        medical=text,
        reports=(
            ReportRecord(
                "oversight",
                text,
                "2025-03-20",
                text,
                text,
                text,
                "acknowledged",
                "2025-04-20",
                text,
                text,
            ),
        ),
        private_notes=f"Private {text}",
        accounts=(OtherAccount(f"Speaker {text}", text, text, text, text),),
        risk=(RiskIndicator("firearm", "yes", text), RiskIndicator("stalking", "unsure")),
        disclosure=True,
    )


def full_officer(text: str = "4471") -> OfficerDetails:
    return OfficerDetails(text, text, text, text, text, text)


def full_person(text: str = "Sam") -> PersonContent:
    """A person with officer details, `text` in each free-text field."""
    return PersonContent(f"Person {text}", text, text, full_officer(text))


def journal_at(path: Path, passphrase: str = PASSPHRASE) -> Journal:
    """A new, open journal at `path` (the caller locks it: `journal.vault.lock()`)."""
    vault, _code = new_vault(path, passphrase)
    return Journal.open(vault)


def locked_journal(path: Path, passphrase: str = PASSPHRASE) -> str:
    """A new, empty, locked journal at `path`; returns its recovery code."""
    vault, code = new_vault(path, passphrase)
    vault.lock()
    return code


def passphrase_file(folder: Path, passphrase: str = PASSPHRASE) -> Path:
    """`folder`/pass.txt holding the passphrase, as `--passphrase-file` reads it."""
    path = folder / "pass.txt"
    path.write_text(passphrase + "\n", encoding="utf-8")
    return path
