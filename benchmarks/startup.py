"""Start-up: how long the command line takes to begin its key derivation, and the desktop
app to show its first window, each against a reference measured in the same run.

    .venv/bin/python benchmarks/startup.py [--repeat 9] [--workdir DIR]

Also row `s` of benchmarks/run_all.py. Each measure is a new process, timed from just
before it is started to the start-up mark it prints (journal/system/startup_mark.py:
CLOCK_MONOTONIC, the clock this script reads), and the median of --repeat runs:

  s1. `incident-journal-cli list` and `export pdf` (python -m journal.cli) on a journal
      with the app's real Argon2id parameters: start -> the key derivation begins (the
      process is stopped there). References: a bare interpreter (`python -c`) printing
      the same mark, and one that first imports what every unlock needs whatever the
      code around it (cryptography's Argon2id and SQLAlchemy, which reads the key slots);
      the ratio is against the latter. Target 0.3 s.
  s2. the desktop app (python -m ui.app.launch --vault that journal): start -> its first
      window has been exposed and painted, offscreen and, when Xvfb is installed, on a
      real X server (one Xvfb for all runs, started before timing). Reference: a bare
      PySide6 QWidget window of the same size, marked the same way. Target 1.0 s.

Every process gets its own HOME and XDG folders under the temporary folder. This
script asserts nothing; it only measures.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench_common import PASSPHRASE, ROOT, Row, log, print_table

from journal.system.startup_mark import ENV_MARKS, PREFIX
from journal.vault.lifecycle import create_vault

TARGET_CLI_S = 0.3
TARGET_WINDOW_S = 1.0
TIMEOUT_S = 60.0

BARE = "import sys, time; print('{prefix} {mark}', time.monotonic(), file=sys.stderr)"
KDF_FLOOR = (
    "import sys, time; import sqlalchemy; "
    "from cryptography.hazmat.primitives.kdf.argon2 import Argon2id; " + BARE.split("; ", 1)[1]
)
BARE_WINDOW = (
    "import sys; from PySide6.QtWidgets import QApplication, QWidget; "
    "from ui.app.first_window import mark_first_window; "
    "app = QApplication(sys.argv); mark_first_window(app); "
    "w = QWidget(); w.resize(1100, 720); w.show(); app.exec()"
)


def _time_to_mark(command: list[str], env: dict[str, str], mark: str) -> float:
    """Seconds from just before starting `command` to its `startup-mark MARK` line; the
    process is stopped there if it has not ended by itself (the CLI: in its KDF)."""
    started = time.monotonic()
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    at: float | None = None
    said: list[str] = []
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if line.startswith(f"{PREFIX} {mark} "):
                at = float(line.split()[2])
                break
            said.append(line)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=TIMEOUT_S)
    if at is None:
        raise RuntimeError(f"{command[:4]} ended without the {mark!r} mark: {''.join(said)}")
    return at - started


def _median(command: list[str], env: dict[str, str], mark: str, repeat: int) -> float:
    times = [_time_to_mark(command, env, mark) for _ in range(repeat)]
    log(f"{' '.join(command[1:4])}...: {[round(t, 3) for t in times]} s")
    return statistics.median(times)


def _environment(work: Path, **extra: str) -> dict[str, str]:
    home = work / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               TMPDIR=str(home / "tmp"))  # fmt: skip
    for folder in ("tmp", ".config", ".local/share", ".cache"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    env.update(extra)
    return env


@contextlib.contextmanager
def _xvfb(work: Path) -> Iterator[str | None]:
    """A display served by Xvfb for the length of the block; None without Xvfb."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    try:
        yield f":{number}" if number else None
    finally:
        server.terminate()
        server.wait(timeout=TIMEOUT_S)


def _cli_rows(work: Path, vault: Path, repeat: int) -> list[Row]:
    env = _environment(work, **{ENV_MARKS: "1"})
    python = sys.executable
    bare = _median([python, "-c", BARE.format(prefix=PREFIX, mark="kdf")], env, "kdf", repeat)
    floor = _median([python, "-c", KDF_FLOOR.format(prefix=PREFIX, mark="kdf")], env, "kdf", repeat)
    reference = f"python alone {bare * 1000:.0f} ms; + Argon2id, SQLAlchemy {floor * 1000:.0f} ms"
    rows = []
    cli = [python, "-m", "journal.cli", "--vault", str(vault), "--passphrase-file",
           str(work / "passphrase")]  # fmt: skip
    for name, args in (("list", ["list"]), ("export pdf", ["export", "pdf", "--out",
                                                          str(work / "out.pdf")])):  # fmt: skip
        seconds = _median([*cli, *args], env, "kdf", repeat)
        rows.append(Row(
            f"s. CLI `{name}`: start to key derivation", f"{seconds * 1000:.0f} ms", reference,
            f"{seconds / floor:.2f}x", f"<= {TARGET_CLI_S} s", seconds <= TARGET_CLI_S,
        ))  # fmt: skip
    return rows


def _window_rows(work: Path, vault: Path, repeat: int) -> list[Row]:
    python = sys.executable
    app = [python, "-m", "ui.app.launch", "--vault", str(vault)]
    rows = []
    with _xvfb(work) as display:
        platforms = [("offscreen", {})] + ([("xcb", {"DISPLAY": display})] if display else [])
        for platform, extra in platforms:
            env = _environment(work, **{ENV_MARKS: "quit", "QT_QPA_PLATFORM": platform}, **extra)
            bare = _median([python, "-c", BARE_WINDOW], env, "first-window", repeat)
            seconds = _median(app, env, "first-window", repeat)
            where = "Xvfb" if platform == "xcb" else platform
            rows.append(Row(
                f"s. desktop: start to first window ({where})", f"{seconds * 1000:.0f} ms",
                f"bare PySide6 window {bare * 1000:.0f} ms", f"{seconds / bare:.2f}x",
                f"<= {TARGET_WINDOW_S} s", seconds <= TARGET_WINDOW_S,
            ))  # fmt: skip
    return rows


def bench_startup(work: Path, repeat: int) -> list[Row]:
    """The start-up rows (run_all.py's `s`)."""
    folder = work.resolve() / "startup"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "passphrase").write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault, _code = create_vault(folder / "vault.db", PASSPHRASE)  # the real Argon2id
    vault.lock()
    try:
        return _cli_rows(folder, folder / "vault.db", repeat) + _window_rows(
            folder, folder / "vault.db", repeat
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=9, help="runs per measure (median)")
    parser.add_argument("--workdir", type=Path, default=None, help="where the temp folder goes")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="ij-startup-", dir=args.workdir) as work:
        rows = bench_startup(Path(work), args.repeat)
    load_after = os.getloadavg()
    print_table(rows, "Start-up (benchmarks/startup.py; docs/performance.md)")
    print(f"\nruns per measure: {args.repeat} (median); python {sys.version.split()[0]}")
    print(
        f"load average (1/5/15 min): {' '.join(f'{x:.2f}' for x in load_before)} before, "
        f"{' '.join(f'{x:.2f}' for x in load_after)} after"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
