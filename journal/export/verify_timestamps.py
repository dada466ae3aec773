"""Check a bundle's trusted timestamps (bundle_timestamps.py) without the journal.

Each timestamps/NAME.tsr must be a token, signed by the certificate path inside it,
over SHA-256 of timestamps/NAME.dat; NAME.dat must be a chain head that chain.txt
lists. Anything else is a finding of kind "timestamp" (a PROBLEM). Whether the
authority itself is trusted is for the reader: `openssl ts -verify -CAfile` with
the authority's published certificate (docs/timestamps.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journal.export.bundle_timestamps import FOLDER
from journal.export.timestamps.token import TokenProblem, read_token
from journal.export.verify_sources import READ_ERRORS, BundleReport
from journal.export.verify_zip import Source

CHAIN = "chain.txt"
_HEAD = re.compile(rb"[0-9a-f]{64}")


def check_timestamps(
    source: Source, listed: dict[str, str], report: BundleReport, read: Callable[[str], bytes]
) -> None:
    """Add a finding for every token that does not hold; note the ones that do."""
    flagged = {f.name for f in report.findings}
    names = {n for n in source.names() if n.startswith(FOLDER) and n in listed} - source.bad
    stems = sorted({n.rsplit(".", 1)[0] for n in names if n.endswith((".tsr", ".dat"))})
    chain = _chain_text(source, read) if stems else b""
    for stem in stems:
        tsr, dat = f"{stem}.tsr", f"{stem}.dat"
        if tsr in flagged or dat in flagged:
            continue  # changed, missing or damaged: reported already
        for needed in (tsr, dat):
            if needed not in names:
                report.add(
                    "timestamp",
                    needed,
                    f"{needed} is missing, so the timestamp beside it cannot be checked",
                )
        if tsr not in names or dat not in names:
            continue
        try:
            token, data = read(tsr), read(dat)
        except READ_ERRORS:
            report.add("timestamp", tsr, f"{tsr} cannot be read")
            continue
        try:
            facts = read_token(token, data)
        except TokenProblem as problem:
            report.add("timestamp", tsr, f"{tsr} is not a valid timestamp of {dat}: {problem}")
            continue
        if not _HEAD.fullmatch(data):
            report.add("timestamp", dat, f"{dat} does not hold a chain head")
        elif data not in chain:
            report.add("timestamp", dat, f"the chain head in {dat} is not listed in {CHAIN}")
        else:
            report.timestamps.append(
                f"{tsr}: chain head {data[:16].decode()}… existed no later than "
                f"{facts.gen_time.isoformat()} according to {facts.signer}"
            )


def _chain_text(source: Source, read: Callable[[str], bytes]) -> bytes:
    if CHAIN not in source.names() or CHAIN in source.bad:
        return b""
    try:
        return read(CHAIN)
    except READ_ERRORS:
        return b""
