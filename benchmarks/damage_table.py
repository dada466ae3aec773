"""The damage table of docs/damage.md, measured: four damages to a 44-revision journal.

    .venv/bin/python benchmarks/damage_table.py WORK_FOLDER

Builds the journal of tests/damage_fixtures.py (40 entries, one person, three
evidence files from tests/corpora) in WORK_FOLDER, damages copies of it the
way a forensic reviewer did (one flipped record-header bit found by parsing the
page format, 4 KiB cut from the middle, truncation at 60 %, one flipped ciphertext
bit) and runs the real command line on each: entries readable with `list`, what
`check` says, what `salvage` recovers, and what a chronology PDF exported from
the damaged journal (and from the salvaged one) says, read back with pdftotext.
Prints a Markdown table.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import PASSPHRASE  # noqa: E402
from tests.damage_fixtures import (  # noqa: E402
    ENTRIES,
    build_journal,
    copy_of,
    cut_middle,
    flip_ciphertext_bit,
    flip_record_header_bit,
    revision_objects,
    truncate_at,
)

DAMAGES = {
    "one flipped record-header bit (revision 20's chunk: BLOB serial type to TEXT)": lambda p: (
        flip_record_header_bit(p, 20)
    ),
    "4 KiB cut from the middle": cut_middle,
    "truncated at 60 %": lambda p: truncate_at(p, 0.6),
    "one flipped ciphertext bit (revision 20)": lambda p: flip_ciphertext_bit(p, 20),
}


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INCIDENT_JOURNAL_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "journal.cli.main", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=False,
    )


def pdf_says(vault: Path, out: Path) -> str:
    result = cli("--vault", vault, "export", "pdf", "--out", out)
    if result.returncode != 0:
        return f"export refused (exit {result.returncode}): {result.stderr.strip()[-120:]}"
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    included = re.search(r"(\d+) entries included", flat)
    damaged = re.search(r"had (\d+) problems?", flat)
    said = f"{included.group(1) if included else '?'} entries included"
    if "Source journal: DAMAGED" in flat:
        said += f"; cover: DAMAGED, {damaged.group(1) if damaged else '?'} problem(s)"
    return said


def row(name: str, original: Path, work: Path) -> list[str]:
    shutil.rmtree(work, ignore_errors=True)  # a fresh folder for each run
    path = copy_of(original, work / "notes.db")
    DAMAGES[name](path)
    listed = cli("--vault", path, "list")
    readable = len(listed.stdout.splitlines()) if listed.returncode == 0 else 0
    checked = cli("--vault", path, "check")
    problems = [line for line in checked.stdout.splitlines() if line.startswith("PROBLEM")]
    check = f"exit {checked.returncode}, {len(problems)} problem(s)"
    if problems:
        check += f"; first: {problems[0][9:110]}"
    new = work / "salvaged.db"
    salvaged = cli("--vault", path, "salvage", "--out", new)
    saved = re.search(r"Saved .*? evidence files", salvaged.stderr)
    salvage = f"exit {salvaged.returncode}: {saved.group(0) if saved else salvaged.stderr[-120:]}"
    after = cli("--vault", new, "list") if new.exists() else None
    if after is not None:
        salvage += f"; {len(after.stdout.splitlines())} entries open in the new file"
    return [
        name,
        f"{readable} of {ENTRIES} (list exit {listed.returncode})",
        check,
        salvage,
        pdf_says(path, work / "damaged.pdf"),
        pdf_says(new, work / "salvaged.pdf") if new.exists() else "no salvaged file",
    ]


def main() -> None:
    folder = Path(sys.argv[1]).resolve()
    original = folder / "original" / "notes.db"
    if not original.exists():
        build_journal(original)
    print(f"journal: {len(revision_objects(original))} revisions, {ENTRIES} entries\n")
    header = [
        "damage",
        "entries readable",
        "`check`",
        "`salvage`",
        "PDF from the damaged journal",
        "PDF from the salvaged journal",
    ]
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    for number, name in enumerate(DAMAGES):
        cells = row(name, original, folder / f"damage{number}")
        print("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")


if __name__ == "__main__":
    main()
