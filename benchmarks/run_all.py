"""Every benchmark of docs/performance.md, in one command and one table.

    .venv/bin/python benchmarks/run_all.py [--size-mib 1024] [--quick] [--only abcdefgs]

Everything is measured in one run, on one disk (a temporary folder, removed at
the end), and printed as a single table of measured values, ratios and
PASS/MISS against the targets:

  a. import of a random file into a vault (wall time of `Journal.attach_file`,
     which includes the vault's own fsyncs) against `age -e` + `sync` and against
     `cp` + `sync` of the same file;
  b. extraction (`read_attachment` + `write_out`, which fsyncs) against
     `age -d` + `sync`, with `cp` + `sync` beside it;
  bundle (with a and b): the evidence bundle with that file as its exhibit against
     `zip -0` + `sha256sum` + `sync` of the same file;
  c. peak RSS of child processes importing, extracting and bundling a small and a
     large file, above each child's RSS just before the step
     (a, b, bundle and c: benchmarks/throughput.py);
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
    print_table,
    remove,
    timed,
)
from many_entries import bench_open_search
from startup import bench_startup
from throughput import bench_memory, bench_throughput, disk_of, new_vault

from journal.vault.crypto import KdfParams
from journal.vault.lifecycle import unlock

# targets (docs/performance.md)
TARGET_UNLOCK_S = 1.0
TARGET_PDF_S = 30.0
TARGET_PDF_GROWTH = 2.2  # twice the entries and photos: at most ~twice the time (linear)
TARGET_PDF_MEMORY_GROWTH = 1.5  # "memory bounded": doubling the input, peak < 1.5x
TARGET_STALL_MS = 100.0


# ---------------------------------------------------------------------------
# a, b, the bundle row and c: benchmarks/throughput.py


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
    args = parser.parse_args(argv)

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
    print_table(rows, "Incident Journal benchmarks (docs/performance.md)")
    print(f"\nmachine: {machine()}")
    print(
        f"disk: temporary folder under {work.parent}, on {disk_of(work.parent)}; "
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
