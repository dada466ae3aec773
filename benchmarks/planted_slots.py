"""Unlock time when key slots were planted in the file (review finding 4).

    .venv/bin/python benchmarks/planted_slots.py [FOLDER]

Makes a journal with the app's real Argon2id parameters (256 MiB, 3 passes, 4 lanes)
and one passphrase change, then, on copies, plants passphrase slots of the newest
epoch with plain sqlite3 (no key is needed) and times unlocking with the right
passphrase. Prints one line per case;
asserts nothing. Uses only `create_vault` and `unlock`, so it also runs against older
versions of the app (PYTHONPATH) for a before/after comparison.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from journal.errors import JournalError  # noqa: E402
from journal.vault.lifecycle import create_vault, unlock  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
DEFAULT = {"memory_kib": 256 * 1024, "iterations": 3, "lanes": 4}
CASES: dict[str, list[tuple[int, dict[str, int]]]] = {
    "honest journal (one passphrase slot)": [],
    "2 planted slots, same cost as the real one, lower slot ids (tried first)": [
        (1, DEFAULT),
        (2, DEFAULT),
    ],
    "3 planted slots, same cost as the real one, higher slot ids": [
        (100 + i, DEFAULT) for i in range(3)
    ],
    "3 planted slots at the old limits (4 GiB memory, 64 passes, 64 lanes)": [
        (100 + i, {"memory_kib": 4 * 1024 * 1024, "iterations": 64, "lanes": 64}) for i in range(3)
    ],
    "1 planted slot at the new caps (1 GiB, 10 passes, 16 lanes), lower slot id": [
        (1, {"memory_kib": 1024 * 1024, "iterations": 10, "lanes": 16})
    ],
    "2 planted slots at the new caps (1 GiB, 10 passes, 16 lanes)": [
        (100 + i, {"memory_kib": 1024 * 1024, "iterations": 10, "lanes": 16}) for i in range(2)
    ],
    "1 planted slot with a negative slot id": [
        (-1, {"memory_kib": 8, "iterations": 1, "lanes": 1})
    ],
}


def plant(path: Path, slots: list[tuple[int, dict[str, int]]]) -> None:
    db = sqlite3.connect(path)
    with db:
        epoch = db.execute("SELECT max(epoch) FROM epoch").fetchone()[0]
        for slot_id, params in slots:
            text = json.dumps(
                {"alg": "argon2id", "salt": os.urandom(16).hex(), **params},
                sort_keys=True,
                separators=(",", ":"),
            )
            db.execute(
                "INSERT INTO keyslot (slot_id, kind, epoch, params, ct) "
                "VALUES (?, 'passphrase', ?, ?, ?)",
                (slot_id, epoch, text, os.urandom(60)),
            )
    db.close()


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="slots-"))
    original = folder / "honest.db"
    vault = create_vault(original, PASSPHRASE)[0]
    vault.change_passphrase(PASSPHRASE)  # the real slot is now number 3: ids 1, 2 are free
    vault.lock()
    for name, slots in CASES.items():
        copy = folder / f"case-{len(os.listdir(folder))}.db"
        shutil.copy(original, copy)
        plant(copy, slots)
        start = time.perf_counter()
        try:
            unlock(copy, PASSPHRASE).lock()
            outcome = "opened"
        except JournalError as error:
            outcome = f"refused: {str(error)[:90]}"
        except Exception as error:  # what older versions did
            outcome = f"crashed: {type(error).__name__}"
        print(f"{time.perf_counter() - start:6.2f} s  {outcome:<40.40} {name}", flush=True)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
