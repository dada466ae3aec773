"""The PDF-signing key: ECDSA P-256 with a self-signed certificate naming the app.

PDF readers (Acrobat, Okular, poppler's pdfsig) cannot check Ed25519 signatures, so the
chronology PDF is signed with a P-256 key instead. Nothing personal goes into the
certificate: it names the app and the first half of the journal's signing-key
fingerprint (the one printed on the cover), so a reader's signature panel can be
compared with the cover. The journal's Ed25519 key signs a statement naming the
certificate's SHA-256 (`key_history.pdf_statement`), which every bundle carries in
key_history.json.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID

from journal.errors import IntegrityProblem
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.key_history import pdf_statement, raw_fingerprint

APP_NAME = "Incident Journal"
COMMON_NAME = "Incident Journal export signature"
# RFC 5280 4.1.2.5: the "no well-defined expiration date" value; the key is replaced
# with the journal's signing key instead of expiring.
NO_EXPIRY = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
FINGERPRINT_GROUPS = 8  # an organizational unit holds at most 64 characters


@dataclass(frozen=True)
class PdfKey:
    private: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @property
    def private_der(self) -> bytes:
        return self.private.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    @property
    def certificate_der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)


def certificate_subject(signing_public_raw: bytes) -> x509.Name:
    short = " ".join(raw_fingerprint(signing_public_raw).split()[:FINGERPRINT_GROUPS])
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, COMMON_NAME),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, APP_NAME),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"journal key {short}"),
        ]
    )


def new_pdf_key(
    signing: Ed25519PrivateKey, journal_id: str, made: datetime
) -> tuple[PdfKey, bytes]:
    """A new key and certificate, and the Ed25519 signature vouching for the certificate."""
    private = ec.generate_private_key(ec.SECP256R1())
    signing_raw = signing.public_key().public_bytes_raw()
    name = certificate_subject(signing_raw)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(made.astimezone(UTC) - timedelta(days=1))
        .not_valid_after(NO_EXPIRY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(private.public_key()), critical=False
        )
        .sign(private, hashes.SHA256())
    )
    key = PdfKey(private, certificate)
    vouch = signing.sign(pdf_statement(journal_id, signing_raw.hex(), key.certificate_der))
    return key, vouch


def load_pdf_key(private_hex: str, certificate_hex: str) -> PdfKey:
    """The stored key; IntegrityProblem when it is damaged or not a P-256 key."""
    try:
        private = serialization.load_der_private_key(bytes.fromhex(private_hex), None)
        certificate = x509.load_der_x509_certificate(bytes.fromhex(certificate_hex))
        if not isinstance(private, ec.EllipticCurvePrivateKey):
            raise ValueError("not an EC key")
        if certificate.public_key() != private.public_key():
            raise ValueError("certificate of another key")
    except (ValueError, TypeError):
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP(
                "core",
                "The journal's PDF-signing key is damaged, so the PDF cannot be signed. Export "
                "the PDF unsigned, or make a new signing key under Safety > Keys.",
            )
        ) from None
    return PdfKey(private, certificate)
