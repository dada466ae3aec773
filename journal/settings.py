"""Small encrypted key-value settings kept inside the vault (never in plaintext files).

Stored as one aux object; each change writes a new object and removes the old
one in the same transaction (objects are never re-encrypted in place).
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any

from .errors import IntegrityProblem, StorageFailure
from .objects import ROLE_AUX, decrypt_small, write_small

if TYPE_CHECKING:
    from .vault import UnlockedVault


class AuxSettings:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._values: dict[str, Any] = {}
        self._object_ids: list[bytes] = []
        self._lock = threading.Lock()
        self.problems: list[str] = []

    def load(self) -> None:
        try:
            with self._vault.store.read() as tx:
                read = tx.small_objects("aux")
        except StorageFailure as error:
            self.problems.append(f"the settings cannot be read: {error}")
            return
        for key, why in read.unreadable.items():
            self.problems.append(f"settings object {key} cannot be read: {why}")
        if read.damage:
            self._vault.store.mark_damaged(read.damage)
        for _seq, object_id, epoch, _role, wrapped, ct in read.rows:
            self._object_ids.append(object_id)
            try:
                plain = decrypt_small(self._vault.keys, object_id, ROLE_AUX, epoch, wrapped, ct)
                record = json.loads(plain)
            except (IntegrityProblem, ValueError) as error:
                self.problems.append(f"settings object {object_id.hex()}: {error}")
                continue
            if record.get("type") == "settings":
                self._values.update(record.get("values", {}))

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        with self._lock:
            values = {**self._values, key: value}
            plain = json.dumps({"type": "settings", "values": values}, sort_keys=True).encode()
            with self._vault.store.write() as tx:
                new_id = write_small(tx, self._vault.keys, ROLE_AUX, plain)
                tx.add_aux(new_id)
                for old in self._object_ids:
                    tx.delete_object(old)
            self._values, self._object_ids = values, [new_id]
