"""The `timestamp` command of incident-journal-cli (registered in journal/cli/main.py).

    timestamp --tsa URL [--tsa URL ...]

stdout: one line per authority, `URL<TAB>GENTIME<TAB>OK` (GENTIME in ISO 8601, as the
authority states it) or `URL<TAB>FAILED<TAB>why`. Exit 0 when at least one authority
gave a checked token (each one is stored in the journal), 5 when none did; a
failing authority changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journal.session.journal import Journal


def add_parser(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add(
        "timestamp",
        help="ask timestamp authorities (RFC 3161) to vouch for the current chain head; "
        "only its hash is sent",
    )
    p.add_argument(
        "--tsa",
        action="append",
        required=True,
        metavar="URL",
        help="a timestamp authority's address (repeat for several)",
    )


def run_timestamp(args: argparse.Namespace, open_journal: Callable[[], Journal]) -> int:
    from journal.export.timestamps.client import checked_url  # pyHanko loads only when used
    from journal.export.timestamps.stamp import timestamp_now

    urls = [checked_url(u) for u in args.tsa]  # a mistyped address: nothing is opened
    journal = open_journal()
    print(
        "Sending only the SHA-256 of the chain head; each authority learns that someone "
        "asked, from this computer's address, and when.",
        file=sys.stderr,
    )
    outcomes = timestamp_now(journal, urls)
    for outcome in outcomes:
        if outcome.gen_time is not None:
            print(f"{outcome.url}\t{outcome.gen_time.isoformat()}\tOK")
        else:
            print(f"{outcome.url}\tFAILED\t{outcome.error}")
    good = sum(o.ok for o in outcomes)
    print(
        f"{good} of {len(outcomes)} authorities gave a timestamp; it is kept in the journal "
        "and included in the next court bundle."
        if good
        else "No authority gave a timestamp; the journal is unchanged.",
        file=sys.stderr,
    )
    return 0 if good else 5
