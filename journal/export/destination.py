"""Where the chronology PDF goes: its volumes' names, and refusing a destination early,
before the passphrase is asked for. Apart from chronology.py so that the command line
can check the destination without loading the PDF renderer first."""

from __future__ import annotations

from pathlib import Path

from journal.errors import UsageError
from journal.export.write import check_destination

DEFAULT_NAME = "chronology"


def volume_path(out: Path, number: int) -> Path:
    """chronology.pdf -> chronology-2.pdf; a folder -> folder/chronology-2.pdf."""
    if out.is_dir():
        return out / f"{DEFAULT_NAME}-{number}.pdf"
    return out.with_name(f"{out.stem}-{number}{out.suffix or '.pdf'}")


def check_chronology_destination(out: Path, max_mb: float | None, force: bool = False) -> None:
    """Refuse early what writing would refuse (before a passphrase is asked for)."""
    if max_mb is None:
        check_destination(out, force)
        return
    if not max_mb > 0:
        raise UsageError("--max-size must be a number of megabytes above 0, like 20.")
    check_destination(volume_path(out, 1), force)
