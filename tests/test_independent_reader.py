"""docs/vault-format.md is enough to read a vault: an independent reader proves it.

A vault is written through the project's API (two key epochs, entries, evidence, a
purge, a setting), locked, and then read back by the reader below, which imports
nothing from `journal`: only sqlite3, json, hashlib and `cryptography`, following the
spec. The reader doubles as a worked example for forensic examiners; section numbers
refer to docs/vault-format.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal.entries.model import EntryContent, EventTime
from journal.session.journal import Journal

from .conftest import EVIDENCE_DIR, PASSPHRASE, corpus, fast_kdf, new_vault

# ---------------------------------------------------------------------------------------
# The independent reader (no project code below this line until the tests).

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def context(label: str, *parts: bytes | str | int) -> bytes:
    """Section 4.1: every part length-prefixed (u32); ints as u64, text as UTF-8."""
    out = b""
    for part in (label, *parts):
        if isinstance(part, int):
            part = part.to_bytes(8, "big")
        elif isinstance(part, str):
            part = part.encode("utf-8")
        out += len(part).to_bytes(4, "big") + part
    return out


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Section 4.2: nonce (12) || ciphertext || tag (16)."""
    return ChaCha20Poly1305(key).decrypt(blob[:12], blob[12:], aad)


def hkdf(ikm: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def parse_recovery_code(text: str) -> bytes:
    """Section 5.5: 26 Crockford symbols of data, 2 of check."""
    text = text.upper().replace("I", "1").replace("L", "1").replace("O", "0")
    values = [CROCKFORD.index(c) for c in text if c not in " -"]
    assert len(values) == 28, "a recovery code has 28 symbols"
    number = 0
    for value in values[:26]:
        number = (number << 5) | value
    seed = number.to_bytes(16, "big")  # OverflowError if the first symbol is above 7
    check = int.from_bytes(sha256(b"recovery-check" + seed)[:2], "big") >> 6
    assert (values[26] << 5) | values[27] == check, "the recovery code is mistyped"
    return seed


class VaultReader:
    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.meta = dict(self.db.execute("SELECT k, v FROM meta"))
        assert self.meta["format"] == b"sealed-store"  # section 3
        assert int(self.meta["version"]) <= 2, "written by a newer version"  # section 11
        self.vault_id: bytes = self.meta["vault_id"]
        self.keys: dict[int, bytes] = {}  # epoch -> epoch key

    def close(self) -> None:
        self.db.close()

    def _slot(self, kind: str) -> tuple[int, int, str, bytes, bytes]:
        ((slot_id, epoch, params, ct),) = self.db.execute(
            "SELECT slot_id, epoch, params, ct FROM keyslot WHERE kind = ?", (kind,)
        )
        return (
            slot_id,
            epoch,
            params,
            ct,
            context("slot", self.vault_id, slot_id, kind, epoch, params),
        )

    def epoch_key_from_passphrase(self, passphrase: str) -> tuple[int, bytes]:
        """Section 5.3: Argon2id KEK from the slot's own parameters."""
        _slot_id, epoch, params, ct, aad = self._slot("passphrase")
        p = json.loads(params)
        assert p["alg"] == "argon2id"
        kek = Argon2id(
            salt=bytes.fromhex(p["salt"]),
            length=32,
            iterations=p["iterations"],
            lanes=p["lanes"],
            memory_cost=p["memory_kib"],
        ).derive(passphrase.encode("utf-8"))
        return epoch, open_sealed(kek, ct, aad)

    def epoch_key_from_recovery_code(self, code: str) -> tuple[int, bytes]:
        """Section 5.4: X25519 key from the code, vault id as HKDF salt."""
        seed = parse_recovery_code(code)
        private = X25519PrivateKey.from_private_bytes(
            hkdf(seed, context("recovery-x25519"), salt=self.vault_id)
        )
        public = private.public_key().public_bytes_raw()
        _slot_id, epoch, params, ct, aad = self._slot("recovery")
        assert json.loads(params)["pub"] == public.hex()
        ephemeral = ct[:32]
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        wrap_key = hkdf(shared, context("recovery-wrap", ephemeral, public))
        return epoch, open_sealed(wrap_key, ct[32:], aad)

    def unlock(self, epoch: int, key: bytes) -> None:
        """Section 5.2: each epoch row holds the previous key sealed under its own."""
        links = dict(self.db.execute("SELECT epoch, prev_key FROM epoch"))
        self.keys = {epoch: key}
        while links[epoch] is not None:
            key = open_sealed(key, links[epoch], context("epoch-link", self.vault_id, epoch))
            epoch -= 1
            self.keys[epoch] = key

    def open_meta(self, name: str) -> bytes:
        """Section 3: u64(epoch) || sealed value."""
        raw = self.meta[name]
        epoch = int.from_bytes(raw[:8], "big")
        key = hkdf(self.keys[epoch], context("meta-key", self.vault_id, name))
        return open_sealed(key, raw[8:], context("meta", self.vault_id, name, epoch))

    def sealed_head(self) -> tuple[int, bytes, list[bytes]]:
        """Section 8: u64(count) || head || u32(n) || n settings object ids (format 2);
        section 11: format 1 has u64(count) || head only, and lists no settings."""
        value = self.open_meta("head")
        if int(self.meta["version"]) == 1:
            assert len(value) == 40, "a format-1 head is a count and a hash"
            return int.from_bytes(value[:8], "big"), value[8:40], []
        number = int.from_bytes(value[40:44], "big")
        ids = [value[44 + 16 * i : 60 + 16 * i] for i in range(number)]
        assert len(value) == 44 + 16 * number, "a format-2 head lists the settings objects"
        return int.from_bytes(value[:8], "big"), value[8:40], ids

    def settings(self) -> dict:
        """Section 9: the settings objects the head lists, all under the newest epoch key."""
        values: dict = {}
        for object_id in self.sealed_head()[2]:
            (epoch,) = self.db.execute(
                "SELECT epoch FROM object WHERE object_id = ?", (object_id,)
            ).fetchone()
            assert epoch == max(self.keys), "settings under an older key are not used"
            values.update(json.loads(b"".join(self.read_object(object_id, "aux")))["values"])
        return values

    def read_object(self, object_id: bytes, role: str) -> Iterator[bytes]:
        """Sections 6.1-6.3: unwrap the object key, open the STREAM chunks, unpad."""
        epoch, stored_role, wrapped = self.db.execute(
            "SELECT epoch, role, wrapped_key FROM object WHERE object_id = ?", (object_id,)
        ).fetchone()
        assert stored_role == role
        aad = context("object-key", self.vault_id, object_id, role, epoch)
        aead = ChaCha20Poly1305(open_sealed(self.keys[epoch], wrapped, aad))
        chunk_aad = context("chunk", self.vault_id, object_id)
        (count,) = self.db.execute(
            "SELECT count(*) FROM chunk WHERE object_id = ?", (object_id,)
        ).fetchone()
        rows = self.db.execute(
            "SELECT idx, ct FROM chunk WHERE object_id = ? ORDER BY idx", (object_id,)
        )
        for expected, (idx, ct) in enumerate(rows):
            assert idx == expected, f"chunk {expected} is missing"
            final = idx == count - 1
            nonce = idx.to_bytes(11, "big") + (b"\x01" if final else b"\x00")
            plain = aead.decrypt(nonce, ct, chunk_aad)  # InvalidTag here if truncated
            if final:
                plain = plain.rstrip(b"\x00")
                assert plain.endswith(b"\x80"), "bad padding"
                plain = plain[:-1]
            yield plain

    def messages(self) -> tuple[dict, list[dict]]:
        """Section 9.1: the manifest the settings name, and every batch's records, each
        checked against the SHA-256 that names it."""
        pointer = self.settings()["message_store"]
        manifest_plain = b"".join(self.read_object(bytes.fromhex(pointer["manifest"]), "messages"))
        assert sha256(manifest_plain).hex() == pointer["sha256"], "the manifest was swapped"
        manifest = json.loads(manifest_plain)
        records = []
        for batch in manifest["batches"]:
            plain = b"".join(self.read_object(bytes.fromhex(batch["id"]), "messages"))
            assert sha256(plain).hex() == batch["sha256"], "a batch was swapped"
            assert (
                plain
                == json.dumps(
                    json.loads(plain), sort_keys=True, separators=(",", ":"), ensure_ascii=False
                ).encode()
            ), "a batch is canonical JSON"
            records += json.loads(plain)["records"]
        return manifest, records

    def revisions(self) -> list[tuple[int, bytes]]:
        """(seq, canonical record bytes), in chain order (section 7)."""
        rows = self.db.execute("SELECT seq, object_id FROM revision ORDER BY seq").fetchall()
        return [(seq, b"".join(self.read_object(oid, "revision"))) for seq, oid in rows]


def replay_chain(vault_id: bytes, revisions: list[tuple[int, bytes]]) -> tuple[int, bytes]:
    """Section 8: hash the stored bytes as they are; a purged stub carries its leaf."""
    head = sha256(b"head0" + vault_id)
    for expected_seq, (seq, plain) in enumerate(revisions, 1):
        record = json.loads(plain)
        assert seq == record["seq"] == expected_seq, f"revision {expected_seq} is missing"
        if record["type"] == "purged":
            leaf = bytes.fromhex(record["leaf"])
        else:
            assert record["prev_head"] == head.hex(), f"the chain breaks at revision {seq}"
            leaf = sha256(b"leaf" + plain)
        head = sha256(b"head" + head + leaf)
    return len(revisions), head


def unrecorded_stubs(revisions: list[tuple[int, bytes]]) -> list[str]:
    """Section 7.4: ids of records with a purged stub that no later purge revision follows."""
    stubbed: dict[str, int] = {}
    purged: dict[str, int] = {}
    for seq, plain in revisions:
        record = json.loads(plain)
        if record["type"] == "purged":
            stubbed[record["id"]] = seq
        elif record.get("purge") is True:
            purged[record["id"]] = seq
    return sorted(rid for rid, seq in stubbed.items() if purged.get(rid, 0) < seq)


def latest_records(revisions: list[tuple[int, bytes]]) -> dict[str, dict]:
    """The newest version of every record, by record id."""
    latest: dict[str, dict] = {}
    for _seq, plain in revisions:
        record = json.loads(plain)
        latest[record["id"]] = record
    return latest


READER = (
    context,
    open_sealed,
    hkdf,
    sha256,
    parse_recovery_code,
    VaultReader,
    replay_chain,
    unrecorded_stubs,
    latest_records,
)

# ---------------------------------------------------------------------------------------
# The tests: write with the project's API, read with the reader above.

NEW_PASSPHRASE = "a different passphrase, after the change"
TITLE = "Cafe\u0301 at the door \u2014 21:07"  # decomposed é: stored exactly as typed


def write_vault(tmp_path: Path) -> dict:
    """A locked vault with two epochs; returns what the reader should find."""
    path = tmp_path / "notes.db"
    vault, code = new_vault(path)
    journal = Journal.open(vault)
    photo = corpus(EVIDENCE_DIR / "photo_with_exif.jpg")
    big = tmp_path / "voice-memo.bin"  # three STREAM chunks
    big.write_bytes(bytes(range(256)) * (10 * 1024 + 7))

    first = journal.add_entry(
        EntryContent(kind="incident", title=TITLE, occurred=EventTime("2025-03-14T21:07"))
    )
    photo_info = journal.attach_file(first, photo, description="the door")
    journal.settings.set("last_backup", "2025-03-15T08:00:00+00:00")
    vault.change_passphrase(NEW_PASSPHRASE, fast_kdf(), allow_weak_kdf=True)
    second = journal.add_entry(
        EntryContent(kind="note", title="After the change", occurred=EventTime("2025-03"))
    )
    big_info = journal.attach_file(second, big)
    doomed = journal.add_entry(
        EntryContent(kind="note", title="Written by mistake", occurred=EventTime("2025-03-16"))
    )
    journal.purge_entry(doomed, "PURGE")
    expected = {
        "path": path,
        "code": code,
        "titles": {first: TITLE, second: "After the change"},
        "leaves": [r.leaf for r in journal.history(first)],
        "first": first,
        "big": big_info.attachment_id,
        "doomed": doomed,
        "attachments": {
            photo_info.attachment_id: hashlib.sha256(photo.read_bytes()).hexdigest(),
            big_info.attachment_id: hashlib.sha256(big.read_bytes()).hexdigest(),
        },
    }
    vault.lock()
    return expected


@pytest.fixture
def written(tmp_path: Path) -> dict:
    return write_vault(tmp_path)


def test_reader_depends_on_no_project_code() -> None:
    for item in READER:
        functions = [item] if inspect.isfunction(item) else list(vars(item).values())
        for function in filter(inspect.isfunction, functions):
            for name, value in inspect.getclosurevars(function).globals.items():
                origin = getattr(value, "__module__", None) or getattr(value, "__name__", "")
                assert not origin.startswith("journal"), f"{function.__name__} uses {name}"


def test_independent_reader_reads_everything(written: dict) -> None:
    reader = VaultReader(written["path"])
    try:
        epoch, key = reader.epoch_key_from_passphrase(NEW_PASSPHRASE)
        assert epoch == 2
        assert reader.epoch_key_from_recovery_code(written["code"]) == (epoch, key)
        assert reader.epoch_key_from_recovery_code(written["code"].lower()) == (epoch, key)
        with pytest.raises(InvalidTag):
            reader.epoch_key_from_passphrase(PASSPHRASE)
        reader.unlock(epoch, key)
        assert sorted(reader.keys) == [1, 2]
        object_epochs = {e for (e,) in reader.db.execute("SELECT DISTINCT epoch FROM object")}
        assert object_epochs == {1, 2}

        recovery_pub = reader.open_meta("recovery_pub")
        ((params,),) = reader.db.execute("SELECT params FROM keyslot WHERE kind = 'recovery'")
        assert recovery_pub.hex() == json.loads(params)["pub"]

        revisions = reader.revisions()
        count, head, _settings_ids = reader.sealed_head()
        assert replay_chain(reader.vault_id, revisions) == (count, head)

        records = latest_records(revisions)
        parsed = [json.loads(plain) for _seq, plain in revisions]
        for record_id, title in written["titles"].items():
            assert records[record_id]["content"]["title"] == title
        assert TITLE.encode("utf-8") in revisions[0][1]  # not normalised to NFC
        leaves = [
            sha256(b"leaf" + plain).hex()
            for (_seq, plain), record in zip(revisions, parsed, strict=True)
            if record["id"] == written["first"]
        ]
        assert leaves == written["leaves"]
        doomed = [record for record in parsed if record["id"] == written["doomed"]]
        assert [r["type"] for r in doomed] == ["purged", "entry"]
        assert unrecorded_stubs(revisions) == []  # the purge is recorded
        assert doomed[-1]["purge"] is True and doomed[-1]["content"] is None

        attachments = [a for r in records.values() for a in r.get("attachments", [])]
        assert {a["attachment_id"] for a in attachments} == set(written["attachments"])
        for info in attachments:
            digest, size = hashlib.sha256(), 0
            for block in reader.read_object(bytes.fromhex(info["attachment_id"]), "attachment"):
                digest.update(block)
                size += len(block)
            assert (
                digest.hexdigest()
                == info["sha256"]
                == written["attachments"][info["attachment_id"]]
            )
            assert size == info["size"]

        ((aux_id,),) = reader.db.execute("SELECT object_id FROM aux")
        assert reader.sealed_head()[2] == [aux_id]
        assert reader.settings() == {"last_backup": "2025-03-15T08:00:00+00:00"}
    finally:
        reader.close()


def test_independent_reader_notices_truncation(written: dict) -> None:
    path = written["path"]
    big_id = bytes.fromhex(written["big"])
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute(
            "SELECT count(*) FROM chunk WHERE object_id = ?", (big_id,)
        ).fetchone() == (3,)
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("DELETE FROM chunk WHERE object_id = ? AND idx = 2", (big_id,))
        db.execute("DELETE FROM revision WHERE seq = (SELECT max(seq) FROM revision)")
    reader = VaultReader(path)
    try:
        reader.unlock(*reader.epoch_key_from_passphrase(NEW_PASSPHRASE))
        with pytest.raises(InvalidTag):
            b"".join(reader.read_object(big_id, "attachment"))
        count, _head = replay_chain(reader.vault_id, reader.revisions())
        assert count < reader.sealed_head()[0]
    finally:
        reader.close()


def test_independent_reader_reads_stored_messages(tmp_path: Path) -> None:
    from journal.session.message_import import import_messages

    path = tmp_path / "notes.db"
    vault, _code = new_vault(path)
    journal = Journal.open(vault)
    chat = tmp_path / "WhatsApp Chat with Mark.txt"
    chat.write_text("14/03/2025, 21:07 - Mark: You'll regret it\nreally\n", encoding="utf-8")
    import_messages(journal, chat, timezone="Europe/Berlin")
    vault.change_passphrase(NEW_PASSPHRASE, fast_kdf(), allow_weak_kdf=True)
    later = tmp_path / "later.txt"
    later.write_text("15/03/2025, 09:00 - Mark: Caf\u00e9\u202e\n", encoding="utf-8")
    import_messages(journal, later, timezone="Europe/Berlin")
    vault.lock()
    reader = VaultReader(path)
    try:
        reader.unlock(*reader.epoch_key_from_passphrase(NEW_PASSPHRASE))
        manifest, records = reader.messages()
        assert [r["text"] for r in records] == ["You'll regret it\nreally", "Caf\u00e9\u202e"]
        assert records[0]["time"] == {
            "raw": "14/03/2025, 21:07",
            "local": "2025-03-14T21:07:00",
            "utc": "2025-03-14T20:07:00+00:00",
            "zone": "Europe/Berlin",
            "zone_confirmed": True,
        }
        sources = manifest["sources"]
        assert [s["sha256"] for s in sources] == [
            hashlib.sha256(p.read_bytes()).hexdigest() for p in (chat, later)
        ]
        original = bytes.fromhex(sources[0]["file"]["attachment_id"])
        assert b"".join(reader.read_object(original, "attachment")) == chat.read_bytes()
    finally:
        reader.close()
