"""The trusted timestamps of a court bundle: timestamps/NAME.tsr (the authority's DER
TimeStampResp, its certificate inside) and timestamps/NAME.dat (the exact bytes whose
SHA-256 it signed: the 64 hex digits of a chain head), for every stored token over a
head on the chain up to the export; and the lines of chain.txt that list those heads.

    openssl ts -verify -data timestamps/NAME.dat -in timestamps/NAME.tsr -CAfile CA.pem
"""

from __future__ import annotations

import re

from journal.export.timestamps.client import host_of
from journal.export.timestamps.store import StoredToken, tokens_up_to
from journal.session.journal import Journal

FOLDER = "timestamps/"


def token_name(number: int, token: StoredToken) -> str:
    """timestamps/rev000012-01-host: the revision count, a running number, the host."""
    host = re.sub(r"[^a-z0-9.-]+", "-", host_of(token.authority).lower()).strip(".-")[:60]
    return f"{FOLDER}rev{token.revisions:06d}-{number:02d}-{host or 'authority'}"


def named_tokens(journal: Journal, head_hex: str) -> list[tuple[str, StoredToken]]:
    return [(token_name(n, t), t) for n, t in enumerate(tokens_up_to(journal, head_hex), 1)]


def timestamp_members(named: list[tuple[str, StoredToken]]) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    for name, token in named:
        members[f"{name}.tsr"] = token.tsr
        members[f"{name}.dat"] = token.data
    return members


def timestamped_heads_text(named: list[tuple[str, StoredToken]]) -> str:
    """The chain.txt section that lists every time-stamped chain head."""
    if not named:
        return ""
    lines = [
        "",
        "TIME-STAMPED CHAIN HEADS",
        "",
        "A timestamp authority (RFC 3161) signed that each chain head below existed no",
        "later than the time it states. It was sent only the SHA-256 of the head's 64",
        "hex digits (the .dat file), never any content. Each head is a point on the",
        "chain above: `check --since-head HEAD` with the journal confirms it. Check a",
        "token with the authority's published CA certificate:",
        "  openssl ts -verify -data timestamps/NAME.dat -in timestamps/NAME.tsr \\",
        "    -CAfile AUTHORITY-CA.pem",
        "",
    ]
    for name, token in named:
        lines += [
            f"head {token.head}  after revision {token.revisions}",
            f"  time {token.gen_time.isoformat()}  according to {token.authority}",
            f"  signed by {token.signer}",
            f"  files {name}.dat {name}.tsr",
            "",
        ]
    return "\n".join(lines)
