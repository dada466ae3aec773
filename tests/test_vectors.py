"""The committed vault test vectors (tests/vectors, made by tools/make_vectors.py) read
the same through the app and through the independent reader of
tests/test_independent_reader.py: the plaintext each holds, and the error each broken
copy must give."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from cryptography.exceptions import InvalidTag

from journal import errors
from journal.entries.codec import to_plain
from journal.export.signing import journal_fingerprint
from journal.session.check import check_journal
from journal.session.journal import Journal
from journal.vault.lifecycle import unlock, unlock_with_recovery_code

from .test_independent_reader import VaultReader, latest_records, replay_chain

ROOT = Path(__file__).resolve().parents[1]
VECTORS = ROOT / "tests" / "vectors"
BROKEN = json.loads((VECTORS / "broken.json").read_text(encoding="utf-8"))
READER_ERRORS = {"InvalidTag": InvalidTag}


def facts(name: str) -> dict:
    return json.loads((VECTORS / f"{name}.json").read_text(encoding="utf-8"))


def unpacked(name: str, tmp_path: Path) -> Path:
    """A copy of the vector to work on (opening a journal may write to it)."""
    packed = VECTORS / f"{name}.db.gz"
    if not packed.exists():
        pytest.fail(f"test vector missing: {packed}")
    path = tmp_path / f"{name}.db"
    path.write_bytes(gzip.decompress(packed.read_bytes()))
    return path


@pytest.fixture
def format2(tmp_path: Path) -> tuple[Path, dict]:
    return unpacked("journal-format2", tmp_path), facts("journal-format2")


# the app ----------------------------------------------------------------------------


def recorded(read: dict[str, object], expected: dict[str, dict]) -> bool:
    """The same records, each with every field the vector recorded, as recorded; fields
    added to the model after the vector was made are left out (they read as defaults)."""
    plain = {key: to_plain(value) for key, value in read.items()}
    return plain.keys() == expected.keys() and all(
        {name: plain[key][name] for name in fields} == fields for key, fields in expected.items()
    )


def test_the_app_reads_the_format2_vector(format2) -> None:
    path, known = format2
    journal = Journal.open(unlock(path, known["passphrase"]))
    try:
        assert journal.problems == () and journal.settings.problems == []
        assert journal.chain_head.hex() == known["chain_head"]
        assert recorded({e.entry_id: e.content for e in journal.entries()}, known["entries"])
        assert recorded({p.person_id: p.content for p in journal.people()}, known["people"])
        for attachment_id, info in known["attachments"].items():
            entry, stored = journal.find_attachment(attachment_id)
            data = b"".join(journal.read_attachment(attachment_id))
            assert entry.entry_id == info["entry"] and stored.file_name == info["file_name"]
            assert (len(data), hashlib.sha256(data).hexdigest()) == (info["size"], info["sha256"])
        for key, value in known["settings"].items():
            assert journal.settings.get(key) == value
        assert journal_fingerprint(journal) == known["signing_fingerprint"]
        assert check_journal(journal).problems == ()
    finally:
        journal.vault.lock()
    by_code = Journal.open(unlock_with_recovery_code(path, known["recovery_code"]))
    try:
        assert by_code.chain_head.hex() == known["chain_head"]
    finally:
        by_code.vault.lock()
    with pytest.raises(errors.WrongPassphrase):
        unlock(path, known["old_passphrase"])


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_the_app_gives_each_broken_vector_its_error(name: str, tmp_path: Path) -> None:
    expected = BROKEN[name]
    path = unpacked(name, tmp_path)
    passphrase = facts("journal-format2")["passphrase"]
    error = getattr(errors, expected["app"], None)
    if expected["when"] == "unlock":
        assert error is not None
        with pytest.raises(error, match=expected["app_says"]):
            unlock(path, passphrase)
        return
    journal = Journal.open(unlock(path, passphrase))
    try:
        if expected["when"] == "open":
            assert expected["app"] == "reported"
            assert any(expected["app_says"] in problem for problem in journal.problems)
            assert journal.entries(), "the rest of the journal is still readable"
        else:
            assert expected["when"] == "read_attachment" and error is not None
            (attachment_id,) = facts("journal-format2")["attachments"]
            with pytest.raises(error, match=expected["app_says"]):
                b"".join(journal.read_attachment(attachment_id))
        assert check_journal(journal).problems != ()
    finally:
        journal.vault.lock()


# the independent reader ---------------------------------------------------------------


def read_everything(reader: VaultReader, passphrase: str) -> dict[str, dict]:
    """Unlock, check the chain against the sealed head, return the newest records."""
    epoch, key = reader.epoch_key_from_passphrase(passphrase)
    reader.unlock(epoch, key)
    revisions = reader.revisions()
    count, head, _settings = reader.sealed_head()
    assert replay_chain(reader.vault_id, revisions) == (count, head)
    return latest_records(revisions)


def test_the_independent_reader_reads_the_format2_vector(format2) -> None:
    path, known = format2
    reader = VaultReader(path)
    try:
        records = read_everything(reader, known["passphrase"])
        assert reader.sealed_head()[1].hex() == known["chain_head"]
        assert reader.epoch_key_from_recovery_code(known["recovery_code"])[0] == 2
        with pytest.raises(InvalidTag):
            reader.epoch_key_from_passphrase(known["old_passphrase"])
        for entry_id, content in known["entries"].items():
            assert records[entry_id]["content"] == content
        for person_id, content in known["people"].items():
            assert records[person_id]["content"] == content
        purged = records[known["purged_entry"]]
        assert purged["purge"] is True and purged["content"] is None
        for attachment_id, info in known["attachments"].items():
            data = b"".join(reader.read_object(bytes.fromhex(attachment_id), "attachment"))
            assert (len(data), hashlib.sha256(data).hexdigest()) == (info["size"], info["sha256"])
        settings = reader.settings()
        assert {key: settings[key] for key in known["settings"]} == known["settings"]
    finally:
        reader.close()


def test_the_independent_reader_reads_the_format1_vector(tmp_path: Path) -> None:
    known = facts("journal-format1")
    reader = VaultReader(unpacked("journal-format1", tmp_path))
    try:
        records = read_everything(reader, known["passphrase"])
        assert reader.sealed_head()[1].hex() == known["chain_head"]
        assert reader.epoch_key_from_recovery_code(known["recovery_code"])[0] == 2
        assert records[known["kept_entry"]]["content"]["title"] == "Kept entry"
        assert records[known["later_entry"]]["content"]["title"] == "After the change"
        assert records[known["purged_entry"]]["content"] is None
    finally:
        reader.close()


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_the_independent_reader_gives_each_broken_vector_its_error(
    name: str, tmp_path: Path
) -> None:
    expected = BROKEN[name]
    error = READER_ERRORS[expected["reader"]]
    passphrase = facts("journal-format2")["passphrase"]
    reader = VaultReader(unpacked(name, tmp_path))
    try:
        if expected["when"] == "unlock":
            with pytest.raises(error):
                reader.epoch_key_from_passphrase(passphrase)
            return
        reader.unlock(*reader.epoch_key_from_passphrase(passphrase))
        if expected["when"] == "open":
            with pytest.raises(error):
                reader.revisions()
        else:
            (attachment_id,) = facts("journal-format2")["attachments"]
            with pytest.raises(error):
                b"".join(reader.read_object(bytes.fromhex(attachment_id), "attachment"))
    finally:
        reader.close()


# the generator ------------------------------------------------------------------------


def make_vectors() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_vectors", ROOT / "tools/make_vectors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_makes_the_same_bytes_from_the_same_seed(tmp_path: Path) -> None:
    tool = make_vectors()
    first = {p.name: p.read_bytes() for p in tool.make(tmp_path / "one", "a seed")}
    second = {p.name: p.read_bytes() for p in tool.make(tmp_path / "two", "a seed")}
    assert first == second
    assert set(first) == {p.name for p in VECTORS.iterdir()} - {
        "README.md",
        "journal-format1.db.gz",
        "journal-format1.json",
    }
    other = {p.name: p.read_bytes() for p in tool.make(tmp_path / "three", "another seed")}
    assert other["journal-format2.db.gz"] != first["journal-format2.db.gz"]
