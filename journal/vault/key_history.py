"""The succession of a journal's signing keys, and its check by a recipient.

Every time the journal's keys change (new passphrase, new recovery code,
recovery, or on request) a new Ed25519 signing key replaces the old one, and the
old key signs a short statement naming the new public key and the time. The
chain of statements goes into every bundle as key_history.json, so someone who
confirmed an earlier fingerprint can see that the current key was announced by
it. The chain is only as strong as the earlier keys' secrecy: an old copy of the
journal still holds the key that was current then, so a confirmed *current*
fingerprint remains the real check.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from journal.translatable import QT_TRANSLATE_NOOP, phrase

HISTORY_FORMAT = "incident-journal-key-history"
HISTORY_VERSION = 1


def grouped(digest: str) -> str:
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def raw_fingerprint(public_raw: bytes) -> str:
    """SHA-256 of the raw 32-byte public key, hex in groups of four."""
    return grouped(hashlib.sha256(public_raw).hexdigest())


def statement(journal_id: str, previous: str, new: str, since: str) -> bytes:
    """The exact bytes the previous key signs (keys as 64 hex digits of the raw key)."""
    return (
        "incident-journal signing-key succession 1\n"
        f"journal id: {journal_id}\n"
        f"previous key: {previous}\n"
        f"new key: {new}\n"
        f"new key in use from: {since}\n"
    ).encode()


def pdf_statement(journal_id: str, signing_key: str, certificate_der: bytes) -> bytes:
    """The exact bytes a signing key signs to vouch for its PDF-signing certificate
    (ECDSA P-256, which PDF readers can check, where they cannot check Ed25519)."""
    return (
        "incident-journal pdf-signing certificate 1\n"
        f"journal id: {journal_id}\n"
        f"signing key: {signing_key}\n"
        f"pdf certificate sha-256: {hashlib.sha256(certificate_der).hexdigest()}\n"
    ).encode()


@dataclass(frozen=True)
class KeyLink:
    public: str  # raw public key, hex
    since: str | None  # when it came into use (computer clock); None when not recorded
    signature: str | None  # by the previous key over `statement`; None for the first
    reason: str | None = None  # why it replaced the one before (not signed; None if unknown)
    # The PDF-signing certificate this key vouches for (DER, hex) and this key's signature
    # over `pdf_statement` naming it; None until the key has signed a PDF.
    pdf_certificate: str | None = None
    pdf_signature: str | None = None

    def to_plain(self) -> dict[str, Any]:
        plain: dict[str, Any] = {
            "public": self.public,
            "since": self.since,
            "signature": self.signature,
        }
        optional = {
            "reason": self.reason,
            "pdf_certificate": self.pdf_certificate,
            "pdf_signature": self.pdf_signature,
        }
        return {**plain, **{k: v for k, v in optional.items() if v is not None}}

    @classmethod
    def from_plain(cls, value: Any) -> KeyLink:
        if not isinstance(value, dict) or not isinstance(value.get("public"), str):
            raise ValueError("a key history link is damaged")
        since, signature = value.get("since"), value.get("signature")
        reason = value.get("reason")
        certificate, vouch = value.get("pdf_certificate"), value.get("pdf_signature")
        if not all(
            isinstance(x, str | None) for x in (since, signature, reason, certificate, vouch)
        ):
            raise ValueError("a key history link is damaged")
        return cls(value["public"], since, signature, reason, certificate, vouch)


def successor(
    journal_id: str, old: Ed25519PrivateKey, new_public_raw: bytes, since: str, reason: str
) -> KeyLink:
    old_raw = old.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    signed = old.sign(statement(journal_id, old_raw.hex(), new_public_raw.hex(), since))
    return KeyLink(new_public_raw.hex(), since, signed.hex(), reason)


def _pdf_certificate(journal_id: str, link: KeyLink) -> dict[str, str] | None:
    if link.pdf_certificate is None or link.pdf_signature is None:
        return None
    from cryptography import x509  # only for a PDF certificate; unlocking never needs it

    der = bytes.fromhex(link.pdf_certificate)
    pem = x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)
    return {
        "certificate_pem": pem.decode(),
        "certificate_sha256": hashlib.sha256(der).hexdigest(),
        "statement": pdf_statement(journal_id, link.public, der).decode(),
        "signature_by_this_key": link.pdf_signature,
    }


def history_json(journal_id: str, links: list[KeyLink]) -> bytes:
    """key_history.json: every key in order, each later one signed by the one before."""
    keys: list[dict[str, Any]] = []
    previous: KeyLink | None = None
    for number, link in enumerate(links, 1):
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(link.public))
        keys.append(
            {
                "number": number,
                "public_key": link.public,
                "public_key_pem": public.public_bytes(
                    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
                ).decode(),
                "signing_key_fingerprint": raw_fingerprint(bytes.fromhex(link.public)),
                "in_use_from": link.since,
                "reason": link.reason,
                "statement": None
                if previous is None or link.since is None
                else statement(journal_id, previous.public, link.public, link.since).decode(),
                "signature_by_previous_key": link.signature,
                "pdf_signing_certificate": _pdf_certificate(journal_id, link),
            }
        )
        previous = link
    data = {
        "format": HISTORY_FORMAT,
        "format_version": HISTORY_VERSION,
        "journal_id": journal_id,
        "about": (
            "Each key after the first was announced by the key before it: that key signed "
            "'statement' (UTF-8, as given) and the signature is 'signature_by_previous_key' "
            "(Ed25519, hex); 'reason' says why the key was replaced (not signed). The last "
            "key is the one that signed this bundle. 'pdf_signing_certificate' is the certificate "
            "that signs the chronology PDFs made while that key was current: the key signed "
            "its 'statement' (naming the certificate's SHA-256), the signature is "
            "'signature_by_this_key'. An old copy of "
            "the journal still holds the key that was current then, so a key reached only "
            "through this chain is not confirmed until the sender confirms it."
        ),
        "keys": keys,
    }
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


@dataclass(frozen=True)
class ChainCheck:
    fingerprints: list[tuple[str, str | None]]  # (fingerprint, in use from), oldest first
    problems: list[str]


def _vouches_for_pdf_certificate(journal_id: str, item: Any, key: Ed25519PublicKey) -> bool:
    """True when the key lists no PDF-signing certificate, or signed the one it lists."""
    vouched = item.get("pdf_signing_certificate")
    if vouched is None:
        return True
    from cryptography import x509

    try:
        pem = vouched["certificate_pem"].encode()
        der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
        signed = pdf_statement(journal_id, key.public_bytes_raw().hex(), der)
        key.verify(bytes.fromhex(vouched["signature_by_this_key"]), signed)
    except (InvalidSignature, ValueError, KeyError, TypeError, AttributeError):
        return False
    return True


def check_history(data: bytes, signer_raw: bytes | None) -> ChainCheck:
    """Check key_history.json: every succession signature, and that it ends at the signer."""
    try:
        parsed = json.loads(data.decode("utf-8"))
        journal_id = parsed["journal_id"]
        keys = parsed["keys"]
        if parsed.get("format") != HISTORY_FORMAT or not isinstance(keys, list) or not keys:
            raise ValueError
        if not isinstance(journal_id, str):
            raise ValueError
        raws = [bytes.fromhex(k["public_key"]) for k in keys]
        publics = [Ed25519PublicKey.from_public_bytes(r) for r in raws]
    except (ValueError, KeyError, TypeError, AttributeError):
        return ChainCheck(
            [], [QT_TRANSLATE_NOOP("core", "key_history.json cannot be read as a key history")]
        )
    problems: list[str] = []
    chain: list[tuple[str, str | None]] = []
    for number, (item, raw) in enumerate(zip(keys, raws, strict=True), 1):
        since = item.get("in_use_from")
        chain.append((raw_fingerprint(raw), since if isinstance(since, str) else None))
        if not _vouches_for_pdf_certificate(journal_id, item, publics[number - 1]):
            problems.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the PDF-signing certificate of key {number} in key_history.json was not "
                        "signed by that key: its signature does not match",
                    ),
                    number=number,
                )
            )
        if number == 1:
            continue
        try:
            if not isinstance(since, str):
                raise ValueError
            signature = bytes.fromhex(item["signature_by_previous_key"])
            signed = statement(journal_id, raws[number - 2].hex(), raw.hex(), since)
            publics[number - 2].verify(signature, signed)
        except (InvalidSignature, ValueError, KeyError, TypeError, AttributeError):
            problems.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "key {number} in key_history.json was not announced by key {previous}: its "
                        "succession signature does not match",
                    ),
                    number=number,
                    previous=number - 1,
                )
            )
    if signer_raw is not None and raws[-1] != signer_raw:
        problems.append(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "key_history.json does not end at the key that signed this bundle "
                    "(vault_pub.pem)",
                )
            )
        )
    return ChainCheck(chain, problems)
