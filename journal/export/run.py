"""One way to run an export, for the command line and the desktop app alike.

`run_export` writes a chronology PDF (signed or plain, one file or volumes), a court
bundle, or a CSV/JSON table, and says what it made in an `ExportResult`; the CLI and
the GUI only word that result for their reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from journal.errors import DamagedJournal, UsageError
from journal.export.bundle import export_bundle
from journal.export.chronology import export_chronology
from journal.export.kinds import KINDS
from journal.export.options import Selection
from journal.export.signing import journal_fingerprint
from journal.export.tabular import export_table
from journal.export.write import Cancelled, Progress
from journal.session.journal import Journal
from journal.translatable import QT_TRANSLATE_NOOP

NO_KEY = "none (the journal's key cannot be read)"


@dataclass(frozen=True)
class ExportResult:
    kind: str
    paths: tuple[Path, ...]  # more than one: a chronology in volumes
    fingerprint: str  # the journal's signing-key fingerprint, or NO_KEY
    entries: int
    exhibits: int = 0  # a bundle's evidence files
    left_out: int = 0  # photos left out because they carry a location
    pages: int | None = None  # a chronology's pages, all volumes together
    rows: int | None = None  # a table's rows
    pdf_signed: bool | None = None  # a chronology: signed or not; None for other kinds
    timestamp_note: str = ""  # a signed chronology: whose trusted time it carries, or why none
    damage: str = ""  # what the export says about damage in the journal, if any


def run_export(
    kind: str,
    selection: Selection,
    journal: Journal,
    out: Path,
    *,
    force: bool = False,
    signed: bool = True,
    max_mb: float | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write `selection` as `kind`; nothing is left behind on failure or cancel."""
    if kind != "pdf" and (max_mb is not None or not signed):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "A size limit and an unsigned copy apply to the chronology PDF only."
            )
        )
    damage = selection.damage.summary() if selection.damage.any else ""
    entries = len(selection.entries)
    if kind == "bundle":
        made = export_bundle(selection, journal, out, force=force, progress=progress,
                             cancelled=cancelled)  # fmt: skip
        return ExportResult(kind, (out,), made.fingerprint, entries, made.exhibits,
                            made.left_out, damage=damage)  # fmt: skip
    if kind == "pdf":
        pdf = export_chronology(selection, journal, out, signed=signed, max_mb=max_mb,
                                force=force, progress=progress, cancelled=cancelled)  # fmt: skip
        return ExportResult(
            kind, pdf.paths, pdf.fingerprint or NO_KEY, entries, pages=pdf.pages,
            pdf_signed=pdf.signed, timestamp_note=pdf.timestamp_note, damage=damage,
        )  # fmt: skip
    if kind in ("csv", "json"):
        rows = export_table(selection, journal, out, kind, force=force, progress=progress,
                            cancelled=cancelled)  # fmt: skip
        return ExportResult(kind, (out,), _fingerprint(journal), entries, rows=rows,
                            damage=damage)  # fmt: skip
    raise UsageError(
        QT_TRANSLATE_NOOP("core", "There is no export of kind {kind!r}; choose one of {names}."),
        kind=kind,
        names=", ".join(KINDS),
    )


def _fingerprint(journal: Journal) -> str:
    try:
        return journal_fingerprint(journal)
    except DamagedJournal:
        return NO_KEY
