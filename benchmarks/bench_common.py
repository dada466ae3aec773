"""Helpers shared by the benchmark scripts: timing, logging, the results table.

Benchmarks measure and print; none of them asserts a figure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import journal.vault.store  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
MIB = 1 << 20


# ---------------------------------------------------------------------------
# small helpers


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run(*command: str | Path) -> None:
    subprocess.run([str(c) for c in command], check=True, stdout=subprocess.DEVNULL)


def make_random_file(path: Path, size: int) -> None:
    """`size` bytes from os.urandom, written in 16 MiB blocks and made durable."""
    block = 16 * MIB
    with path.open("wb") as handle:
        left = size
        while left > 0:
            n = min(block, left)
            handle.write(os.urandom(n))
            left -= n
        handle.flush()
        os.fsync(handle.fileno())


def remove(*paths: Path) -> None:
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def mbps(size: int, seconds: float) -> str:
    return f"{size / seconds / 1e6:.0f} MB/s"


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds:.2f} s"


@contextlib.contextmanager
def durability_off() -> Iterator[None]:
    """Build throw-away fixtures without an fsync per transaction (benchmark only).

    Patches the connection pragmas of journal.vault.store for vaults opened inside the
    block; measurements always run on vaults reopened with the real settings.
    """
    saved = journal.vault.store._PRAGMAS
    journal.vault.store._PRAGMAS = tuple(
        "PRAGMA synchronous=OFF" if p.startswith("PRAGMA synchronous") else p for p in saved
    )
    try:
        yield
    finally:
        journal.vault.store._PRAGMAS = saved


# ---------------------------------------------------------------------------
# results table


@dataclass
class Row:
    label: str
    value: str
    reference: str
    ratio: str
    target: str
    ok: bool | None  # None: informational


def print_table(rows: list[Row], title: str) -> None:
    headers = ("measure", "this vault", "reference", "ratio", "target", "result")
    cells = [
        (
            r.label,
            r.value,
            r.reference,
            r.ratio,
            r.target,
            "" if r.ok is None else ("PASS" if r.ok else "MISS"),
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    print()
    print(title)
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for c in cells:
        print("| " + " | ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)) + " |")
