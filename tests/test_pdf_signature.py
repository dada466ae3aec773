"""The chronology PDF's own PAdES signature: pdfsig and pyHanko's validator accept it over
the whole file, and report one changed byte; the key is tied to the journal's Ed25519
signing key in key_history.json and renewed with it."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from datetime import timedelta
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from journal.entries.model import EntryContent, EventTime
from journal.export.options import ExportOptions, select
from journal.export.pdf import render_pdf
from journal.export.pdf_signing.certificate import COMMON_NAME
from journal.export.pdf_signing.sign import FIELD_NAME, sign_pdf
from journal.export.signing import (
    journal_fingerprint,
    key_history_bytes,
    pdf_signing_key,
    public_raw,
    signing_key,
)
from journal.session.journal import Journal
from journal.vault.key_history import check_history

from .cli_helpers import run_cli
from .conftest import PASSPHRASE, fast_kdf, new_vault, reopen
from .export_fixtures import FIXED, clock, populate

NEW = "another long passphrase for later"


def signed_pdf(journal: Journal) -> bytes:
    journal.add_entry(
        EntryContent(kind="note", title="A plain note", occurred=EventTime("2025-03-14"))
    )
    out = io.BytesIO()
    render_pdf(select(journal, ExportOptions(), clock), journal, out)
    return sign_pdf(out.getvalue(), pdf_signing_key(journal), FIXED)


def pdfsig(path: Path) -> str:
    # pdfsig exits 0 for a valid signature and non-zero for a broken one: keep both.
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def pyhanko_status(data: bytes) -> tuple[bool, bool, str]:
    """(intact, all in order, what it covers) as pyHanko's validator reports the one signature,
    trusting the certificate it carries (the trust question aside, as with pdfsig)."""
    reader = PdfFileReader(io.BytesIO(data))
    (embedded,) = reader.embedded_signatures
    trust = ValidationContext(trust_roots=[embedded.signer_cert], allow_fetching=False)
    status = validate_pdf_signature(embedded, trust)
    return status.intact, status.bottom_line, status.coverage.name


def test_pdfsig_and_pyhanko_accept_a_signature_over_the_whole_file(
    journal: Journal, tmp_path: Path
) -> None:
    data = signed_pdf(journal)
    path = tmp_path / "chronology.pdf"
    path.write_bytes(data)
    report = pdfsig(path)
    assert "Signature #1" in report
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report
    assert "ETSI.CAdES.detached" in report
    assert f"Signer Certificate Common Name: {COMMON_NAME}" in report
    assert pyhanko_status(data) == (True, True, "ENTIRE_FILE")
    reader = PdfFileReader(io.BytesIO(data))
    assert reader.embedded_signatures[0].field_name == FIELD_NAME


def test_one_changed_byte_is_reported_by_pdfsig_and_pyhanko(
    journal: Journal, tmp_path: Path
) -> None:
    data = bytearray(signed_pdf(journal))
    # A byte of the document's title (inside the signed range, outside the signature).
    at = data.index(b"Chronology of events")
    data[at] = ord("c")
    path = tmp_path / "changed.pdf"
    path.write_bytes(bytes(data))
    report = pdfsig(path)
    assert "Signature Validation: Digest Mismatch." in report
    assert "Signature is Valid" not in report
    intact, in_order, _ = pyhanko_status(bytes(data))
    assert not intact and not in_order


def test_same_pdf_key_and_time_give_the_same_signed_bytes(journal: Journal) -> None:
    out = io.BytesIO()
    journal.add_entry(EntryContent(kind="note", title="x", occurred=EventTime("2025-03-14")))
    render_pdf(select(journal, ExportOptions(), clock), journal, out)
    key = pdf_signing_key(journal)
    assert sign_pdf(out.getvalue(), key, FIXED) == sign_pdf(out.getvalue(), key, FIXED)


def test_the_signing_key_vouches_for_the_pdf_certificate_in_key_history(
    journal: Journal,
) -> None:
    key = pdf_signing_key(journal)
    assert pdf_signing_key(journal).certificate_der == key.certificate_der  # kept
    history = key_history_bytes(journal)
    check = check_history(history, public_raw(signing_key(journal).public_key()))
    assert check.problems == []
    listed = json.loads(history)["keys"][-1]["pdf_signing_certificate"]
    assert listed["certificate_sha256"] in listed["statement"]
    # The certificate names the app and the fingerprint's start, nothing personal.
    subject = key.certificate.subject.rfc4514_string()
    assert journal_fingerprint(journal)[:39] in subject
    assert "Incident Journal" in subject

    # A certificate the key did not sign is a problem.
    parsed = json.loads(history)
    parsed["keys"][-1]["pdf_signing_certificate"]["signature_by_this_key"] = "00" * 64
    forged = json.dumps(parsed).encode()
    problems = check_history(forged, None).problems
    assert any("PDF-signing certificate of key 1" in p for p in problems)


def test_the_pdf_key_is_renewed_with_the_signing_key(vault_path: Path) -> None:
    vault, _ = new_vault(vault_path)
    journal = Journal.open(vault)
    first = pdf_signing_key(journal).certificate_der
    journal.vault.change_passphrase(NEW, kdf=fast_kdf(), allow_weak_kdf=True)
    second = pdf_signing_key(journal).certificate_der
    assert second != first
    history = json.loads(key_history_bytes(journal))
    listed = [k["pdf_signing_certificate"] for k in history["keys"]]
    assert len(listed) == 2 and all(listed)  # the retired certificate stays listed
    assert check_history(key_history_bytes(journal), None).problems == []
    journal.vault.lock()
    again = reopen(vault_path, NEW)
    assert pdf_signing_key(again).certificate_der == second
    again.vault.lock()


def test_cli_export_pdf_is_signed_and_the_bundle_chronology_too(tmp_path: Path) -> None:
    vault, _code = new_vault(tmp_path / "notes.db")
    journal = Journal.open(vault)
    populate(journal, with_evidence=False)
    vault.lock()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return run_cli("--vault", tmp_path / "notes.db", "--passphrase-file", pass_file, *args)

    out = tmp_path / "chronology.pdf"
    result = cli("export", "pdf", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert "carries a PDF signature" in result.stderr
    assert "Signature is Valid." in pdfsig(out)
    data = bytearray(out.read_bytes())
    middle = len(data) // 3  # somewhere in the page content, inside the signed range
    data[middle] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    assert "Signature is Valid" not in pdfsig(changed)
    assert not pyhanko_status(bytes(data))[0]

    bundle = tmp_path / "bundle.zip"
    assert cli("export", "bundle", "--out", bundle).returncode == 0
    with zipfile.ZipFile(bundle) as archive:
        inner = tmp_path / "inner.pdf"
        inner.write_bytes(archive.read("chronology.pdf"))
    assert "Signature is Valid." in pdfsig(inner)


def test_the_timestamp_hook_embeds_an_authoritys_token(journal: Journal, tmp_path: Path) -> None:
    """sign_pdf's `timestamper` (the hook for a configured authority): here pyHanko's own
    in-process authority with a throwaway certificate, so nothing leaves the machine."""
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # pyHanko's: RSA
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Throwaway test TSA")])
    tsa_cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(tsa_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(FIXED - timedelta(days=1))
        .not_valid_after(FIXED + timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(tsa_key, hashes.SHA256())
    )
    authority = asn1_x509.Certificate.load(tsa_cert.public_bytes(serialization.Encoding.DER))
    stamper = DummyTimeStamper(
        tsa_cert=authority,
        tsa_key=asn1_keys.PrivateKeyInfo.load(
            tsa_key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
        fixed_dt=FIXED,
    )
    journal.add_entry(EntryContent(kind="note", title="x", occurred=EventTime("2025-03-14")))
    out = io.BytesIO()
    render_pdf(select(journal, ExportOptions(), clock), journal, out)
    data = sign_pdf(out.getvalue(), pdf_signing_key(journal), FIXED, timestamper=stamper)
    path = tmp_path / "stamped.pdf"
    path.write_bytes(data)
    assert "Signature is Valid." in pdfsig(path)
    (embedded,) = PdfFileReader(io.BytesIO(data)).embedded_signatures
    trust = ValidationContext(trust_roots=[embedded.signer_cert, authority], allow_fetching=False)
    status = validate_pdf_signature(embedded, trust, trust)
    assert status.bottom_line and status.timestamp_validity is not None
    assert status.timestamp_validity.intact and status.timestamp_validity.valid
    assert status.timestamp_validity.timestamp == FIXED
