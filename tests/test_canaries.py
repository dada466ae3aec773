"""No plaintext reaches the disk: every file the app wrote is scanned for canaries."""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime
from journal.system.paths import default_vault_path

from .canary_home import scanned_home
from .cli_helpers import run_cli
from .conftest import PASSPHRASE, new_vault, reopen
from .factories import journal_at


def encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def scan(root: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if any(needle.decode("latin-1") in path.name for needle in needles):
            found.append(f"{path} (name)")
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {needle[:12]!r}" for needle in needles if needle in data]
    return found


@pytest.mark.slow
def test_nothing_readable_in_any_file_the_app_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # inputs: the user's own evidence files, not written by the app
    home, inputs, env = scanned_home(tmp_path, monkeypatch)
    path = default_vault_path()
    assert str(home) in str(path)
    for word in ("journal", "abuse", "police", "evidence", "incident"):
        assert word not in str(path.relative_to(home)).lower()
    vault, _code = new_vault(path)
    vault.lock()
    pass_file = inputs / "pass"
    pass_file.write_text(PASSPHRASE)

    canary = "CANARY" + secrets.token_hex(8)
    text_canaries = [
        f"{canary}-title",
        f"{canary}-narrative",
        f"{canary}-private",
        f"{canary}-person",
        f"{canary}-name",
        f"{canary}-ref",
        f"Ωμέγα{canary}Жук",
    ]
    raw_canary = secrets.token_bytes(48)
    evidence = inputs / f"{canary}-name.bin"
    evidence.write_bytes(b"header" + raw_canary + b"trailer" * 1000)

    def cli(*args: str | Path):
        result = run_cli("--passphrase-file", pass_file, *args, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    entry_id = cli(
        "add",
        "--kind",
        "incident",
        "--title",
        f"{canary}-title",
        "--occurred",
        "2025-04-01",
        "--narrative",
        f"{canary}-narrative Ωμέγα{canary}Жук",
        "--private-note",
        f"{canary}-private",
        "--reference",
        f"{canary}-ref",
    )
    cli("person-add", "--name", f"{canary}-person")
    cli("attach", entry_id, evidence)
    cli("list")
    cli("search", canary)
    cli("check")
    backups = home / "usb"
    backups.mkdir()
    cli("backup", backups)

    needles = [n for text in text_canaries for n in encodings(text)] + [raw_canary]
    assert scan(home, needles) == []
    assert list(home.rglob("*.creating")) == [] and list(home.rglob("*.partial")) == []
    written = {p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file()}
    assert written == {
        path.relative_to(home).as_posix(),
        *(f"usb/{p.name}" for p in backups.iterdir()),
    }
    assert os.listdir(home / "tmp") == []


def test_purge_overwrites_the_ciphertext_in_the_file(vault_path: Path) -> None:
    journal = journal_at(vault_path)
    keep = journal.add_entry(EntryContent(kind="note", title="kept", occurred=EventTime("2025-01")))
    gone = journal.add_entry(
        EntryContent(kind="note", title="to purge", occurred=EventTime("2025-01"))
    )
    journal.update_entry(
        gone, EntryContent(kind="note", title="to purge 2", occurred=EventTime("2025-01"))
    )
    evidence = vault_path.parent / "e.bin"
    evidence.write_bytes(secrets.token_bytes(200_000))
    info = journal.attach_file(gone, evidence)
    evidence.unlink()
    seqs = [r.seq for r in journal.history(gone)]
    with sqlite3.connect(vault_path) as conn:
        qmarks = ",".join("?" * len(seqs))
        rows = conn.execute(
            f"SELECT c.ct FROM revision r JOIN chunk c USING (object_id) WHERE r.seq IN ({qmarks})",
            seqs,
        ).fetchall()
        rows += conn.execute(
            "SELECT ct FROM chunk WHERE object_id = ?", (bytes.fromhex(info.attachment_id),)
        ).fetchall()
    old_ciphertexts = [bytes(ct)[:64] for (ct,) in rows]
    assert len(old_ciphertexts) == len(seqs) + 1
    journal.purge_entry(gone, "PURGE")
    journal.vault.lock()

    data = vault_path.read_bytes()
    assert not [ct for ct in old_ciphertexts if ct in data]
    again = reopen(vault_path)
    assert again.problems == ()
    assert [e.entry_id for e in again.entries()] == [keep]
    history = again.history(gone)
    assert all(r.content is None for r in history) and len(history) == len(seqs) + 1
    again.vault.lock()
