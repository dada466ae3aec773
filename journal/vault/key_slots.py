"""The key slots of a vault: each seals the epoch key, under a passphrase's key
(Argon2id) or to the recovery code's public key, bound to the vault and slot by its
additional data (docs/vault-format.md). Split from lifecycle.py, which opens and
creates vaults with them."""

from __future__ import annotations

from journal.errors import UsageError
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.crypto import (
    MIN_MEMORY_KIB,
    DecryptionFailed,
    KdfParams,
    context,
    open_sealed,
    seal,
    seal_to_public,
)
from journal.vault.slot_limits import PassphraseSlot
from journal.vault.store import Tx

SLOT_PASSPHRASE = "passphrase"
SLOT_RECOVERY = "recovery"


def slot_aad(vault_id: bytes, slot_id: int, kind: str, epoch: int, params: str) -> bytes:
    return context("slot", vault_id, slot_id, kind, epoch, params)


def recovery_params(public: bytes) -> str:
    return '{"alg":"x25519-hkdf-sha256","pub":"' + public.hex() + '"}'


def checked_kdf(kdf: KdfParams | None, allow_weak_kdf: bool) -> KdfParams:
    kdf = kdf or KdfParams.fresh()
    if kdf.memory_kib < MIN_MEMORY_KIB and not allow_weak_kdf:
        raise UsageError(QT_TRANSLATE_NOOP("core", "Argon2id memory below 64 MiB is refused."))
    try:
        KdfParams.from_json(kdf.to_json())  # never write a slot that unlock would skip
    except ValueError as error:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "Argon2id parameters refused: {error}."), error=error
        ) from None
    return kdf


def open_passphrase_slot(
    vault_id: bytes, slots: list[PassphraseSlot], passphrase: str
) -> tuple[bytes, KdfParams, bytes] | None:
    """(KEK, params, epoch key) from the first slot the passphrase opens, or None.
    The slots come from `passphrase_candidates`: current epoch, within the caps."""
    for slot in slots:
        kek = slot.kdf.derive(passphrase)
        aad = slot_aad(vault_id, slot.slot_id, SLOT_PASSPHRASE, slot.epoch, slot.params)
        try:
            return kek, slot.kdf, open_sealed(kek, slot.ct, aad)
        except DecryptionFailed:
            continue
    return None


def check_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise UsageError(QT_TRANSLATE_NOOP("core", "The passphrase is empty."))


def add_passphrase_slot(
    tx: Tx, vault_id: bytes, epoch: int, epoch_key: bytes, kek: bytes, kdf: KdfParams
) -> int:
    slot_id = tx.next_slot_id()
    params = kdf.to_json()
    aad = slot_aad(vault_id, slot_id, SLOT_PASSPHRASE, epoch, params)
    tx.add_slot(slot_id, SLOT_PASSPHRASE, epoch, params, seal(kek, epoch_key, aad))
    return slot_id


def add_recovery_slot(tx: Tx, vault_id: bytes, epoch: int, epoch_key: bytes, public: bytes) -> int:
    slot_id = tx.next_slot_id()
    params = recovery_params(public)
    aad = slot_aad(vault_id, slot_id, SLOT_RECOVERY, epoch, params)
    tx.add_slot(slot_id, SLOT_RECOVERY, epoch, params, seal_to_public(public, epoch_key, aad))
    return slot_id
