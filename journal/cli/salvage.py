"""The `salvage` command of incident-journal-cli (registered in journal/cli/main.py).

Exit codes: 0 everything readable was copied and nothing was lost, 1 the new
journal was written but some objects could not be saved (each listed on stdout
as "LOST: ..."), 2 the target exists, 3 wrong passphrase, 4 not a journal,
5 the file could not be read at all.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from journal.errors import UsageError
from journal.salvage.salvage import salvage_file


def add_parser(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add(
        "salvage",
        help="copy every readable entry and file of a damaged journal into a NEW journal "
        "file (the damaged one is only read)",
    )
    p.add_argument("--out", required=True, metavar="NEW", help="the new journal file")


def run_salvage(args: argparse.Namespace, vault: Path, passphrase: Callable[[], str]) -> int:
    target = Path(args.out).expanduser()
    if target.exists():
        raise UsageError(f"There is already a file at {target}. Choose a new name.")
    report = salvage_file(vault, passphrase(), target)
    if report.realigned:
        print(f"Note: {report.realigned}.", file=sys.stderr)
    for lost in report.lost:
        print(f"LOST: {lost}")
    print(
        f"Saved {report.revisions_saved} of {report.revisions_found} revisions and "
        f"{report.attachments_saved} of {report.attachments_found} evidence files"
        + ("" if report.settings_saved else "; the settings could not be saved")
        + f" into {target}",
        file=sys.stderr,
    )
    print(
        "The damaged journal was not changed. The new one opens with the same passphrase; "
        "run 'check' on it.",
        file=sys.stderr,
    )
    print(target)
    return 0 if report.complete else 1
