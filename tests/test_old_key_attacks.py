"""Findings 1-4 of the old-key review, mounted by tests/attacker/old_key.py (which knows
only docs/vault-format.md) on real journals made by the app: each is now named by
`check` (exit 1) or refused as an altered file (exit 4), and honest journals still
check clean."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime
from journal.errors import AlteredKeys, IntegrityProblem
from journal.export.options import RedactionProfile
from journal.export.profiles import load_profiles, put_profile
from journal.export.signing import (
    journal_fingerprint,
    key_links,
    make_new_signing_key,
    signing_key,
)
from journal.session.drafts import NEW, DraftStore
from journal.session.journal import Journal
from journal.vault.key_history import raw_fingerprint
from journal.vault.lifecycle import unlock
from journal.vault.signing_renewal import REASON_LOST

from .attacker.old_key import (
    OldKeyAttacker,
    connect,
    delete_settings,
    insert_epoch_row,
    plant_slots,
)
from .cli_helpers import run_cli
from .conftest import EVIDENCE_DIR, PASSPHRASE, corpus, fast_kdf, new_vault, reopen

NEW_PASSPHRASE = "the passphrase after the change, long enough"


@dataclass
class Scene:
    current: Path
    old_copy: Path
    target: str  # an entry written before the change, with evidence
    head_before: str  # chain head of an export made before the attack
    fingerprint: str


def _entry(title: str, day: str) -> EntryContent:
    return EntryContent(kind="incident", title=title, occurred=EventTime(day))


@pytest.fixture
def scene(tmp_path: Path) -> Scene:
    """A journal with evidence, a signing key, a profile and a draft; an old copy is
    taken; then the passphrase is changed and another entry is written."""
    current = tmp_path / "notes.db"
    vault, _code = new_vault(current)
    journal = Journal.open(vault)
    target = journal.add_entry(_entry("He broke the door", "2025-03-14"))
    journal.attach_file(target, corpus(EVIDENCE_DIR / "photo_with_exif.jpg"), "the door")
    journal.add_entry(_entry("Another night", "2025-03-20"))
    journal_fingerprint(journal)
    put_profile(journal, RedactionProfile("Court", frozenset(), ("Shelter Street",)))
    DraftStore(journal.settings).save(NEW, _entry("My own draft", "2025-04-01"))
    journal.vault.lock()
    old_copy = tmp_path / "old-copy.db"
    shutil.copy(current, old_copy)
    journal = reopen(current)
    journal.vault.change_passphrase(NEW_PASSPHRASE, kdf=fast_kdf(), allow_weak_kdf=True)
    journal.add_entry(_entry("After the change", "2025-05-01"))
    scene = Scene(current, old_copy, target, journal.chain_head.hex(), journal_fingerprint(journal))
    journal.vault.lock()
    return scene


def _cli(path: Path, *args: str, passphrase: str = NEW_PASSPHRASE):
    pass_file = path.with_name("pass.txt")
    pass_file.write_text(passphrase + "\n", encoding="utf-8")
    return run_cli("--vault", path, "--passphrase-file", pass_file, *args)


def test_an_honest_journal_with_key_changes_and_a_purge_checks_clean(scene: Scene) -> None:
    journal = reopen(scene.current, NEW_PASSPHRASE)
    code = journal.vault.regenerate_recovery_code(NEW_PASSPHRASE)
    doomed = journal.add_entry(_entry("Written by mistake", "2025-05-02"))
    journal.attach_file(doomed, corpus(EVIDENCE_DIR / "photo_with_exif.jpg"))
    journal.purge_entry(doomed, "PURGE")
    journal.vault.lock()
    code_file = scene.current.with_name("code.txt")
    code_file.write_text(code, encoding="utf-8")
    new_file = scene.current.with_name("new.txt")
    new_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    recovered = run_cli(
        "--vault", scene.current, "recover", "--recovery-code-file", code_file,
        "--new-passphrase-file", new_file,
    )  # fmt: skip
    assert recovered.returncode == 0, recovered.stderr
    result = _cli(scene.current, "check", "--since-head", scene.head_before, passphrase=PASSPHRASE)
    assert (result.returncode, result.stdout) == (0, "OK\n"), result.stdout


def test_finding_1_entry_replaced_by_stubs_is_named(scene: Scene) -> None:
    attacker = OldKeyAttacker(scene.old_copy, PASSPHRASE)
    assert attacker.stub_out_entry(scene.current, scene.target) == 2
    for args in (("check",), ("check", "--since-head", scene.head_before)):
        result = _cli(scene.current, *args)
        assert result.returncode == 1
        assert f"entry {scene.target}: revision(s) 1, 2 were replaced by purged stubs" in (
            result.stdout
        )
        assert "no purge of it is recorded" in result.stdout
    listed = _cli(scene.current, "list", "--include-deleted")
    assert "integrity problems" in listed.stderr  # not silent


def test_finding_1_older_revisions_stubbed_under_a_newer_one_are_named(scene: Scene) -> None:
    journal = reopen(scene.current, NEW_PASSPHRASE)
    entry = journal.entry(scene.target)
    journal.update_entry(scene.target, replace(entry.content, title="He broke the door (edited)"))
    journal.vault.lock()
    attacker = OldKeyAttacker(scene.old_copy, PASSPHRASE)
    assert attacker.stub_out_entry(scene.current, scene.target) == 2  # the newest is unreadable
    result = _cli(scene.current, "check")
    assert result.returncode == 1
    assert f"entry {scene.target}: revision(s) 1, 2 were replaced by purged stubs" in result.stdout


def test_finding_2_planted_settings_are_ignored_and_named(scene: Scene) -> None:
    attacker = OldKeyAttacker(scene.old_copy, PASSPHRASE)
    planted_public = attacker.plant_settings(scene.current)
    journal = reopen(scene.current, NEW_PASSPHRASE)
    try:
        assert journal_fingerprint(journal) == scene.fingerprint
        assert journal_fingerprint(journal) != raw_fingerprint(bytes.fromhex(planted_public))
        assert [p.terms for p in load_profiles(journal)] == [("Shelter Street",)]
        draft = DraftStore(journal.settings).load(NEW)
        assert draft is not None and draft.content.title == "My own draft"
    finally:
        journal.vault.lock()
    result = _cli(scene.current, "check")
    assert result.returncode == 1
    assert f"settings object {'ff' * 16} is sealed under the older key epoch 1" in result.stdout


def test_finding_2_deleted_settings_are_named_and_no_key_is_made_quietly(scene: Scene) -> None:
    (gone,) = delete_settings(scene.current)
    journal = reopen(scene.current, NEW_PASSPHRASE)
    try:
        with pytest.raises(IntegrityProblem, match="signing key were removed"):
            signing_key(journal)
        DraftStore(journal.settings).save(NEW, _entry("Typed after", "2025-06-01"))
        assert journal.settings.missing  # a later settings write does not hide the loss
        new_print = make_new_signing_key(journal)  # on request, shown to the person
        assert new_print != scene.fingerprint
        assert [link.reason for link in key_links(journal)] == [REASON_LOST]
    finally:
        journal.vault.lock()
    result = _cli(scene.current, "check")
    assert result.returncode == 1
    assert f"settings object {gone.hex()}, written at the last save, is missing" in result.stdout


def test_finding_3_an_inserted_epoch_row_is_an_altered_file(scene: Scene) -> None:
    insert_epoch_row(scene.current)
    result = _cli(scene.current, "list")
    assert result.returncode == 4
    assert "key records were changed outside this app" in result.stderr
    assert "does not open" not in result.stderr
    with pytest.raises(AlteredKeys, match="epoch, 3, has no passphrase slot"):
        unlock(scene.current, NEW_PASSPHRASE)


def test_finding_3_an_epoch_row_with_a_planted_slot_is_an_altered_file(scene: Scene) -> None:
    insert_epoch_row(scene.current)
    plant_slots(scene.current, [{"memory_kib": 8, "iterations": 1, "lanes": 1}])
    result = _cli(scene.current, "list")
    assert result.returncode == 4
    assert "key slot 3 belongs to the older key epoch 2" in result.stderr
    assert "does not open" not in result.stderr


def test_finding_3_key_records_rolled_back_to_the_old_passphrase_are_named(
    scene: Scene,
) -> None:
    """Epoch 2's row and slots removed, the old copy's slots put back: the OLD passphrase
    would open the key records, and the current one would look wrong."""
    with connect(scene.old_copy) as old, connect(scene.current) as db:
        db.execute("DELETE FROM keyslot")
        db.execute("DELETE FROM epoch WHERE epoch = 2")
        db.executemany(
            "INSERT INTO keyslot VALUES (?, ?, ?, ?, ?)", old.execute("SELECT * FROM keyslot")
        )
    for passphrase in (NEW_PASSPHRASE, PASSPHRASE):
        result = _cli(scene.current, "list", passphrase=passphrase)
        assert result.returncode == 4
        assert "data was written in key epoch 2, but the key records end at epoch 1" in (
            result.stderr
        )


def test_finding_4_planted_slots_are_skipped_and_the_journal_opens(scene: Scene) -> None:
    costly = {"memory_kib": 1024 * 1024, "iterations": 10, "lanes": 16}  # never derived
    cheap = {"memory_kib": 8, "iterations": 1, "lanes": 1}  # tried first, costs little
    planted = plant_slots(scene.current, [costly, cheap])
    result = _cli(scene.current, "check")
    assert result.returncode == 1  # opened, and the slots are named
    assert "the newest key epoch has 3 passphrase slots where the app keeps one" in result.stdout
    assert all(str(slot) in result.stdout for slot in planted)


def test_finding_4_out_of_range_slots_are_skipped_with_a_message(scene: Scene) -> None:
    plant_slots(scene.current, [{"memory_kib": 4 * 1024 * 1024, "iterations": 64, "lanes": 64}])
    plant_slots(scene.current, [{"memory_kib": 1024, "iterations": 1, "lanes": 1}], [-5])
    result = _cli(scene.current, "check")
    assert result.returncode == 1
    assert "unusable key derivation settings (key derivation parameters out of range)" in (
        result.stdout
    )
    assert "key slot -5 has an impossible number" in result.stdout


def test_finding_4_too_many_slots_is_an_altered_file(scene: Scene) -> None:
    plant_slots(scene.current, [{"memory_kib": 1024, "iterations": 1, "lanes": 1}] * 3)
    result = _cli(scene.current, "list")
    assert result.returncode == 4
    assert "5 key slots where this app keeps two" in result.stderr


def test_the_attacker_knows_only_the_format_spec() -> None:
    import ast

    source = Path(__file__).with_name("attacker") / "old_key.py"
    modules = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            modules.add((node.module or "").split(".")[0] if node.level == 0 else "relative")
    assert modules <= {"__future__", "contextlib", "collections", "hashlib", "json", "os",
                       "pathlib", "sqlite3", "cryptography"}, modules  # fmt: skip
