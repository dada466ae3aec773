"""What the command line takes in besides its arguments' grammar: new passphrases,
judged by the same rules as the desktop app, and entry text from a file or standard
input, so it never has to appear in the process's command line (which other users
of the computer can read) or in the shell's history."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journal.errors import UsageError
from journal.vault.passphrase_policy import judge

# (argument with the text itself, argument naming a file with it, what it is called)
TEXT_FIELDS = (
    ("title", "title_file", "title"),
    ("narrative", "narrative_file", "narrative"),
    ("private_note", "private_note_file", "private note"),
)


def checked_new_passphrase(passphrase: str) -> str:
    """`passphrase` when the app's passphrase rules accept it; else a usage error that
    says why, as the desktop app's meter does."""
    verdict = judge(passphrase)
    if not verdict.acceptable:
        raise UsageError(
            "That passphrase is too easy to guess, so nothing was changed. "
            + " ".join(verdict.reasons)
        )
    return passphrase


def _read_text(source: str, what: str) -> str:
    try:
        if source == "-":
            return sys.stdin.read()
        return Path(source).expanduser().read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"The {what} file {source} is not UTF-8 text.") from None
    except OSError as error:
        raise UsageError(f"The {what} file {source} cannot be read ({error.strerror}).") from None


def read_entry_text(args: argparse.Namespace, warn: bool = True) -> None:
    """Fill args.title, args.narrative and args.private_note from their --…-file
    arguments ("-" is standard input, at most one of them); warn on stderr about text
    given as an argument itself."""
    from_stdin = [
        f"--{file_arg.replace('_', '-')}"
        for _text_arg, file_arg, _what in TEXT_FIELDS
        if getattr(args, file_arg, None) == "-"
    ]
    if getattr(args, "json", None) == "-":
        from_stdin.append("--json")
    if len(from_stdin) > 1:
        raise UsageError(f"Only one of {' and '.join(from_stdin)} can read standard input.")
    for text_arg, file_arg, what in TEXT_FIELDS:
        source = getattr(args, file_arg, None)
        if source is None:
            if warn and getattr(args, text_arg, None):
                flag = "--" + file_arg.replace("_", "-")
                print(
                    f"Warning: the {what} was given on the command line, where other users "
                    "of this computer can see it while the command runs and where your "
                    f"shell may keep it in its history. Next time use {flag} FILE "
                    "(or - to type or pipe it in).",
                    file=sys.stderr,
                )
            continue
        if getattr(args, text_arg, None) is not None:
            raise UsageError(f"Give the {what} either as text or as a file, not both.")
        text = _read_text(source, what)
        setattr(args, text_arg, text.rstrip("\r\n"))
