"""The chosen authorities and the tokens received, kept in the journal's encrypted
settings (bound to the newest key and to the last save like every setting:
journal/vault/aux_binding.py), never in a plain file.

A token is stored with what it covers: a chain head (the bytes hashed are its 64
hex digits, `head_bytes`) and how many revisions the chain held then.
"""

from __future__ import annotations

import base64
import binascii
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from journal.export.timestamps.client import Token
from journal.session.chain_point import head_position
from journal.session.journal import Journal

AUTHORITIES_KEY = "timestamp_authorities"
TOKENS_KEY = "timestamp_tokens"

# Public authorities anyone may use without an account (name, address).
WELL_KNOWN: tuple[tuple[str, str], ...] = (
    ("DigiCert", "http://timestamp.digicert.com"),
    ("Sectigo", "http://timestamp.sectigo.com"),
    ("GlobalSign", "http://timestamp.globalsign.com/tsa/r6advanced1"),
    ("FreeTSA", "https://freetsa.org/tsr"),
)

_writing = threading.Lock()  # read-modify-write of the token list, one at a time


def head_bytes(head: bytes) -> bytes:
    """The exact bytes sent (hashed) for a chain head: its 64 lowercase hex digits, so
    the file kept beside the token names the head as chain.txt prints it."""
    return head.hex().encode("ascii")


@dataclass(frozen=True)
class StoredToken:
    authority: str  # the address it was asked at
    head: str  # hex
    revisions: int  # revisions in the chain at that head
    gen_time: datetime
    signer: str
    tsr: bytes

    @property
    def data(self) -> bytes:
        return self.head.encode("ascii")

    def to_plain(self) -> dict[str, Any]:
        return {
            "authority": self.authority,
            "head": self.head,
            "revisions": self.revisions,
            "gen_time": self.gen_time.isoformat(),
            "signer": self.signer,
            "tsr": base64.b64encode(self.tsr).decode("ascii"),
        }

    @classmethod
    def from_plain(cls, value: Any) -> StoredToken | None:
        """None for a record that cannot be read (it is skipped, never fatal)."""
        try:
            return cls(
                authority=str(value["authority"]),
                head=bytes.fromhex(str(value["head"])).hex(),
                revisions=int(value["revisions"]),
                gen_time=datetime.fromisoformat(str(value["gen_time"])),
                signer=str(value.get("signer", "")),
                tsr=base64.b64decode(str(value["tsr"]), validate=True),
            )
        except (KeyError, TypeError, ValueError, binascii.Error):
            return None


def chosen_authorities(journal: Journal) -> list[str]:
    value = journal.settings.get(AUTHORITIES_KEY, [])
    return [str(u) for u in value] if isinstance(value, list) else []


def choose_authorities(journal: Journal, urls: list[str]) -> None:
    """Keep `urls` (already checked) as the chosen authorities; [] turns timestamps off."""
    journal.settings.set(AUTHORITIES_KEY, list(dict.fromkeys(urls)))


def stored_tokens(journal: Journal) -> list[StoredToken]:
    value = journal.settings.get(TOKENS_KEY, [])
    records = value if isinstance(value, list) else []
    return [t for t in map(StoredToken.from_plain, records) if t is not None]


def keep_token(journal: Journal, url: str, head: bytes, revisions: int, token: Token) -> None:
    stored = StoredToken(
        url, head.hex(), revisions, token.facts.gen_time, token.facts.signer, token.tsr
    )
    with _writing:
        records = journal.settings.get(TOKENS_KEY, [])
        records = records if isinstance(records, list) else []
        journal.settings.set(TOKENS_KEY, [*records, stored.to_plain()])


def tokens_up_to(journal: Journal, head_hex: str) -> list[StoredToken]:
    """The stored tokens over heads on the journal's chain up to `head_hex` (an export's
    head), oldest first: what an export made at that head can show."""
    try:
        limit = head_position(journal, bytes.fromhex(head_hex))
    except ValueError:
        return []
    if limit is None:
        return []
    shown = []
    for token in stored_tokens(journal):
        position = head_position(journal, bytes.fromhex(token.head))
        if position is not None and position <= limit:
            shown.append(token)
    return sorted(shown, key=lambda t: (t.revisions, t.gen_time))
