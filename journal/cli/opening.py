"""What every command of incident-journal-cli needs first: the passphrase (a file, the
environment or the terminal, never an argument), the journal's place, and opening it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from journal.errors import UsageError
from journal.session.journal import Journal
from journal.system.paths import default_vault_path
from journal.vault import unlock_attempts
from journal.vault.file_format import check_is_vault
from journal.vault.lifecycle import unlock

ENV_PASSPHRASE = "INCIDENT_JOURNAL_PASSPHRASE"


def err(message: str) -> None:
    print(message, file=sys.stderr)


def read_secret_file(path: str, what: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise UsageError(f"The {what} file {path} cannot be read ({error.strerror}).") from None
    secret = text.rstrip("\r\n")
    if not secret:
        raise UsageError(f"The {what} file {path} is empty.")
    return secret


def passphrase_of(args: argparse.Namespace, confirm: bool = False) -> str:
    if args.passphrase_file:
        return read_secret_file(args.passphrase_file, "passphrase")
    if os.environ.get(ENV_PASSPHRASE):
        return os.environ[ENV_PASSPHRASE]
    if not sys.stdin.isatty():
        raise UsageError(
            f"No passphrase given: use --passphrase-file or {ENV_PASSPHRASE}, or run in a terminal."
        )
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise UsageError("The two passphrases differ; nothing was created.")
    return first


def vault_path_of(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_path()


def open_journal(args: argparse.Namespace, passphrase: str | None = None) -> Journal:
    path = vault_path_of(args)
    check_is_vault(path)
    journal = Journal.open(unlock(path, passphrase or passphrase_of(args)))
    if journal.removed_pending:
        err(f"Removed {journal.removed_pending} unfinished import(s) left by an interruption.")
    if journal.problems or journal.settings.problems:
        err("Warning: this journal has integrity problems; run 'check' for details.")
    attempts = journal.vault.failed_attempts
    if attempts is not None and (told := unlock_attempts.describe(attempts)) is not None:
        err(told)
    return journal
