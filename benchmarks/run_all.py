"""Every benchmark of docs/performance.md, in one command and one table.

    .venv/bin/python benchmarks/run_all.py [--size-mib 1024] [--quick] [--only abcdefgs]

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
  e. `Journal.open` of a vault of 10,000 realistic entries (after the KDF), text
     search over it, `people()` and the latency of a save (benchmarks/many_entries.py);
  f. the chronology PDF of 1,000 entries + 200 photos, and of half that, for time,
     linear growth and peak memory (benchmarks/export_pdf.py, child processes);
  g. the longest GUI event-loop stall while the real window (offscreen) imports a
     file and exports that journal as a PDF (benchmarks/gui_stall.py, a child);
  s. start-up: the CLI's time to its key derivation and the desktop app's time to its
     first window, against bare interpreters and a bare Qt window (benchmarks/startup.py).

Timed steps start after a `sync`, so no step pays for another's dirty pages.
Import and extraction are repeated (`--repeat`, alternating which tool goes
first) and the medians are reported. Each memory child resets its high-water
mark (/proc/self/clear_refs) after unlocking, so Argon2id's transient 256 MiB
(measured in d) does not hide the import's own peak. The 10,000-entry vault is
built through `Journal.add_entry` with fsync off (fixture speed only), then
reopened with the real settings to measure.
This script is not run in CI and asserts nothing; it only measures.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import export_pdf
from bench_common import (
    MIB,
    PASSPHRASE,
    ROOT,
    Row,
    log,
    make_random_file,
    mbps,
    print_table,
    remove,
    run,
    timed,
)
from many_entries import bench_open_search
from startup import bench_startup

from journal.entries.model import EntryContent, EventTime
from journal.evidence.streaming import write_out
from journal.session.journal import Journal
from journal.vault.crypto import KdfParams
from journal.vault.lifecycle import create_vault, unlock

# targets (docs/performance.md)
TARGET_IMPORT_RATIO = 1.0
TARGET_EXTRACT_RATIO = 1.0
TARGET_RSS_ABOVE_IDLE_MIB = 100.0
TARGET_RSS_FLAT_MIB = 10.0  # "flat": the large import may peak at most this much higher
TARGET_UNLOCK_S = 1.0
TARGET_PDF_S = 30.0
TARGET_PDF_GROWTH = 2.2  # twice the entries and photos: at most ~twice the time (linear)
TARGET_PDF_MEMORY_GROWTH = 1.5  # "memory bounded": doubling the input, peak < 1.5x
TARGET_STALL_MS = 100.0


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
# f: chronology PDF (benchmarks/export_pdf.py builds and exports in child processes)


def bench_pdf(work: Path, entries: int, photos: int) -> tuple[list[Row], Path]:
    """Export at half and at full size; returns the rows and the full-size vault folder."""
    results = {}
    for scale in (2, 1):
        folder = work / f"pdf-{scale}"
        folder.mkdir()
        n, m = entries // scale, photos // scale
        built = export_pdf.run("build", str(folder), str(n), str(m))
        results[scale] = export_pdf.run("export", str(folder), str(n), str(m))
        r = results[scale]
        log(
            f"chronology PDF, {n} entries + {m} photos: built in {built['build_seconds']:.0f} s, "
            f"exported in {r['seconds']:.1f} s ({int(r['pages'])} pages, {r['pdf_mib']:.0f} MiB), "
            f"peak RSS {r['peak_rss']:.0f} MiB ({r['rss_after_open']:.0f} MiB after opening)"
        )
        if scale == 2:
            remove(folder)
    full, half = results[1], results[2]
    growth = full["seconds"] / half["seconds"]
    above_full = full["peak_rss"] - full["rss_after_open"]
    above_half = half["peak_rss"] - half["rss_after_open"]
    rows = [
        Row(
            f"f. chronology PDF, {entries:,} entries + {photos} photos",
            f"{full['seconds']:.1f} s ({int(full['pages'])} pages)",
            f"half size {half['seconds']:.1f} s",
            f"{growth:.2f}x for 2x input",
            f"<= {TARGET_PDF_S:.0f} s, linear",
            full["seconds"] <= TARGET_PDF_S and growth <= TARGET_PDF_GROWTH,
        ),
        Row(
            "f. PDF export peak RSS above the opened journal",
            f"+{above_full:.0f} MiB",
            f"half size +{above_half:.0f} MiB",
            f"{above_full / max(above_half, 1):.2f}x for 2x input",
            f"bounded (< {TARGET_PDF_MEMORY_GROWTH}x)",
            above_full < TARGET_PDF_MEMORY_GROWTH * max(above_half, 1),
        ),
    ]
    return rows, work / "pdf-1"


# ---------------------------------------------------------------------------
# g: GUI stall during an import and an export (benchmarks/gui_stall.py, offscreen)


def bench_gui_stall(work: Path, pdf_folder: Path, size: int) -> list[Row]:
    home = work / "gui-home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    env["IJ_BENCH_PASSPHRASE"] = export_pdf.PASSPHRASE
    for key, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share")):
        env[key] = str(home / sub)
        (home / sub).mkdir(parents=True, exist_ok=True)
    source = work / "gui-import.bin"
    make_random_file(source, size)
    os.sync()
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "gui_stall.py"),
            str(pdf_folder / "bench.db"),
            str(source),
            str(work / "gui-export.pdf"),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    remove(source, work / "gui-export.pdf", home)
    r = json.loads(done.stdout.strip().splitlines()[-1])
    log(f"GUI stall probe: {r}")
    return [
        Row(
            f"g. GUI stall, importing {r['import_mib']:.0f} MiB",
            f"{r['import_stall_ms']:.0f} ms",
            f"import took {r['import_s']:.1f} s",
            f"{r['import_stall_ms'] / TARGET_STALL_MS:.2f}x",
            f"<= {TARGET_STALL_MS:.0f} ms",
            r["import_stall_ms"] <= TARGET_STALL_MS,
        ),
        Row(
            f"g. GUI stall, PDF export of {int(r['entries']):,} entries",
            f"{r['export_stall_ms']:.0f} ms",
            f"export took {r['export_s']:.1f} s",
            f"{r['export_stall_ms'] / TARGET_STALL_MS:.2f}x",
            f"<= {TARGET_STALL_MS:.0f} ms",
            r["export_stall_ms"] <= TARGET_STALL_MS,
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
        help="smoke run: 64 MiB, memory at 128/512 MiB, 1,000 entries, one round, "
        "PDF of 200 entries + 40 photos",
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
    parser.add_argument(
        "--only",
        default="abcdefgs",
        help="letters of the measures to run, e.g. 'e' or 'fg' (default: all, abcdefgs)",
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
    pdf_entries, photos = (200, 40) if args.quick else (1000, 200)
    rows: list[Row] = []
    try:
        if "a" in args.only or "b" in args.only:
            rows += bench_throughput(work, size, repeat)
        if "c" in args.only:
            rows += bench_memory(work, mem_small, mem_large)
        if "d" in args.only:
            rows += bench_unlock(work, max(repeat, 3))
        if "e" in args.only:
            rows += bench_open_search(work, entries, 5)
        if "f" in args.only or "g" in args.only:
            pdf_rows, pdf_folder = bench_pdf(work, pdf_entries, photos)
            rows += pdf_rows if "f" in args.only else []
            if "g" in args.only:
                rows += bench_gui_stall(work, pdf_folder, min(size, 256 * MIB))
        if "s" in args.only:  # start-up (benchmarks/startup.py)
            rows += bench_startup(work, 9 if repeat > 1 else 3)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    disk = os.statvfs(work.parent)
    print_table(rows, "Incident Journal benchmarks (docs/performance.md)")
    print(f"\nmachine: {machine()}")
    print(
        f"disk: temporary folder under {work.parent} "
        f"({disk.f_blocks * disk.f_frsize / 2**30:.0f} GiB filesystem); "
        f"all files of a measurement on the same disk"
    )
    print(
        f"command: .venv/bin/python benchmarks/run_all.py --size-mib {size // MIB}"
        f"{' --quick' if args.quick else ''} --only {args.only}; "
        f"total {time.perf_counter() - started:.0f} s"
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
