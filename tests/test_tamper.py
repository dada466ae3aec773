"""Tampering and corruption of a locked vault, done with plain sqlite3 on the file.

Every case must be detected and reported by the object it concerns, and
everything that was not touched must still open and read back byte for byte
(docs/vault-format.md and docs/damage.md: "A damaged object is reported by name; everything
else still opens").

One pristine vault is built per module and copied for each test. Its revision
sequence is fixed (see `SEQUENCE`), so a test can name the revision it damages.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime
from journal.errors import IntegrityProblem, WrongPassphrase
from journal.session.check import check_journal
from journal.session.journal import Journal
from journal.vault.crypto import CHUNK_SIZE, KdfParams
from journal.vault.lifecycle import create_vault, unlock, unlock_with_recovery_code

from .conftest import PASSPHRASE, new_vault, reopen

# The revisions of the pristine vault, in the order they are saved:
# seq -> (entry name, version of that entry).
SEQUENCE: dict[int, tuple[str, int]] = {
    1: ("kitchen", 1),
    2: ("bigfile", 1),
    3: ("edited", 1),
    4: ("kitchen", 2),  # attaches "small"
    5: ("bigfile", 2),  # attaches "big"
    6: ("edited", 2),
    7: ("bigfile", 3),  # attaches "huge"
    8: ("plain", 1),
    9: ("edited", 3),
    10: ("later", 1),
}
# attachment name -> (entry name, size): one, two and three STREAM chunks.
ATTACHMENTS: dict[str, tuple[str, int]] = {
    "small": ("kitchen", 200 * 1024),
    "big": ("bigfile", CHUNK_SIZE + CHUNK_SIZE // 2),
    "huge": ("bigfile", 2 * CHUNK_SIZE + 12345),
}
LAST_SEQ = max(SEQUENCE)


def _title(name: str, version: int) -> str:
    return f"{name}, as written in its version {version}"


@dataclass(frozen=True)
class Pristine:
    path: Path
    recovery_code: str
    entry_ids: dict[str, str]  # entry name -> entry id
    titles: dict[str, str]  # entry name -> title of its latest version
    attachments: dict[str, tuple[str, str, int]]  # name -> (attachment id, sha256, size)
    revision_objects: dict[int, bytes]  # seq -> object id


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    base = tmp_path_factory.mktemp("pristine")
    path = base / "vault" / "notes.db"
    vault, code = new_vault(path)
    journal = Journal.open(vault)
    entry_ids: dict[str, str] = {}
    titles: dict[str, str] = {}
    attachments: dict[str, tuple[str, str, int]] = {}
    attach_at = {4: "small", 5: "big", 7: "huge"}
    for seq, (name, version) in SEQUENCE.items():
        title = _title(name, version)
        if seq in attach_at:
            att_name = attach_at[seq]
            _entry_name, size = ATTACHMENTS[att_name]
            data = random.Random(att_name).randbytes(size)
            source = base / f"{att_name}.bin"
            source.write_bytes(data)
            info = journal.attach_file(entry_ids[name], source)
            assert info.sha256 == hashlib.sha256(data).hexdigest()
            attachments[att_name] = (info.attachment_id, info.sha256, size)
            continue
        content = EntryContent(kind="incident", title=title, occurred=EventTime("2025-03-14"))
        if version == 1:
            entry_ids[name] = journal.add_entry(content)
        else:
            journal.update_entry(entry_ids[name], content)
        titles[name] = title
    # The fixed sequence above is what the tests rely on: check it really is so.
    for name, entry_id in entry_ids.items():
        for revision in journal.history(entry_id):
            assert SEQUENCE[revision.seq] == (name, revision.revision)
    assert journal.problems == ()
    vault.lock()
    with _db(path) as conn:
        revision_objects = {
            int(seq): bytes(oid) for seq, oid in conn.execute("SELECT seq, object_id FROM revision")
        }
    assert sorted(revision_objects) == sorted(SEQUENCE)
    return Pristine(path, code, entry_ids, titles, attachments, revision_objects)


@pytest.fixture
def damaged(pristine: Pristine, tmp_path: Path) -> Path:
    """A fresh copy of the pristine vault for one test to damage."""
    path = tmp_path / "vault" / "notes.db"
    path.parent.mkdir()
    shutil.copyfile(pristine.path, path)
    return path


# -- helpers ---------------------------------------------------------------


@contextmanager
def _db(path: Path) -> Iterator[sqlite3.Connection]:
    """Plain sqlite3 on the locked vault file; commits on success."""
    with closing(sqlite3.connect(path)) as conn, conn:
        yield conn


def _att_oid(pristine: Pristine, name: str) -> bytes:
    return bytes.fromhex(pristine.attachments[name][0])


def _flip_byte(path: Path, object_id: bytes, idx: int) -> None:
    with _db(path) as conn:
        row = conn.execute(
            "SELECT ct FROM chunk WHERE object_id = ? AND idx = ?", (object_id, idx)
        ).fetchone()
        assert row is not None
        ct = bytearray(row[0])
        ct[len(ct) // 2] ^= 0x01
        conn.execute(
            "UPDATE chunk SET ct = ? WHERE object_id = ? AND idx = ?", (bytes(ct), object_id, idx)
        )


def _swap(
    path: Path,
    table: str,
    column: str,
    where: str,
    first: tuple[object, ...],
    second: tuple[object, ...],
) -> None:
    """Swap `column` between the two rows of `table` selected by `where`."""
    with _db(path) as conn:
        a = conn.execute(f"SELECT {column} FROM {table} WHERE {where}", first).fetchone()[0]
        b = conn.execute(f"SELECT {column} FROM {table} WHERE {where}", second).fetchone()[0]
        assert a != b
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", (b, *first))
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", (a, *second))


def _names_revision(problems: Iterable[str], seq: int) -> bool:
    """Some problem names revision `seq`, alone or inside a range "revisions a-b"."""
    for problem in problems:
        if re.search(rf"\brevision {seq}\b", problem):
            return True
        for lo, hi in re.findall(r"\brevisions (\d+)-(\d+)\b", problem):
            if int(lo) <= seq <= int(hi):
                return True
    return False


def _read_all(journal: Journal, attachment_id: str) -> bytes:
    return b"".join(journal.read_attachment(attachment_id))


def _assert_untouched_readable(
    journal: Journal,
    pristine: Pristine,
    damaged_entries: Iterable[str] = (),
    damaged_attachments: Iterable[str] = (),
) -> None:
    """Every entry and attachment outside the damaged ones is present and reads back intact."""
    skip_entries = set(damaged_entries)
    skip_attachments = set(damaged_attachments)
    for name, entry_id in pristine.entry_ids.items():
        if name in skip_entries:
            continue
        entry = journal.entry(entry_id)
        assert entry.content.title == pristine.titles[name]
        expected = {
            pristine.attachments[a][0] for a, (owner, _size) in ATTACHMENTS.items() if owner == name
        }
        assert {a.attachment_id for a in entry.attachments} == expected
    for name, (attachment_id, sha256, size) in pristine.attachments.items():
        if name in skip_attachments:
            continue
        data = _read_all(journal, attachment_id)
        assert len(data) == size
        assert hashlib.sha256(data).hexdigest() == sha256


def _check_problems(journal: Journal) -> tuple[str, ...]:
    return check_journal(journal).problems


# -- the pristine vault itself --------------------------------------------


def _assert_only_attachments_damaged(
    pristine: Pristine, damaged: Path, names: tuple[str, ...]
) -> None:
    """The journal opens cleanly; exactly these attachments fail, each by its id."""
    journal = reopen(damaged)
    try:
        assert journal.problems == ()
        for name in names:
            attachment_id = pristine.attachments[name][0]
            with pytest.raises(IntegrityProblem, match=attachment_id):
                _read_all(journal, attachment_id)
        problems = _check_problems(journal)
        assert len(problems) == len(names), problems
        for name in names:
            assert any(pristine.attachments[name][0] in p for p in problems), problems
        _assert_untouched_readable(journal, pristine, damaged_attachments=list(names))
    finally:
        journal.vault.lock()


def _swap_revisions(
    pristine: Pristine, damaged: Path, table: str, column: str, first: int, second: int
) -> Journal:
    """Swap `column` between two revisions' objects; the reopened journal names both."""
    where = "object_id = ? AND idx = 0" if table == "chunk" else "object_id = ?"
    objects = pristine.revision_objects
    _swap(damaged, table, column, where, (objects[first],), (objects[second],))
    journal = reopen(damaged)
    for seq in (first, second):
        assert _names_revision(journal.problems, seq), journal.problems
    return journal


def test_pristine_copy_is_intact(pristine: Pristine, damaged: Path) -> None:
    journal = reopen(damaged)
    try:
        assert journal.problems == ()
        assert _check_problems(journal) == ()
        _assert_untouched_readable(journal, pristine)
    finally:
        journal.vault.lock()


# -- attachment chunks ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "idx"),
    [("small", 0), ("big", 0), ("big", 1), ("huge", 1)],
    ids=["single-chunk", "first-of-two", "final-of-two", "middle-of-three"],
)
def test_flipped_byte_in_attachment_chunk(
    pristine: Pristine, damaged: Path, name: str, idx: int
) -> None:
    _flip_byte(damaged, _att_oid(pristine, name), idx)
    attachment_id = pristine.attachments[name][0]
    journal = reopen(damaged)
    try:
        # Revisions are untouched: the journal opens cleanly; the damage shows on reading.
        assert journal.problems == ()
        with pytest.raises(IntegrityProblem, match=attachment_id):
            _read_all(journal, attachment_id)
        problems = _check_problems(journal)
        assert len(problems) == 1, problems
        assert attachment_id in problems[0]
        _assert_untouched_readable(journal, pristine, damaged_attachments=[name])
    finally:
        journal.vault.lock()


# -- revision chunks ----------------------------------------------------------


@pytest.mark.parametrize(
    "seq",
    [1, 6, 8, LAST_SEQ],
    ids=["first-revision", "middle-version-of-entry", "only-revision-of-entry", "last-revision"],
)
def test_flipped_byte_in_revision_chunk(pristine: Pristine, damaged: Path, seq: int) -> None:
    _flip_byte(damaged, pristine.revision_objects[seq], 0)
    journal = reopen(damaged)  # opens in spite of the damage
    try:
        assert journal.problems, "a damaged revision went unnoticed"
        assert _names_revision(journal.problems, seq), journal.problems
        assert any(
            re.search(rf"\brevision {seq}\b.*cannot be read", p) for p in journal.problems
        ), journal.problems
        report = _check_problems(journal)
        assert _names_revision(report, seq), report
        damaged_entry = SEQUENCE[seq][0]
        _assert_untouched_readable(journal, pristine, damaged_entries=[damaged_entry])
    finally:
        journal.vault.lock()


# -- ciphertexts and keys moved between objects ---------------------------


def test_swapped_chunk_ciphertexts_between_attachments(pristine: Pristine, damaged: Path) -> None:
    # The final chunk of "big" and the only (final) chunk of "small": both are final
    # chunks, so only the binding to the object id can tell them apart.
    _swap(
        damaged,
        "chunk",
        "ct",
        "object_id = ? AND idx = ?",
        (_att_oid(pristine, "small"), 0),
        (_att_oid(pristine, "big"), 1),
    )
    _assert_only_attachments_damaged(pristine, damaged, ("small", "big"))


def test_swapped_chunk_ciphertexts_between_revisions(pristine: Pristine, damaged: Path) -> None:
    first, second = 3, 8  # edited version 1, plain version 1
    journal = _swap_revisions(pristine, damaged, "chunk", "ct", first, second)
    try:
        report = _check_problems(journal)
        for seq in (first, second):
            assert _names_revision(report, seq), report
        _assert_untouched_readable(journal, pristine, damaged_entries=["edited", "plain"])
    finally:
        journal.vault.lock()


def test_swapped_wrapped_keys_between_attachments(pristine: Pristine, damaged: Path) -> None:
    _swap(
        damaged,
        "object",
        "wrapped_key",
        "object_id = ?",
        (_att_oid(pristine, "small"),),
        (_att_oid(pristine, "huge"),),
    )
    _assert_only_attachments_damaged(pristine, damaged, ("small", "huge"))


def test_swapped_wrapped_keys_between_revisions(pristine: Pristine, damaged: Path) -> None:
    first, second = 2, 10  # bigfile version 1, later version 1
    journal = _swap_revisions(pristine, damaged, "object", "wrapped_key", first, second)
    try:
        _assert_untouched_readable(journal, pristine, damaged_entries=["bigfile", "later"])
        # bigfile lost only its first version: its latest one, with all evidence, remains.
        assert (
            journal.entry(pristine.entry_ids["bigfile"]).content.title == pristine.titles["bigfile"]
        )
        for name in ("big", "huge"):
            _attachment_id, sha256, _size = pristine.attachments[name]
            data = _read_all(journal, pristine.attachments[name][0])
            assert hashlib.sha256(data).hexdigest() == sha256
    finally:
        journal.vault.lock()


def test_swapped_wrapped_keys_between_a_revision_and_an_attachment(
    pristine: Pristine, damaged: Path
) -> None:
    _swap(
        damaged,
        "object",
        "wrapped_key",
        "object_id = ?",
        (pristine.revision_objects[8],),
        (_att_oid(pristine, "small"),),
    )
    journal = reopen(damaged)
    try:
        assert _names_revision(journal.problems, 8), journal.problems
        attachment_id = pristine.attachments["small"][0]
        with pytest.raises(IntegrityProblem, match=attachment_id):
            _read_all(journal, attachment_id)
        _assert_untouched_readable(
            journal, pristine, damaged_entries=["plain"], damaged_attachments=["small"]
        )
    finally:
        journal.vault.lock()


# -- truncation -------------------------------------------------------------


@pytest.mark.parametrize("name", ["big", "huge"])
def test_truncated_attachment_is_detected(pristine: Pristine, damaged: Path, name: str) -> None:
    object_id = _att_oid(pristine, name)
    with _db(damaged) as conn:
        (last,) = conn.execute(
            "SELECT max(idx) FROM chunk WHERE object_id = ?", (object_id,)
        ).fetchone()
        assert last >= 1, "the attachment must have two chunks or more"
        conn.execute("DELETE FROM chunk WHERE object_id = ? AND idx = ?", (object_id, last))
    attachment_id = pristine.attachments[name][0]
    journal = reopen(damaged)
    try:
        assert journal.problems == ()
        with pytest.raises(IntegrityProblem, match=attachment_id) as caught:
            _read_all(journal, attachment_id)
        # Truncation is named as such, not as a generic authentication failure.
        assert re.search(r"ends after chunk \d+ without its end", str(caught.value)), str(
            caught.value
        )
        problems = _check_problems(journal)
        assert len(problems) == 1, problems
        assert attachment_id in problems[0]
        assert "without its end" in problems[0]
        _assert_untouched_readable(journal, pristine, damaged_attachments=[name])
    finally:
        journal.vault.lock()


@pytest.mark.parametrize("which", ["middle", "all"])
def test_missing_chunks_are_detected(pristine: Pristine, damaged: Path, which: str) -> None:
    object_id = _att_oid(pristine, "huge")
    with _db(damaged) as conn:
        if which == "middle":
            conn.execute("DELETE FROM chunk WHERE object_id = ? AND idx = 1", (object_id,))
        else:
            conn.execute("DELETE FROM chunk WHERE object_id = ?", (object_id,))
    attachment_id = pristine.attachments["huge"][0]
    journal = reopen(damaged)
    try:
        with pytest.raises(IntegrityProblem, match=f"{attachment_id}.*missing"):
            _read_all(journal, attachment_id)
        problems = _check_problems(journal)
        assert len(problems) == 1, problems
        assert attachment_id in problems[0]
        _assert_untouched_readable(journal, pristine, damaged_attachments=["huge"])
    finally:
        journal.vault.lock()


# -- the chain: revisions removed or moved -------------------------------------


@pytest.mark.parametrize("seq", [6, 8], ids=["middle-version-of-entry", "only-revision-of-entry"])
@pytest.mark.parametrize("with_object", [False, True], ids=["row-only", "row-and-object"])
def test_deleted_revision_in_the_middle(
    pristine: Pristine, damaged: Path, seq: int, with_object: bool
) -> None:
    object_id = pristine.revision_objects[seq]
    with _db(damaged) as conn:
        conn.execute("DELETE FROM revision WHERE seq = ?", (seq,))
        if with_object:
            conn.execute("DELETE FROM chunk WHERE object_id = ?", (object_id,))
            conn.execute("DELETE FROM object WHERE object_id = ?", (object_id,))
    journal = reopen(damaged)
    try:
        assert _names_revision(journal.problems, seq), journal.problems
        assert any("missing" in p and _names_revision([p], seq) for p in journal.problems), (
            journal.problems
        )
        assert _names_revision(_check_problems(journal), seq)
        _assert_untouched_readable(journal, pristine, damaged_entries=[SEQUENCE[seq][0]])
        if seq == 6:  # the entry keeps its other versions, and says one is missing
            assert (
                journal.entry(pristine.entry_ids["edited"]).content.title
                == pristine.titles["edited"]
            )
            record = pristine.entry_ids["edited"][:8]
            assert any(record in p and "versions" in p for p in journal.problems)
    finally:
        journal.vault.lock()


def _removed_from_end(problems: Iterable[str]) -> list[tuple[int, int]]:
    """(how many removed, how many recorded) from "the last N revision(s) were removed"."""
    out = []
    for problem in problems:
        match = re.search(
            r"the last (\d+) revision\(s\) were removed \(the journal recorded (\d+)", problem
        )
        if match:
            out.append((int(match[1]), int(match[2])))
    return out


@pytest.mark.parametrize("with_object", [False, True], ids=["row-only", "row-and-object"])
def test_deleted_last_revision(pristine: Pristine, damaged: Path, with_object: bool) -> None:
    object_id = pristine.revision_objects[LAST_SEQ]
    with _db(damaged) as conn:
        conn.execute("DELETE FROM revision WHERE seq = ?", (LAST_SEQ,))
        if with_object:
            conn.execute("DELETE FROM chunk WHERE object_id = ?", (object_id,))
            conn.execute("DELETE FROM object WHERE object_id = ?", (object_id,))
    journal = reopen(damaged)
    try:
        # Nothing after it can show the gap: only the head sealed at the last save can.
        assert _removed_from_end(journal.problems) == [(1, LAST_SEQ)], journal.problems
        assert _removed_from_end(_check_problems(journal)) == [(1, LAST_SEQ)]
        _assert_untouched_readable(journal, pristine, damaged_entries=["later"])
    finally:
        journal.vault.lock()


def test_deleted_middle_and_last_revisions(pristine: Pristine, damaged: Path) -> None:
    with _db(damaged) as conn:
        conn.execute("DELETE FROM revision WHERE seq IN (?, ?)", (6, LAST_SEQ))
    journal = reopen(damaged)
    try:
        assert _names_revision(journal.problems, 6), journal.problems
        # Exactly one revision is gone from the end (the other gap is in the middle
        # and is reported on its own): the report must not count it twice.
        assert _removed_from_end(journal.problems) == [(1, LAST_SEQ)], journal.problems
        _assert_untouched_readable(journal, pristine, damaged_entries=["edited", "later"])
    finally:
        journal.vault.lock()


def test_revision_rows_repointed_to_each_others_objects(pristine: Pristine, damaged: Path) -> None:
    first, second = 3, 8
    with _db(damaged) as conn:
        # revision.object_id is UNIQUE: go through a placeholder.
        conn.execute("UPDATE revision SET object_id = x'00' WHERE seq = ?", (first,))
        conn.execute(
            "UPDATE revision SET object_id = ? WHERE seq = ?",
            (pristine.revision_objects[first], second),
        )
        conn.execute(
            "UPDATE revision SET object_id = ? WHERE seq = ?",
            (pristine.revision_objects[second], first),
        )
    journal = reopen(damaged)
    try:
        for seq in (first, second):
            assert any(re.search(rf"\brevision {seq}\b.*moved", p) for p in journal.problems), (
                journal.problems
            )
        report = _check_problems(journal)
        for seq in (first, second):
            assert _names_revision(report, seq), report
        # Both revisions still decrypt (only their place changed): every entry is there.
        _assert_untouched_readable(journal, pristine)
    finally:
        journal.vault.lock()


# -- key slots ----------------------------------------------------------------

# Cheap, but with room below each parameter so that "weakening" is possible.
SLOT_KDF = {"memory_kib": 4096, "iterations": 2, "lanes": 2}


@pytest.fixture
def slot_vault(tmp_path: Path) -> tuple[Path, str, str]:
    path = tmp_path / "vault" / "slots.db"
    vault, code = create_vault(
        path, PASSPHRASE, kdf=KdfParams.fresh(**SLOT_KDF), allow_weak_kdf=True
    )
    journal = Journal.open(vault)
    entry_id = journal.add_entry(
        EntryContent(kind="note", title="Kept safe", occurred=EventTime("2025-03-14"))
    )
    vault.lock()
    return path, code, entry_id


def _edit_passphrase_slot(path: Path, edit: dict[str, object] | str) -> None:
    """Change fields of the slot's parameter JSON (None removes one), or replace it."""
    with _db(path) as conn:
        rows = conn.execute("SELECT slot_id, params FROM keyslot WHERE kind = 'passphrase'")
        ((slot_id, params),) = rows.fetchall()
        if isinstance(edit, str):
            new = edit
        else:
            raw = json.loads(params)
            raw.update(edit)
            raw = {k: v for k, v in raw.items() if v is not None}
            new = json.dumps(raw, sort_keys=True, separators=(",", ":"))
        assert new != params
        conn.execute("UPDATE keyslot SET params = ? WHERE slot_id = ?", (new, slot_id))


@pytest.mark.parametrize(
    "edit",
    [
        {"memory_kib": 1024},
        {"memory_kib": 64},
        {"iterations": 1},
        {"lanes": 1},
        {"memory_kib": 8, "iterations": 1, "lanes": 1},
        {"salt": "00" * 16},
    ],
    ids=["memory-1MiB", "memory-64KiB", "one-pass", "one-lane", "all-minimal", "zero-salt"],
)
def test_weakened_kdf_params_refuse_to_unlock(
    slot_vault: tuple[Path, str, str], edit: dict[str, object]
) -> None:
    path, code, entry_id = slot_vault
    _edit_passphrase_slot(path, edit)
    with pytest.raises(WrongPassphrase):
        unlock(path, PASSPHRASE)
    # The recovery slot is untouched: it still opens everything.
    journal = Journal.open(unlock_with_recovery_code(path, code))
    try:
        assert journal.problems == ()
        assert journal.entry(entry_id).content.title == "Kept safe"
    finally:
        journal.vault.lock()


@pytest.mark.parametrize(
    "edit",
    [
        {"memory_kib": 0},
        {"iterations": 0},
        {"lanes": 0},
        {"salt": "zz"},
        {"memory_kib": "lots"},
        {"memory_kib": None},
        "{not json",
    ],
    ids=[
        "memory-0",
        "iterations-0",
        "lanes-0",
        "salt-not-hex",
        "memory-not-a-number",
        "memory-removed",
        "not-json",
    ],
)
def test_impossible_kdf_params_give_a_clear_error(
    slot_vault: tuple[Path, str, str], edit: dict[str, object] | str
) -> None:
    """Values Argon2id itself refuses must still end in the app's own error, with a
    human message (a WrongPassphrase or an IntegrityProblem), never a raw ValueError."""
    path, code, entry_id = slot_vault
    _edit_passphrase_slot(path, edit)
    try:
        unlock(path, PASSPHRASE)
    except (WrongPassphrase, IntegrityProblem):
        pass
    except Exception as error:
        pytest.fail(f"unlock raised a bare {type(error).__name__}: {error}")
    else:
        pytest.fail("the vault unlocked with key-derivation parameters it never had")
    journal = Journal.open(unlock_with_recovery_code(path, code))
    try:
        assert journal.entry(entry_id).content.title == "Kept safe"
    finally:
        journal.vault.lock()


def test_flipped_byte_in_passphrase_slot(slot_vault: tuple[Path, str, str]) -> None:
    path, code, entry_id = slot_vault
    with _db(path) as conn:
        ((slot_id, ct),) = conn.execute(
            "SELECT slot_id, ct FROM keyslot WHERE kind = 'passphrase'"
        ).fetchall()
        flipped = bytearray(ct)
        flipped[-1] ^= 0x01
        conn.execute("UPDATE keyslot SET ct = ? WHERE slot_id = ?", (bytes(flipped), slot_id))
    with pytest.raises(WrongPassphrase):
        unlock(path, PASSPHRASE)
    journal = Journal.open(unlock_with_recovery_code(path, code))
    try:
        assert journal.entry(entry_id).content.title == "Kept safe"
    finally:
        journal.vault.lock()
