"""The command line as a real process: the installed console script, exit statuses,
standard input through a pipe, and the real Argon2id defaults. (Every other CLI test
calls it in the test process: tests/cli_helpers.py.)"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from journal.vault.crypto import KdfParams

from .cli_helpers import run_cli_process
from .conftest import PASSPHRASE
from .factories import locked_journal, passphrase_file

pytestmark = pytest.mark.slow


def installed_command() -> tuple[str, ...]:
    """The console script pip installed beside this Python (pyproject [project.scripts])."""
    script = Path(sys.executable).parent / "incident-journal-cli"
    if not script.exists():
        pytest.fail(f"{script} is missing: install the project first (pip install -e .)")
    return (str(script),)


@pytest.fixture
def cli_vault(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "notes.db"
    locked_journal(path)
    return path, passphrase_file(tmp_path)


def test_the_installed_command_exits_with_the_documented_statuses(
    cli_vault: tuple[Path, Path], tmp_path: Path
) -> None:
    command = installed_command()
    path, pass_file = cli_vault
    helped = run_cli_process("--help", command=command)
    assert helped.returncode == 0 and helped.stdout.startswith("usage: incident-journal-cli")
    ok = run_cli_process("--vault", path, "--passphrase-file", pass_file, "list", command=command)
    assert (ok.returncode, ok.stdout) == (0, ""), ok.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    refused = run_cli_process("--vault", path, "--passphrase-file", wrong, "list", command=command)
    assert refused.returncode == 3 and "does not open" in refused.stderr
    other = tmp_path / "other.txt"
    other.write_text("hello")
    not_vault = run_cli_process(
        "--vault", other, "--passphrase-file", pass_file, "list", command=command
    )
    assert not_vault.returncode == 4
    usage = run_cli_process("--vault", path, "lizt", command=command)
    assert usage.returncode == 2 and "invalid choice" in usage.stderr


def test_a_passphrase_comes_from_the_environment_never_from_a_closed_stdin(
    cli_vault: tuple[Path, Path],
) -> None:
    path, _pass_file = cli_vault
    no_pass = run_cli_process("--vault", path, "list", stdin="")
    assert no_pass.returncode == 2 and "No passphrase given" in no_pass.stderr
    env = run_cli_process("--vault", path, "list", env={"INCIDENT_JOURNAL_PASSPHRASE": PASSPHRASE})
    assert env.returncode == 0, env.stderr


def test_entry_text_piped_into_standard_input(cli_vault: tuple[Path, Path]) -> None:
    path, pass_file = cli_vault
    narrative = "He took my phone.\nΩμέγα Жук, then he left.\n"
    added = run_cli_process(
        "--vault", path, "--passphrase-file", pass_file,
        "add", "--kind", "incident", "--occurred", "2025-03-14",
        "--title", "Phone", "--narrative-file", "-",
        stdin=narrative,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.strip()
    shown = run_cli_process(
        "--vault", path, "--passphrase-file", pass_file, "show", entry_id, "--json"
    )
    assert json.loads(shown.stdout)["content"]["narrative"] == narrative.rstrip("\n")


def test_init_as_a_process_uses_the_real_key_derivation(tmp_path: Path) -> None:
    path = tmp_path / "usb" / "new.db"
    made = run_cli_process(
        "--vault", path, "init", env={"INCIDENT_JOURNAL_PASSPHRASE": "a long passphrase"}
    )
    assert made.returncode == 0, made.stderr
    assert re.fullmatch(r"([0-9A-Z]{4}-){6}[0-9A-Z]{4}\n", made.stdout)
    with closing(sqlite3.connect(path)) as db:
        (params,) = db.execute("SELECT params FROM keyslot WHERE kind = 'passphrase'").fetchone()
    stored = KdfParams.from_json(params)
    default = KdfParams.fresh()
    assert (stored.memory_kib, stored.iterations, stored.lanes) == (
        default.memory_kib,
        default.iterations,
        default.lanes,
    )
