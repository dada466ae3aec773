"""Renewing the export signing key as part of a key change (core, no export code).

The signing key's private half sits in the settings, so an old copy of the file
opened with an old passphrase yields the key that was current then. Every key
change (passphrase, recovery code, recovery) therefore replaces it inside the
same transaction that starts the new epoch, and the old key signs a statement
naming the new one (journal/vault/key_history.py), so the change is announced
to anyone who confirmed the old fingerprint.
"""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from journal.errors import IntegrityProblem
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.key_history import KeyLink, successor

SETTING = "export_signing_key"
# Why a signing key replaced the one before (kept in its history, shown to the person
# and written into every bundle's key_history.json).
REASON_FIRST = "first signing key of this journal"
REASON_PASSPHRASE = "the passphrase was changed"
REASON_RECOVERY_CODE = "a new recovery code was made"
REASON_RECOVERY = "the journal was opened with the recovery code and given a new passphrase"
REASON_REQUEST = "made on request"
REASON_OLDER_VERSION = "the keys were changed by an older version of the app"
REASON_LOST = "made on request after the settings holding the previous key were removed"


def raw_private(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_stored(stored: Any) -> tuple[Ed25519PrivateKey, int | None, list[KeyLink]]:
    """(key, epoch it was made in or None for keys made before epochs were kept, history)."""
    try:
        if stored["alg"] != "ed25519":
            raise ValueError(stored["alg"])
        key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored["private"]))
        epoch = stored.get("epoch")
        if epoch is not None and not isinstance(epoch, int):
            raise ValueError("epoch")
        links = [KeyLink.from_plain(x) for x in stored.get("history", [])]
        own = raw_public(key).hex()
        if not links or links[-1].public != own:
            links.append(KeyLink(own, None, None))  # a key from before the history was kept
        return key, epoch, links
    except (KeyError, TypeError, ValueError, AttributeError):
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP(
                "core", "The journal's signing key is damaged, so exports cannot be signed."
            )
        ) from None


def stored_form(key: Ed25519PrivateKey, epoch: int, links: list[KeyLink]) -> dict[str, Any]:
    return {
        "alg": "ed25519",
        "private": raw_private(key).hex(),
        "epoch": epoch,
        "history": [link.to_plain() for link in links],
    }


def successor_of(
    old: Ed25519PrivateKey,
    links: list[KeyLink],
    journal_id: str,
    epoch: int,
    since: str,
    reason: str,
) -> tuple[Ed25519PrivateKey, dict[str, Any]]:
    """A new key announced by `old`, and its stored form (history appended)."""
    new = Ed25519PrivateKey.generate()
    link = successor(journal_id, old, raw_public(new), since, reason)
    return new, stored_form(new, epoch, [*links, link])


def renewed_settings(
    values: dict[str, Any], journal_id: str, epoch: int, since: str, reason: str
) -> dict[str, Any]:
    """The settings with the signing key replaced by a successor made in `epoch`; as
    they were when there is no key yet (the first export makes one) or it is damaged
    (signing then reports the damage)."""
    stored = values.get(SETTING)
    if stored is None:
        return values
    try:
        old, _epoch, links = load_stored(stored)
    except IntegrityProblem:
        return values
    return {**values, SETTING: successor_of(old, links, journal_id, epoch, since, reason)[1]}
