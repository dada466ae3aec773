"""Settings bound to the newest key epoch and to the sealed record of the last save.

Settings (the signing key, redaction profiles, contacts, drafts...) change what the
journal shows, hides and signs, so an old key must not be able to plant, replace or
remove them (docs/vault-format.md section 9):

- only settings objects sealed under the *newest* epoch key are used; a key change
  re-seals them under the new key, so an object written with an old key is ignored
  and reported;
- the sealed `head` (which only the newest key can seal) lists the ids of the
  settings objects written at the last save, so a settings object deleted, rolled
  back or added is named.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from journal.errors import IntegrityProblem
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.objects import ROLE_AUX, Keyring, decrypt_small, write_small
from journal.vault.store import Store, Tx


class UnlockedVault(Protocol):
    """What binding needs of the open vault (journal/vault/lifecycle.py's UnlockedVault,
    which itself uses this module: a protocol keeps the two from importing each other)."""

    @property
    def store(self) -> Store: ...
    @property
    def keys(self) -> Keyring: ...
    def seal_meta(self, tx: Tx, name: str, value: bytes) -> None: ...
    def open_meta(self, tx: Tx, name: str) -> bytes | None: ...


HEAD_FORMAT1_SIZE = 40  # u64(count) || head: before settings were listed
ID_SIZE = 16


@dataclass(frozen=True)
class SealedHead:
    """The sealed `head` value: chain position and the settings objects of the last save."""

    count: int
    head: bytes
    aux_ids: tuple[bytes, ...] | None  # None: a format-1 value, which lists none

    def encode(self) -> bytes:
        ids = self.aux_ids or ()
        return (
            self.count.to_bytes(8, "big")
            + self.head
            + len(ids).to_bytes(4, "big")
            + b"".join(sorted(ids))
        )

    @classmethod
    def decode(cls, value: bytes) -> SealedHead:
        count, head = int.from_bytes(value[:8], "big"), value[8:40]
        if len(value) == HEAD_FORMAT1_SIZE:
            return cls(count, head, None)
        number = int.from_bytes(value[40:44], "big")
        ids = value[44:]
        if len(value) < 44 or len(ids) != number * ID_SIZE:
            raise IntegrityProblem(
                QT_TRANSLATE_NOOP("core", "the record of the last save has an impossible length")
            )
        return cls(count, head, tuple(ids[i : i + ID_SIZE] for i in range(0, len(ids), ID_SIZE)))


def read_head(vault: UnlockedVault, tx: Tx) -> SealedHead | None:
    """The sealed head, None when absent; IntegrityProblem when from another epoch or
    altered."""
    value = vault.open_meta(tx, "head")
    return None if value is None else SealedHead.decode(value)


def write_head(vault: UnlockedVault, tx: Tx, sealed: SealedHead) -> None:
    vault.seal_meta(tx, "head", sealed.encode())


def advance_head(vault: UnlockedVault, tx: Tx, count: int, head: bytes) -> None:
    """Seal a new chain position, keeping the settings listed at the last save (or,
    when that record cannot be read, the settings objects of the newest epoch)."""
    try:
        current = read_head(vault, tx)
    except IntegrityProblem:
        current = None
    ids = current.aux_ids if current is not None else None
    if ids is None:
        ids = tuple(oid for oid, epoch in _aux_rows(tx) if epoch == vault.keys.current)
    write_head(vault, tx, SealedHead(count, head, ids))


def _aux_rows(tx: Tx) -> list[tuple[bytes, int]]:
    return [(row[1], row[2]) for row in tx.small_objects("aux").rows]


@dataclass
class SettingsState:
    values: dict[str, Any] = field(default_factory=dict)
    ids: tuple[bytes, ...] = ()  # the objects the values came from
    problems: list[str] = field(default_factory=list)
    listed: bool = False  # the sealed head lists the settings objects (format 2)
    gone: tuple[bytes, ...] = ()
    """Listed at the last save but missing: they stay listed, so the loss stays reported."""


def read_settings(vault: UnlockedVault, tx: Tx) -> SettingsState:
    """The settings the newest key vouches for; every other settings object is reported."""
    state = SettingsState()
    listed: set[bytes] | None = None
    try:
        sealed = read_head(vault, tx)
        if sealed is not None and sealed.aux_ids is not None:
            listed, state.listed = set(sealed.aux_ids), True
    except IntegrityProblem as error:
        state.problems.append(f"settings cannot be checked against the last save: {error}")
    present: set[bytes] = set()
    accepted: list[bytes] = []
    read = tx.small_objects("aux")
    if read.damage:
        vault.store.mark_damaged(read.damage)
    for key, why in read.unreadable.items():  # damaged, not deleted: never called "gone"
        state.problems.append(f"settings object {key} cannot be read: {why}")
        with contextlib.suppress(ValueError):
            present.add(bytes.fromhex(str(key)))
    for _seq, object_id, epoch, _role, wrapped, cts in read.rows:
        present.add(object_id)
        name = f"settings object {object_id.hex()}"
        if epoch != vault.keys.current:
            state.problems.append(
                f"{name} is sealed under the older key epoch {epoch}, so someone holding an "
                "old key may have written it; it was ignored"
            )
            continue
        if listed is not None and object_id not in listed:
            state.problems.append(f"{name} was not written at the last save; it was ignored")
            continue
        try:
            record = json.loads(decrypt_small(vault.keys, object_id, ROLE_AUX, epoch, wrapped, cts))
        except (IntegrityProblem, ValueError) as error:
            state.problems.append(f"{name}: {error}")
            continue
        accepted.append(object_id)
        if isinstance(record, dict) and record.get("type") == "settings":
            values = record.get("values", {})
            state.values.update(values if isinstance(values, dict) else {})
    state.gone = tuple(sorted((listed or set()) - present))
    for gone in state.gone:
        state.problems.append(
            f"settings object {gone.hex()}, written at the last save, is missing: the "
            "settings (signing key, redaction profiles, support contacts, drafts) were "
            "deleted or rolled back"
        )
    state.ids = tuple(accepted)
    return state


def write_settings(
    vault: UnlockedVault,
    tx: Tx,
    values: dict[str, Any],
    replacing: tuple[bytes, ...],
    gone: tuple[bytes, ...] = (),
) -> bytes:
    """One new settings object under the newest epoch, listed in the sealed head (with
    the `gone` ids, still reported); the objects it replaces are deleted."""
    plain = json.dumps({"type": "settings", "values": values}, sort_keys=True).encode()
    new_id = write_small(tx, vault.keys, ROLE_AUX, plain)
    tx.add_aux(new_id)
    try:
        sealed = read_head(vault, tx)
    except IntegrityProblem:
        sealed = None  # reported by the chain check; the head is left as it is
    for old in set(replacing) - set(gone):
        tx.delete_object(old)
    if sealed is not None:
        write_head(vault, tx, SealedHead(sealed.count, sealed.head, (new_id, *gone)))
    return new_id


Renewal = Callable[[dict[str, Any]], dict[str, Any]]


def reseal_for_new_epoch(
    vault: UnlockedVault, tx: Tx, before: SettingsState, head: SealedHead | None, renew: Renewal
) -> None:
    """Inside a key change, after the new epoch is current: the settings read under the
    old epoch are written again under the new one (through `renew`, which replaces
    the signing key), and the head is sealed listing them."""
    ids: tuple[bytes, ...] = before.gone
    if before.ids or before.values:
        plain = json.dumps({"type": "settings", "values": renew(before.values)}, sort_keys=True)
        new_id = write_small(tx, vault.keys, ROLE_AUX, plain.encode())
        tx.add_aux(new_id)
        for old in before.ids:
            tx.delete_object(old)
        ids = (new_id, *before.gone)
    if head is not None:
        write_head(vault, tx, SealedHead(head.count, head.head, ids))
