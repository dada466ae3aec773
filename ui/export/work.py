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

from journal.export.options import Selection
from journal.export.run import run_export as run
from journal.session.journal import Journal
from ui.app.workers import BackgroundTask, run_in_background
from ui.export.pdf_choices import PdfChoice
from ui.i18n import core_text, tr


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    fingerprint: str
    entries: int
    exhibits: int
    left_out: int = 0  # photos left out because they carry a location
    damage: str = ""  # what the export says about damage in the journal, if any
    bundle: bool = False  # a court bundle, which carries verify.html
    volumes: tuple[Path, ...] = ()  # the files of a chronology split into volumes
    pdf_signed: bool | None = None  # a chronology PDF: signed or not; None for other kinds
    timestamp_note: str = ""  # a signed PDF: whose trusted time it carries, or why none

    def message(self) -> str:
        """What was saved, in plain words (whole sentences, each translated)."""
        saved = self.path.name
        if len(self.volumes) > 1:
            saved = tr("%n volumes ({first} to {last})", None, len(self.volumes)).format(
                first=self.volumes[0].name, last=self.volumes[-1].name
            )
        entries = tr("%n entries", None, self.entries)
        if self.exhibits:
            files = tr("%n evidence files", None, self.exhibits)
            said = tr("Saved {file} with {entries} and {files}, in {folder}.")
        else:
            files = ""
            said = tr("Saved {file} with {entries}, in {folder}.")
        paragraphs = [
            said.format(file=saved, entries=entries, files=files, folder=self.path.parent)
        ]
        if self.left_out:
            paragraphs[0] += " " + tr(
                "%n photos with a location were left out, as you chose; the manifest lists "
                "their SHA-256.",
                None,
                self.left_out,
            )
        paragraphs += [
            _signed_line(self.pdf_signed),
            core_text(self.timestamp_note),
            tr("The file is not encrypted."),
        ]
        if self.bundle:
            paragraphs.append(
                tr(
                    "They need no app to check it: the bundle carries verify.html, which "
                    "checks it in any web browser, and README-VERIFY.txt, which explains it."
                )
            )
        paragraphs.append(core_text(self.damage))
        return "\n\n".join(p for p in paragraphs if p)


def _signed_line(signed: bool | None) -> str:
    if signed is None:
        return ""
    if signed:
        return tr(
            "The PDF is signed: a PDF reader shows it as not changed since this export "
            "(it proves it is unaltered, not who wrote it)."
        )
    return tr("The PDF is not signed, as you chose.")


def run_export(
    key: str,
    selection: Selection,
    journal: Journal,
    path: Path,
    task: BackgroundTask,
    pdf: PdfChoice | None = None,
) -> ExportOutcome:
    with _collector_skips_what_exists():
        return _export(key, selection, journal, path, task, pdf or PdfChoice())


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
    key: str,
    selection: Selection,
    journal: Journal,
    path: Path,
    task: BackgroundTask,
    pdf: PdfChoice,
) -> ExportOutcome:
    def cancelled() -> bool:
        return task.cancelled

    signed, max_mb = (pdf.signed, pdf.max_mb) if key == "pdf" else (True, None)
    result = run(key, selection, journal, path, signed=signed, max_mb=max_mb,
                 progress=task.report, cancelled=cancelled)  # fmt: skip
    return ExportOutcome(
        path, result.fingerprint, result.entries, result.exhibits, result.left_out,
        result.damage, bundle=key == "bundle",
        volumes=result.paths if key == "pdf" else (), pdf_signed=result.pdf_signed,
        timestamp_note=result.timestamp_note,
    )  # fmt: skip


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
