"""The message commands as scripts use them: real subprocess, real vault file."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from ..cli_helpers import run_cli
from ..conftest import PASSPHRASE, new_vault
from ..messages.builders import write_zip
from .helpers import chat_lines, every_format, whatsapp_file


@pytest.fixture
def cli_vault(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "notes.db"
    vault, _code = new_vault(path)
    vault.lock()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path, pass_file


def cli(vault: tuple[Path, Path], *args: str | Path):
    return run_cli("--vault", vault[0], "--passphrase-file", vault[1], *args)


def listed(vault: tuple[Path, Path], *args: str) -> list[dict]:
    result = cli(vault, "messages", "--json", *args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_import_list_link_extract_and_check(cli_vault, tmp_path: Path) -> None:
    exports = every_format(tmp_path / "exports")
    chat = exports["whatsapp"]
    result = cli(cli_vault, "import-messages", chat, exports["eml"], "--timezone", "Europe/Berlin")
    assert result.returncode == 0, result.stderr
    sha = hashlib.sha256(chat.read_bytes()).hexdigest()
    eml_sha = hashlib.sha256(exports["eml"].read_bytes()).hexdigest()
    assert result.stdout.splitlines() == [
        f"1\t5\t{sha}\t{chat.name}",
        f"1\t1\t{eml_sha}\tthreat.eml",
    ]
    again = cli(cli_vault, "import-messages", chat)
    assert (again.returncode, again.stdout) == (0, f"1\t0\t{sha}\t{chat.name}\n")
    assert "imported before" in again.stderr

    rows = listed(cli_vault)
    assert len(rows) == 6
    whatsapp = [r for r in rows if r["source_sha256"] == sha]
    assert [r["text"] for r in whatsapp] == [line.text for line in chat_lines(5)]
    assert whatsapp[0]["sent_at"] == "2025-03-01T22:00:00+01:00"
    assert whatsapp[0]["sender"] == "Mark Doe" and whatsapp[0]["attachments"] == []
    mail = next(r for r in rows if r["source_sha256"] == eml_sha)
    assert mail["sent_at"] == "2025-03-14T22:07:55+01:00"
    assert mail["attachments"] == ["Foto vom Auto.jpg"]
    assert set(whatsapp[0]) >= {
        "id", "conversation", "sender", "sent_at", "text", "attachments", "source_sha256",
        "source_attachment",
    }  # fmt: skip

    assert [r["id"] for r in listed(cli_vault, "--search", "MESSAGE 3")] == [whatsapp[3]["id"]]
    assert listed(cli_vault, "--from", "2025-03-02") == [mail]
    assert listed(cli_vault, "--to", "2025-03-01") == whatsapp
    assert listed(cli_vault, "--conversation", mail["conversation"]) == [mail]

    out = tmp_path / "back.txt"
    extracted = cli(cli_vault, "extract", whatsapp[0]["source_attachment"], "--out", out)
    assert extracted.returncode == 0, extracted.stderr
    assert out.read_bytes() == chat.read_bytes()

    add = cli(
        cli_vault, "add", "--kind", "contact", "--title", "Threats", "--occurred", "2025-03-01"
    )
    entry_id = add.stdout.strip()
    link = cli(cli_vault, "link-messages", entry_id, whatsapp[1]["id"], mail["id"])
    assert link.returncode == 0, link.stderr
    shown = json.loads(cli(cli_vault, "show", entry_id, "--json").stdout)
    assert shown["content"]["messages"] == [whatsapp[1]["id"], mail["id"]]
    unknown = cli(cli_vault, "link-messages", entry_id, "f" * 32)
    assert unknown.returncode == 2 and "no stored message" in unknown.stderr

    check = cli(cli_vault, "check")
    assert (check.returncode, check.stdout) == (0, "OK\n"), check.stdout


def test_whatsapp_without_timezone_says_what_was_assumed(cli_vault, tmp_path: Path) -> None:
    chat = whatsapp_file(tmp_path, "chat.txt", chat_lines(2))
    result = run_cli(
        "--vault", cli_vault[0], "--passphrase-file", cli_vault[1], "import-messages", chat,
        env={"TZ": "Asia/Tokyo"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Asia/Tokyo" in result.stderr and "not confirm" in result.stderr
    (first, _second) = listed(cli_vault)
    assert first["sent_at"] == "2025-03-01T22:00:00"
    assert (first["timezone"], first["timezone_confirmed"]) == ("Asia/Tokyo", False)
    assert first["sent_at_utc"] == "2025-03-01T13:00:00+00:00"


def test_unrecognised_or_damaged_files_exit_2_and_store_nothing(cli_vault, tmp_path: Path) -> None:
    noise = tmp_path / "notes.txt"
    noise.write_text("shopping list\nmilk\n")
    bad_zip = write_zip(tmp_path / "x.zip", {"_chat.txt": b"x", "../up.jpg": b"x"})
    for path, words in ((noise, "not"), (bad_zip, "outside its folder")):
        result = cli(cli_vault, "import-messages", path)
        assert result.returncode == 2 and result.stdout == ""
        assert words in result.stderr and "unexpected" not in result.stderr
    wrong = cli(cli_vault, "import-messages", noise, "--format", "sms-xml")
    assert wrong.returncode == 2
    zone = cli(cli_vault, "import-messages", noise, "--timezone", "Mars/Olympus")
    assert zone.returncode == 2 and "not known" in zone.stderr
    assert listed(cli_vault) == []
    with sqlite3.connect(cli_vault[0]) as db:
        assert db.execute("SELECT count(*) FROM object WHERE role='messages'").fetchone() == (0,)


def test_a_removed_or_altered_batch_is_reported_by_check(cli_vault, tmp_path: Path) -> None:
    cli(
        cli_vault,
        "import-messages",
        whatsapp_file(tmp_path, "a.txt", chat_lines(3)),
        "--timezone",
        "UTC",
    )
    cli(
        cli_vault,
        "import-messages",
        whatsapp_file(tmp_path, "b.txt", chat_lines(3, 3)),
        "--timezone",
        "UTC",
    )
    with sqlite3.connect(cli_vault[0]) as db:
        ids = [r[0] for r in db.execute(
            "SELECT o.object_id FROM object o WHERE role='messages' ORDER BY rowid"
        )]  # fmt: skip
        # each import wrote its batch, then the batch's index, then a new manifest
        first, first_index, second = ids[0], ids[1], ids[2]
        db.execute(
            "UPDATE chunk SET ct = (SELECT ct FROM chunk WHERE object_id=?) WHERE object_id=?",
            (second, first),
        )
    check = cli(cli_vault, "check")
    assert check.returncode == 1 and "message batch 1" in check.stdout, check.stdout
    with sqlite3.connect(cli_vault[0]) as db:
        db.execute("DELETE FROM chunk WHERE object_id=?", (second,))
        db.execute("DELETE FROM object WHERE object_id=?", (second,))
        db.execute("DELETE FROM chunk WHERE object_id=?", (first_index,))
    check = cli(cli_vault, "check")
    assert "message batch 2" in check.stdout and "missing" in check.stdout, check.stdout
    assert "the index of message batch 1" in check.stdout, check.stdout
    listing = cli(cli_vault, "messages", "--json")
    assert listing.returncode == 0 and listing.stdout == ""
    assert "cannot be read" in listing.stderr
