"""Chronology PDF: time and peak memory for N entries with M photos (3000x2000 JPEG).

    .venv/bin/python benchmarks/export_pdf.py [--entries 1000 [2000 ...]] [--photos 50 200]
        [--signed] [--max-size MB]

`--signed` adds the PDF signature; `--max-size` splits into signed volumes (the
export the CLI's `export pdf --max-size` makes), printing how many.

For each photo count a journal is built in a temporary folder (one process),
then opened and exported in a fresh process, so the peak RSS printed is the
export's own (plus opening the journal), not the building's. Prints a table
(ms/entry equal across entry counts means time grows linearly) and the load
average, since the machine may be shared.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSPHRASE = "benchmark passphrase for the chronology export"
CATEGORIES = ("physical", "threats", "coercive_control", "stalking", "technology", "emotional")


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(folder: Path, entries: int, photos: int) -> None:
    from PIL import Image, ImageDraw

    from journal.entries.model import EntryContent, EventTime
    from journal.session.journal import Journal
    from journal.vault.crypto import KdfParams
    from journal.vault.lifecycle import create_vault

    vault, _ = create_vault(
        folder / "bench.db",
        PASSPHRASE,
        kdf=KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1),
        allow_weak_kdf=True,
    )
    journal = Journal.open(vault)
    noise = Image.effect_noise((3000, 2000), 40).convert("RGB")
    ids = []
    for n in range(entries):
        month, day = 1 + n % 12, 1 + n % 28
        ids.append(
            journal.add_entry(
                EntryContent(
                    kind="incident" if n % 3 else "note",
                    title=f"Event number {n}: shouting in the hallway",
                    occurred=EventTime(
                        f"{2000 + n // 336 % 26}-{month:02d}-{day:02d}T20:{n % 60:02d}"
                    ),
                    narrative="He shouted and slammed the door. " * (5 + n % 20),
                    location="Hallway",
                    categories=(CATEGORIES[n % len(CATEGORIES)], CATEGORIES[(n * 7) % 6]),
                )
            )
        )
    picture = folder / "photo.jpg"
    for n in range(photos):
        image = noise.copy()
        ImageDraw.Draw(image).rectangle((n * 10, 100, n * 10 + 400, 900), fill=(n % 255, 90, 160))
        image.save(picture, format="JPEG", quality=85)
        journal.attach_file(ids[(n * 5) % len(ids)], picture, f"photo {n}")
    picture.unlink(missing_ok=True)
    journal.vault.lock()


def export(folder: Path, signed: bool, max_mb: float | None) -> dict[str, float]:
    from journal.export.chronology import export_chronology
    from journal.export.options import ExportOptions, select
    from journal.export.pdf import render_pdf
    from journal.session.journal import Journal
    from journal.vault.lifecycle import unlock

    journal = Journal.open(unlock(folder / "bench.db", PASSPHRASE))
    after_open = rss_mib()
    started = time.perf_counter()
    selection = select(journal, ExportOptions(), clock=lambda: datetime(2025, 6, 30, tzinfo=UTC))
    if signed or max_mb is not None:
        result = export_chronology(
            selection, journal, folder / "chronology.pdf", signed=signed, max_mb=max_mb
        )
        pages, volumes = result.pages, len(result.paths)
        size = sum(p.stat().st_size for p in result.paths)
    else:
        out = io.BytesIO()
        pages, volumes = render_pdf(selection, journal, out), 1
        size = out.getbuffer().nbytes
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "pages": pages,
        "volumes": volumes,
        "pdf_mib": size / 2**20,
        "rss_after_open": after_open,
        "peak_rss": peak_mib(),
    }


def child(argv: list[str]) -> None:
    mode, folder = argv[0], Path(argv[1])
    if mode == "build":
        started = time.perf_counter()
        build(folder, int(argv[2]), int(argv[3]))
        print(json.dumps({"build_seconds": time.perf_counter() - started}))
    else:
        max_mb = float(argv[3]) if argv[3] != "-" else None
        print(json.dumps(export(folder, argv[2] == "signed", max_mb)))


def run(*args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--entries", type=int, nargs="+", default=[1000], help="several: checks linear growth"
    )
    parser.add_argument("--photos", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--signed", action="store_true", help="sign the PDF (or each volume)")
    parser.add_argument("--max-size", type=float, metavar="MB", help="split into volumes")
    args = parser.parse_args()
    how = ["signed" if args.signed or args.max_size else "plain", str(args.max_size or "-")]
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"{'entries':>7} {'photos':>6} {'export s':>8} {'ms/entry':>8} {'pages':>5} "
        f"{'PDF MiB':>7} {'vols':>4} {'RSS open':>8} {'peak RSS':>8} {'peak-open':>9}"
    )
    for photos in args.photos:
        for entries in args.entries:
            with tempfile.TemporaryDirectory() as folder:
                run("build", folder, str(entries), str(photos))
                r = run("export", folder, *how)
            print(
                f"{entries:>7} {photos:>6} {r['seconds']:>8.1f} "
                f"{1000 * r['seconds'] / max(1, entries):>8.2f} {int(r['pages']):>5} "
                f"{r['pdf_mib']:>7.1f} {int(r['volumes']):>4} {r['rss_after_open']:>8.0f} "
                f"{r['peak_rss']:>8.0f} {r['peak_rss'] - r['rss_after_open']:>9.0f}",
                flush=True,
            )
    print(f"load average at end:   {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
