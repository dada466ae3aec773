"""The message-history commands: import-messages, messages, link-messages."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from journal.conversations.index import MessageFilters
from journal.conversations.views import call_json, message_json
from journal.entries.plain_words import visible_name
from journal.errors import UsageError
from journal.messages import FORMATS
from journal.session.journal import Journal
from journal.session.message_import import ImportResult, import_messages
from journal.session.message_links import link_messages

Opener = Callable[[], Journal]


def add_parsers(add: Callable[..., Any]) -> None:
    p = add("import-messages", help="import message exports (WhatsApp, SMS, Telegram...)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", dest="message_format", choices=("auto", *FORMATS), default="auto")
    p.add_argument("--me", metavar="NAME", help="your name as the export writes it")
    p.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the zone the phone was in, for exports without one (WhatsApp), e.g. "
        "Europe/Berlin or +01:00; without it this computer's zone is used and marked "
        "as not confirmed",
    )
    p = add("messages", help="list stored messages")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--search", metavar="TEXT", default="")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--conversation", metavar="ID")
    p.add_argument("--calls", action="store_true", help="list call records instead")
    p = add("link-messages", help="link stored messages or calls to an entry")
    p.add_argument("entry_id")
    p.add_argument("message_ids", nargs="+", metavar="MESSAGE_ID")


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _report(result: ImportResult) -> None:
    name = visible_name(result.file_name)
    print(f"{result.conversations}\t{result.messages + result.calls}\t{result.sha256}\t{name}")
    if result.already_imported:
        _say(f"{name} was imported before; nothing new was stored.")
        return
    if result.known:
        _say(f"{name}: {result.known} messages were already stored from another export.")
    if result.calls:
        _say(f"{name}: {result.calls} of them are call records.")
    for warning in result.warnings:
        _say(f"{name}: {warning}")
    zone = result.zone
    if zone is not None and not zone.confirmed:
        _say(
            f"{name}: its times carry no time zone. They were read as this computer's zone "
            f"({zone.name}); that is recorded with every message as an assumption you did not "
            "confirm. If the phone was in another zone, these times are wrong by the "
            "difference: give --timezone when you import such a file."
        )
    elif zone is not None:
        _say(f"{name}: its times carry no time zone; recorded as {zone.name}, as you said.")


def run_import(args: argparse.Namespace, opener: Opener) -> int:
    journal = opener()
    failed = False
    for name in args.files:
        try:
            result = import_messages(
                journal,
                Path(name),
                args.message_format,
                me=args.me,
                timezone=args.timezone,
            )
        except UsageError as error:  # this file is refused; nothing of it was stored
            _say(str(error))
            failed = True
            continue
        _report(result)
    return 2 if failed else 0


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        raise UsageError(f"{text!r} is not a date like 2025-03-14.") from None


def run_list(args: argparse.Namespace, opener: Opener) -> int:
    filters = MessageFilters(_day(args.date_from), _day(args.date_to), args.conversation)
    journal = opener()
    store = journal.messages
    if args.calls:
        rows = [call_json(store, c) for c in store.calls(filters)]
    else:
        rows = [message_json(store, m) for m in store.search(args.search, filters)]
    if store.problems:
        _say("Warning: some stored messages cannot be read; run 'check' for details.")
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False, sort_keys=True))
        else:
            who = row.get("sender") or row.get("direction") or ""
            text = row.get("text", f"{row.get('number')} {row.get('duration_seconds')} s")
            print("\t".join((row["id"], row["time_shown"], visible_name(who), visible_name(text))))
    return 0


def run_link(args: argparse.Namespace, opener: Opener) -> int:
    journal = opener()
    entry = link_messages(journal, args.entry_id, list(args.message_ids))
    _say(f"The entry now has {len(entry.content.messages)} linked messages and calls.")
    return 0


def commands(opener_for: Callable[[argparse.Namespace], Journal]) -> dict[str, Any]:
    def bind(run: Callable[[argparse.Namespace, Opener], int]) -> Callable[..., int]:
        return lambda args: run(args, lambda: opener_for(args))

    return {
        "import-messages": bind(run_import),
        "messages": bind(run_list),
        "link-messages": bind(run_link),
    }


__all__ = ["add_parsers", "commands"]
