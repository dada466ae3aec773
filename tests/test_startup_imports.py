"""Start-up stays lean: what loads before the command line's key derivation and before
the desktop app's first window (docs/performance.md, start-up).

Each case runs the real program in a new interpreter with `-X importtime` and the
start-up marks on (journal/system/startup_mark.py): every module imported for the first
time is listed on stderr in order, and the mark line shows where the key derivation (or
the first window) began. Nothing is timed; the test checks which modules came before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal.system.startup_mark import ENV_MARKS, PREFIX
from tests.conftest import PASSPHRASE, new_vault

# Needed only once a command or a window runs: never before the key derivation or the
# first window. (SQLAlchemy is needed before the key derivation: the key slots are read
# through the store.)
HEAVY_FOR_EVERY_COMMAND = (
    "reportlab",  # the PDF renderer
    "pyhanko",  # PDF signatures and trusted timestamps
    "PIL",  # pictures
    "uharfbuzz",  # text shaping for the PDF
    "zxcvbn",  # judging a new passphrase
    "mailbox",  # email exports
    "email.policy",
    "journal.session.journal",  # the open journal: loaded once the key is derived
    "journal.export.pdf",
    "journal.export.options",
    "journal.salvage.salvage",
)
HEAVY_BEFORE_THE_FIRST_WINDOW = (
    *HEAVY_FOR_EVERY_COMMAND,
    "PySide6.QtMultimedia",  # playing recordings
    "sqlalchemy",  # the store: loaded by the unlock page's worker
    "journal.vault.store",
    "journal.messages",
    "cryptography.x509",
)


def _split_at_mark(stderr: str, mark: str) -> tuple[list[str], list[str]]:
    """The modules `-X importtime` lists before and after the line `startup-mark MARK`."""
    before: list[str] = []
    after: list[str] | None = None
    for line in stderr.splitlines():
        if line.startswith(f"{PREFIX} {mark} "):
            after = []
        elif line.startswith("import time:") and line.count("|") == 2:
            name = line.rsplit("|", 1)[1].strip()
            if name != "package":  # the header line
                (before if after is None else after).append(name)
    assert after is not None, f"the program never reached the {mark!r} mark:\n{stderr[-3000:]}"
    return before, after


def _heavy(loaded: list[str], heavy: tuple[str, ...]) -> list[str]:
    return [m for m in loaded if any(m == h or m.startswith(h + ".") for h in heavy)]


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "importtime", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        timeout=100,
        check=False,
    )


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "notes.db"
    opened, _code = new_vault(path)
    opened.lock()
    return path


COMMANDS = [
    ["list"],
    ["check"],
    ["people", "--json"],
    ["export", "pdf", "--out", "{out}/chronology.pdf"],
    ["export", "bundle", "--out", "{out}/bundle.zip"],
    ["backup", "{out}/copy.db"],
]


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[:2]).split("-{")[0])
def test_no_command_loads_what_it_does_not_need_before_the_key_derivation(
    command: list[str], vault: Path, tmp_path: Path
) -> None:
    (tmp_path / "passphrase").write_text(PASSPHRASE + "\n", encoding="utf-8")
    argv = [arg.replace("{out}", str(tmp_path)) for arg in command]
    result = _run(
        ["-m", "journal.cli", "--vault", str(vault), "--passphrase-file", "passphrase", *argv],
        {ENV_MARKS: "1"},
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    before, after = _split_at_mark(result.stderr, "kdf")
    assert "journal.vault.lifecycle" in before  # the list is real: what unlocking needs
    assert _heavy(before, HEAVY_FOR_EVERY_COMMAND) == []
    assert "journal.session.journal" in after  # what was left out loads once it is needed
    if command[0] == "export":
        assert "reportlab" in after


@pytest.mark.slow
def test_the_first_window_waits_for_nothing_the_unlock_page_does_not_need(
    vault: Path, tmp_path: Path
) -> None:
    result = _run(
        ["-m", "ui.app.launch", "--vault", str(vault)],
        {ENV_MARKS: "quit", "QT_QPA_PLATFORM": "offscreen"},
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    loaded, after = _split_at_mark(result.stderr, "first-window")
    assert "ui.pages.unlock" in loaded and "PySide6.QtWidgets" in loaded
    assert _heavy(loaded, HEAVY_BEFORE_THE_FIRST_WINDOW) == []
    # once the window is there, what unlocking needs loads while she types (the process
    # waits for that thread before it ends), and nothing for exports or media does
    assert {"sqlalchemy", "journal.vault.lifecycle", "journal.session.journal"} <= set(after)
    assert _heavy(after, ("reportlab", "pyhanko", "PySide6.QtMultimedia")) == []
