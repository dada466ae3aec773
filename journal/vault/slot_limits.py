"""Which key slots unlock may use, and the shape the key records must have.

Key slots and epoch rows are not authenticated until a key opens them, so anyone
who can write to the file can add some. The rules here keep that from slowing
unlock down, breaking it, or passing for a wrong passphrase (docs/vault-format.md
section 5.3): epochs must run 1..n with a passphrase slot for epoch n; only slots
of epoch n with parameters inside the caps are tried, cheapest first (so a planted
slot costlier than the real one is never derived, and one tried before it costs no
more than it); every slot skipped or extra is named in a notice.
"""

from __future__ import annotations

from dataclasses import dataclass

from journal.errors import AlteredKeys
from journal.translatable import QT_TRANSLATE_NOOP, listed, phrase
from journal.vault.crypto import KdfParams

MAX_SLOTS = 4
"""More slots than this in the file is an altered file: the app keeps two. Up to two
planted slots are stepped around (at worst two extra derivations at the real slot's
cost, if they tie with it and come first); more are refused as an alteration."""
_MAX_ID = 2**63 - 1

Slot = tuple[int, int, str, bytes]  # slot_id, epoch, params text, ct


@dataclass(frozen=True)
class PassphraseSlot:
    slot_id: int
    epoch: int
    params: str
    kdf: KdfParams
    ct: bytes


def newest_epoch(epochs: dict[int, bytes | None], passphrase_slots: list[Slot]) -> int:
    """The current epoch n, after checking that epochs run 1..n, that every epoch after
    the first links to the one before, and that epoch n has a passphrase slot."""
    if not epochs:
        raise AlteredKeys(
            phrase(QT_TRANSLATE_NOOP("core", "it has no key epochs; the passphrase was not tried"))
        )
    newest = max(epochs)
    if sorted(epochs) != list(range(1, newest + 1)):
        missing = sorted(set(range(1, newest + 1)) - set(epochs))
        extra = sorted(e for e in epochs if not 1 <= e <= newest)
        raise AlteredKeys(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "its key epochs should run 1 to {newest} but epochs {epochs} are missing or "
                    "out of place; the passphrase was not tried",
                ),
                newest=newest,
                epochs=missing or extra,
            )
        )
    if epochs[1] is not None or any(epochs[e] is None for e in range(2, newest + 1)):
        raise AlteredKeys(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "a key epoch's link to the one before it was added or removed; the passphrase "
                    "was not tried",
                )
            )
        )
    if not any(epoch == newest for _id, epoch, _p, _ct in passphrase_slots):
        raise AlteredKeys(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "its newest key epoch, {newest}, has no passphrase slot (an epoch row was "
                    "added?); the passphrase was not tried",
                ),
                newest=newest,
            )
        )
    return newest


def check_written_epochs(newest: int, written: int) -> None:
    """Nothing may have been written in an epoch after the newest: that epoch's row and
    slot were removed (so that an older passphrase would open the file and the current
    one would look wrong)."""
    if written > newest:
        raise AlteredKeys(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "data was written in key epoch {written}, but the key records end at epoch "
                    "{newest} (newer ones were removed); the passphrase was not tried",
                ),
                written=written,
                newest=newest,
            )
        )


def check_slot_count(count: int) -> None:
    if count > MAX_SLOTS:
        raise AlteredKeys(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "it has {count} key slots where this app keeps two; the passphrase was not "
                    "tried",
                ),
                count=count,
            )
        )


@dataclass(frozen=True)
class SlotChoice:
    slots: list[PassphraseSlot]
    notices: list[str]
    altered: bool  # slots the app never leaves: several, or of an older epoch

    def failure(self) -> AlteredKeys | None:
        """When no slot opened: an altered file rather than a wrong passphrase, if the
        slots were altered: the right one may be among those planted around it, or an
        epoch row and slot may have been added above it."""
        if not self.altered:
            return None
        return AlteredKeys(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{notices}. The passphrase opened none of them: if you are sure it is right, "
                    "someone replaced its key slot",
                ),
                notices=listed(self.notices),
            )
        )


def passphrase_candidates(slots: list[Slot], current: int) -> SlotChoice:
    """The passphrase slots worth trying, cheapest first, and a notice per slot skipped."""
    usable: list[PassphraseSlot] = []
    notices: list[str] = []
    for slot_id, epoch, params, ct in slots:
        if epoch != current:
            notices.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "key slot {slot_id} belongs to the older key epoch {epoch} (copied back in "
                        "from an old copy of the file?); it was ignored",
                    ),
                    slot_id=slot_id,
                    epoch=epoch,
                )
            )
            continue
        if not 1 <= slot_id <= _MAX_ID:
            notices.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core", "key slot {slot_id} has an impossible number; it was ignored"
                    ),
                    slot_id=slot_id,
                )
            )
            continue
        try:
            kdf = KdfParams.from_json(params)
        except (ValueError, KeyError, TypeError, OverflowError) as error:
            notices.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "key slot {slot_id} has unusable key derivation settings ({error}); it was "
                        "skipped",
                    ),
                    slot_id=slot_id,
                    error=error,
                )
            )
            continue
        usable.append(PassphraseSlot(slot_id, epoch, params, kdf, ct))
    usable.sort(key=lambda s: (s.kdf.cost, s.slot_id))
    if len(usable) > 1:
        notices.append(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the newest key epoch has {count} passphrase slots where the app keeps one "
                    "(slots {names}): the file was altered",
                ),
                count=len(usable),
                names=", ".join(str(s.slot_id) for s in usable),
            )
        )
    older = any(epoch != current for _id, epoch, _p, _ct in slots)
    return SlotChoice(usable, notices, len(usable) > 1 or older)


def recovery_candidates(slots: list[Slot], current: int) -> tuple[list[Slot], list[str]]:
    """Recovery slots of the current epoch (each costs one X25519 operation)."""
    usable = [s for s in slots if s[1] == current and 1 <= s[0] <= _MAX_ID]
    notices = [
        f"recovery slot {s[0]} belongs to key epoch {s[1]} or has an impossible number; "
        "it was ignored"
        for s in slots
        if s not in usable
    ]
    if len(usable) > 1:
        notices.append(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the newest key epoch has {count} recovery slots where the app keeps one: the "
                    "file was altered",
                ),
                count=len(usable),
            )
        )
    return usable, notices
