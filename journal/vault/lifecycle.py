"""Vault lifecycle: create, unlock (passphrase or recovery code), change keys, lock.

Key hierarchy (docs/vault-format.md): each epoch has a random 256-bit key; the
passphrase slot wraps the current epoch key under an Argon2id KEK; the recovery
slot seals it to an X25519 public key derived from the recovery code, so a
passphrase change can re-seal it without knowing the code. Each epoch row holds
the previous epoch key wrapped under its own, so the newest key opens everything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from journal.errors import (
    IntegrityProblem,
    WrongPassphrase,
    WrongRecoveryCode,
)
from journal.translatable import QT_TRANSLATE_NOOP, phrase
from journal.vault import recovery_code, unlock_attempts
from journal.vault.aux_binding import (
    SealedHead,
    read_head,
    read_settings,
    reseal_for_new_epoch,
    write_head,
)
from journal.vault.chain import genesis
from journal.vault.crypto import (
    KEY_SIZE,
    DecryptionFailed,
    KdfParams,
    context,
    hkdf,
    open_from_public,
    open_sealed,
    public_bytes,
    random_bytes,
    seal,
    x25519_from_seed,
)
from journal.vault.file_format import (
    FORMAT_TAG,
    FORMAT_VERSION,
    check_is_vault,
    create_atomically,
    schema_is_damaged,
)
from journal.vault.key_slots import (
    SLOT_PASSPHRASE,
    SLOT_RECOVERY,
    add_passphrase_slot,
    add_recovery_slot,
    check_passphrase,
    checked_kdf,
    open_passphrase_slot,
    slot_aad,
)
from journal.vault.objects import Keyring
from journal.vault.open_failures import failed_open
from journal.vault.signing_renewal import (
    REASON_PASSPHRASE,
    REASON_RECOVERY,
    REASON_RECOVERY_CODE,
    renewed_settings,
)
from journal.vault.slot_limits import (
    check_slot_count,
    check_written_epochs,
    newest_epoch,
    passphrase_candidates,
    recovery_candidates,
)
from journal.vault.store import Store, Tx

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class UnlockedVault:
    """An open vault and its keys. Only this object holds key material."""

    path: Path
    store: Store
    keys: Keyring
    clock: Clock = utc_now
    notices: list[str] = field(default_factory=list)
    """What unlock found wrong but could step around (skipped key slots); `check`
    reports these."""
    key_changes: int = 0
    """Key changes committed since unlock (settings read before one are read again)."""
    failed_attempts: unlock_attempts.FailedAttempts | None = None
    """Wrong passphrases or recovery codes tried since the last unlock (plain, unsealed)."""

    @property
    def vault_id(self) -> bytes:
        return self.keys.vault_id

    # sealed meta values (bound to the vault, their name and the epoch)
    def seal_meta(self, tx: Tx, name: str, value: bytes) -> None:
        epoch = self.keys.current
        key = hkdf(self.keys.key(epoch), context("meta-key", self.vault_id, name))
        blob = seal(key, value, context("meta", self.vault_id, name, epoch))
        tx.set_meta(name, epoch.to_bytes(8, "big") + blob)

    def open_meta(self, tx: Tx, name: str) -> bytes | None:
        """A sealed meta value; only one sealed in the current epoch is accepted,
        so an older value copied in from an old copy of the file is refused."""
        raw = tx.get_meta(name)
        if raw is None:
            return None
        epoch = int.from_bytes(raw[:8], "big")
        if epoch != self.keys.current:
            raise IntegrityProblem(
                QT_TRANSLATE_NOOP("core", "the stored {name} is from another key epoch (altered)"),
                name=name,
            )
        key = hkdf(self.keys.key(epoch), context("meta-key", self.vault_id, name))
        try:
            return open_sealed(key, raw[8:], context("meta", self.vault_id, name, epoch))
        except DecryptionFailed:
            raise IntegrityProblem(
                QT_TRANSLATE_NOOP("core", "the stored {name} failed authentication"), name=name
            ) from None

    # key management
    def _start_epoch(
        self, tx: Tx, kek: bytes, kdf: KdfParams, recovery_pub: bytes, reason: str
    ) -> None:
        """New epoch key, wrapping the old one; new slots; sealed values and settings
        re-sealed under the new key, with a new signing key (an old copy of the file
        must never yield the current one)."""
        head = read_head(self, tx)
        settings = read_settings(self, tx)
        old = self.keys.current
        new = old + 1
        new_key = bytearray(random_bytes(KEY_SIZE))
        tx.add_epoch(new, seal(bytes(new_key), self.keys.key(old), _epoch_aad(self, new)))
        self.keys.keys[new] = new_key
        self.keys.current = new
        since = self.clock().isoformat(timespec="seconds")
        try:
            slot = add_passphrase_slot(tx, self.vault_id, new, bytes(new_key), kek, kdf)
            tx.delete_slots(SLOT_PASSPHRASE, keep=slot)
            slot = add_recovery_slot(tx, self.vault_id, new, bytes(new_key), recovery_pub)
            tx.delete_slots(SLOT_RECOVERY, keep=slot)
            self.seal_meta(tx, "recovery_pub", recovery_pub)
            reseal_for_new_epoch(
                self,
                tx,
                settings,
                head,
                lambda values: renewed_settings(values, self.vault_id.hex(), new, since, reason),
            )
        except BaseException:
            self.keys.current = old
            del self.keys.keys[new]
            raise

    def change_passphrase(
        self,
        new_passphrase: str,
        kdf: KdfParams | None = None,
        allow_weak_kdf: bool = False,
        reason: str = REASON_PASSPHRASE,
    ) -> None:
        """Start a new key epoch: later writes are unreadable to the old passphrase.
        `reason` is recorded with the new signing key."""
        check_passphrase(new_passphrase)
        kdf = checked_kdf(kdf, allow_weak_kdf)
        kek = kdf.derive(new_passphrase)
        with self.store.write() as tx:
            recovery_pub = self.open_meta(tx, "recovery_pub")
            if recovery_pub is None:
                raise IntegrityProblem(
                    QT_TRANSLATE_NOOP(
                        "core", "the recovery key record is missing (the file was altered)"
                    )
                )
            self._start_epoch(tx, kek, kdf, recovery_pub, reason)
        self.key_changes += 1

    def regenerate_recovery_code(self, passphrase: str) -> str:
        """Replace the recovery code and start a new key epoch, so the old code opens
        neither this file nor anything written from now on in any copy of it."""
        with self.store.read() as tx:
            choice = passphrase_candidates(tx.slots(SLOT_PASSPHRASE), self.keys.current)
        opened = open_passphrase_slot(self.vault_id, choice.slots, passphrase)
        if opened is None:
            raise WrongPassphrase()
        kek, kdf, _epoch_key = opened
        code, seed = recovery_code.generate()
        public = public_bytes(x25519_from_seed(seed, self.vault_id).public_key())
        with self.store.write() as tx:
            self._start_epoch(tx, kek, kdf, public, REASON_RECOVERY_CODE)
        self.key_changes += 1
        return code

    def lock(self) -> None:
        self.keys.wipe()
        self.store.close()


def _epoch_aad(vault: UnlockedVault, epoch: int) -> bytes:
    return context("epoch-link", vault.vault_id, epoch)


def create_vault(
    path: Path,
    passphrase: str,
    kdf: KdfParams | None = None,
    clock: Clock = utc_now,
    allow_weak_kdf: bool = False,
) -> tuple[UnlockedVault, str]:
    """Create a new vault at `path` (never overwriting) and return it with its recovery code.

    `kdf` lets tests choose cheaper Argon2id parameters; below 64 MiB they must
    also pass `allow_weak_kdf=True`. The app and the CLI always use the defaults.
    """
    check_passphrase(passphrase)
    kdf = checked_kdf(kdf, allow_weak_kdf)
    kek = kdf.derive(passphrase)
    code, seed = recovery_code.generate()
    vault_id = random_bytes(16)
    epoch_key = bytearray(random_bytes(KEY_SIZE))
    public = public_bytes(x25519_from_seed(seed, vault_id).public_key())
    keys = Keyring(vault_id, 1, {1: epoch_key})

    def build(store: Store) -> None:
        with store.write() as tx:
            tx.set_meta("format", FORMAT_TAG)
            tx.set_meta("version", str(FORMAT_VERSION).encode())
            tx.set_meta("vault_id", vault_id)
            tx.add_epoch(1, None)
            add_passphrase_slot(tx, vault_id, 1, bytes(epoch_key), kek, kdf)
            add_recovery_slot(tx, vault_id, 1, bytes(epoch_key), public)
            shell = UnlockedVault(path, store, keys, clock)
            shell.seal_meta(tx, "recovery_pub", public)
            write_head(shell, tx, SealedHead(0, genesis(vault_id), ()))

    create_atomically(path, build)
    return UnlockedVault(path, Store.open(path), keys, clock), code


def _open_store(path: Path) -> tuple[Store, bytes]:
    check_is_vault(path)
    damaged = schema_is_damaged(path)
    store = Store.open(path, read_only=damaged)
    if damaged:
        store.mark_damaged(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core", "SQLite reads its table list only with the damage tolerated"
                )
            )
        )
    with store.read() as tx:
        vault_id = tx.get_meta("vault_id")
    if vault_id is None or len(vault_id) != 16:
        store.close()
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "The journal {path} is damaged: its identifier is missing."),
            path=path,
        )
    return store, vault_id


def _keyring_from(tx: Tx, vault_id: bytes, epoch: int, epoch_key: bytes) -> Keyring:
    """Walk the epoch links back from the current key to recover every older key."""
    links = tx.epochs()
    keys = Keyring(vault_id, epoch, {epoch: bytearray(epoch_key)})
    current, key = epoch, epoch_key
    while links.get(current) is not None:
        wrapped = links[current]
        assert wrapped is not None
        try:
            key = open_sealed(key, wrapped, context("epoch-link", vault_id, current))
        except DecryptionFailed:
            raise IntegrityProblem(
                QT_TRANSLATE_NOOP(
                    "core", "the key for data written before key change {current} is damaged"
                ),
                current=current,
            ) from None
        current -= 1
        keys.keys[current] = bytearray(key)
    return keys


def _current_epoch(tx: Tx) -> int:
    """The newest epoch, once the key records have the shape the app gives them."""
    passphrase_slots = tx.slots(SLOT_PASSPHRASE)
    check_slot_count(len(passphrase_slots) + len(tx.slots(SLOT_RECOVERY)))
    newest = newest_epoch(tx.epochs(), passphrase_slots)
    sealed = [tx.get_meta(name) or b"" for name in ("head", "recovery_pub")]
    written = [tx.max_object_epoch(), *(int.from_bytes(v[:8], "big") for v in sealed)]
    check_written_epochs(newest, max(written))
    return newest


def unlock(path: Path, passphrase: str, clock: Clock = utc_now) -> UnlockedVault:
    store, vault_id = _open_store(path)
    try:
        with store.read() as tx:
            current = _current_epoch(tx)
            choice = passphrase_candidates(tx.slots(SLOT_PASSPHRASE), current)
            opened = open_passphrase_slot(vault_id, choice.slots, passphrase)
            if opened is None:
                raise choice.failure() or WrongPassphrase()
            keys = _keyring_from(tx, vault_id, current, opened[2])
    except BaseException as error:
        raise failed_open(store, path, error, clock()) from None
    vault = UnlockedVault(path, store, keys, clock, choice.notices)
    vault.failed_attempts = unlock_attempts.take(store)
    return vault


def unlock_with_recovery_code(path: Path, code: str, clock: Clock = utc_now) -> UnlockedVault:
    """Open with the recovery code. The caller must then set a new passphrase."""
    try:
        seed = recovery_code.parse_code(code)
    except recovery_code.RecoveryCodeMistyped as error:
        raise WrongRecoveryCode(error.args[0]) from None
    store, vault_id = _open_store(path)
    private = x25519_from_seed(seed, vault_id)
    try:
        with store.read() as tx:
            current = _current_epoch(tx)
            slots, notices = recovery_candidates(tx.slots(SLOT_RECOVERY), current)
            for slot_id, epoch, params, ct in slots:
                aad = slot_aad(vault_id, slot_id, SLOT_RECOVERY, epoch, params)
                try:
                    epoch_key = open_from_public(private, ct, aad)
                except DecryptionFailed:
                    continue
                keys = _keyring_from(tx, vault_id, epoch, epoch_key)
                break
            else:
                raise WrongRecoveryCode()
    except BaseException as error:
        raise failed_open(store, path, error, clock()) from None
    vault = UnlockedVault(path, store, keys, clock, notices)
    vault.failed_attempts = unlock_attempts.take(store)
    return vault


def recover(
    path: Path,
    code: str,
    new_passphrase: str,
    kdf: KdfParams | None = None,
    allow_weak_kdf: bool = False,
) -> UnlockedVault:
    """Unlock with the recovery code and set a new passphrase in one step."""
    vault = unlock_with_recovery_code(path, code)
    try:
        vault.change_passphrase(new_passphrase, kdf, allow_weak_kdf, REASON_RECOVERY)
    except BaseException:
        vault.lock()
        raise
    return vault
