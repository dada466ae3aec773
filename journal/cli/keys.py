"""The commands that make or change a journal's keys: init, passwd, recover and
new-recovery-code. Each key change renews the export signing key (in the vault), and
says so here."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from journal.cli.inputs import checked_new_passphrase
from journal.cli.opening import err, open_journal, passphrase_of, read_secret_file, vault_path_of
from journal.vault.lifecycle import create_vault, recover

if TYPE_CHECKING:
    from journal.session.journal import Journal


def cmd_init(args: argparse.Namespace) -> int:
    path = vault_path_of(args)
    vault, code = create_vault(path, checked_new_passphrase(passphrase_of(args, confirm=True)))
    vault.lock()
    err(f"Created a journal at {path}.")
    err("Below is its recovery code. It is shown only this once. Write it down and keep it")
    err("somewhere safe away from home, or with someone you trust.")
    print(code)
    return 0


def _new_signing_key_note(journal: Journal) -> None:
    """After a key change (which renewed the signing key): say what that means."""
    from journal.export.signing import journal_fingerprint

    err(
        "Exports are now signed with a new signing key. Signing-key fingerprint: "
        f"{journal_fingerprint(journal)}. Bundles made before keep the old one; give the "
        "new fingerprint to whoever receives your exports from now on."
    )


def cmd_passwd(args: argparse.Namespace) -> int:
    new = checked_new_passphrase(read_secret_file(args.new_passphrase_file, "new passphrase"))
    journal = open_journal(args)
    journal.vault.change_passphrase(new)
    err("The passphrase was changed. The old one no longer opens this journal.")
    _new_signing_key_note(journal)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    code = read_secret_file(args.recovery_code_file, "recovery code")
    new = checked_new_passphrase(read_secret_file(args.new_passphrase_file, "new passphrase"))
    from journal.session.journal import Journal

    vault = recover(vault_path_of(args), code, new)
    try:
        err("The journal is open again with the new passphrase.")
        _new_signing_key_note(Journal.open(vault))
    finally:
        vault.lock()
    return 0


def cmd_new_recovery_code(args: argparse.Namespace) -> int:
    passphrase = passphrase_of(args)
    journal = open_journal(args, passphrase)
    code = journal.vault.regenerate_recovery_code(passphrase)
    err("New recovery code below; the old one no longer works. It is shown only this once.")
    _new_signing_key_note(journal)
    print(code)
    return 0
