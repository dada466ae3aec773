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
from journal.export.verify_sources import READ_ERRORS, BundleReport, unreadable
from journal.export.verify_zip import Source
from journal.translatable import QT_TRANSLATE_NOOP, phrase

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
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{name} is missing, so the timestamp beside it cannot be checked",
                        ),
                        name=needed,
                    ),
                )
        if tsr not in names or dat not in names:
            continue
        try:
            token, data = read(tsr), read(dat)
        except READ_ERRORS:
            report.add("timestamp", tsr, unreadable(tsr))
            continue
        try:
            facts = read_token(token, data)
        except TokenProblem as problem:
            report.add(
                "timestamp",
                tsr,
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core", "{name} is not a valid timestamp of {data}: {problem}"
                    ),
                    name=tsr,
                    data=dat,
                    problem=problem,
                ),
            )
            continue
        if not _HEAD.fullmatch(data):
            report.add(
                "timestamp",
                dat,
                phrase(QT_TRANSLATE_NOOP("core", "{name} does not hold a chain head"), name=dat),
            )
        elif data not in chain:
            report.add(
                "timestamp",
                dat,
                phrase(
                    QT_TRANSLATE_NOOP("core", "the chain head in {name} is not listed in {chain}"),
                    name=dat,
                    chain=CHAIN,
                ),
            )
        else:
            report.timestamps.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{name}: chain head {head}… existed no later than {time} according to "
                        "{signer}",
                    ),
                    name=tsr,
                    head=data[:16].decode(),
                    time=facts.gen_time.isoformat(),
                    signer=facts.signer,
                )
            )


def _chain_text(source: Source, read: Callable[[str], bytes]) -> bytes:
    if CHAIN not in source.names() or CHAIN in source.bad:
        return b""
    try:
        return read(CHAIN)
    except READ_ERRORS:
        return b""
