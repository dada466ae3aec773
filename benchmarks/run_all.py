"""Performance benchmarks for the vault core (DESIGN.md section 8), in one command.

    .venv/bin/python benchmarks/run_all.py [--size-mib 1024] [--quick]

Everything is measured in one run, on one disk (a temporary folder, removed at
the end), and printed as a single table of measured values, ratios and
PASS/MISS against the targets:

  a. import of a random file into a vault (wall time of `Journal.attach_file`,
     which includes the vault's own fsyncs) against `age -e -r KEY -o out file && sync`;
  b. extraction (`read_attachment` + `write_out`, which fsyncs) against
     `age -d -i key -o out file.age && sync`;
  c. peak RSS of child processes importing a small and a large file, above an
     idle child that only imports `journal` and opens the vault;
  d. unlock with the real Argon2id parameters (256 MiB, 3 passes, 4 lanes);
  e. `Journal.open` of a vault of 10,000 realistic entries (after the KDF) and the
     median time of a text search over it.

Timed steps start after a `sync`, so no step pays for another's dirty pages.
Import and extraction are repeated (`--repeat`, alternating which tool goes
first) and the medians are reported. Each memory child resets its high-water
mark (/proc/self/clear_refs) after unlocking, so Argon2id's transient 256 MiB
(measured in d) does not hide the import's own peak. The 10,000-entry vault is
built through `Journal.add_entry` with fsync off and a snapshot of the people
list (fixture speed only), then reopened with the real settings to measure.
This script is not run in CI and asserts nothing; it only measures.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import journal.store  # noqa: E402
from journal.book import Journal  # noqa: E402
from journal.crypto import KdfParams  # noqa: E402
from journal.evidence import write_out  # noqa: E402
from journal.model import (  # noqa: E402
    CATEGORIES,
    EntryContent,
    EventTime,
    Injury,
    PersonContent,
    PersonLink,
    ReportRecord,
)
from journal.vault import create_vault, unlock  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
MIB = 1 << 20

# targets (DESIGN.md section 8)
TARGET_IMPORT_RATIO = 1.0
TARGET_EXTRACT_RATIO = 1.0
TARGET_RSS_ABOVE_IDLE_MIB = 100.0
TARGET_RSS_FLAT_MIB = 10.0  # "flat": the large import may peak at most this much higher
TARGET_UNLOCK_S = 1.0
TARGET_OPEN_S = 1.0
TARGET_SEARCH_S = 0.050


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

    Patches the connection pragmas of journal.store for vaults opened inside the
    block; measurements always run on vaults reopened with the real settings.
    """
    saved = journal.store._PRAGMAS
    journal.store._PRAGMAS = tuple(
        "PRAGMA synchronous=OFF" if p.startswith("PRAGMA synchronous") else p for p in saved
    )
    try:
        yield
    finally:
        journal.store._PRAGMAS = saved


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


# ---------------------------------------------------------------------------
# a + b: import and extraction against age


def new_vault(path: Path) -> None:
    vault, _code = create_vault(path, PASSPHRASE)
    vault.lock()


def vault_round(work: Path, source: Path, size: int) -> tuple[float, float]:
    """Import `source` into a fresh vault, then extract it; returns both wall times."""
    vault_path = work / "round" / "vault.db"
    new_vault(vault_path)
    vault = unlock(vault_path, PASSPHRASE)
    book = Journal.open(vault)
    entry_id = book.add_entry(
        EntryContent(kind="incident", title="Evidence", occurred=EventTime("2025-03-14T21:07"))
    )
    os.sync()
    t_import = timed(lambda: book.attach_file(entry_id, source))
    info = book.entry(entry_id).attachments[-1]
    assert info.size == size
    out = work / "round" / "extracted.bin"
    os.sync()
    t_extract = timed(lambda: write_out(book.read_attachment(info.attachment_id), out, info.sha256))
    vault.lock()
    remove(work / "round")
    os.sync()
    return t_import, t_extract


def age_round(work: Path, source: Path, key: Path, recipient: str) -> tuple[float, float]:
    encrypted = work / "age" / "file.age"
    decrypted = work / "age" / "file.out"
    encrypted.parent.mkdir(exist_ok=True)
    os.sync()
    t_enc = timed(lambda: (run("age", "-e", "-r", recipient, "-o", encrypted, source), run("sync")))
    os.sync()
    t_dec = timed(lambda: (run("age", "-d", "-i", key, "-o", decrypted, encrypted), run("sync")))
    remove(work / "age")
    os.sync()
    return t_enc, t_dec


def bench_throughput(work: Path, size: int, repeat: int) -> list[Row]:
    source = work / "random.bin"
    log(f"writing {size / MIB:.0f} MiB of random bytes")
    make_random_file(source, size)
    key = work / "age-key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(key)], check=True, capture_output=True, text=True
    ).stdout.strip()
    imports, extracts, age_enc, age_dec = [], [], [], []
    for i in range(repeat):
        order = ("vault", "age") if i % 2 == 0 else ("age", "vault")
        for tool in order:
            if tool == "vault":
                ti, te = vault_round(work, source, size)
                imports.append(ti)
                extracts.append(te)
                log(f"round {i + 1}/{repeat}: vault import {ti:.2f} s, extract {te:.2f} s")
            else:
                ae, ad = age_round(work, source, key, recipient)
                age_enc.append(ae)
                age_dec.append(ad)
                log(f"round {i + 1}/{repeat}: age -e + sync {ae:.2f} s, age -d + sync {ad:.2f} s")
    remove(source, key)
    mi, me = statistics.median(imports), statistics.median(extracts)
    ae, ad = statistics.median(age_enc), statistics.median(age_dec)
    label = f"{size / MIB:.0f} MiB"
    note = f" (median of {repeat})" if repeat > 1 else ""
    print(
        f"\nraw times{note}: vault import {[round(t, 2) for t in imports]}, "
        f"age -e+sync {[round(t, 2) for t in age_enc]}, "
        f"vault extract {[round(t, 2) for t in extracts]}, "
        f"age -d+sync {[round(t, 2) for t in age_dec]}"
    )
    return [
        Row(
            f"a. import {label}",
            f"{mi:.2f} s ({mbps(size, mi)})",
            f"age -e + sync {ae:.2f} s ({mbps(size, ae)})",
            f"{mi / ae:.3f}x",
            f"<= {TARGET_IMPORT_RATIO:.1f}x",
            mi / ae <= TARGET_IMPORT_RATIO,
        ),
        Row(
            f"b. extract {label}",
            f"{me:.2f} s ({mbps(size, me)})",
            f"age -d + sync {ad:.2f} s ({mbps(size, ad)})",
            f"{me / ad:.3f}x",
            f"<= {TARGET_EXTRACT_RATIO:.1f}x",
            me / ad <= TARGET_EXTRACT_RATIO,
        ),
    ]


# ---------------------------------------------------------------------------
# c: peak memory in child processes


def _status_kib(field: str) -> int:
    text = Path("/proc/self/status").read_text()
    match = re.search(rf"^{field}:\s+(\d+) kB", text, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


def child_memory(vault_path: Path, source: Path | None) -> None:
    """Child process: unlock, forget the KDF's transient peak, open, maybe import."""
    vault = unlock(vault_path, PASSPHRASE)
    # Argon2id's 256 MiB is freed when unlock returns; reset the high-water mark
    # (Linux >= 4.0) so it does not hide the import's own peak. Measured in (d).
    Path("/proc/self/clear_refs").write_text("5")
    book = Journal.open(vault)
    entry_id = book.add_entry(
        EntryContent(kind="incident", title="Evidence", occurred=EventTime("2025-03-14T21:07"))
    )
    if source is not None:
        book.attach_file(entry_id, source)
    vault.lock()
    print(json.dumps({"hwm_kib": _status_kib("VmHWM"), "rss_kib": _status_kib("VmRSS")}))


def measure_child(work: Path, source: Path | None) -> float:
    """Peak RSS (MiB) of a child that opens a fresh vault and imports `source`."""
    vault_path = work / "mem" / "vault.db"
    new_vault(vault_path)
    command = [sys.executable, str(Path(__file__).resolve()), "--child-memory", str(vault_path)]
    if source is not None:
        command.append(str(source))
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    remove(work / "mem")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return float(report["hwm_kib"]) / 1024


def bench_memory(work: Path, small: int, large: int) -> list[Row]:
    peaks: dict[str, float] = {}
    peaks["idle"] = measure_child(work, None)
    log(f"idle child: peak {peaks['idle']:.1f} MiB")
    for size in (small, large):
        source = work / f"random-{size // MIB}.bin"
        log(f"writing {size / MIB:.0f} MiB of random bytes")
        make_random_file(source, size)
        os.sync()
        peaks[str(size)] = measure_child(work, source)
        log(f"child importing {size / MIB:.0f} MiB: peak {peaks[str(size)]:.1f} MiB")
        remove(source)
    idle = peaks["idle"]
    above_small = peaks[str(small)] - idle
    above_large = peaks[str(large)] - idle
    growth = above_large - above_small
    rows = []
    for size, above in ((small, above_small), (large, above_large)):
        rows.append(
            Row(
                f"c. peak RSS, {size / MIB:.0f} MiB import",
                f"+{above:.1f} MiB above idle",
                f"idle child {idle:.1f} MiB",
                "",
                f"< {TARGET_RSS_ABOVE_IDLE_MIB:.0f} MiB",
                above < TARGET_RSS_ABOVE_IDLE_MIB,
            )
        )
    rows.append(
        Row(
            f"c. RSS growth {small / MIB:.0f} MiB -> {large / MIB:.0f} MiB",
            f"{growth:+.1f} MiB",
            f"file {large // small}x larger",
            f"{peaks[str(large)] / peaks[str(small)]:.2f}x peak",
            f"flat (<= {TARGET_RSS_FLAT_MIB:.0f} MiB)",
            growth <= TARGET_RSS_FLAT_MIB,
        )
    )
    return rows


# ---------------------------------------------------------------------------
# d: unlock


def bench_unlock(work: Path, repeat: int) -> list[Row]:
    path = work / "unlock" / "vault.db"
    t_create = timed(lambda: new_vault(path))
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        vault = unlock(path, PASSPHRASE)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        vault.lock()
    remove(path.parent)
    kdf = KdfParams.fresh()
    median = statistics.median(times)
    log(f"unlock: {[round(t, 3) for t in times]} s, CPU {[round(t, 3) for t in cpu]} s")
    return [
        Row(
            f"d. unlock (Argon2id {kdf.memory_kib // 1024} MiB, t={kdf.iterations}, p={kdf.lanes})",
            f"{median:.2f} s",
            f"CPU {statistics.median(cpu):.2f} s; create_vault {t_create:.2f} s",
            f"{median / TARGET_UNLOCK_S:.2f}x",
            f"<= {TARGET_UNLOCK_S:.0f} s",
            median <= TARGET_UNLOCK_S,
        )
    ]


# ---------------------------------------------------------------------------
# e: open and search a vault of many entries

PLACES = [
    "at home",
    "in the kitchen",
    "in the car",
    "outside the station",
    "at my mother's house",
    "in the car park at work",
    "at the school gate",
    "on the phone",
    "at the supermarket",
    "in the bedroom",
]
TITLES = [
    "Argument about money",
    "He took my phone",
    "Threats after dinner",
    "Turned up at work",
    "Messages all night",
    "Pushed me against the wall",
    "Followed me home",
    "Checked my location again",
    "Called in sick for me",
    "Shouted at the children",
    "Broke the door",
    "Took the car keys",
    "Colleague drove past the house",
    "Report to professional standards",
    "GP appointment",
    "Call to the helpline",
    "Said nobody would believe me",
    "Showed his service weapon",
    "Read my emails",
    "Cancelled my bank card",
]
SENTENCES = [
    "He came home late and started shouting about the {thing} before I could say anything.",
    "I was {place} when he grabbed my arm and would not let go for several minutes.",
    "He said that if I ever called the police his colleagues would make sure nothing happened.",
    "He checked my phone again and deleted the messages from my sister.",
    "The children were in the next room and heard everything; {child} was crying afterwards.",
    "He told me he can see where I am at any time and named the street I had walked down.",
    "I have a bruise on my {body} which I photographed the next morning.",
    "He took the {thing} and would not give it back until I apologised.",
    "A patrol car drove slowly past the house twice that evening and stopped outside.",
    "I wrote this down the same night so that I would remember the exact words.",
    "He said I was making it all up and that nobody would believe someone like me.",
    "I called the helpline afterwards and they gave me a reference number.",
    "He blocked the door so I could not leave the {room} until he had finished.",
    "My friend saw the marks and said I should go to the doctor.",
    "He threatened to take the children if I told anyone at his work.",
    "The money for the rent was gone from the account again without explanation.",
]
THINGS = ["car keys", "bank card", "phone", "laptop", "passport", "house keys", "wallet"]
BODY = ["upper arm", "wrist", "neck", "shoulder", "back", "leg"]
ROOMS = ["kitchen", "bedroom", "hallway", "bathroom", "living room"]
CHILDREN = ["Mia", "Sam", "the baby", "our eldest"]
TAGS = ["phone", "money", "children", "work", "car", "night", "threat", "weapon"]
SEARCHES = [
    "car keys",
    "helpline reference",
    "bruise photographed",
    "colleagues police",
    "kitchen",
    "strangulation",
    "nothing-matches-this",
]


def narrative(rng: random.Random) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < 480:
        parts.append(
            rng.choice(SENTENCES).format(
                thing=rng.choice(THINGS),
                place=rng.choice(PLACES),
                body=rng.choice(BODY),
                room=rng.choice(ROOMS),
                child=rng.choice(CHILDREN),
            )
        )
    return " ".join(parts)


def build_big_vault(path: Path, count: int) -> None:
    """A vault of `count` realistic entries and a few people (fsync-free build)."""
    rng = random.Random(20250314)
    categories = sorted(CATEGORIES)
    with durability_off():
        vault, _code = create_vault(path, PASSPHRASE)
        book = Journal.open(vault)
        people = [
            book.add_person(PersonContent(name=name, relationship=rel))
            for name, rel in [
                ("Daniel", "husband, police officer"),
                ("Sgt. Miller", "colleague"),
                ("Anna", "sister"),
                ("Dr Okafor", "GP"),
                ("Constable Reyes", "attending officer"),
                ("Mia", "daughter"),
            ]
        ]
        roles = ["abuser", "witness", "professional", "other", "child_present", "child_present"]
        # add_entry validates links against Journal.people(), which walks every record:
        # O(n) per entry, O(n^2) for the build. The people do not change from here on,
        # so answer from a snapshot while building (the stored entries are the same).
        snapshot = book.people()
        book.people = lambda: snapshot  # type: ignore[method-assign]
        start = time.perf_counter()
        for n in range(count):
            year = rng.randint(2019, 2025)
            links = tuple(
                PersonLink(people[i], roles[i], "on" if i == 1 else "")
                for i in sorted(rng.sample(range(len(people)), rng.randint(0, 2)))
            )
            kind = rng.choice(["incident"] * 6 + ["report", "medical", "contact", "note"])
            book.add_entry(
                EntryContent(
                    kind=kind,
                    title=rng.choice(TITLES),
                    occurred=EventTime(
                        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                        timezone=rng.choice([None, "Europe/London", "+10:00"]),
                        precision=rng.choice(["exact", "exact", "approximate"]),
                    ),
                    narrative=narrative(rng),
                    location=rng.choice(PLACES),
                    categories=tuple(rng.sample(categories, rng.randint(1, 3))),
                    tags=tuple(rng.sample(TAGS, rng.randint(0, 2))),
                    people=links,
                    injuries=(Injury(f"bruise on {rng.choice(BODY)}", "arm", "none"),)
                    if rng.random() < 0.2
                    else (),
                    reports=(
                        ReportRecord(
                            "police",
                            "Local station",
                            "2025-01-02",
                            f"REF-{rng.randint(1000, 9999)}",
                            "Duty sergeant",
                            "Said it was a civil matter",
                            "made",
                        ),
                    )
                    if rng.random() < 0.1
                    else (),
                )
            )
            if (n + 1) % 1000 == 0:
                rate = (n + 1) / (time.perf_counter() - start)
                log(f"built {n + 1}/{count} entries ({rate:.0f}/s)")
        vault.lock()


def bench_open_search(work: Path, count: int, repeat: int) -> list[Row]:
    path = work / "many" / "vault.db"
    t_build = timed(lambda: build_big_vault(path, count))
    log(
        f"built a vault of {count} entries in {t_build:.0f} s ({path.stat().st_size / MIB:.1f} MiB)"
    )
    vault = unlock(path, PASSPHRASE)
    opens, opens_cpu = [], []
    book = None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        book = Journal.open(vault)
        opens.append(time.perf_counter() - start)
        opens_cpu.append(time.process_time() - start_cpu)
    assert book is not None
    assert len(book.entries()) == count, "the built vault does not hold every entry"
    assert book.problems == (), book.problems
    per_query: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    for _ in range(7):
        for query in SEARCHES:
            start = time.perf_counter()
            found = book.search(query)
            per_query.setdefault(query, []).append(time.perf_counter() - start)
            hits[query] = len(found)
    vault.lock()
    remove(path.parent)
    every = [t for times in per_query.values() for t in times]
    t_open = statistics.median(opens)
    t_search = statistics.median(every)
    slowest = max(per_query, key=lambda q: statistics.median(per_query[q]))
    print(
        f"\nJournal.open times: {[round(t, 2) for t in opens]} s, "
        f"CPU {[round(t, 2) for t in opens_cpu]} s"
    )
    print(
        "search medians: "
        + ", ".join(
            f"{q!r}: {statistics.median(ts) * 1000:.1f} ms ({hits[q]} hits)"
            for q, ts in per_query.items()
        )
    )
    return [
        Row(
            f"e. Journal.open, {count:,} entries (after KDF)",
            fmt_s(t_open),
            f"CPU {statistics.median(opens_cpu):.2f} s; build {t_build:.0f} s",
            f"{t_open / TARGET_OPEN_S:.2f}x",
            f"<= {TARGET_OPEN_S:.0f} s",
            t_open <= TARGET_OPEN_S,
        ),
        Row(
            f"e. text search, {count:,} entries (median)",
            fmt_s(t_search),
            f"slowest query {fmt_s(statistics.median(per_query[slowest]))}",
            f"{t_search / TARGET_SEARCH_S:.2f}x",
            f"<= {TARGET_SEARCH_S * 1000:.0f} ms",
            t_search <= TARGET_SEARCH_S,
        ),
    ]


# ---------------------------------------------------------------------------


def cpu_probe() -> float:
    """Seconds to SHA-256 256 MiB: how fast this (possibly shared) CPU is right now."""
    data = os.urandom(MIB)
    digest = hashlib.sha256()
    start = time.perf_counter()
    for _ in range(256):
        digest.update(data)
    return time.perf_counter() - start


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = ""
    with contextlib.suppress(OSError, StopIteration):
        kib = int(
            next(
                line
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            ).split()[1]
        )
        mem = f", {kib / MIB:.0f} GiB RAM"
    import cryptography

    age = subprocess.run(
        ["age", "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return (
        f"{cpu}, {os.cpu_count()} cores{mem}; Linux {platform.release()}; "
        f"Python {platform.python_version()}, cryptography {cryptography.__version__}, "
        f"SQLite {sqlite3.sqlite_version}, age {age}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--size-mib",
        type=int,
        default=None,
        help="file size for import/extract (default 1024; 64 with --quick)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: 64 MiB, memory at 128/512 MiB, 1,000 entries, one round",
    )
    parser.add_argument(
        "--entries",
        type=int,
        default=None,
        help="entries in the open/search vault (default 10000; 1000 with --quick)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="rounds of import/extract and unlock (default 5; 1 with --quick)",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where to make the temporary folder (default: the system temp dir)",
    )
    parser.add_argument("--child-memory", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child_memory:
        vault_path = Path(args.child_memory[0])
        source = Path(args.child_memory[1]) if len(args.child_memory) > 1 else None
        child_memory(vault_path, source)
        return 0

    if shutil.which("age") is None or shutil.which("age-keygen") is None:
        parser.error("age and age-keygen must be on PATH")
    size = (args.size_mib or (64 if args.quick else 1024)) * MIB
    entries = args.entries or (1000 if args.quick else 10_000)
    repeat = args.repeat or (1 if args.quick else 5)
    mem_small, mem_large = (128 * MIB, 512 * MIB) if args.quick else (256 * MIB, 2048 * MIB)

    work = Path(tempfile.mkdtemp(prefix="ij-bench-", dir=args.workdir))
    started = time.perf_counter()
    load_before = os.getloadavg()
    probe_before = cpu_probe()
    log(f"working in {work}")
    rows: list[Row] = []
    try:
        rows += bench_throughput(work, size, repeat)
        rows += bench_memory(work, mem_small, mem_large)
        rows += bench_unlock(work, max(repeat, 3))
        rows += bench_open_search(work, entries, 3)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    disk = os.statvfs(work.parent)
    print_table(rows, "Incident Journal benchmarks (DESIGN.md section 8)")
    print(f"\nmachine: {machine()}")
    print(
        f"disk: temporary folder under {work.parent} "
        f"({disk.f_blocks * disk.f_frsize / 2**30:.0f} GiB filesystem); "
        f"all files of a measurement on the same disk"
    )
    print(
        f"command: .venv/bin/python benchmarks/run_all.py --size-mib {size // MIB}"
        f"{' --quick' if args.quick else ''}; total {time.perf_counter() - started:.0f} s"
    )
    load_after = os.getloadavg()
    probe_after = cpu_probe()
    print(f"CPU probe (SHA-256 of 256 MiB): {probe_before:.3f} s before, {probe_after:.3f} s after")
    print(
        f"load average (1/5/15 min): {' '.join(f'{x:.2f}' for x in load_before)} before, "
        f"{' '.join(f'{x:.2f}' for x in load_after)} after (other work on the machine adds noise)"
    )
    missed = [r.label for r in rows if r.ok is False]
    print("missed: " + (", ".join(missed) if missed else "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
