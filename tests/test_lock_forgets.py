"""Lock drops everything decrypted that Python can drop: keys overwritten, the journal's
revisions, entry, people and search caches and the redaction caches emptied, and no
live object left that refers to decrypted text. The process refuses core dumps and
debugger attach. What stays (copies in freed memory) is measured, not hidden:
benchmarks/memory_after_lock.py, docs/threat-model.md."""

from __future__ import annotations

import gc
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime, PersonContent
from journal.export.redaction import matcher_for
from journal.journal import Journal

from .conftest import new_vault

REPO = Path(__file__).resolve().parents[1]


def live_strings_containing(marker: str, skip: object) -> int:
    """Strings reachable from any tracked container that contain `marker`."""
    found = 0
    for holder in gc.get_objects():
        if holder is skip:
            continue
        for item in gc.get_referents(holder):
            if isinstance(item, str) and item is not marker and marker in item:
                found += 1
    return found


def test_lock_empties_every_cache_and_leaves_no_live_text(tmp_path: Path) -> None:
    marker = secrets.token_hex(10)
    vault, _code = new_vault(tmp_path / "v.db")
    journal = Journal.open(vault)
    person = journal.add_person(PersonContent(name=f"Officer {marker}"))
    entry_id = journal.add_entry(
        EntryContent(
            "incident", f"Title {marker}", EventTime("2025-03-14"), narrative=f"He said {marker}"
        )
    )
    journal.settings.set("note", f"setting {marker}")
    assert journal.search(marker) and journal.people() and journal.entry(entry_id)
    matcher_for((f"term {marker}",))
    assert live_strings_containing(marker, skip=locals()) > 0  # the check can see them

    journal.lock()

    assert journal.vault.keys.keys == {}
    assert journal.entries(include_deleted=True) == [] and len(journal.index) == 0
    assert journal.settings.get("note") is None
    assert matcher_for.cache_info().currsize == 0
    del person, entry_id
    assert live_strings_containing(marker, skip=locals()) == 0


def test_the_process_refuses_core_dumps_and_debuggers(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("RLIMIT_CORE and PR_SET_DUMPABLE are checked on Linux")
    code = (
        "import ctypes, resource\n"
        "from journal.system.memory_hygiene import harden_process\n"
        "print(harden_process())\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
        timeout=60, check=True,
    )  # fmt: skip
    done, limit, dumpable = result.stdout.splitlines()
    assert done == "['core dumps off', 'not dumpable']"
    assert limit == "(0, 0)" and dumpable == "0"


def test_lock_makes_no_new_copies_in_memory(tmp_path: Path) -> None:
    """Copies of a narrative in the whole process memory (benchmarks/memory_after_lock.py,
    which reads its own /proc/self/mem): lock never adds any."""
    if not Path("/proc/self/mem").exists():
        pytest.skip("reads /proc/self/mem (Linux)")
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "memory_after_lock.py"), "--entries", "20"],
        capture_output=True, text=True, cwd=tmp_path, timeout=110, check=True,
    )  # fmt: skip
    words = result.stdout.split()
    before, after = int(words[6].rstrip(";")), int(words[-1])
    assert before >= 20 and after <= before, result.stdout
