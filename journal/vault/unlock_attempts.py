"""Failed unlock attempts, counted without the key, so the person is told at the next
successful unlock ("3 attempts with a wrong passphrase since it was last opened").

A failed attempt has no key, so the count cannot be sealed: it is a plain `meta` value,
`failed_unlocks`, 16 bytes: the count and the time of the last failure (Unix seconds),
both u64 big-endian. Anyone who can write to the file can change or remove it; the docs
say so. Recording is best effort: a read-only, locked or damaged file is left as it is,
and the failure that was being reported is what the caller sees.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime

from journal.entries.month_words import day_month_year
from journal.errors import WrongPassphrase, WrongRecoveryCode
from journal.translatable import QT_TRANSLATE_NOOP, core, counted, phrase
from journal.vault.store import Store

META_KEY = "failed_unlocks"


@dataclass(frozen=True)
class FailedAttempts:
    count: int
    last: datetime


def _decode(raw: bytes | None) -> FailedAttempts | None:
    if raw is None or len(raw) != 16:
        return None
    count = int.from_bytes(raw[:8], "big")
    seconds = int.from_bytes(raw[8:], "big")
    if count == 0:
        return None
    try:
        last = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        last = datetime.fromtimestamp(0, UTC)
    return FailedAttempts(count, last)


def record_failure(store: Store, now: datetime) -> None:
    """Add one failed attempt (best effort: never raises)."""
    with contextlib.suppress(Exception), store.write() as tx:
        known = _decode(tx.get_meta(META_KEY))
        count = (known.count if known else 0) + 1
        stamp = max(0, int(now.timestamp()))
        tx.set_meta(META_KEY, count.to_bytes(8, "big") + stamp.to_bytes(8, "big"))


def record_if_wrong(store: Store, error: BaseException, now: datetime) -> None:
    """Count `error` if it says the passphrase or recovery code was wrong."""
    if isinstance(error, (WrongPassphrase, WrongRecoveryCode)):
        record_failure(store, now)


def take(store: Store) -> FailedAttempts | None:
    """The attempts since the last successful unlock, and the count set back to zero."""
    with contextlib.suppress(Exception), store.read() as tx:
        known = _decode(tx.get_meta(META_KEY))
    if known is None:
        return None
    with contextlib.suppress(Exception), store.write() as tx:
        tx.set_meta(META_KEY, bytes(16))
    return known


def describe(attempts: FailedAttempts, seen_here: int = 0) -> str | None:
    """The calm sentence to show, leaving out `seen_here` attempts the person just made
    herself in this window; None when nothing is left to tell."""
    others = attempts.count - seen_here
    if others <= 0:
        return None
    last = attempts.last.astimezone()
    when = phrase(
        QT_TRANSLATE_NOOP("core", "{date} at {time}"),
        date=day_month_year(last),
        time=f"{last:%H:%M}",
    )
    times = "once" if others == 1 else f"{others} times"
    english = (
        f"Since this journal was last opened, someone tried to open it with a wrong "
        f"passphrase or recovery code {times} (the last on {when}). If that was not you, "
        "someone may be trying to get in: see Staying safe."
    )
    said = core.tr(
        "Since this journal was last opened, someone tried to open it with a wrong "
        "passphrase or recovery code %n times (the last on {when}). If that was not you, "
        "someone may be trying to get in: see Staying safe.",
        None,
        others,
    )
    return counted(said, others, english, when=when)
