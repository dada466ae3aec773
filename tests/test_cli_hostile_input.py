"""The command line against weak passphrases, text that should stay off the command
line, and names that try to forge lines of output (tests/cli_helpers.py: in this
process; tests/test_cli_process.py runs the real one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_helpers import run_cli
from .conftest import reopen
from .factories import locked_journal, passphrase_file

WEAK = ["x", "password1", "qwertyuiop"]


@pytest.fixture
def cli_vault(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "notes.db"
    (tmp_path / "code.txt").write_text(locked_journal(path))
    return path, passphrase_file(tmp_path)


def cli(vault: tuple[Path, Path], *args: str | Path, stdin: str | None = None):
    return run_cli("--vault", vault[0], "--passphrase-file", vault[1], *args, stdin=stdin)


@pytest.mark.parametrize("weak", WEAK)
def test_init_refuses_a_weak_passphrase(tmp_path: Path, weak: str) -> None:
    path = tmp_path / "new.db"
    result = run_cli("--vault", path, "init", env={"INCIDENT_JOURNAL_PASSPHRASE": weak})
    assert result.returncode == 2, result.stderr
    assert "too easy to guess" in result.stderr and result.stdout == ""
    assert not path.exists()


def test_passwd_and_recover_refuse_a_weak_passphrase(cli_vault, tmp_path: Path) -> None:
    weak = tmp_path / "weak.txt"
    weak.write_text("x\n")
    changed = cli(cli_vault, "passwd", "--new-passphrase-file", weak)
    assert changed.returncode == 2 and "Use at least 10 characters" in changed.stderr
    recovered = run_cli(
        "--vault", cli_vault[0], "recover",
        "--recovery-code-file", tmp_path / "code.txt", "--new-passphrase-file", weak,
    )  # fmt: skip
    assert recovered.returncode == 2 and "too easy to guess" in recovered.stderr
    reopen(cli_vault[0]).vault.lock()  # the old passphrase still opens it


def test_entry_text_from_a_file_and_stdin_stays_off_the_command_line(
    cli_vault, tmp_path: Path
) -> None:
    title = tmp_path / "title.txt"
    title.write_text("He took my phone\n", encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text("Only for me.\n", encoding="utf-8")
    narrative = "He took my phone and read my messages.\nThen he left.\n"
    added = cli(
        cli_vault, "add", "--kind", "incident", "--occurred", "2025-03-14",
        "--title-file", title, "--narrative-file", "-", "--private-note-file", note,
        stdin=narrative,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Warning" not in added.stderr
    shown = json.loads(cli(cli_vault, "show", added.stdout.strip(), "--json").stdout)
    content = shown["content"]
    assert content["title"] == "He took my phone"
    assert content["narrative"] == narrative.rstrip("\n")
    assert content["private_notes"] == "Only for me."


def test_entry_text_as_an_argument_is_kept_with_a_warning(cli_vault) -> None:
    added = cli(
        cli_vault, "add", "--kind", "note", "--occurred", "2025-03-14",
        "--title", "A note", "--narrative", "What happened",
    )  # fmt: skip
    assert added.returncode == 0
    assert "the title was given on the command line" in added.stderr
    assert "Next time use --narrative-file FILE" in added.stderr


def test_text_and_file_for_one_field_or_two_stdins_are_refused(cli_vault, tmp_path) -> None:
    title = tmp_path / "t.txt"
    title.write_text("T")
    both = cli(cli_vault, "add", "--kind", "note", "--occurred", "2025-03-14", "--title", "A",
               "--title-file", title)  # fmt: skip
    assert both.returncode == 2 and "either as text or as a file" in both.stderr
    two = cli(cli_vault, "add", "--kind", "note", "--occurred", "2025-03-14",
              "--title-file", "-", "--narrative-file", "-", stdin="x")  # fmt: skip
    assert two.returncode == 2 and "can read standard input" in two.stderr
    missing = cli(cli_vault, "add", "--kind", "note", "--occurred", "2025-03-14",
                  "--title-file", tmp_path / "nothing.txt")  # fmt: skip
    assert missing.returncode == 2 and "cannot be read" in missing.stderr


def test_names_on_stdout_cannot_forge_lines(cli_vault, tmp_path: Path) -> None:
    forged = "photo.jpg\t0\tFAKE\nf00d\tdeadbeef\tinjected.jpg\u202egpj.exe\u2028x"
    evidence = tmp_path / forged
    evidence.write_bytes(b"plain text evidence\n")
    entry = cli(cli_vault, "add", "--kind", "note", "--occurred", "2025-03-14",
                "--title", "one\ntwo\tthree").stdout.strip()  # fmt: skip
    attached = cli(cli_vault, "attach", entry, evidence)
    assert attached.returncode == 0, attached.stderr
    lines = attached.stdout.splitlines()
    assert len(lines) == 1 and len(lines[0].split("\t")) == 3, attached.stdout
    assert "[U+000A]" in lines[0] and "[U+0009]" in lines[0] and "[U+202E]" in lines[0]
    assert "[U+2028]" in lines[0]
    listed = cli(cli_vault, "list").stdout.splitlines()
    assert len(listed) == 1 and listed[0].endswith("one[U+000A]two[U+0009]three")
