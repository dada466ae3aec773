"""The export itself, as run on a worker thread, and the latest-wins runner for the
dialog's previews: no widgets here, only the core."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from journal.cli.export import fingerprint_if_any
from journal.export.bundle import export_bundle
from journal.export.options import Selection
from journal.export.pdf import render_pdf
from journal.export.signing import journal_fingerprint
from journal.export.tabular import export_table
from journal.export.write import atomic_output
from journal.session.journal import Journal
from ui.app.workers import BackgroundTask, run_in_background


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    fingerprint: str
    entries: int
    exhibits: int
    left_out: int = 0  # photos left out because they carry a location
    damage: str = ""  # what the export says about damage in the journal, if any

    def message(self) -> str:
        extra = f" and {self.exhibits} evidence files" if self.exhibits else ""
        if self.left_out:
            photos = "1 photo" if self.left_out == 1 else f"{self.left_out} photos"
            extra += (
                f" ({photos} with a location left out, as you chose; the manifest lists "
                "their SHA-256)"
            )
        return (
            f"Saved {self.path.name} with {self.entries} entries{extra}, in {self.path.parent}.\n\n"
            f"Signing-key fingerprint:\n{self.fingerprint}\n\n"
            "Give this fingerprint to the recipient separately (for example by phone) so they "
            "can check the export came from you. The file is not encrypted."
            + (f"\n\n{self.damage}" if self.damage else "")
        )


def run_export(
    key: str, selection: Selection, journal: Journal, path: Path, task: BackgroundTask
) -> ExportOutcome:
    with _collector_skips_what_exists():
        return _export(key, selection, journal, path, task)


@contextmanager
def _collector_skips_what_exists() -> Iterator[None]:
    """Keep the objects alive before the export out of the garbage collector's full
    passes while it runs (`gc.freeze`). A full pass holds the GIL throughout, and
    over the open window and journal it took 50-160 ms, a visible stall each time
    (benchmarks/gui_stall.py --explain); frozen, the passes see only the export's
    own objects, and run a tenth as often (the export's objects live until it ends
    anyway). Everything is handed back to the collector afterwards (an export
    running alongside may unfreeze early: then it only loses the gain)."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(thresholds[0], thresholds[1], thresholds[2] * 10)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _export(
    key: str, selection: Selection, journal: Journal, path: Path, task: BackgroundTask
) -> ExportOutcome:
    def cancelled() -> bool:
        return task.cancelled

    exhibits = left_out = 0
    if key == "bundle":
        result = export_bundle(selection, journal, path, progress=task.report, cancelled=cancelled)
        fingerprint, exhibits, left_out = result.fingerprint, result.exhibits, result.left_out
    elif key == "pdf":
        fingerprint = fingerprint_if_any(journal) or "none (the journal's key cannot be read)"
        with atomic_output(path) as handle:
            render_pdf(
                selection,
                journal,
                handle,
                progress=task.report,
                cancelled=cancelled,
                signing_fingerprint=fingerprint_if_any(journal),
            )
    else:
        export_table(selection, journal, path, key, progress=task.report, cancelled=cancelled)
        fingerprint = journal_fingerprint(journal)
    damage = selection.damage.summary() if selection.damage.any else ""
    return ExportOutcome(path, fingerprint, len(selection.entries), exhibits, left_out, damage)


class LatestOnly:
    """Background work where only the newest request matters (a preview that follows
    the person's choices): a new request cancels the one before, results of older
    ones are dropped, and nothing is delivered once `owner` is gone or after stop()."""

    def __init__(self, owner: QObject) -> None:
        self.owner = owner
        self.generation = 0
        self.task: BackgroundTask | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def run(
        self,
        work: Callable[[BackgroundTask], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.stop()
        generation = self.generation

        def deliver(callback: Callable[[Any], None], value: Any) -> None:
            if generation == self.generation:
                self.task = None
                callback(value)

        self.task = run_in_background(
            work,
            lambda value: deliver(on_done, value),
            lambda err: deliver(on_error, err),
            owner=self.owner,
        )

    def stop(self) -> None:
        self.generation += 1
        if self.task is not None:
            self.task.cancel()
            self.task = None
