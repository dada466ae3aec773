"""The command-line contract: stdout carries only results, exit codes as documented."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from .cli_helpers import run_cli
from .conftest import EVIDENCE_DIR, PASSPHRASE, corpus
from .factories import locked_journal, passphrase_file


@pytest.fixture
def cli_vault(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "notes.db"
    locked_journal(path)
    return path, passphrase_file(tmp_path)


def cli(vault: tuple[Path, Path], *args: str | Path):
    return run_cli("--vault", vault[0], "--passphrase-file", vault[1], *args)


def test_init_prints_only_the_recovery_code(tmp_path: Path) -> None:
    path = tmp_path / "usb" / "new.db"
    result = run_cli(
        "--vault", path, "init", env={"INCIDENT_JOURNAL_PASSPHRASE": "a long passphrase"}
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"([0-9A-Z]{4}-){6}[0-9A-Z]{4}\n", result.stdout)
    assert "recovery code" in result.stderr
    code_file = tmp_path / "code.txt"
    code_file.write_text(result.stdout)
    new_pass = tmp_path / "new.txt"
    new_pass.write_text("another passphrase")
    recovered = run_cli(
        "--vault",
        path,
        "recover",
        "--recovery-code-file",
        code_file,
        "--new-passphrase-file",
        new_pass,
    )
    assert recovered.returncode == 0, recovered.stderr
    assert recovered.stdout == ""


def test_add_attach_list_show_search_history_extract(cli_vault, tmp_path: Path) -> None:
    added = cli(
        cli_vault,
        "add",
        "--kind",
        "report",
        "--title",
        "Complaint lodged",
        "--occurred",
        "2025-03-15T10:00+10:00",
        "--reference",
        "IA-2025-0042",
        "--body",
        "Professional Standards",
        "--body-type",
        "internal_affairs",
        "--category",
        "police_power",
        "--private-note",
        "scared",
    )
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{32}", entry_id)

    photo = corpus(EVIDENCE_DIR / "photo_with_exif.jpg")
    attached = cli(cli_vault, "attach", entry_id, photo)
    assert attached.returncode == 0, attached.stderr
    attachment_id, sha, name = attached.stdout.rstrip("\n").split("\t")
    assert name == "photo_with_exif.jpg" and len(sha) == 64

    listed = cli(cli_vault, "list", "--json")
    rows = json.loads(listed.stdout)
    assert [r["entry_id"] for r in rows] == [entry_id]
    assert rows[0]["content"]["reports"][0]["reference"] == "IA-2025-0042"
    assert rows[0]["occurred_display"] == "15 Mar 2025 10:00 (UTC+10)"

    assert cli(cli_vault, "search", "ia-2025-0042").stdout.startswith(entry_id + "\t")
    assert cli(cli_vault, "search", "nothing-like-this").stdout == ""
    shown = cli(cli_vault, "show", entry_id)
    assert "Complaint lodged" in shown.stdout and attachment_id in shown.stdout
    assert json.loads(cli(cli_vault, "show", entry_id, "--json").stdout)["entry_id"] == entry_id

    history = cli(cli_vault, "history", entry_id).stdout.splitlines()
    assert [line.split("\t")[0] for line in history] == ["1", "2"]
    assert "evidence" in history[1]

    out = tmp_path / "copy.jpg"
    extracted = cli(cli_vault, "extract", attachment_id, "--out", out)
    assert extracted.returncode == 0 and extracted.stdout == ""
    assert out.read_bytes() == photo.read_bytes()
    assert (
        cli(cli_vault, "extract", attachment_id, "--out", out).returncode == 2
    )  # never overwrites


def test_add_from_json_with_every_field(cli_vault, tmp_path: Path) -> None:
    person = tmp_path / "person.json"
    person.write_text(
        json.dumps({"name": "Sgt. A", "officer": {"rank": "Sergeant", "badge_number": "4471"}})
    )
    person_id = cli(cli_vault, "person-add", "--json", person).stdout.strip()
    entry = {
        "kind": "incident",
        "title": "Threat at the station car park",
        "occurred": {"start": "2025-06-02", "precision": "day"},
        "categories": ["threats", "weapon"],
        "tags": ["car park"],
        "people": [{"person_id": person_id, "role": "abuser", "on_duty": "on"}],
        "injuries": [{"description": "bruised wrist", "photographed": True}],
    }
    source = tmp_path / "entry.json"
    source.write_text(json.dumps(entry))
    entry_id = cli(cli_vault, "add", "--json", source).stdout.strip()
    shown = json.loads(cli(cli_vault, "show", entry_id, "--json").stdout)
    assert shown["content"]["people"][0]["person_id"] == person_id
    assert shown["content"]["occurred"]["precision"] == "day"
    assert shown["occurred_display"] == "02 Jun 2025"

    source.write_text(json.dumps({**entry, "colour": "red"}))
    bad = cli(cli_vault, "add", "--json", source)
    assert bad.returncode == 2 and "unknown field(s): colour" in bad.stderr


def test_exit_codes(cli_vault, tmp_path: Path) -> None:
    assert (
        cli(cli_vault, "add", "--kind", "nonsense", "--title", "x", "--occurred", "2025").returncode
        == 2
    )
    assert (
        cli(
            cli_vault, "add", "--kind", "note", "--title", "x", "--occurred", "2025-02-30"
        ).returncode
        == 2
    )
    future = cli(cli_vault, "add", "--kind", "note", "--title", "x", "--occurred", "2999-01-01")
    assert future.returncode == 2 and "future" in future.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("wrong")
    result = run_cli("--vault", cli_vault[0], "--passphrase-file", wrong, "list")
    assert result.returncode == 3 and "does not open" in result.stderr
    other = tmp_path / "other.txt"
    other.write_text("hello")
    assert run_cli("--vault", other, "--passphrase-file", cli_vault[1], "list").returncode == 4
    no_pass = run_cli("--vault", cli_vault[0], "list", stdin="")
    assert no_pass.returncode == 2 and "No passphrase given" in no_pass.stderr
    env = run_cli("--vault", cli_vault[0], "list", env={"INCIDENT_JOURNAL_PASSPHRASE": PASSPHRASE})
    assert env.returncode == 0


def test_check_reports_damage_with_exit_1(cli_vault, tmp_path: Path) -> None:
    entry_id = cli(
        cli_vault, "add", "--kind", "note", "--title", "x", "--occurred", "2025-01"
    ).stdout.strip()
    blob = tmp_path / "blob.bin"
    blob.write_bytes(b"evidence" * 1000)
    cli(cli_vault, "attach", entry_id, blob)
    assert cli(cli_vault, "check").stdout == "OK\n"
    with sqlite3.connect(cli_vault[0]) as conn:
        (object_id, ct) = conn.execute(
            "SELECT c.object_id, c.ct FROM chunk c JOIN object o USING (object_id) "
            "WHERE o.role='attachment'"
        ).fetchone()
        damaged = bytearray(ct)
        damaged[40] ^= 1
        conn.execute("UPDATE chunk SET ct=? WHERE object_id=?", (bytes(damaged), object_id))
    result = cli(cli_vault, "check")
    assert result.returncode == 1
    assert "blob.bin" in result.stdout and "PROBLEM" in result.stdout


def test_passwd_and_backup(cli_vault, tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("the new passphrase\n")
    assert cli(cli_vault, "passwd", "--new-passphrase-file", new).returncode == 0
    assert cli(cli_vault, "list").returncode == 3
    stick = tmp_path / "stick"
    stick.mkdir()
    result = run_cli("--vault", cli_vault[0], "--passphrase-file", new, "backup", stick)
    assert result.returncode == 0, result.stderr
    copy = Path(result.stdout.strip())
    assert copy.parent == stick and copy.exists()
    assert run_cli("--vault", copy, "--passphrase-file", new, "check").stdout == "OK\n"
    again = run_cli("--vault", cli_vault[0], "--passphrase-file", new, "backup", copy)
    assert again.returncode == 5 and "nothing was overwritten" in again.stderr
