"""The vault's Ed25519 signing key: made on first use, kept encrypted inside the vault,
and replaced whenever the journal's keys change.

The private key lives in the vault's encrypted settings (`AuxSettings`), with the
key epoch it was made in. A passphrase change, a new recovery code and a
recovery each start a new epoch, and the signing key is replaced inside that
same operation (journal/vault/signing_renewal.py, called by the vault's key change):
an old copy of the file opened with an old passphrase only ever yields the key
that was current when that copy was made, never the current one. The old key
signs a statement naming the new public key (journal/vault/key_history.py);
that chain of public keys and signatures is kept, and the retired private key is
not (the settings object holding it is deleted, with SQLite's secure_delete on).
Only public keys leave the vault, inside every bundle.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from journal.errors import IntegrityProblem
from journal.export.pdf_signing.certificate import PdfKey, load_pdf_key, new_pdf_key
from journal.session.journal import Journal
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.key_history import KeyLink, history_json, raw_fingerprint
from journal.vault.signing_renewal import (
    REASON_FIRST,
    REASON_LOST,
    REASON_OLDER_VERSION,
    REASON_REQUEST,
    SETTING,
    load_stored,
    stored_form,
    successor_of,
)

_creating = threading.Lock()


def _store(journal: Journal, stored: dict[str, Any]) -> None:
    """One settings write: the new private key replaces the old one, history appended."""
    journal.settings.set(SETTING, stored)


def _now(journal: Journal) -> str:
    return journal.vault.clock().isoformat(timespec="seconds")


def _stale(epoch: int | None, current: int) -> bool:
    """Made in an older key epoch, so an old copy of the file may hold it. A key with
    no recorded epoch is trusted only when the keys never changed (epoch 1). (A key
    change renews the key itself; this catches journals changed by older versions.)"""
    return epoch < current if epoch is not None else current > 1


def _replace(
    journal: Journal, old: Ed25519PrivateKey, links: list[KeyLink], reason: str
) -> Ed25519PrivateKey:
    vault = journal.vault
    new, stored = successor_of(
        old, links, vault.vault_id.hex(), vault.keys.current, _now(journal), reason
    )
    _store(journal, stored)
    return new


def _stored_or_first(
    journal: Journal, on_request: bool = False
) -> tuple[Ed25519PrivateKey, int | None, list[KeyLink]]:
    """The stored key as `load_stored` gives it, or the first key, made and stored now.

    When the settings holding the key were removed from the file, a new first key is
    made only on the person's request (`on_request`), never quietly for an export.
    """
    stored = journal.settings.get(SETTING)
    if stored is not None:
        return load_stored(stored)
    if journal.settings.missing and not on_request:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP(
                "core",
                "The settings holding this journal's signing key were removed from the file "
                "(run a full check). Nothing was signed. Restore a backup, or make a new "
                "signing key under Safety > Keys and give its fingerprint to your recipients.",
            )
        )
    key = Ed25519PrivateKey.generate()
    reason = REASON_LOST if journal.settings.missing else REASON_FIRST
    links = [KeyLink(public_raw(key.public_key()).hex(), _now(journal), None, reason)]
    _store(journal, stored_form(key, journal.vault.keys.current, links))
    return key, journal.vault.keys.current, links


def signing_key(journal: Journal) -> Ed25519PrivateKey:
    """The current signing key: created the first time, replaced if the keys changed."""
    with _creating:
        key, epoch, links = _stored_or_first(journal)
        if _stale(epoch, journal.vault.keys.current):
            key = _replace(journal, key, links, REASON_OLDER_VERSION)
        return key


PDF_PRIVATE = "pdf_private"  # in the signing key's settings; dropped when the key is renewed


def pdf_signing_key(journal: Journal) -> PdfKey:
    """The P-256 key and certificate that sign chronology PDFs, vouched for by the current
    signing key. Made on first use; a renewed signing key (whose stored form has no
    PDF key) gets a new one, so an old copy of the file never holds the current one."""
    signing_key(journal)
    with _creating:
        stored = journal.settings.get(SETTING)
        key, _epoch, links = load_stored(stored)
        last, private = links[-1], stored.get(PDF_PRIVATE)
        if isinstance(private, str) and last.pdf_certificate is not None:
            return load_pdf_key(private, last.pdf_certificate)
        made, vouch = new_pdf_key(key, journal.vault.vault_id.hex(), journal.vault.clock())
        links[-1] = replace(
            last, pdf_certificate=made.certificate_der.hex(), pdf_signature=vouch.hex()
        )
        history = [link.to_plain() for link in links]
        _store(journal, {**stored, "history": history, PDF_PRIVATE: made.private_der.hex()})
        return made


def make_new_signing_key(journal: Journal) -> str:
    """Replace the signing key on request; returns the new key's fingerprint."""
    with _creating:
        lost = journal.settings.get(SETTING) is None and journal.settings.missing
        old, _epoch, links = _stored_or_first(journal, on_request=True)
        if lost:  # the new first key, recorded as made after the loss
            return fingerprint(old.public_key())
        return fingerprint(_replace(journal, old, links, REASON_REQUEST).public_key())


def key_links(journal: Journal) -> list[KeyLink]:
    """Every signing key this journal has used, oldest first, ending at the current one."""
    signing_key(journal)
    return load_stored(journal.settings.get(SETTING))[2]


def key_history_lines(journal: Journal) -> list[str]:
    """Every signing key, newest first: fingerprint, since when, and why it came."""
    return [
        f"{raw_fingerprint(bytes.fromhex(link.public))}\n    in use from "
        f"{link.since or 'an unrecorded time'}: {link.reason or 'reason not recorded'}"
        for link in reversed(key_links(journal))
    ]


def key_history_bytes(journal: Journal) -> bytes:
    return history_json(journal.vault.vault_id.hex(), key_links(journal))


def public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_pem(key: Ed25519PublicKey) -> bytes:
    """SubjectPublicKeyInfo PEM, as `openssl pkeyutl -pubin -inkey` reads it."""
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def fingerprint(key: Ed25519PublicKey) -> str:
    """The signing-key fingerprint: SHA-256 of the raw 32-byte public key, hex in fours."""
    return raw_fingerprint(public_raw(key))


def journal_fingerprint(journal: Journal) -> str:
    return fingerprint(signing_key(journal).public_key())


def load_public_pem(data: bytes) -> Ed25519PublicKey:
    """Read a bundle's vault_pub.pem; ValueError when it is not an Ed25519 public key
    (also for keys of an algorithm the cryptography library does not know)."""
    try:
        key = serialization.load_pem_public_key(data)
    except UnsupportedAlgorithm:
        raise ValueError("a public key of an unknown kind") from None
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key
