"""The export itself, as run on a worker thread: no widgets here, only the core."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from journal.book import Journal
from journal.export.bundle import export_bundle
from journal.export.options import Selection
from journal.export.pdf import render_pdf
from journal.export.signing import journal_fingerprint
from journal.export.tabular import export_table
from journal.export.write import atomic_output

from .workers import BackgroundTask


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    fingerprint: str
    entries: int
    exhibits: int

    def message(self) -> str:
        extra = f" and {self.exhibits} evidence files" if self.exhibits else ""
        return (
            f"Saved {self.path.name} with {self.entries} entries{extra}, in {self.path.parent}.\n\n"
            f"Signing-key fingerprint:\n{self.fingerprint}\n\n"
            "Give this fingerprint to the recipient separately (for example by phone) so they "
            "can check the export came from you. The file is not encrypted."
        )


def run_export(
    key: str, selection: Selection, journal: Journal, path: Path, task: BackgroundTask
) -> ExportOutcome:
    def cancelled() -> bool:
        return task.cancelled

    exhibits = 0
    if key == "bundle":
        result = export_bundle(selection, journal, path, progress=task.report, cancelled=cancelled)
        fingerprint, exhibits = result.fingerprint, result.exhibits
    elif key == "pdf":
        fingerprint = journal_fingerprint(journal)
        with atomic_output(path) as handle:
            render_pdf(
                selection,
                journal,
                handle,
                progress=task.report,
                cancelled=cancelled,
                signing_fingerprint=fingerprint,
            )
    else:
        export_table(selection, journal, path, key, progress=task.report, cancelled=cancelled)
        fingerprint = journal_fingerprint(journal)
    return ExportOutcome(path, fingerprint, len(selection.entries), exhibits)
