"""Canonical records and the hash chain over every revision (docs/vault-format.md).

    leaf_i = SHA-256("leaf" || canonical_i)
    head_i = SHA-256("head" || head_{i-1} || leaf_i),  head_0 = SHA-256("head0" || vault_id)

Each record also states the previous head and its own global sequence number,
so a verifier can replay the chain and name the first record where it breaks.
The canonical bytes are stored exactly as hashed; verifiers hash those bytes and
never re-serialise (so user text is kept exactly as typed, with no Unicode
normalisation).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from journal.translatable import QT_TRANSLATE_NOOP, phrase

RECORD_FORMAT = 1


def canonical(record: dict[str, Any]) -> bytes:
    """Sorted keys, no spaces, UTF-8. Lone surrogates cannot be stored and are refused."""
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def leaf_hash(canonical_bytes: bytes) -> bytes:
    return hashlib.sha256(b"leaf" + canonical_bytes).digest()


def head_hash(prev_head: bytes, leaf: bytes) -> bytes:
    return hashlib.sha256(b"head" + prev_head + leaf).digest()


def genesis(vault_id: bytes) -> bytes:
    return hashlib.sha256(b"head0" + vault_id).digest()


@dataclass(frozen=True)
class ChainLink:
    """What the verifier needs from one stored revision."""

    seq: int
    leaf: bytes
    stated_seq: int | None
    stated_prev_head: str | None
    label: str


@dataclass(frozen=True)
class ChainReport:
    head: bytes
    count: int
    problems: tuple[str, ...]
    first_break: int | None

    @property
    def intact(self) -> bool:
        return not self.problems


def verify_chain(
    vault_id: bytes, links: list[ChainLink], expected: tuple[int, bytes] | None
) -> ChainReport:
    """Replay the chain; report every problem and the first sequence number that breaks.

    `expected` is the (count, head) sealed in the vault at the last save; it catches
    revisions removed from the end.
    """
    problems: list[str] = []
    first_break: int | None = None
    head = genesis(vault_id)
    expected_seq = 1
    previous_unreadable = False
    for link in links:
        if link.seq != expected_seq:
            problems.append(
                f"revisions {expected_seq}-{link.seq - 1} are missing before {link.label}"
                if link.seq > expected_seq
                else f"{link.label} is out of order"
            )
            first_break = first_break or expected_seq
        if link.stated_seq is not None and link.stated_seq != link.seq:
            problems.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core", "{label} was moved: it says it is revision {stated_seq}"
                    ),
                    label=link.label,
                    stated_seq=link.stated_seq,
                )
            )
            first_break = first_break or link.seq
        if link.stated_prev_head is not None and link.stated_prev_head != head.hex():
            if not previous_unreadable:  # that one is reported already; do not blame this one
                problems.append(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "core", "the chain breaks at {label}: it does not follow the one before"
                        ),
                        label=link.label,
                    )
                )
                first_break = first_break or link.seq
            head = bytes.fromhex(link.stated_prev_head)  # resync, so later breaks show too
        previous_unreadable = not link.leaf
        if previous_unreadable:
            first_break = first_break or link.seq
        head = head_hash(head, link.leaf)
        expected_seq = link.seq + 1
    count = len(links)
    if expected is not None:
        exp_count, exp_head = expected
        last_seq = links[-1].seq if links else 0
        if exp_count > last_seq:
            problems.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the last {removed} revision(s) were removed (the journal recorded "
                        "{exp_count} revisions at its last save, the last one present is "
                        "{last_seq})",
                    ),
                    removed=exp_count - last_seq,
                    exp_count=exp_count,
                    last_seq=last_seq,
                )
            )
            first_break = first_break or last_seq + 1
        elif exp_head != head and first_break is None:
            problems.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core", "the chain head does not match the one recorded at the last save"
                    )
                )
            )
            first_break = count
    return ChainReport(head, count, tuple(problems), first_break)
