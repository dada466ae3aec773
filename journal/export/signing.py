"""The vault's Ed25519 signing key: made on first use, kept encrypted inside the vault.

The private key lives in the vault's encrypted settings (`AuxSettings`): each
settings object has its own key wrapped by the epoch key, and every older epoch
key stays reachable from the newest one, so the signing key survives a
passphrase change, a new recovery code and a recovery. It never touches disk in
plaintext. Only the public key leaves the vault, inside every bundle, with its
fingerprint shown on every export so a recipient can compare it out of band.
"""

from __future__ import annotations

import hashlib
import threading

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..book import Journal
from ..errors import IntegrityProblem

SETTING = "export_signing_key"
_creating = threading.Lock()


def signing_key(journal: Journal) -> Ed25519PrivateKey:
    """The vault's signing key, created and stored (encrypted) the first time."""
    with _creating:
        stored = journal.settings.get(SETTING)
        if stored is None:
            key = Ed25519PrivateKey.generate()
            raw = key.private_bytes(
                serialization.Encoding.Raw,
                serialization.PrivateFormat.Raw,
                serialization.NoEncryption(),
            )
            journal.settings.set(SETTING, {"alg": "ed25519", "private": raw.hex()})
            return key
    try:
        if stored["alg"] != "ed25519":
            raise ValueError(stored["alg"])
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored["private"]))
    except (KeyError, TypeError, ValueError):
        raise IntegrityProblem(
            "The journal's signing key is damaged, so exports cannot be signed."
        ) from None


def public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_pem(key: Ed25519PublicKey) -> bytes:
    """SubjectPublicKeyInfo PEM, as `openssl pkeyutl -pubin -inkey` reads it."""
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte public key, hex in groups of four."""
    digest = hashlib.sha256(public_raw(key)).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def journal_fingerprint(journal: Journal) -> str:
    return fingerprint(signing_key(journal).public_key())


def load_public_pem(data: bytes) -> Ed25519PublicKey:
    """Read a bundle's vault_pub.pem; ValueError when it is not an Ed25519 public key."""
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key
