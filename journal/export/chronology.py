"""Writing the chronology PDF as the person asked: signed (the default) or plain, as one
file or as volumes under a size limit. The CLI's `export pdf` and the export dialog
both come here.

Signed: each file carries a PAdES signature by the journal's PDF-signing key
(journal/export/pdf_signing). Plain: for court filing systems that refuse signed files.
Volumes of `out` = "chronology.pdf" are chronology-1.pdf, chronology-2.pdf, ... beside
it (in it, when `out` is a folder); they are written only once all are made, and a
failure while writing leaves none of them.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from journal.errors import DamagedJournal, UsageError
from journal.export.destination import check_chronology_destination, volume_path
from journal.export.errors import ExportFailed
from journal.export.options import Selection
from journal.export.pdf import render_pdf
from journal.export.pdf.volumes import render_volumes
from journal.export.pdf_signing.certificate import PdfKey
from journal.export.signing import journal_fingerprint, pdf_signing_key
from journal.export.timestamps.store import chosen_authorities
from journal.export.write import Cancelled, Progress, atomic_output, check_destination
from journal.session.journal import Journal
from journal.translatable import QT_TRANSLATE_NOOP, phrase

if TYPE_CHECKING:
    from journal.export.pdf_signing.sign import TimeStamper

MEGABYTE = 1_000_000  # e-filing limits are given in MB; decimal is the stricter reading


@dataclass(frozen=True)
class ChronologyResult:
    paths: tuple[Path, ...]
    pages: int
    signed: bool
    fingerprint: str | None  # None when the journal's key cannot be read (damaged file)
    timestamp_note: str = ""  # whose trusted time the signature carries, or why none


def _key(journal: Journal) -> tuple[PdfKey | None, str | None]:
    """The PDF-signing key and the journal's fingerprint; (None, None) for a damaged
    journal opened read-only, whose key cannot be read or saved."""
    try:
        return pdf_signing_key(journal), journal_fingerprint(journal)
    except DamagedJournal:
        return None, None


def _fingerprint(journal: Journal) -> str | None:
    try:
        return journal_fingerprint(journal)
    except DamagedJournal:
        return None


def export_chronology(
    selection: Selection,
    journal: Journal,
    out: Path,
    *,
    signed: bool = True,
    max_mb: float | None = None,
    force: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    timestamper: TimeStamper | None = None,
) -> ChronologyResult:
    """Write the chronology to `out` (or its volumes); nothing is left on failure.

    `timestamper`: the hook for a trusted timestamp when an authority is configured.
    """
    check_chronology_destination(out, max_mb, force)
    key, fingerprint = _key(journal) if signed else (None, _fingerprint(journal))
    when = selection.generated_at

    authorities = chosen_authorities(journal) if key is not None and timestamper is None else []
    notes: list[str] = []

    def finish(data: bytes) -> bytes:
        if key is None:
            return data
        from journal.export.pdf_signing.sign import sign_pdf  # pyHanko: only when signing

        if timestamper is not None or not authorities:
            return sign_pdf(data, key, when, timestamper)
        return _sign_with_a_trusted_time(data, key, when, authorities, notes)

    if max_mb is None:
        buffer = io.BytesIO()
        pages = render_pdf(
            selection,
            journal,
            buffer,
            progress=progress,
            cancelled=cancelled,
            signing_fingerprint=fingerprint,
        )
        data = finish(buffer.getvalue())
        with atomic_output(out, force) as handle:
            handle.write(data)
        return ChronologyResult((out,), pages, key is not None, fingerprint, _said(notes))
    volumes = render_volumes(
        selection,
        journal,
        int(max_mb * MEGABYTE),
        lambda n: volume_path(out, n).name,
        finish=finish,
        progress=progress,
        cancelled=cancelled,
        signing_fingerprint=fingerprint,
    )
    paths = tuple(volume_path(out, n) for n in range(1, len(volumes) + 1))
    _write_all(paths, [v.data for v in volumes], force, volume_path(out, len(volumes) + 1))
    pages = sum(v.pages for v in volumes)
    return ChronologyResult(paths, pages, key is not None, fingerprint, _said(notes))


def _sign_with_a_trusted_time(
    data: bytes, key: PdfKey, when: datetime, authorities: list[str], notes: list[str]
) -> bytes:
    """Signed with the first chosen authority that answers; signed without a trusted time,
    and said so, when none does (the export never fails for want of a network)."""
    from journal.export.pdf_signing.sign import sign_pdf
    from journal.export.timestamps.client import TimestampFailed, host_of
    from journal.export.timestamps.pdf_stamper import AuthorityStamper

    failures = []
    for url in authorities:
        try:
            signed = sign_pdf(data, key, when, AuthorityStamper(url))
        except (TimestampFailed, OSError, ExportFailed) as error:
            failures.append(str(error) if isinstance(error, TimestampFailed) else host_of(url))
            continue
        notes.append(
            phrase(
                QT_TRANSLATE_NOOP("core", "The signature carries a trusted time from {host}."),
                host=host_of(url),
            )
        )
        return signed
    notes.append(
        phrase(
            QT_TRANSLATE_NOOP(
                "core",
                "No timestamp authority could be reached, so the signature carries no trusted time "
                "({names}).",
            ),
            names="; ".join(failures),
        )
    )
    return sign_pdf(data, key, when)


def _said(notes: list[str]) -> str:
    return notes[-1] if notes else ""


def _write_all(paths: tuple[Path, ...], datas: list[bytes], force: bool, next_path: Path) -> None:
    for path in paths:
        check_destination(path, force)
    if next_path.exists():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core",
                "There is already a {name} beside these volumes (from an earlier export?); it "
                "would look like part of this one. Move it away or choose another name. "
                "Nothing was written.",
            ),
            name=next_path.name,
        )
    written: list[Path] = []
    try:
        for path, data in zip(paths, datas, strict=True):
            with atomic_output(path, force) as handle:
                handle.write(data)
            written.append(path)
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


__all__ = ["ChronologyResult", "check_chronology_destination", "export_chronology", "volume_path"]
