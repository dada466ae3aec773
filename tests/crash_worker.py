"""A worker that keeps changing a vault until it is killed (see test_crash_safety.py).

    python tests/crash_worker.py loop VAULT FILES_DIR RUN SEED [ATTACH_BUDGET_BYTES]
    python tests/crash_worker.py hold VAULT

`loop` opens VAULT with whichever of the two passphrases A and B opens it (a
passphrase change may have committed just before the previous worker was
killed, without being reported), then loops for ever over random operations
through the Python API: saves (add or update an entry), imports (attach a file
of a few MiB of os.urandom bytes written to FILES_DIR), imports cancelled half
way, and passphrase changes alternating between A and B.

Before each operation it prints `begin ...` and after each one has committed
`committed ...` (one line each, flushed), so the parent knows what is durable
and which single operation was in flight when it killed the worker:

    opening <A|B>                            unlocked, Journal.open running
    ready <A|B>                              opened, about to start
    begin add <title>
    committed add <entry_id> <title>
    begin update <entry_id> <title>
    committed update <entry_id> <title>
    begin attach <entry_id> <size> <sha256>
    committed attach <entry_id> <attachment_id> <sha256>
    begin cancel <entry_id> <size>
    cancelled <entry_id>
    begin passwd <A|B>
    committed passwd <A|B>

Once the attachments in the vault add up to ATTACH_BUDGET_BYTES, imports are
all cancelled half way (they still write and abort pending objects, but the
vault stops growing, which keeps each check after a kill quick).

`hold` adds one entry (`committed add <entry_id> <title>`), then stops in the
middle of a write transaction (chunks of a pending import written, nothing
committed), prints `holding` and waits to be killed: a crash that always leaves
SQLite's rollback journal behind.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from journal.entries.model import EntryContent, EventTime  # noqa: E402
from journal.errors import WrongPassphrase  # noqa: E402
from journal.session.journal import ImportCancelled, Journal  # noqa: E402
from journal.vault.crypto import CHUNK_SIZE, KdfParams  # noqa: E402
from journal.vault.lifecycle import UnlockedVault, unlock  # noqa: E402
from journal.vault.object_writer import ObjectWriter  # noqa: E402
from journal.vault.objects import ROLE_ATTACHMENT, STATE_PENDING  # noqa: E402

PASSPHRASES = {"A": "first passphrase, Küche 1", "B": "second passphrase, ночь 2"}
WORDS = ("door", "phone", "car", "Küche", "ночь", "家", "station", "message", "court")
# Operation weights: saves, imports, cancelled imports, passphrase changes.
WEIGHTS = {"add": 25, "update": 25, "attach": 20, "cancel": 8, "passwd": 22}
OPS, OP_WEIGHTS = tuple(WEIGHTS), tuple(WEIGHTS.values())
MIN_FILE = CHUNK_SIZE + 1  # always at least two STREAM chunks
MAX_FILE = 3 * CHUNK_SIZE


def fast_kdf() -> KdfParams:
    """The cheap Argon2id parameters of tests/conftest.py (not imported: no pytest here)."""
    return KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)


def emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def open_either(path: Path) -> tuple[str, UnlockedVault]:
    for name, passphrase in PASSPHRASES.items():
        try:
            return name, unlock(path, passphrase)
        except WrongPassphrase:
            continue
    raise SystemExit("neither passphrase A nor B opens the vault")


def write_file(directory: Path, name: str, size: int) -> tuple[Path, str]:
    data = os.urandom(size)
    path = directory / name
    path.write_bytes(data)
    return path, hashlib.sha256(data).hexdigest()


def hold(vault_path: Path) -> None:
    _name, vault = open_either(vault_path)
    journal = Journal.open(vault)
    title = "written before the crash"
    entry_id = journal.add_entry(
        EntryContent(kind="incident", title=title, occurred=EventTime("2025-03-14"))
    )
    emit(f"committed add {entry_id} {title}")
    object_id = os.urandom(16)
    with vault.store.write() as tx:
        tx.add_object(object_id, vault.keys.current, ROLE_ATTACHMENT, os.urandom(60), STATE_PENDING)
        tx.add_chunks(object_id, ((i, os.urandom(CHUNK_SIZE + 16)) for i in range(4)))
        emit("holding")
        time.sleep(600)


def main(argv: list[str]) -> None:
    if argv[0] == "hold":
        hold(Path(argv[1]))
        return
    assert argv[0] == "loop", argv
    argv = argv[1:]
    vault_path, files_dir, run, seed = Path(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3])
    budget = int(argv[4]) if len(argv) > 4 else 1 << 62
    rng = random.Random(seed)
    # Commit every chunk of an import in its own transaction (the default is 16 MiB
    # batches), so that files of a few MiB go through several pending commits.
    ObjectWriter.BATCH_BYTES = CHUNK_SIZE
    files_dir.mkdir(parents=True, exist_ok=True)

    current, vault = open_either(vault_path)
    emit(f"opening {current}")
    journal = Journal.open(vault)
    emit(f"ready {current}")
    attached = sum(a.size for e in journal.entries() for a in e.attachments)

    for number in range(1, 1 << 30):
        entries = journal.entries()
        op = rng.choices(OPS, OP_WEIGHTS)[0]
        if not entries and op in ("update", "attach", "cancel"):
            op = "add"
        if op == "attach" and attached >= budget:
            op = "cancel"
        title = f"r{run}.{number} {rng.choice(WORDS)}"
        when = EventTime(f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        if op == "add":
            emit(f"begin add {title}")
            entry_id = journal.add_entry(EntryContent(kind="incident", title=title, occurred=when))
            emit(f"committed add {entry_id} {title}")
        elif op == "update":
            entry = rng.choice(entries)
            emit(f"begin update {entry.entry_id} {title}")
            content = EntryContent(kind="note", title=title, occurred=when, narrative=title * 20)
            journal.update_entry(entry.entry_id, content)
            emit(f"committed update {entry.entry_id} {title}")
        elif op == "attach":
            entry = rng.choice(entries)
            size = rng.randint(MIN_FILE, MAX_FILE)
            source, sha256 = write_file(files_dir, f"r{run}.{number}.bin", size)
            emit(f"begin attach {entry.entry_id} {size} {sha256}")
            info = journal.attach_file(entry.entry_id, source)
            if info.sha256 != sha256 or info.size != size:
                raise SystemExit(f"import recorded {info.sha256}/{info.size}, not {sha256}/{size}")
            emit(f"committed attach {entry.entry_id} {info.attachment_id} {sha256}")
            attached += size
            source.unlink()
        elif op == "cancel":
            entry = rng.choice(entries)
            size = rng.randint(MIN_FILE, MAX_FILE)
            source, _sha256 = write_file(files_dir, f"r{run}.{number}.bin", size)
            calls = 0
            stop_at = rng.randint(1, -(-size // CHUNK_SIZE) + 1)

            def cancelled(stop_at: int = stop_at) -> bool:
                nonlocal calls
                calls += 1
                return calls >= stop_at

            emit(f"begin cancel {entry.entry_id} {size}")
            try:
                journal.attach_file(entry.entry_id, source, cancelled=cancelled)
            except ImportCancelled:
                emit(f"cancelled {entry.entry_id}")
            else:
                raise SystemExit("a cancelled import was committed")
            source.unlink()
        else:
            target = "B" if current == "A" else "A"
            emit(f"begin passwd {target}")
            vault.change_passphrase(PASSPHRASES[target], kdf=fast_kdf(), allow_weak_kdf=True)
            current = target
            emit(f"committed passwd {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
