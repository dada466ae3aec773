"""Was an earlier chain head a point on this journal's chain?

An export records the chain head at that moment (chain.txt, manifest.json, the
PDF cover). Replaying the chain from its start and meeting that exact head shows
that every revision saved up to the export is still in the journal, unchanged
and in the same order: a head commits to every revision before it. The check
needs the journal itself (`incident-journal-cli check --since-head HEX`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from journal.errors import UsageError
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.chain import genesis, head_hash

if TYPE_CHECKING:
    from journal.session.journal import Journal


def parse_head(text: str) -> bytes:
    digits = re.sub(r"\s", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", digits):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core",
                "That chain head cannot be read: it should be 64 characters 0-9 and a-f, as "
                "printed in chain.txt or on the cover of the chronology.",
            )
        )
    return bytes.fromhex(digits)


def head_position(journal: Journal, head: bytes) -> int | None:
    """How many revisions the journal's chain held when its head was `head`; None when
    `head` is not a point on the current chain (0 for the empty journal's start)."""
    current = genesis(journal.vault.vault_id)
    if current == head:
        return 0
    for count, (_seq, leaf) in enumerate(journal.chain_leaves(), 1):
        current = head_hash(current, bytes.fromhex(leaf))
        if current == head:
            return count
    return None
