"""Make the vault test vectors in tests/vectors (as age's testkit does): a small journal
file in the current format, its passphrase and recovery code, the plaintext it holds
(JSON), and broken copies of it, each with the error a reader must give.

    python tools/make_vectors.py [--out tests/vectors] [--seed TEXT]

The same seed gives the same bytes: every random value the app draws (ids, keys,
nonces, salts, the recovery code, the X25519 and Ed25519 keys) comes from SHAKE-256
of the seed, and the clock is fixed. Only this process is changed that way; the app
itself always draws from the system. Regenerate only for a new format version, and
keep the earlier files: they are what later versions must still open.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

import journal.export.signing as export_signing
from journal.entries.codec import to_plain
from journal.entries.model import (
    EntryContent,
    EventTime,
    Injury,
    OfficerDetails,
    PersonContent,
    PersonLink,
    ReportRecord,
)
from journal.export.signing import journal_fingerprint
from journal.session.journal import Journal
from journal.vault import crypto, signing_renewal
from journal.vault.crypto import KdfParams
from journal.vault.file_format import FORMAT_VERSION
from journal.vault.lifecycle import create_vault

PASSPHRASE = "vector passphrase, first"
NEW_PASSPHRASE = "vector passphrase, after the change"
EVIDENCE = b"evidence bytes of the format-2 vector\n" * 120
FIXED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


class SeededStream:
    """Bytes from SHAKE-256(seed || counter), handed out in order."""

    def __init__(self, seed: str) -> None:
        self._seed = seed.encode()
        self._counter = 0

    def __call__(self, n: int) -> bytes:
        self._counter += 1
        shake = hashlib.shake_256(self._seed + self._counter.to_bytes(8, "big"))
        return shake.digest(n)


@contextmanager
def seeded(seed: str) -> Iterator[None]:
    """Every random value of the app from `seed`, for the length of the block."""
    stream = SeededStream(seed)

    class X25519(X25519PrivateKey):
        generate = staticmethod(lambda: X25519PrivateKey.from_private_bytes(stream(32)))
        from_private_bytes = staticmethod(X25519PrivateKey.from_private_bytes)

    class Ed25519(Ed25519PrivateKey):
        generate = staticmethod(lambda: Ed25519PrivateKey.from_private_bytes(stream(32)))
        from_private_bytes = staticmethod(Ed25519PrivateKey.from_private_bytes)

    saved = (os.urandom, crypto.X25519PrivateKey)
    saved_ed = (signing_renewal.Ed25519PrivateKey, export_signing.Ed25519PrivateKey)
    os.urandom = stream
    crypto.X25519PrivateKey = X25519  # type: ignore[misc]
    signing_renewal.Ed25519PrivateKey = Ed25519  # type: ignore[misc]
    export_signing.Ed25519PrivateKey = Ed25519  # type: ignore[misc]
    try:
        yield
    finally:
        os.urandom, crypto.X25519PrivateKey = saved  # type: ignore[misc]
        signing_renewal.Ed25519PrivateKey, export_signing.Ed25519PrivateKey = saved_ed  # type: ignore[misc]


def cheap_kdf() -> KdfParams:
    return KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)


def write_journal(path: Path, evidence: Path) -> dict:
    """The journal the format-2 vector holds; returns what a reader must find in it."""
    vault, code = create_vault(path, PASSPHRASE, kdf=cheap_kdf(), clock=lambda: FIXED,
                               allow_weak_kdf=True)  # fmt: skip
    journal = Journal.open(vault)
    person = journal.add_person(
        PersonContent("Example Person", "ex-partner", "", OfficerDetails("Sergeant", "4471"))
    )
    kept = journal.add_entry(
        EntryContent(
            kind="incident",
            title="Cafe\u0301 at the door \u2014 21:07",  # decomposed é, kept as typed
            occurred=EventTime("2025-03-14T21:07", timezone="Europe/London"),
            narrative="He came to the door.\nΩμέγα Жук",
            categories=("threats",),
            people=(PersonLink(person, "abuser", "off"),),
            injuries=(Injury("bruise", "left arm", "", True),),
            reports=(ReportRecord("police", "Station", "2025-03-15", "REF-1"),),
            private_notes="only for me",
        )
    )
    attachment = journal.attach_file(kept, evidence, "a text file as evidence")
    edited = journal.add_entry(
        EntryContent(kind="note", title="First words", occurred=EventTime("2025-03"))
    )
    journal.update_entry(
        edited, EntryContent(kind="note", title="Second words", occurred=EventTime("2025-03"))
    )
    journal.settings.set("last_backup", "2025-03-15T08:00:00+00:00")
    first_fingerprint = journal_fingerprint(journal)
    vault.change_passphrase(NEW_PASSPHRASE, cheap_kdf(), allow_weak_kdf=True)
    journal.add_entry(
        EntryContent(kind="note", title="After the change", occurred=EventTime("2025-04-01"))
    )
    doomed = journal.add_entry(
        EntryContent(kind="note", title="Written by mistake", occurred=EventTime("2025-03-16"))
    )
    journal.purge_entry(doomed, "PURGE")
    facts = {
        "format_version": FORMAT_VERSION,
        "passphrase": NEW_PASSPHRASE,
        "old_passphrase": PASSPHRASE,
        "recovery_code": code,
        "chain_head": journal.chain_head.hex(),
        "entries": {e.entry_id: to_plain(e.content) for e in journal.entries()},
        "purged_entry": doomed,
        "people": {p.person_id: to_plain(p.content) for p in journal.people()},
        "attachments": {
            attachment.attachment_id: {
                "entry": kept,
                "file_name": attachment.file_name,
                "size": attachment.size,
                "sha256": attachment.sha256,
            }
        },
        "settings": {"last_backup": journal.settings.get("last_backup")},
        "first_signing_fingerprint": first_fingerprint,
        "signing_fingerprint": journal_fingerprint(journal),
    }
    vault.lock()
    return facts


# the broken copies -----------------------------------------------------------------


def _first_revision_chunk(db: sqlite3.Connection) -> tuple[bytes, bytes]:
    return db.execute(
        "SELECT c.object_id, c.ct FROM chunk c JOIN revision r USING (object_id) "
        "ORDER BY r.seq LIMIT 1"
    ).fetchone()


def wrong_tag(db: sqlite3.Connection) -> None:
    """The last byte of the first revision's Poly1305 tag flipped."""
    object_id, ct = _first_revision_chunk(db)
    db.execute(
        "UPDATE chunk SET ct = ? WHERE object_id = ?", (ct[:-1] + bytes([ct[-1] ^ 1]), object_id)
    )


def truncated_object(db: sqlite3.Connection) -> None:
    """The evidence file's (only, so final) chunk cut 100 bytes short."""
    object_id, ct = db.execute(
        "SELECT c.object_id, c.ct FROM chunk c JOIN object o USING (object_id) "
        "WHERE o.role = 'attachment'"
    ).fetchone()
    db.execute("UPDATE chunk SET ct = ? WHERE object_id = ?", (ct[:-100], object_id))


def swapped_slot(db: sqlite3.Connection) -> None:
    """The passphrase and recovery key slots exchange their ids (each is bound to its own)."""
    rows = dict(db.execute("SELECT kind, slot_id FROM keyslot"))
    db.execute("UPDATE keyslot SET slot_id = -1 WHERE kind = 'passphrase'")
    db.execute("UPDATE keyslot SET slot_id = ? WHERE kind = 'recovery'", (rows["passphrase"],))
    db.execute("UPDATE keyslot SET slot_id = ? WHERE kind = 'passphrase'", (rows["recovery"],))


# What each broken copy must give (tests/test_vectors.py checks both readers): at which
# step the app notices ("when"), what it does ("app": an error class, or "reported" in
# Journal.problems with the rest still readable), words of its message, and the
# independent reader's error.
BROKEN: dict[str, tuple[Callable[[sqlite3.Connection], None], dict[str, str]]] = {
    "broken-wrong-tag": (wrong_tag, {
        "when": "open", "app": "reported", "app_says": "revision 1 cannot be read",
        "reader": "InvalidTag",
    }),
    "broken-truncated-object": (truncated_object, {
        "when": "read_attachment", "app": "IntegrityProblem",
        "app_says": "failed authentication", "reader": "InvalidTag",
    }),
    "broken-swapped-slot": (swapped_slot, {
        "when": "unlock", "app": "WrongPassphrase", "app_says": "does not open this journal",
        "reader": "InvalidTag",
    }),
}  # fmt: skip


def gzip_bytes(path: Path) -> bytes:
    """gzip with no name and no time in its header, so the same file gives the same bytes."""
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as dst:
        dst.write(path.read_bytes())
    return out.getvalue()


def make(out: Path, seed: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        evidence = work / "evidence.txt"
        evidence.write_bytes(EVIDENCE)
        os.utime(evidence, (FIXED.timestamp(), FIXED.timestamp()))  # recorded with it
        good = work / "journal-format2.db"
        with seeded(seed):
            facts = write_journal(good, evidence)
        facts["seed"] = seed
        written.append(_write(out / "journal-format2.db.gz", gzip_bytes(good)))
        written.append(_write(out / "journal-format2.json", _json(facts)))
        expected: dict[str, dict[str, str]] = {}
        for name, (damage, errors) in BROKEN.items():
            copy = work / f"{name}.db"
            shutil.copyfile(good, copy)
            with closing(sqlite3.connect(copy)) as db, db:
                damage(db)
            with closing(sqlite3.connect(copy)) as db:
                db.execute("VACUUM")
            written.append(_write(out / f"{name}.db.gz", gzip_bytes(copy)))
            expected[name] = {"damage": (damage.__doc__ or "").strip(), **errors}
        written.append(_write(out / "broken.json", _json(expected)))
    return written


def _json(value: object) -> bytes:
    return (json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parents[1] / "tests/vectors")
    parser.add_argument("--seed", default="incident-journal vectors, format 2")
    args = parser.parse_args(argv)
    for path in make(args.out, args.seed):
        print(
            f"{path}\t{path.stat().st_size} bytes\t{hashlib.sha256(path.read_bytes()).hexdigest()}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
