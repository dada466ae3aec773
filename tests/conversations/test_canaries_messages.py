"""No message text reaches the disk in plaintext: import, listing, linking, check and
exports (written outside the scanned folder, as a person would choose) leave only the
encrypted journal behind (the pattern of tests/test_canaries.py)."""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from pathlib import Path

import pytest

from journal.system.paths import default_vault_path

from ..canary_home import scanned_home
from ..cli_helpers import run_cli
from ..conftest import PASSPHRASE, new_vault
from ..messages.builders import Line, android_chat, en_gb, write_zip
from ..test_canaries import encodings, scan


def test_no_message_plaintext_in_any_file_the_app_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # inputs: the person's own export files and chosen outputs
    home, inputs, env = scanned_home(tmp_path, monkeypatch)
    path = default_vault_path()
    vault, _code = new_vault(path)
    vault.lock()
    pass_file = inputs / "pass"
    pass_file.write_text(PASSPHRASE)

    canary = "CANARY" + secrets.token_hex(8)
    sender, said, media = f"{canary}-sender", f"{canary}-said Ωμέγα", secrets.token_bytes(48)
    chat = android_chat(
        [
            Line(datetime(2025, 3, 1, 22, 0), sender, f"{said}\nsecond line"),
            Line(datetime(2025, 3, 1, 22, 1), sender, "IMG-20250301-WA0001.jpg (file attached)"),
        ],
        en_gb,
    )
    export = write_zip(
        inputs / "WhatsApp Chat with X.zip",
        {"WhatsApp Chat with X.txt": chat.encode(), "IMG-20250301-WA0001.jpg": media},
    )

    def cli(*args: str | Path) -> str:
        result = run_cli("--passphrase-file", pass_file, *args, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    cli("import-messages", export, "--timezone", "Europe/Berlin")
    rows = [json.loads(line) for line in cli("messages", "--json", "--search", canary).splitlines()]
    assert rows[0]["text"] == f"{said}\nsecond line"
    entry = cli("add", "--kind", "contact", "--title", "t", "--occurred", "2025-03-01").strip()
    cli("link-messages", entry, *(row["id"] for row in rows))
    cli("check")
    cli("export", "pdf", "--out", inputs / "out.pdf")
    cli("export", "bundle", "--out", inputs / "out.zip")

    needles = [n for text in (sender, said, canary) for n in encodings(text)] + [media]
    assert scan(home, needles) == []
    written = {p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file()}
    assert written == {path.relative_to(home).as_posix()}
