"""Rows a, b, the bundle row and row c of benchmarks/run_all.py: moving large files.

  a. import of a random file (`Journal.attach_file`, with the vault's own fsyncs)
     against `age -e` + `sync` and against `cp` + `sync` of the same file;
  b. extraction (`read_attachment` + `write_out`, which fsyncs) against `age -d` +
     `sync`, with `cp` + `sync` beside it;
  bundle: the evidence bundle of one entry with that file as its exhibit
     (`export_bundle`, which fsyncs) against `zip -0` of the file + `sha256sum` of it
     + `sync`;
  c. peak RSS of child processes importing, extracting and bundling a small and a
     large file, each above the child's own RSS just before the step.

Every timed step starts after a `sync`, on the same disk, and the vault and the
reference tools alternate which goes first; ratios are taken within the run.
Also runs alone: `.venv/bin/python benchmarks/throughput.py [--size-mib N] [--repeat N]`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_common import MIB, PASSPHRASE, Row, log, make_random_file, mbps, remove, run, timed

from journal.entries.model import EntryContent, EventTime
from journal.evidence.streaming import write_out
from journal.export.bundle import export_bundle
from journal.export.options import ExportOptions, select
from journal.export.signing import signing_key
from journal.session.journal import Journal
from journal.vault.lifecycle import create_vault, unlock

# targets (docs/performance.md)
TARGET_IMPORT_AGE = 1.0
TARGET_IMPORT_CP = 1.25
TARGET_EXTRACT_AGE = 1.0
TARGET_BUNDLE_ZIP = 1.5
TARGET_RSS_ABOVE_MIB = 100.0
TARGET_RSS_FLAT_MIB = 10.0  # "flat": the large file may peak at most this much higher
STEPS = ("import", "extract", "bundle")


def new_vault(path: Path) -> None:
    vault, _code = create_vault(path, PASSPHRASE)
    vault.lock()


def open_with_entry(vault_path: Path) -> tuple[Journal, str]:
    """Unlock, open, and make sure there is one entry to attach to."""
    book = Journal.open(unlock(vault_path, PASSPHRASE))
    entries = book.entries()
    if entries:
        return book, entries[0].entry_id
    content = EntryContent(
        kind="incident", title="Evidence", occurred=EventTime("2025-03-14T21:07")
    )
    return book, book.add_entry(content)


def prepare_bundle(book: Journal) -> None:
    """What a first export does once (the signing key, pyHanko's import), done
    before timing, so the bundle row measures the exhibit's streaming."""
    signing_key(book)
    import journal.export.pdf_signing.sign  # noqa: F401


def do_step(step: str, book: Journal, entry_id: str, source: Path, out: Path) -> None:
    if step == "import":
        book.attach_file(entry_id, source)
        return
    info = book.entry(entry_id).attachments[-1]
    if step == "extract":
        write_out(book.read_attachment(info.attachment_id), out, info.sha256)
    else:
        export_bundle(select(book, ExportOptions()), book, out)


def timed_step(step: str, book: Journal, entry_id: str, source: Path, out: Path) -> float:
    return timed(lambda: do_step(step, book, entry_id, source, out))


def vault_round(work: Path, source: Path) -> dict[str, float]:
    """Import `source` into a fresh vault, extract it, bundle it; wall time of each."""
    folder = work / "round"
    new_vault(folder / "vault.db")
    book, entry_id = open_with_entry(folder / "vault.db")
    prepare_bundle(book)
    times = {}
    for step in STEPS:
        os.sync()
        times[step] = timed_step(step, book, entry_id, source, folder / step)
    book.vault.lock()
    remove(folder)
    os.sync()
    return times


def reference_round(work: Path, source: Path, key: Path, recipient: str) -> dict[str, float]:
    folder = work / "reference"
    folder.mkdir(exist_ok=True)
    encrypted, zipped = folder / "file.age", folder / "file.zip"
    commands = {
        "cp": lambda: (run("cp", source, folder / "copy"), run("sync")),
        "age -e": lambda: (run("age", "-e", "-r", recipient, "-o", encrypted, source), run("sync")),
        "age -d": lambda: (
            run("age", "-d", "-i", key, "-o", folder / "plain", encrypted),
            run("sync"),
        ),
        "zip": lambda: (
            run("zip", "-0", "-q", "-j", zipped, source),
            run("sha256sum", source),
            run("sync"),
        ),
    }
    times = {}
    for name, command in commands.items():
        os.sync()
        times[name] = timed(command)
    remove(folder)
    os.sync()
    return times


def bench_throughput(work: Path, size: int, repeat: int) -> list[Row]:
    source = work / "random.bin"
    log(f"writing {size / MIB:.0f} MiB of random bytes")
    make_random_file(source, size)
    key = work / "age-key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(key)], check=True, capture_output=True, text=True
    ).stdout.strip()
    raw: dict[str, list[float]] = {}
    for i in range(repeat):
        for tool in ("vault", "reference") if i % 2 == 0 else ("reference", "vault"):
            got = (
                vault_round(work, source)
                if tool == "vault"
                else reference_round(work, source, key, recipient)
            )
            for name, seconds in got.items():
                raw.setdefault(name, []).append(seconds)
            log(
                f"round {i + 1}/{repeat} {tool}: "
                + ", ".join(f"{n} {s:.2f} s" for n, s in got.items())
            )
    remove(source, key)
    print(f"\nraw times (load {os.getloadavg()[0]:.2f} at the end):")
    for name, values in raw.items():
        print(f"  {name}: {[round(v, 2) for v in values]}")
    m = {name: statistics.median(values) for name, values in raw.items()}
    label = f"{size / MIB:.0f} MiB"

    def row(what: str, mine: str, ref: str, ref_label: str, target: float | None) -> Row:
        ratio = m[mine] / m[ref]
        return Row(
            what,
            f"{m[mine]:.2f} s ({mbps(size, m[mine])})",
            f"{ref_label} {m[ref]:.2f} s ({mbps(size, m[ref])})",
            f"{ratio:.3f}x",
            "" if target is None else f"<= {target:.2f}x",
            None if target is None else ratio <= target,
        )

    return [
        row(f"a. import {label}", "import", "age -e", "age -e + sync", TARGET_IMPORT_AGE),
        row(f"a. import {label}", "import", "cp", "cp + sync", TARGET_IMPORT_CP),
        row(f"b. extract {label}", "extract", "age -d", "age -d + sync", TARGET_EXTRACT_AGE),
        row(f"b. extract {label}", "extract", "cp", "cp + sync", None),
        row(
            f"bundle of a {label} exhibit",
            "bundle",
            "zip",
            "zip -0 + sha256sum + sync",
            TARGET_BUNDLE_ZIP,
        ),
    ]


# ---------------------------------------------------------------------------
# c: peak memory of each step, in child processes


def _status_kib(field: str) -> int:
    text = Path("/proc/self/status").read_text()
    match = re.search(rf"^{field}:\s+(\d+) kB", text, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


def child_memory(step: str, vault_path: Path, source: Path, out: Path) -> None:
    """Child process: set up, reset the high-water mark, run one step, report."""
    book, entry_id = open_with_entry(vault_path)
    prepare_bundle(book)
    # Argon2id's 256 MiB is freed when unlock returns; reset the high-water mark
    # (Linux >= 4.0) so it does not hide the step's own peak. Measured in (d).
    Path("/proc/self/clear_refs").write_text("5")
    before = _status_kib("VmRSS")
    do_step(step, book, entry_id, source, out)
    book.vault.lock()
    print(json.dumps({"hwm_kib": _status_kib("VmHWM"), "before_kib": before}))


def measure_child(step: str, vault_path: Path, source: Path, out: Path) -> tuple[float, float]:
    """Peak RSS above the RSS before the step, and that RSS (MiB)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", step]
    done = subprocess.run(
        [*command, str(vault_path), str(source), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return (report["hwm_kib"] - report["before_kib"]) / 1024, report["before_kib"] / 1024


def bench_memory(work: Path, small: int, large: int) -> list[Row]:
    above: dict[tuple[str, int], tuple[float, float]] = {}
    for size in (small, large):
        folder = work / "mem"
        source = folder / "random.bin"
        new_vault(folder / "vault.db")
        log(f"writing {size / MIB:.0f} MiB of random bytes")
        make_random_file(source, size)
        os.sync()
        for step in STEPS:
            above[step, size] = measure_child(step, folder / "vault.db", source, folder / step)
            log(f"child, {step} of {size / MIB:.0f} MiB: peak +{above[step, size][0]:.1f} MiB")
            remove(folder / step)
        remove(folder)
    rows = []
    for step in STEPS:
        for size in (small, large):
            peak, before = above[step, size]
            # The bundle's peak is mostly its chronology PDF (fonts, pyHanko) and the
            # same at any exhibit size; only its growth with the exhibit is a target.
            bounded = step != "bundle"
            rows.append(
                Row(
                    f"c. peak RSS, {step} {size / MIB:.0f} MiB",
                    f"+{peak:.1f} MiB",
                    f"RSS before the step {before:.0f} MiB",
                    "",
                    f"< {TARGET_RSS_ABOVE_MIB:.0f} MiB" if bounded else "PDF included",
                    peak < TARGET_RSS_ABOVE_MIB if bounded else None,
                )
            )
        growth = above[step, large][0] - above[step, small][0]
        rows.append(
            Row(
                f"c. {step} RSS growth {small / MIB:.0f} -> {large / MIB:.0f} MiB",
                f"{growth:+.1f} MiB",
                f"file {large // small}x larger",
                "",
                f"flat (<= {TARGET_RSS_FLAT_MIB:.0f} MiB)",
                growth <= TARGET_RSS_FLAT_MIB,
            )
        )
    return rows


# ---------------------------------------------------------------------------
# which disk


def disk_of(folder: Path) -> str:
    """The device, filesystem and size of the mount holding `folder` (/proc/mounts)."""
    target = folder.resolve()
    best = ("?", "?", "/")
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            device, mount, fstype = line.split()[:3]
            mount = mount.replace("\\040", " ")
            if target.is_relative_to(mount) and len(mount) >= len(best[2]):
                best = (device, fstype, mount)
    except OSError:
        pass
    stat = os.statvfs(target)
    size = stat.f_blocks * stat.f_frsize / 2**30
    return f"{best[0]} ({best[1]}, mounted on {best[2]}, {size:.0f} GiB)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--memory", action="store_true", help="also row c (256 MiB and 2 GiB)")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, vault_path, source, out = args.child
        child_memory(step, Path(vault_path), Path(source), Path(out))
        return
    from bench_common import print_table

    with tempfile.TemporaryDirectory(prefix="ij-throughput-", dir=args.workdir) as name:
        work = Path(name)
        load = os.getloadavg()
        rows = bench_throughput(work, args.size_mib * MIB, args.repeat)
        if args.memory:
            rows += bench_memory(work, 256 * MIB, 2048 * MIB)
        print_table(rows, "Moving large files (benchmarks/throughput.py)")
        print(f"disk: {disk_of(work)}")
        print(f"load average: {load[0]:.2f} before, {os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()
