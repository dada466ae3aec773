"""Court bundle export and verify with one large exhibit: time and peak memory.

Each size runs the export and the verify in fresh processes, so the peak RSS
printed is that step's own (ru_maxrss of the child, minus its RSS just before
the step). Prints figures; asserts nothing.

    .venv/bin/python benchmarks/export_bundle.py [SIZE_MIB ...]   (default 256 1024)
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark passphrase, not a secret"


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def child(step: str, folder: Path) -> None:
    from journal.export.bundle import export_bundle
    from journal.export.options import ExportOptions, select
    from journal.export.verify import verify_bundle
    from journal.session.journal import Journal
    from journal.vault.lifecycle import unlock

    if step == "verify":
        before = _rss_kib()
        start = time.perf_counter()
        report = verify_bundle(folder / "bundle.zip")
        seconds = time.perf_counter() - start
        assert report.intact
    else:
        journal = Journal.open(unlock(folder / "v.db", PASSPHRASE))
        selection = select(journal, ExportOptions())
        from journal.export.signing import signing_key

        signing_key(journal)
        before = _rss_kib()
        start = time.perf_counter()
        export_bundle(selection, journal, folder / "bundle.zip")
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_above_start_mib": (peak - before) / 1024}))


def run(size_mib: int) -> None:
    from journal.entries.model import EntryContent, EventTime
    from journal.session.journal import Journal
    from journal.vault.crypto import KdfParams
    from journal.vault.lifecycle import create_vault

    with tempfile.TemporaryDirectory(dir=ROOT / "benchmarks") as name:
        folder = Path(name)
        vault, _code = create_vault(
            folder / "v.db", PASSPHRASE, kdf=KdfParams.fresh(memory_kib=65536, iterations=1)
        )
        journal = Journal.open(vault)
        entry = journal.add_entry(
            EntryContent(kind="incident", title="Benchmark", occurred=EventTime("2025-03-14"))
        )
        data = folder / "big.bin"
        with data.open("wb") as out:
            for _ in range(size_mib):
                out.write(os.urandom(1 << 20))
        journal.attach_file(entry, data)
        data.unlink()
        vault.lock()
        results = {}
        for step in ("export", "verify"):
            done = subprocess.run(
                [sys.executable, __file__, "--child", step, str(folder)],
                capture_output=True,
                text=True,
                check=True,
            )
            results[step] = json.loads(done.stdout)
        start = time.perf_counter()
        subprocess.run(["sha256sum", folder / "bundle.zip"], capture_output=True, check=True)
        sha = time.perf_counter() - start
        size = (folder / "bundle.zip").stat().st_size / (1 << 20)
        e, v = results["export"], results["verify"]
        print(
            f"exhibit {size_mib:5d} MiB  bundle {size:7.1f} MiB  "
            f"export {e['seconds']:6.2f} s ({size_mib / e['seconds']:5.0f} MiB/s, "
            f"peak +{e['peak_above_start_mib']:5.1f} MiB)  "
            f"verify {v['seconds']:6.2f} s (peak +{v['peak_above_start_mib']:5.1f} MiB)  "
            f"sha256sum of the zip {sha:5.2f} s"
        )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]))
    else:
        for size in [int(a) for a in sys.argv[1:]] or [256, 1024]:
            run(size)
