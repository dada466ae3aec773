"""The argument grammar of incident-journal-cli."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from journal.entries.model import CATEGORIES, REPORT_BODIES


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", metavar="DATE", help="only events on or after")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="only events on or before")
    p.add_argument("--kind", dest="kind_filter", action="append", metavar="KIND")
    p.add_argument("--category", dest="category_filter", action="append", metavar="NAME")
    p.add_argument("--person", metavar="PERSON_ID")
    p.add_argument("--include-deleted", action="store_true")
    p.add_argument("--json", action="store_true", help="print JSON")


def build(
    commands: dict[str, Callable[[argparse.Namespace], int]],
    kinds: list[str],
    precisions: list[str],
) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="incident-journal-cli",
        description="Keep an encrypted, verifiable record of what happened.",
    )
    parser.add_argument("--vault", metavar="PATH", help="journal file (default: the app's own)")
    parser.add_argument("--passphrase-file", metavar="FILE")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add: Callable[..., Any] = sub.add_parser

    add("init", help="create a journal; prints the recovery code once")

    p = add("add", help="add an entry; prints its id")
    p.add_argument("--kind", choices=kinds)
    p.add_argument("--title")
    p.add_argument("--occurred", metavar="ISO8601", help="e.g. 2025-03-14T21:07+10:00, 2025-03")
    p.add_argument("--end", metavar="ISO8601")
    p.add_argument("--timezone", metavar="ZONE", help="IANA name or offset such as +10:00")
    p.add_argument("--precision", choices=precisions)
    p.add_argument("--narrative", help="prefer --narrative-file: arguments are visible")
    p.add_argument("--location")
    p.add_argument("--category", action="append", choices=list(CATEGORIES), metavar="NAME")
    p.add_argument("--tag", action="append")
    p.add_argument("--private-note")
    for field in ("title", "narrative", "private-note"):  # kept off the command line
        p.add_argument(
            f"--{field}-file", metavar="FILE", help=f"read the {field} from FILE (- for stdin)"
        )
    p.add_argument("--reference", help="reference number (reports)")
    p.add_argument("--body", help="body reported to (reports)")
    p.add_argument("--body-type", choices=list(REPORT_BODIES), default="police")
    p.add_argument(
        "--json", metavar="FILE", help="an entry with every field (see docs/entry-json.md)"
    )

    p = add("attach", help="add evidence files to an entry")
    p.add_argument("entry_id")
    p.add_argument("files", nargs="+", metavar="FILE")

    p = add("list", help="list entries")
    _filters(p)
    p = add("search", help="search entries")
    p.add_argument("query")
    _filters(p)

    for name in ("show", "history"):
        p = add(name)
        p.add_argument("entry_id")
        if name == "show":
            p.add_argument("--json", action="store_true")

    p = add("extract", help="write an attachment's original bytes to a file")
    p.add_argument("attachment_id")
    p.add_argument("--out", required=True, metavar="FILE")

    p = add("check", help="decrypt every object and verify the chain")
    p.add_argument(
        "--since-head",
        metavar="HEX",
        help="also confirm that a chain head recorded by an earlier export (chain.txt) is "
        "a point on this journal's chain, so nothing saved before it was changed or removed",
    )
    p = add("passwd", help="change the passphrase")
    p.add_argument("--new-passphrase-file", required=True, metavar="FILE")
    p = add("recover", help="open with the recovery code and set a new passphrase")
    p.add_argument("--recovery-code-file", required=True, metavar="FILE")
    p.add_argument("--new-passphrase-file", required=True, metavar="FILE")
    p = add("backup", help="write a verified encrypted copy")
    p.add_argument("dest", metavar="DEST")

    p = add("person-add", help="add a person to the people list; prints the id")
    p.add_argument("--name")
    p.add_argument("--relationship")
    p.add_argument("--json", metavar="FILE")
    p = add("people", help="list people")
    p.add_argument("--json", action="store_true")
    p = add("delete", help="withdraw an entry (its history is kept)")
    p.add_argument("entry_id")
    p = add("purge", help="remove an entry and its evidence for good")
    p.add_argument("entry_id")
    p.add_argument("--confirm", metavar="PURGE", help="type PURGE to confirm")
    add("new-recovery-code", help="replace the recovery code")
    from journal.cli.export import add_parsers

    add_parsers(add, kinds)
    from journal.cli.salvage import add_parser as add_salvage

    add_salvage(add)
    from journal.cli.messages import add_parsers as add_message_parsers

    add_message_parsers(add)
    from journal.cli.timestamp import add_parser as add_timestamp

    add_timestamp(add)
    assert set(sub.choices) == set(commands)
    return parser
