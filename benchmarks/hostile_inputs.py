"""Peak memory of attaching the PNG bomb and of verifying each zip bomb.

Usage:

    .venv/bin/python benchmarks/hostile_inputs.py

Each measurement runs in a fresh interpreter and reports its own high-water mark
(VmHWM, Linux) after imports and after the work, so the figures are what the work
itself took. The zips are the ones tests/test_verify_bombs.py builds (tests/zip_forge.py),
written to a temporary folder of their own: a bzip2 member declaring 1 MiB whose stream
expands to 2 GiB, 210 overlapping members declaring 4 GiB, a comment, prepended bytes
and a symlink member, each made from a genuine bundle.
"""

from __future__ import annotations

import stat
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journal.entries.model import EntryContent, EventTime
from journal.export.bundle import export_bundle
from journal.export.options import ExportOptions, select
from journal.session.journal import Journal
from journal.vault.crypto import KdfParams
from journal.vault.lifecycle import create_vault
from tests.zip_forge import BZIP2, bzip2_zeros, forge, overlapping_bomb, stored, stored_members

REPO = Path(__file__).resolve().parents[1]
BOMB = REPO / "tests" / "corpora" / "evidence-files" / "bomb_30000x30000.png"
PROBE = """
import sys
from pathlib import Path
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
{imports}
start = hwm()
{work}
print(f"{{start}} {{hwm()}} {{result}}")
"""


def probe(imports: str, work: str) -> str:
    code = PROBE.format(imports=imports, work=work)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout.split(maxsplit=2)
    return f"{int(out[1]) - int(out[0]):>5} MiB over imports ({out[1]} MiB peak): {out[2].strip()}"


def genuine_bundle(folder: Path) -> Path:
    kdf = KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)
    vault, _ = create_vault(folder / "v.db", "correct horse battery staple", kdf=kdf,
                            allow_weak_kdf=True)  # fmt: skip
    journal = Journal.open(vault)
    entry = journal.add_entry(EntryContent("note", "A note", EventTime("2025-03-14")))
    exhibit = folder / "exhibit.txt"
    exhibit.write_bytes(b"a small exhibit\n" * 50)
    journal.attach_file(entry, exhibit)
    path = folder / "good.zip"
    export_bundle(select(journal, ExportOptions()), journal, path)
    journal.lock()
    return path


def bombs(folder: Path, good: Path) -> dict[str, Path]:
    files = stored_members(good)
    exhibit = next(n for n in files if n.endswith("exhibit.txt"))
    made = {}
    bz = stored(files)
    bz[exhibit] = (BZIP2, bzip2_zeros(2 << 30), 1 << 20, 0)
    made["bzip2 2 GiB"] = forge(bz)
    names = "".join(f"{'0' * 64}  exhibits/{i:04d}.bin\n" for i in range(210)).encode()
    made["overlapping 4 GiB"] = overlapping_bomb(210, 20 << 20, {"SHA256SUMS": names})
    made["comment"] = forge(stored(files), comment=b"see the real story at ...")
    made["prepended"] = b"%PDF-1.4 not part of it\n" * 40 + good.read_bytes()
    paths = {name: folder / f"{i}.zip" for i, name in enumerate(made)}
    for name, data in made.items():
        paths[name].write_bytes(data)
    link = folder / "link.zip"
    with zipfile.ZipFile(link, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        info = zipfile.ZipInfo("evidence/statement.pdf")
        info.create_system, info.external_attr = 3, (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/home/someone/.ssh/id_ed25519")
    paths["symlink"] = link
    return paths


def main() -> int:
    if BOMB.exists():
        work = (
            f"data = Path({str(BOMB)!r}).read_bytes()\n"
            "facts = inspect(data[:HEAD_BYTES], data[-64:], 'bomb.png', len(data))\n"
            "result = f'{facts.width} x {facts.height}, ' + facts.warnings[0][:40]"
        )
        prelude = "from journal.evidence.media import HEAD_BYTES, inspect"
        print("PNG bomb inspect:", probe(prelude, work))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for label, path in bombs(folder, genuine_bundle(folder)).items():
            work = (
                f"report = verify_bundle(Path({str(path)!r}))\n"
                "result = f'intact={report.intact}; ' + report.findings[0].message[:70]"
            )
            print(
                f"verify {label}:", probe("from journal.export.verify import verify_bundle", work)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
