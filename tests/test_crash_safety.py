"""Crash safety: a worker process changing one vault is killed with SIGKILL again and again.

The worker (tests/crash_worker.py) loops over saves, imports of files of a few
MiB, cancelled imports and passphrase changes, and prints a line once each
operation has committed. The test kills it at random (seeded) moments, restarts
it on the same vault, and after every kill checks, with the worker dead:

- exactly one of the passphrases A and B opens the vault; the other is refused
  with WrongPassphrase;
- every operation reported committed is intact: entries present with their
  titles, attachments reading back with the SHA-256 of the file imported;
- the one operation in flight at the kill either fully happened or not at all;
- `Journal.open` reports no problems, and neither does `check_journal`;
- no half-imported attachment is visible: every attachment an entry lists reads
  back in full, and after `Journal.open` no object is left pending, and none is
  left that nothing references (checked with sqlite3 on the file).

docs/vault-format.md, section 6.4 "States and crash recovery".
"""

from __future__ import annotations

import hashlib
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from journal.errors import JournalError, WrongPassphrase
from journal.session.check import check_journal
from journal.session.journal import Journal
from journal.vault.lifecycle import UnlockedVault, create_vault, unlock

from .conftest import fast_kdf
from .crash_worker import PASSPHRASES

ROOT = Path(__file__).resolve().parents[1]
WORKER = Path(__file__).with_name("crash_worker.py")
SEED = 20250314
KILLS = 55
MAX_DELAY = 0.3  # seconds between "ready" and the kill
EARLY_KILL_SHARE = 0.1  # share of kills aimed at Journal.open itself (its pending clean-up)
# Imports stop committing (they are cancelled half way instead) once this much is
# attached, so that the full check after each kill stays quick.
ATTACH_BUDGET = 40 * 1024 * 1024
LINE_TIMEOUT = 30.0


@dataclass
class InFlight:
    """The operation begun but not reported committed when the worker was killed."""

    op: str
    args: list[str]


@dataclass
class Ledger:
    """What the worker reported committed: the state the vault must hold."""

    passphrase: str = "A"
    titles: dict[str, str] = field(default_factory=dict)  # entry id -> title
    attachments: dict[str, dict[str, str]] = field(default_factory=dict)  # entry -> {id: sha}
    committed: Counter[str] = field(default_factory=Counter)
    # Attachments already read back in full by this test after an earlier kill; from
    # then on check_journal re-reads them after every kill against the recorded hash.
    read_back: set[str] = field(default_factory=set)

    def apply(self, lines: list[str]) -> InFlight | None:
        """Apply the worker's complete output lines; return the operation in flight."""
        inflight: InFlight | None = None
        for line in lines:
            word, _, rest = line.partition(" ")
            if word in ("opening", "ready"):
                assert rest == self.passphrase, f"worker opened with {rest}, expected {line}"
                continue
            if word == "begin":
                assert inflight is None, f"{line!r} began before {inflight} finished"
                op, _, args = rest.partition(" ")
                inflight = InFlight(op, _split_args(op, args))
                continue
            assert inflight is not None, f"{line!r} without a begin"
            if word == "cancelled":
                assert inflight.op == "cancel", line
            else:
                assert word == "committed", f"unexpected worker output {line!r}"
                op, _, args = rest.partition(" ")
                assert op == inflight.op, f"{line!r} does not finish {inflight}"
                self._commit(op, args, inflight)
            self.committed[inflight.op] += 1
            inflight = None
        return inflight

    def _commit(self, op: str, args: str, begun: InFlight) -> None:
        if op in ("add", "update"):
            entry_id, title = args.split(" ", 1)
            assert (entry_id in self.titles) == (op == "update")
            assert begun.args == ([title] if op == "add" else [entry_id, title]), begun
            self.titles[entry_id] = title
            self.attachments.setdefault(entry_id, {})
        elif op == "attach":
            entry_id, attachment_id, sha256 = args.split(" ")
            assert begun.args[0] == entry_id and begun.args[2] == sha256, begun
            self.attachments[entry_id][attachment_id] = sha256
        else:
            assert op == "passwd", op
            assert begun.args == [args], begun
            self.passphrase = args


def _split_args(op: str, args: str) -> list[str]:
    """Arguments of a `begin` line; a title (always last) may contain spaces."""
    if op == "add":
        return [args]
    if op == "update":
        return args.split(" ", 1)
    return args.split(" ")


class Worker:
    """One run of crash_worker.py, its stdout read line by line by a thread."""

    def __init__(self, args: list[str], log: Path) -> None:
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self.stderr_path = log
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(ROOT)}
        with log.open("wb") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, str(WORKER), *args],
                stdout=subprocess.PIPE,
                stderr=stderr,
                cwd=ROOT,
                env=env,
            )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            if raw.endswith(b"\n"):  # a line cut short by the kill was never reported
                self.lines.put(raw.decode("utf-8").rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, prefix: str) -> None:
        """Block until the worker prints a line starting with `prefix`."""
        deadline = time.monotonic() + LINE_TIMEOUT
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.kill()
                pytest.fail(f"the worker did not print {prefix!r} in time{self.stderr()}")
            if line is None:
                self.proc.wait()
                pytest.fail(
                    f"the worker ended by itself (exit {self.proc.returncode}) "
                    f"before {prefix!r}{self.stderr()}"
                )
            self.seen.append(line)
            if line.startswith(prefix):
                return

    def kill(self) -> list[str]:
        """SIGKILL the worker; return every complete line it printed."""
        exited_before = self.proc.poll()
        if exited_before is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.reader.join()
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        while (line := self.lines.get()) is not None:
            self.seen.append(line)
        if exited_before is not None:
            pytest.fail(f"the worker ended by itself (exit {exited_before}){self.stderr()}")
        return self.seen

    def stderr(self) -> str:
        text = self.stderr_path.read_text(errors="replace").strip()
        return f"; its stderr:\n{text}" if text else ""


def _open_with_exactly_one(path: Path, allowed: set[str]) -> tuple[str, UnlockedVault]:
    outcomes: dict[str, UnlockedVault | JournalError] = {}
    for name, passphrase in PASSPHRASES.items():
        try:
            outcomes[name] = unlock(path, passphrase)
        except JournalError as error:
            outcomes[name] = error
    opened = [n for n, o in outcomes.items() if isinstance(o, UnlockedVault)]
    described = {
        n: "opens" if isinstance(o, UnlockedVault) else f"{type(o).__name__}: {o}"
        for n, o in outcomes.items()
    }
    if len(opened) != 1:
        for name in opened:
            vault = outcomes[name]
            assert isinstance(vault, UnlockedVault)
            vault.lock()
        hot = path.with_name(path.name + "-journal")
        note = f" (SQLite left a hot journal beside it: {hot.name})" if hot.exists() else ""
        pytest.fail(f"exactly one of A and B must open the vault{note}: {described}")
    name = opened[0]
    for other, outcome in outcomes.items():
        if other != name:
            assert isinstance(outcome, WrongPassphrase), described
    assert name in allowed, f"passphrase {name} opens it, expected one of {allowed}"
    vault = outcomes[name]
    assert isinstance(vault, UnlockedVault)
    return name, vault


def _sql(path: Path, query: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(query).fetchall()


@dataclass
class Stats:
    kills: int = 0
    early_kills: int = 0
    inflight: Counter[str] = field(default_factory=Counter)
    inflight_committed: Counter[str] = field(default_factory=Counter)
    hot_journals: int = 0
    pending_removed: int = 0


def _verify(path: Path, ledger: Ledger, inflight: InFlight | None, stats: Stats) -> None:
    """Check the vault after a kill, and fold the in-flight operation into the
    ledger if it turns out to have committed."""
    op = inflight.op if inflight else None
    allowed = {ledger.passphrase}
    if op == "passwd":
        assert inflight is not None
        allowed.add(inflight.args[0])
    name, vault = _open_with_exactly_one(path, allowed)
    if name != ledger.passphrase:
        ledger.passphrase = name
        stats.inflight_committed["passwd"] += 1
    journal = Journal.open(vault)
    try:
        stats.pending_removed += journal.removed_pending
        assert journal.problems == ()
        # Nothing half-imported survives Journal.open, and nothing unreferenced at all.
        assert _sql(path, "SELECT count(*) FROM object WHERE state = 'pending'") == [(0,)]
        unreferenced = {
            bytes(oid).hex()
            for (oid,) in _sql(
                path,
                "SELECT object_id FROM object WHERE object_id NOT IN "
                "(SELECT object_id FROM revision UNION SELECT object_id FROM aux)",
            )
        }
        assert _sql(
            path, "SELECT count(*) FROM chunk WHERE object_id NOT IN (SELECT object_id FROM object)"
        ) == [(0,)]

        entries = {e.entry_id: e for e in journal.entries(include_deleted=True)}
        extra = set(entries) - set(ledger.titles)
        if op == "add" and extra:
            assert inflight is not None
            assert len(extra) == 1, extra
            (entry_id,) = extra
            assert entries[entry_id].content.title == inflight.args[0]
            ledger.titles[entry_id] = inflight.args[0]
            ledger.attachments[entry_id] = {}
            stats.inflight_committed["add"] += 1
        else:
            assert not extra, f"entries nobody reported: {extra}"
        assert set(entries) == set(ledger.titles), "committed entries are missing"

        listed: set[str] = set()
        for entry_id, entry in entries.items():
            assert not entry.deleted
            title = entry.content.title
            updated = (
                op == "update"
                and inflight is not None
                and inflight.args == [entry_id, title]
                and title != ledger.titles[entry_id]
            )
            if updated:  # the update in flight committed before it could be reported
                ledger.titles[entry_id] = title
                stats.inflight_committed["update"] += 1
            assert title == ledger.titles[entry_id], f"entry {entry_id} lost its title"

            have = {a.attachment_id: a for a in entry.attachments}
            expected = ledger.attachments[entry_id]
            new = set(have) - set(expected)
            if op == "attach" and inflight is not None and inflight.args[0] == entry_id and new:
                assert len(new) == 1, new
                (attachment_id,) = new
                assert have[attachment_id].sha256 == inflight.args[2]
                expected[attachment_id] = inflight.args[2]
                stats.inflight_committed["attach"] += 1
            assert set(have) == set(expected), f"entry {entry_id}: attachments differ"
            for attachment_id, info in have.items():
                # The hash recorded at import is the one of the file the worker wrote...
                assert info.sha256 == expected[attachment_id]
                if attachment_id in ledger.read_back:
                    continue
                # ...and the content reads back in full with that hash.
                digest = hashlib.sha256()
                size = 0
                for block in journal.read_attachment(attachment_id):
                    digest.update(block)
                    size += len(block)
                assert size == info.size
                assert digest.hexdigest() == expected[attachment_id], attachment_id
                ledger.read_back.add(attachment_id)
            listed |= set(have)
        assert unreferenced == listed, "objects nobody references are left in the file"
        # Reads every attachment again and compares it with the hash recorded at import.
        report = check_journal(journal)
        assert report.problems == ()
        assert report.attachments == len(listed)
        assert report.bytes_checked == sum(a.size for e in entries.values() for a in e.attachments)
    finally:
        journal.vault.lock()


def test_unlock_after_a_crash_in_the_middle_of_a_write(tmp_path: Path) -> None:
    """A crash inside a write transaction leaves SQLite's rollback journal beside the
    file ("hot journal"). The next unlock must roll it back and open as usual; it
    must not call the file unwritable or damaged."""
    vault_path = tmp_path / "vault" / "notes.db"
    vault, _code = create_vault(vault_path, PASSPHRASES["A"], kdf=fast_kdf(), allow_weak_kdf=True)
    vault.lock()
    worker = Worker(["hold", str(vault_path)], tmp_path / "stderr")
    worker.wait_for("holding")
    lines = worker.kill()
    (committed,) = [line for line in lines if line.startswith("committed add ")]
    _committed, _add, entry_id, title = committed.split(" ", 3)
    assert vault_path.with_name(vault_path.name + "-journal").exists(), "no crash to test"

    ledger = Ledger(titles={entry_id: title}, attachments={entry_id: {}})
    stats = Stats()
    _verify(vault_path, ledger, None, stats)
    assert stats.pending_removed == 0  # the pending object was never committed at all


@pytest.mark.slow
def test_sigkill_at_random_points_loses_nothing_committed(tmp_path: Path) -> None:
    vault_path = tmp_path / "vault" / "notes.db"
    files_dir = tmp_path / "files"
    vault, _code = create_vault(vault_path, PASSPHRASES["A"], kdf=fast_kdf(), allow_weak_kdf=True)
    vault.lock()
    rng = random.Random(SEED)
    ledger = Ledger()
    stats = Stats()
    started = time.monotonic()
    for run in range(1, KILLS + 1):
        seed = rng.randrange(1 << 32)
        args = ["loop", str(vault_path), str(files_dir), str(run), str(seed), str(ATTACH_BUDGET)]
        worker = Worker(args, tmp_path / "stderr")
        if rng.random() < EARLY_KILL_SHARE:
            worker.wait_for("opening ")
            time.sleep(rng.uniform(0, 0.01))
            stats.early_kills += 1
        else:
            worker.wait_for("ready ")
            time.sleep(rng.uniform(0, MAX_DELAY))
        lines = worker.kill()
        stats.kills += 1
        hot = vault_path.with_name(vault_path.name + "-journal").exists()
        stats.hot_journals += hot
        inflight = ledger.apply(lines)
        if inflight is not None:
            stats.inflight[inflight.op] += 1
        # Shown by pytest if the check below fails.
        print(f"kill {run}: in flight {inflight}; hot journal left: {hot}; last: {lines[-1:]}")
        _verify(vault_path, ledger, inflight, stats)
        for leftover in files_dir.glob("*.bin"):  # sources of imports cut short
            leftover.unlink()
    elapsed = time.monotonic() - started

    print(
        f"\n{stats.kills} kills in {elapsed:.1f} s ({stats.early_kills} aimed at Journal.open); "
        f"in flight at the kill: {dict(stats.inflight)}, of which committed: "
        f"{dict(stats.inflight_committed)}; hot journals left: {stats.hot_journals}; "
        f"pending objects removed at open: {stats.pending_removed}; "
        f"committed in total: {dict(ledger.committed)}; entries: {len(ledger.titles)}, "
        f"attachments: {sum(len(a) for a in ledger.attachments.values())}"
    )
    assert stats.kills >= 50
    # The loop must have exercised what it is for: every kind of operation committed,
    # and kills that landed in the middle of operations.
    for op in ("add", "update", "attach", "cancel", "passwd"):
        assert ledger.committed[op] > 0, f"no {op} ever committed: {dict(ledger.committed)}"
    assert sum(stats.inflight.values()) >= KILLS // 2, dict(stats.inflight)
    assert stats.pending_removed > 0, "no kill ever left a half-imported object behind"
