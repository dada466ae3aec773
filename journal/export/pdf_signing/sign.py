"""Signing a finished chronology PDF with pyHanko: PAdES baseline (sub-filter
ETSI.CAdES.detached), one signature covering the whole file.

The signature is added as an incremental update, so the signed bytes are the
unsigned PDF plus a signature revision. With the same PDF, key and time the result
is the same bytes (the bundle promises that): the ECDSA signature is deterministic
(RFC 6979), the signing time is the export's generation time, the new document id
is derived from the content, and the document information is left as reportlab
wrote it (pyHanko would stamp the local time zone's current time into it).

`timestamper`: the hook for a trusted time from an RFC 3161 authority (pyHanko's
`HTTPTimeStamper`), given when one is configured; it is sent only the signature's hash,
and its token is embedded as a signature timestamp (PAdES B-T). A timestamped signature
is no longer byte-for-byte repeatable.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from datetime import UTC, datetime
from typing import Any

with warnings.catch_warnings():
    # pyHanko imports cryptography's DSA types, which warn on import; no DSA is used here.
    warnings.filterwarnings("ignore", "DSA is deprecated")
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.asymmetric import ec
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.timestamps import TimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from journal.export.errors import ExportFailed
from journal.export.pdf_signing.certificate import APP_NAME, PdfKey
from journal.translatable import QT_TRANSLATE_NOOP, phrase

FIELD_NAME = "IncidentJournalSignature"
REASON = "Unaltered since it was exported from an Incident Journal by the holder of its signing key"


class _Writer(IncrementalPdfFileWriter):
    """An incremental update with a content-derived id that leaves /Info as it was."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        first = self._document_id[0]
        second = generic.ByteStringObject(hashlib.sha256(data).digest()[:16])
        self._document_id = generic.ArrayObject([first, second])

    def _update_meta(self) -> None:
        """Keep reportlab's creation and modification dates (UTC, the export's time)."""


class _DeterministicSigner(signers.SimpleSigner):
    """ECDSA with RFC 6979 nonces: the same data gives the same signature."""

    def __init__(self, key: PdfKey) -> None:
        certificate = asn1_x509.Certificate.load(key.certificate_der)
        super().__init__(
            signing_cert=certificate,
            signing_key=asn1_keys.PrivateKeyInfo.load(key.private_der),
            cert_registry=SimpleCertificateStore.from_certs([certificate]),  # type: ignore[no-untyped-call]
        )
        self.private = key.private

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        hash_algorithm = get_pyca_cryptography_hash(digest_algorithm)
        signed: bytes = self.private.sign(
            data, ec.ECDSA(hash_algorithm, deterministic_signing=True)
        )
        return signed


class _PdfSigner(signers.PdfSigner):
    """Signs at the given time rather than the computer clock's current one."""

    def __init__(self, when: datetime, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.when = when

    def init_signing_session(self, *args: Any, **kwargs: Any) -> Any:
        session = super().init_signing_session(*args, **kwargs)
        session.system_time = self.when
        return session


def sign_pdf(
    data: bytes, key: PdfKey, when: datetime, timestamper: TimeStamper | None = None
) -> bytes:
    """`data` (a complete PDF) with a PAdES signature over all of it."""
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=REASON,
        name=APP_NAME,
    )
    out = io.BytesIO()
    try:
        signer = _PdfSigner(
            when.astimezone(UTC), meta, _DeterministicSigner(key), timestamper=timestamper
        )
        signer.sign_pdf(_Writer(data), output=out)
    except (PdfError, SigningError, ValueError) as error:  # no message: it may quote the PDF
        raise ExportFailed(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The PDF could not be signed ({kind}). The journal is unchanged; you can "
                    "export it unsigned.",
                ),
                kind=type(error).__name__,
            )
        ) from None
    return out.getvalue()


__all__ = ["FIELD_NAME", "REASON", "TimeStamper", "sign_pdf"]
