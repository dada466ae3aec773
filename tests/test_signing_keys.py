"""Signing-key rotation: a new Ed25519 key on every passphrase change, new recovery code,
recovery and on request; the old key announces the new one; an old copy of the file
with the old passphrase never yields the current key."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from journal.entries.model import EntryContent, EventTime
from journal.export.bundle import export_bundle
from journal.export.options import ExportOptions, select
from journal.export.signing import (
    SETTING,
    journal_fingerprint,
    key_history_bytes,
    key_links,
    make_new_signing_key,
    public_raw,
    signing_key,
)
from journal.export.verify import verify_bundle
from journal.session.journal import Journal
from journal.vault.key_history import check_history
from journal.vault.lifecycle import recover, unlock
from journal.vault.signing_renewal import (
    REASON_FIRST,
    REASON_PASSPHRASE,
    REASON_RECOVERY,
    REASON_RECOVERY_CODE,
    REASON_REQUEST,
)

from .conftest import PASSPHRASE, fast_kdf, new_vault, reopen
from .export_fixtures import clock

NEW = "another long passphrase for later"


def small_journal(path: Path) -> tuple[Journal, str]:
    vault, code = new_vault(path)
    journal = Journal.open(vault)
    journal.add_entry(
        EntryContent(kind="note", title="A plain note", occurred=EventTime("2025-03-14"))
    )
    return journal, code


def bundle(journal: Journal, path: Path) -> Path:
    export_bundle(select(journal, ExportOptions(), clock), journal, path)
    return path


def test_old_copy_and_old_passphrase_never_yield_the_current_key(tmp_path: Path) -> None:
    journal, _ = small_journal(tmp_path / "v.db")
    first = bundle(journal, tmp_path / "first.zip")
    old_print = journal_fingerprint(journal)
    journal.vault.lock()
    shutil.copy(tmp_path / "v.db", tmp_path / "old-copy.db")

    current = reopen(tmp_path / "v.db")
    current.vault.change_passphrase(NEW, kdf=fast_kdf(), allow_weak_kdf=True)
    new_print = journal_fingerprint(current)
    assert new_print != old_print

    old = reopen(tmp_path / "old-copy.db", PASSPHRASE)
    assert journal_fingerprint(old) == old_print != new_print
    forged = bundle(old, tmp_path / "made-from-old-copy.zip")
    old.vault.lock()

    # A bundle signed with the old key is still a valid signature by that key ...
    report = verify_bundle(forged)
    assert report.intact and report.signature_ok and report.fingerprint == old_print
    # ... but not by the current key, and a recipient who has the current one is told.
    report = verify_bundle(forged, confirmed_fingerprint=new_print)
    assert not report.intact
    assert [f.kind for f in report.findings] == ["fingerprint"]
    assert "not by the key" in report.findings[0].message
    assert verify_bundle(first, confirmed_fingerprint=old_print.upper()).intact

    latest = bundle(current, tmp_path / "latest.zip")
    report = verify_bundle(latest, confirmed_fingerprint=new_print.replace(" ", ""))
    assert report.intact
    assert [fp for fp, _ in report.key_chain] == [old_print, new_print]
    # Confirmed only the old key: told that the chain leads on, but not accepted silently.
    report = verify_bundle(latest, confirmed_fingerprint=old_print)
    assert [f.kind for f in report.findings] == ["fingerprint"]
    assert "key 1 in its key history" in report.findings[0].message
    current.vault.lock()


def test_every_key_change_makes_a_new_key_linked_to_the_one_before(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    journal, code = small_journal(path)
    prints = [journal_fingerprint(journal)]
    journal.vault.change_passphrase(NEW, kdf=fast_kdf(), allow_weak_kdf=True)
    prints.append(journal_fingerprint(journal))
    code = journal.vault.regenerate_recovery_code(NEW)
    prints.append(journal_fingerprint(journal))
    journal.vault.lock()
    recovered = Journal.open(recover(path, code, PASSPHRASE, fast_kdf(), allow_weak_kdf=True))
    prints.append(journal_fingerprint(recovered))
    prints.append(make_new_signing_key(recovered))
    assert journal_fingerprint(recovered) == prints[-1]
    assert len(set(prints)) == 5
    recovered.vault.lock()

    again = reopen(path)  # a plain reopen keeps the key
    assert journal_fingerprint(again) == prints[-1]
    links = key_links(again)
    assert len(links) == 5 and all(link.since for link in links)
    assert [link.reason for link in links] == [
        REASON_FIRST,
        REASON_PASSPHRASE,
        REASON_RECOVERY_CODE,
        REASON_RECOVERY,
        REASON_REQUEST,
    ]
    history = json.loads(key_history_bytes(again))["keys"]
    assert history[1]["reason"] == REASON_PASSPHRASE  # recipients see it too
    signer = public_raw(signing_key(again).public_key())
    result = check_history(key_history_bytes(again), signer)
    assert result.problems == []
    assert [fp for fp, _ in result.fingerprints] == prints
    stored = again.settings.get(SETTING)
    assert "private" not in json.dumps(stored["history"])
    again.vault.lock()


def test_a_key_from_before_rotation_existed_is_replaced_after_a_key_change(
    tmp_path: Path,
) -> None:
    journal, _ = small_journal(tmp_path / "v.db")
    legacy = Ed25519PrivateKey.generate()
    raw = legacy.private_bytes_raw()
    journal.settings.set(SETTING, {"alg": "ed25519", "private": raw.hex()})
    assert signing_key(journal).private_bytes_raw() == raw  # keys never changed: kept
    journal.vault.change_passphrase(NEW, kdf=fast_kdf(), allow_weak_kdf=True)
    assert signing_key(journal).private_bytes_raw() != raw
    links = key_links(journal)
    assert links[0].public == public_raw(legacy.public_key()).hex() and links[0].since is None
    assert check_history(key_history_bytes(journal), None).problems == []
    journal.vault.lock()


def test_the_key_change_itself_renews_the_signing_key(tmp_path: Path) -> None:
    """No caller has to remember it: the transaction that starts the new epoch stores
    the new key, announced by the old one, before anything else reads the settings."""
    journal, _ = small_journal(tmp_path / "v.db")
    before = journal_fingerprint(journal)
    journal.vault.change_passphrase(NEW, kdf=fast_kdf(), allow_weak_kdf=True)
    journal.vault.lock()
    reopened = reopen(tmp_path / "v.db", NEW)
    stored = reopened.settings.get(SETTING)
    assert stored["epoch"] == 2 and len(stored["history"]) == 2
    assert journal_fingerprint(reopened) != before
    signer = public_raw(signing_key(reopened).public_key())
    assert check_history(key_history_bytes(reopened), signer).problems == []
    reopened.vault.lock()


def test_damaged_or_forged_history_is_reported(tmp_path: Path) -> None:
    journal, _ = small_journal(tmp_path / "v.db")
    make_new_signing_key(journal)
    make_new_signing_key(journal)
    signer = public_raw(signing_key(journal).public_key())
    data = json.loads(key_history_bytes(journal))
    journal.vault.lock()

    swapped = json.loads(json.dumps(data))
    swapped["keys"][2]["signature_by_previous_key"] = data["keys"][1]["signature_by_previous_key"]
    problems = check_history(json.dumps(swapped).encode(), signer).problems
    assert problems == [
        "key 3 in key_history.json was not announced by key 2: its succession signature "
        "does not match"
    ]
    stranger = public_raw(Ed25519PrivateKey.generate().public_key())
    assert (
        "does not end at the key" in check_history(json.dumps(data).encode(), stranger).problems[0]
    )
    for junk in (b"", b"{", b"[]", b'{"format": "x"}', json.dumps({**data, "keys": [{}]}).encode()):
        assert check_history(junk, signer).problems == [
            "key_history.json cannot be read as a key history"
        ]


def test_rotated_journal_still_gives_byte_identical_bundles(tmp_path: Path) -> None:
    journal, _ = small_journal(tmp_path / "v.db")
    signing_key(journal)
    journal.vault.change_passphrase(NEW, kdf=fast_kdf(), allow_weak_kdf=True)
    a = bundle(journal, tmp_path / "a.zip")
    b = bundle(journal, tmp_path / "b.zip")
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as archive:
        history = json.loads(archive.read("key_history.json"))
        assert "key_history.json" in archive.read("SHA256SUMS").decode()
    assert len(history["keys"]) == 2
    assert history["keys"][1]["statement"].startswith("incident-journal signing-key succession")
    journal.vault.lock()


def test_wrong_passphrase_for_a_new_code_changes_no_key(tmp_path: Path) -> None:
    journal, _ = small_journal(tmp_path / "v.db")
    before = journal_fingerprint(journal)
    with pytest.raises(Exception, match="passphrase"):
        journal.vault.regenerate_recovery_code("not the passphrase")
    assert journal_fingerprint(journal) == before
    journal.vault.lock()
    assert unlock(tmp_path / "v.db", PASSPHRASE) is not None


def test_openssl_accepts_each_succession_statement(tmp_path: Path) -> None:
    import subprocess

    journal, _ = small_journal(tmp_path / "v.db")
    make_new_signing_key(journal)
    make_new_signing_key(journal)
    history = json.loads(key_history_bytes(journal))
    journal.vault.lock()
    for previous, item in zip(history["keys"], history["keys"][1:], strict=False):
        (tmp_path / "statement.txt").write_text(item["statement"], encoding="utf-8")
        (tmp_path / "sig.bin").write_bytes(bytes.fromhex(item["signature_by_previous_key"]))
        (tmp_path / "previous.pem").write_text(previous["public_key_pem"], encoding="utf-8")
        result = subprocess.run(
            ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "previous.pem", "-rawin",
             "-in", "statement.txt", "-sigfile", "sig.bin"],
            cwd=tmp_path, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert "Signature Verified Successfully" in result.stdout, result.stderr
