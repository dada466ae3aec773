"""How many copies of a narrative stay in the process's memory after lock.

Usage:

    .venv/bin/python benchmarks/memory_after_lock.py [--entries N] [--vault-lock-only]

A fresh interpreter opens a journal (cheap KDF) in a folder of its own, adds N
entries whose narratives hold a random canary, reads them back, searches them,
locks, and then reads its own memory (/proc/self/mem, every readable mapping) and
counts the canary (as UTF-8 and UTF-16, the forms Python and Qt keep text in).
`--vault-lock-only` locks the way the app did before (keys only), for comparison.
Linux only. Copies found after lock are in memory CPython has freed but not cleared:
see docs/threat-model.md, "After lock".
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import mmap
import re
import secrets
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journal.entries.model import EntryContent, EventTime
from journal.session.journal import Journal
from journal.vault.crypto import KdfParams
from journal.vault.lifecycle import create_vault

_REGION = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) r")


def _count(buffer: mmap.mmap, needle: bytes, end: int) -> int:
    """Occurrences in buffer[:end], found in place (a slice would be a new copy)."""
    found, at = 0, buffer.find(needle, 0, end)
    while at >= 0:
        found, at = found + 1, buffer.find(needle, at + 1, end)
    return found


def count_in_memory(needles: list[bytes]) -> int:
    """Occurrences of the needles in every readable mapping, minus the needles' own
    bytes. Regions are read in steps into one mmap buffer whose own mapping is skipped,
    so the reading leaves no copies of its own behind."""
    step = 16 << 20
    buffer = mmap.mmap(-1, step)
    view = memoryview(buffer)
    own = ctypes.addressof(ctypes.c_char.from_buffer(buffer))
    overlap = max(len(n) for n in needles) - 1
    found = 0
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", buffering=0) as mem:
        regions = [m for line in maps if (m := _REGION.match(line)) and "[v" not in line]
        for match in regions:
            start, end = int(match.group(1), 16), int(match.group(2), 16)
            if start <= own < end:
                continue
            at = start
            while at < end:
                size = min(step, end - at)
                try:
                    mem.seek(at)
                    got = mem.readinto(view[:size]) or 0
                except (OSError, OverflowError, ValueError):
                    break
                found += sum(_count(buffer, n, got) for n in needles)
                at += max(got - overlap, 1) if got == size and at + size < end else size
    del view
    buffer.close()
    return found - len(needles)  # each needle object holds its own pattern once


def run(entries: int, vault_lock_only: bool) -> tuple[int, int]:
    marker = secrets.token_hex(12)  # the canary is made here, never a constant in code
    with tempfile.TemporaryDirectory() as folder:
        kdf = KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)
        vault, _code = create_vault(
            Path(folder) / "v.db", "correct horse battery staple", kdf=kdf, allow_weak_kdf=True
        )
        journal = Journal.open(vault)
        for number in range(entries):
            journal.add_entry(
                EntryContent(
                    "incident",
                    f"Entry {number}",
                    EventTime("2025-03-14"),
                    narrative=f"He said {marker} again ({number})",
                )
            )
        journal.search(marker)
        for entry in journal.entries():
            _ = entry.content.narrative.upper()
        needles = [marker.encode(), marker.encode("utf-16-le")]
        del marker
        before = count_in_memory(needles)
        if vault_lock_only:
            journal.vault.lock()
        else:
            journal.lock()
        del journal, vault, entry
        gc.collect()
        return before, count_in_memory(needles)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--vault-lock-only", action="store_true")
    args = parser.parse_args()
    before, after = run(args.entries, args.vault_lock_only)
    how = "vault.lock() only" if args.vault_lock_only else "Journal.lock()"
    print(f"{args.entries} entries; canary copies before lock: {before}; after {how}: {after}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
