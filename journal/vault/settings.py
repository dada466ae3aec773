"""Small encrypted key-value settings kept inside the vault (never in plaintext files).

Stored as one aux object; each change writes a new object and removes the old
one in the same transaction (objects are never re-encrypted in place). Which
objects count is decided by journal/vault/aux_binding.py: only those of the newest key
epoch listed at the last save. After a key change (which re-seals the settings
and renews the signing key) has committed, the next read loads them again; a
change reads the stored settings inside its own write transaction, so it never
writes back values read before a key change or another writer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from journal.errors import StorageFailure, UsageError
from journal.vault.aux_binding import SettingsState, read_settings, write_settings
from journal.vault.format_migration import migrate_if_format1

if TYPE_CHECKING:
    from journal.vault.lifecycle import UnlockedVault


T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One named setting with its default and the values it may hold, declared once by
    the module it belongs to (its range is kept here, not by each caller)."""

    key: str
    default: T
    valid: Callable[[object], bool]
    problem: str = "That value cannot be kept."


class AuxSettings:
    def __init__(self, vault: UnlockedVault, on_set: Callable[[str], None] | None = None) -> None:
        self._vault = vault
        self._on_set = on_set  # told the key after each write (the journal's change feed)
        self._state = SettingsState()
        self._seen = -1  # vault.key_changes when the settings were read
        self._lock = threading.RLock()

    @property
    def problems(self) -> list[str]:
        return list(self._fresh().problems)

    @property
    def missing(self) -> bool:
        """Settings written at the last save are gone (deleted or rolled back)."""
        return bool(self._fresh().gone)

    def load(self) -> None:
        with self._lock:
            seen = self._vault.key_changes
            try:
                if not self._vault.store.damage:  # a damaged file is never written to
                    migrate_if_format1(self._vault)
                with self._vault.store.read() as tx:
                    self._state = read_settings(self._vault, tx)
            except StorageFailure as error:
                self._state = SettingsState(problems=[f"the settings cannot be read: {error}"])
            self._seen = seen

    def _fresh(self) -> SettingsState:
        with self._lock:
            if not self._vault.keys.keys:  # locked: nothing is read, nothing is known
                return SettingsState()
            if self._seen != self._vault.key_changes:
                self.load()
            return self._state

    def get(self, key: str, default: Any = None) -> Any:
        return self._fresh().values.get(key, default)

    def read(self, setting: Setting[T]) -> T:
        """The stored value, or the default when none is stored or it is out of range."""
        value = self.get(setting.key, setting.default)
        return value if setting.valid(value) else setting.default

    def write(self, setting: Setting[T], value: T) -> None:
        if not setting.valid(value):
            raise UsageError(setting.problem)
        self.set(setting.key, value)

    def set(self, key: str, value: Any) -> None:
        with self._lock:
            seen = self._vault.key_changes
            with self._vault.store.write() as tx:
                state = read_settings(self._vault, tx)
                values = {**state.values, key: value}
                new_id = write_settings(self._vault, tx, values, state.ids, state.gone)
            state.values, state.ids = values, (new_id,)
            self._state, self._seen = state, seen
        if self._on_set is not None:
            self._on_set(key)
