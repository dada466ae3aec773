"""Recovery codes: 128 random bits written as seven groups of Crockford base32.

Layout: 26 symbols carry the 128 bits (the first symbol holds the top 3 bits),
then 2 check symbols carry 10 bits of SHA-256 over the 16 bytes, so a mistyped
code is reported as mistyped rather than as wrong. Reading is forgiving: case,
spaces and dashes are ignored, and I/L read as 1, O as 0 (Crockford's rule).
"""

from __future__ import annotations

import hashlib
import os

from journal.translatable import QT_TRANSLATE_NOOP, phrase

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(ALPHABET)} | {"I": 1, "L": 1, "O": 0}
CODE_BYTES = 16
_DATA_SYMBOLS = 26
_GROUP = 4


class RecoveryCodeMistyped(ValueError):
    """The text is not a well-formed recovery code (wrong length, symbol or check)."""


def generate() -> tuple[str, bytes]:
    seed = os.urandom(CODE_BYTES)
    return format_code(seed), seed


def _check(seed: bytes) -> int:
    return int.from_bytes(hashlib.sha256(b"recovery-check" + seed).digest()[:2], "big") >> 6


def format_code(seed: bytes) -> str:
    number = int.from_bytes(seed, "big")
    symbols = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(_DATA_SYMBOLS))]
    check = _check(seed)
    symbols += [ALPHABET[check >> 5], ALPHABET[check & 31]]
    text = "".join(symbols)
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})


def normalize(text: str) -> str:
    """`text` as the symbols it stands for: upper case, without spaces and dashes, I and L
    as 1, O as 0. Every place that compares typed code text uses this one rule."""
    return "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_READ_AS)


def parse_code(text: str) -> bytes:
    cleaned = normalize(text)
    if len(cleaned) != _DATA_SYMBOLS + 2:
        raise RecoveryCodeMistyped(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "A recovery code has {expected} letters and digits; this one has {count}.",
                ),
                expected=_DATA_SYMBOLS + 2,
                count=len(cleaned),
            )
        )
    try:
        values = [_DECODE[ch] for ch in cleaned]
    except KeyError as exc:
        raise RecoveryCodeMistyped(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core", "The character {character!r} does not appear in recovery codes."
                ),
                character=exc.args[0],
            )
        ) from None
    number = 0
    for value in values[:_DATA_SYMBOLS]:
        number = (number << 5) | value
    if number >> (8 * CODE_BYTES):
        raise RecoveryCodeMistyped(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core", "This recovery code has a typing mistake in its first group."
                )
            )
        )
    seed = number.to_bytes(CODE_BYTES, "big")
    if (values[-2] << 5) | values[-1] != _check(seed):
        raise RecoveryCodeMistyped(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This recovery code has a typing mistake somewhere; please check each group.",
                )
            )
        )
    return seed
