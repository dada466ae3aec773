"""The secret way past the disguised front, kept only as a salted, slow hash.

The plain settings file is readable by anyone with the computer, so the word or the
keys she chose are never written there: only a record saying which kind of gesture it
is (a word, or a number of key presses) with a salt and a PBKDF2 hash. Whoever reads
the file learns that some gesture exists, not which one.

The hash is not the lock on the journal (the passphrase is); it keeps the gesture from
being read off the file, and it is slow enough that trying every dictionary word takes
a while, fast enough that checking it on Enter is not felt.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from ui.i18n import tr

WORD = "w"
KEYS = "k"
ITERATIONS = 60_000
MIN_WORD = 4
KEY_PRESSES = (2, 4)  # a key sequence is two to four presses, each with Ctrl, Alt or an F-key


def _digest(secret: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, ITERATIONS)


def normal_word(word: str) -> str:
    """Case and surrounding spaces do not matter: "Marigold " is "marigold"."""
    return word.strip().casefold()


@dataclass(frozen=True)
class WayIn:
    kind: str  # WORD or KEYS
    presses: int  # for KEYS, how many key presses; 0 for WORD
    salt: bytes
    digest: bytes

    @staticmethod
    def for_word(word: str) -> WayIn:
        salt = os.urandom(16)
        return WayIn(WORD, 0, salt, _digest(normal_word(word), salt))

    @staticmethod
    def for_keys(presses: list[str]) -> WayIn:
        """`presses` in Qt's portable text, e.g. ["Ctrl+G", "Alt+7"]."""
        salt = os.urandom(16)
        return WayIn(KEYS, len(presses), salt, _digest(", ".join(presses), salt))

    def matches_word(self, typed: str) -> bool:
        return self.kind == WORD and self._same(normal_word(typed))

    def matches_keys(self, recent: list[str]) -> bool:
        """Whether the last presses (oldest first) are the chosen sequence."""
        if self.kind != KEYS or len(recent) < self.presses:
            return False
        return self._same(", ".join(recent[len(recent) - self.presses :]))

    def _same(self, secret: str) -> bool:
        return hmac.compare_digest(_digest(secret, self.salt), self.digest)

    def record(self) -> str:
        """The one value kept in plain settings, e.g. "k2.<salt>.<hash>"."""
        head = self.kind + (str(self.presses) if self.kind == KEYS else "")
        return f"{head}.{self.salt.hex()}.{self.digest.hex()}"

    @staticmethod
    def parse(record: object) -> WayIn | None:
        """The way in from its record; None for a missing or unreadable one (no front)."""
        if not isinstance(record, str):
            return None
        parts = record.split(".")
        if len(parts) != 3 or not parts[0]:
            return None
        head, salt_hex, digest_hex = parts
        kind, count = head[0], head[1:]
        try:
            salt, digest = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
        except ValueError:
            return None
        if len(salt) != 16 or len(digest) != 32:
            return None
        if kind == WORD and not count:
            return WayIn(WORD, 0, salt, digest)
        low, high = KEY_PRESSES
        if kind == KEYS and count.isdigit() and low <= int(count) <= high:
            return WayIn(KEYS, int(count), salt, digest)
        return None


def word_problem(word: str) -> str | None:
    """Why this word cannot be the way in, in plain words; None when it can."""
    word = normal_word(word)
    if len(word) < MIN_WORD:
        return tr("Choose a word of at least %n letters.", None, MIN_WORD)
    if any(ch.isspace() for ch in word):
        return tr("Choose a single word, without spaces.")
    return None
