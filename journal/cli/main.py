"""incident-journal-cli: the headless command line (contract documented in README.md).

stdout carries only results; advice, warnings and progress go to stderr.
Exit codes: 0 ok, 1 integrity problem, 2 usage, 3 cannot unlock,
4 not a vault / newer format, 5 other failure. Never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from journal.cli import present
from journal.cli.inputs import read_entry_text
from journal.cli.keys import cmd_init, cmd_new_recovery_code, cmd_passwd, cmd_recover
from journal.cli.messages import commands as message_commands
from journal.cli.opening import (
    err,
    open_journal,
    passphrase_of,
    vault_path_of,
)
from journal.cli.salvage import run_salvage
from journal.cli.timestamp import run_timestamp
from journal.entries.codec import from_plain, to_plain
from journal.entries.model import (
    KINDS,
    PRECISIONS,
    EntryContent,
    EventTime,
    PersonContent,
    ReportRecord,
)
from journal.entries.plain_words import visible_name
from journal.entries.search import SearchFilters
from journal.errors import JournalError, UsageError
from journal.evidence.streaming import write_out
from journal.session.backup import backup_vault
from journal.session.check import check_journal
from journal.system.memory_hygiene import harden_process


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))


def _load_json(path: str) -> Any:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        return json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(f"The JSON file {path} cannot be read: {error}") from None


def _content_from_args(args: argparse.Namespace) -> EntryContent:
    read_entry_text(args)
    if args.json:
        content = from_plain(EntryContent, _load_json(args.json), "entry")
    else:
        if not (args.kind and args.title and args.occurred):
            raise UsageError("add needs --kind, --title-file and --occurred (or --json FILE).")
        content = EntryContent(kind=args.kind, title=args.title, occurred=EventTime(args.occurred))
    changes: dict[str, Any] = {}
    for name in ("kind", "title", "narrative", "location"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.private_note is not None:
        changes["private_notes"] = args.private_note
    if args.occurred is not None or args.precision is not None or args.timezone is not None:
        occurred = content.occurred
        changes["occurred"] = EventTime(
            args.occurred or occurred.start,
            args.end or occurred.end,
            args.timezone or occurred.timezone,
            args.precision or occurred.precision,
        )
    if args.category:
        changes["categories"] = (*content.categories, *args.category)
    if args.tag:
        changes["tags"] = (*content.tags, *args.tag)
    if args.reference or args.body:
        report = ReportRecord(
            body_type=args.body_type, body=args.body or "", reference=args.reference or ""
        )
        changes["reports"] = (*content.reports, report)
    return replace(content, **changes)


def cmd_add(args: argparse.Namespace) -> int:
    content = _content_from_args(args)
    journal = open_journal(args)
    print(journal.add_entry(content))
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    for name in args.files:
        path = Path(name)
        info = journal.attach_file(args.entry_id, path)
        for warning in info.warnings:
            err(f"{visible_name(path.name)}: {warning}")
        print(f"{info.attachment_id}\t{info.sha256}\t{visible_name(info.file_name)}")
    return 0


def _filters(args: argparse.Namespace) -> SearchFilters:
    from datetime import date

    def day(text: str | None) -> date | None:
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:
            raise UsageError(f"{text!r} is not a date like 2025-03-14.") from None

    return SearchFilters(
        date_from=day(getattr(args, "date_from", None)),
        date_to=day(getattr(args, "date_to", None)),
        kinds=frozenset(getattr(args, "kind_filter", None) or ()),
        categories=frozenset(getattr(args, "category_filter", None) or ()),
        person_id=getattr(args, "person", None),
        include_deleted=bool(getattr(args, "include_deleted", False)),
    )


def cmd_list(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    query = getattr(args, "query", "")
    entries = journal.search(query, _filters(args))
    if args.json:
        _print_json([present.entry_json(e) for e in entries])
    else:
        for entry in entries:
            print(present.entry_line(entry))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    entry = journal.entry(args.entry_id)
    if args.json:
        _print_json(present.entry_json(entry))
    else:
        names = {p.person_id: p.content.name for p in journal.people()}
        print(present.entry_text(entry, names))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    previous = None
    for revision in journal.history(args.entry_id):
        print(present.revision_line(revision, previous))
        previous = revision
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    info = journal.find_evidence(args.attachment_id)
    write_out(journal.read_attachment(args.attachment_id), Path(args.out), info.sha256)
    err(f"Wrote {info.size} bytes to {args.out}. This copy is NOT encrypted.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from journal.session.chain_point import head_position, parse_head

    earlier = parse_head(args.since_head) if args.since_head else None
    journal = open_journal(args)
    report = check_journal(journal)
    err(
        f"Checked {report.revisions} revisions and {report.attachments} attachments "
        f"({report.bytes_checked} bytes)."
    )
    problems = list(report.problems)
    if earlier is not None:
        position = head_position(journal, earlier)
        if position is None:
            problems.append(
                "the chain head you gave is not a point on this journal's chain: a revision "
                "saved before it was changed, removed or reordered, or it comes from another "
                "journal"
            )
        else:
            err(
                f"The chain head you gave is this journal's chain after revision {position}: "
                f"those {position} revisions are unchanged, and {report.revisions - position} "
                "were saved after it."
            )
    for problem in problems:
        print(f"PROBLEM: {problem}")
    if not problems:
        print("OK")
        return 0
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    target = backup_vault(journal, Path(args.dest))
    err("Backup written and verified. It is encrypted like the journal itself.")
    print(target)
    return 0


def cmd_person_add(args: argparse.Namespace) -> int:
    content = from_plain(PersonContent, _load_json(args.json), "person") if args.json else None
    if content is None:
        if not args.name:
            raise UsageError("person-add needs --name (or --json FILE).")
        content = PersonContent(name=args.name, relationship=args.relationship or "")
    journal = open_journal(args)
    print(journal.add_person(content))
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    people = journal.people()
    if args.json:
        _print_json([to_plain(p) for p in people])
    else:
        for person in people:
            shown = (visible_name(person.content.name), visible_name(person.content.relationship))
            print("\t".join((person.person_id, *shown)))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    open_journal(args).delete_entry(args.entry_id)
    err("The entry is marked as withdrawn; its history is kept.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    open_journal(args).purge_entry(args.entry_id, args.confirm or "")
    err("The entry's content and evidence were removed for good.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from journal.cli.export import run_export

    return run_export(args, lambda: open_journal(args))


def cmd_verify(args: argparse.Namespace) -> int:
    from journal.cli.export import run_verify

    return run_verify(args)


def build_parser() -> argparse.ArgumentParser:
    from journal.cli.parser import build

    return build(COMMANDS, list(KINDS), list(PRECISIONS))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "add": cmd_add,
    "attach": cmd_attach,
    "list": cmd_list,
    "show": cmd_show,
    "history": cmd_history,
    "search": cmd_list,
    "extract": cmd_extract,
    "check": cmd_check,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "backup": cmd_backup,
    "person-add": cmd_person_add,
    "people": cmd_people,
    "delete": cmd_delete,
    "purge": cmd_purge,
    "new-recovery-code": cmd_new_recovery_code,
    "export": cmd_export,
    "verify": cmd_verify,
    "salvage": lambda args: run_salvage(args, vault_path_of(args), lambda: passphrase_of(args)),
    "timestamp": lambda args: run_timestamp(args, lambda: open_journal(args)),
}
COMMANDS.update(message_commands(open_journal))


def main(argv: list[str] | None = None) -> int:
    harden_process()  # no core dump or debugger attach can copy decrypted text
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except JournalError as error:
        err(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        err("Interrupted. Everything saved before this point is kept.")
        return 5
    except Exception as error:  # a last resort: a plain message, never a traceback
        err(f"Something unexpected went wrong ({type(error).__name__}). Nothing saved was lost.")
        return 5


if __name__ == "__main__":
    sys.exit(main())
