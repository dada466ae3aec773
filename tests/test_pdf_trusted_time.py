"""A signed chronology carries a trusted time from the authority the person chose
(PAdES B-T), asked over the app's own RFC 3161 client; an authority that cannot be
reached changes nothing but the note, and the PDF is still signed."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from journal.entries.model import EntryContent, EventTime
from journal.export.options import ExportOptions, select
from journal.export.run import ExportResult, run_export
from journal.export.timestamps.store import choose_authorities
from journal.session.journal import Journal

from .export_fixtures import clock
from .tsa_authority import LocalAuthority, refused_url


@pytest.fixture
def tsa(tmp_path: Path) -> Iterator[LocalAuthority]:
    with LocalAuthority(tmp_path / "tsa") as authority:
        yield authority


def _export(journal: Journal, out: Path) -> ExportResult:
    journal.add_entry(EntryContent(kind="note", title="x", occurred=EventTime("2025-03-14")))
    return run_export("pdf", select(journal, ExportOptions(), clock), journal, out)


def test_the_signature_carries_the_chosen_authoritys_time(
    journal: Journal, tsa: LocalAuthority, tmp_path: Path
) -> None:
    choose_authorities(journal, [refused_url(), tsa.url])  # the first cannot be reached
    out = tmp_path / "chronology.pdf"
    result = _export(journal, out)
    assert result.pdf_signed and "127.0.0.1" in result.timestamp_note
    checked = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True, timeout=60)
    assert "Signature is Valid." in checked.stdout
    (embedded,) = PdfFileReader(io.BytesIO(out.read_bytes())).embedded_signatures
    authority = asn1_x509.Certificate.load(
        subprocess.run(
            ["openssl", "x509", "-in", str(tsa.ca_pem), "-outform", "DER"],
            capture_output=True, check=True, timeout=60,
        ).stdout
    )  # fmt: skip
    trust = ValidationContext(trust_roots=[embedded.signer_cert, authority], allow_fetching=False)
    status = validate_pdf_signature(embedded, trust, trust)
    assert status.intact and status.timestamp_validity is not None
    assert status.timestamp_validity.intact and status.timestamp_validity.valid


def test_no_reachable_authority_still_gives_a_signed_pdf_and_says_so(
    journal: Journal, tmp_path: Path
) -> None:
    choose_authorities(journal, [refused_url()])
    out = tmp_path / "chronology.pdf"
    result = _export(journal, out)
    assert result.pdf_signed
    assert result.timestamp_note.startswith("No timestamp authority could be reached")
    (embedded,) = PdfFileReader(io.BytesIO(out.read_bytes())).embedded_signatures
    trust = ValidationContext(trust_roots=[embedded.signer_cert], allow_fetching=False)
    status = validate_pdf_signature(embedded, trust, trust)
    assert status.intact and status.timestamp_validity is None
