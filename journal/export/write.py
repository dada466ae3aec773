"""Writing an export file safely: a hidden temporary file beside the destination,
fsync, then a rename, so the chosen name only ever holds a complete export.

On cancel, failure or a full disk the partial file is removed and nothing else
is touched. The temporary file is in the destination folder (never the system
temp folder), so no copy of the export is left anywhere the person did not choose.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from journal.errors import StorageFailure, UsageError
from journal.export.errors import ExportCancelled
from journal.system.os_errors import reason
from journal.system.private_files import atomic_private_file
from journal.translatable import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
__all__ = ["ExportCancelled", "atomic_output", "check_destination", "check_not_cancelled"]


def check_not_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()


def check_destination(out: Path, force: bool = False) -> None:
    """Refuse early, with a plain message, what the final rename would refuse."""
    if out.is_dir():
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "{out} is a folder; give a file name for the export."),
            out=out,
        )
    if out.exists() and not force:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core",
                "There is already a file at {out}. Choose another name (nothing was overwritten).",
            ),
            out=out,
        )
    if not out.parent.is_dir():
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "The folder {parent} does not exist."), parent=out.parent
        )


def export_failure(error: OSError, out: Path) -> StorageFailure:
    return StorageFailure(
        QT_TRANSLATE_NOOP(
            "core",
            "The export to {out} could not be written because {reason}. No partial file was "
            "left behind, and the journal itself is unchanged.",
        ),
        out=out,
        reason=reason(error),
    )


@contextlib.contextmanager
def atomic_output(out: Path, force: bool = False) -> Iterator[BinaryIO]:
    """Yield a file to write the export into; it appears as `out` only on success."""
    check_destination(out, force)
    try:
        with atomic_private_file(out, replace=force) as temp, temp.open("wb") as handle:
            yield handle
            handle.flush()
    except OSError as error:
        raise export_failure(error, out) from None
