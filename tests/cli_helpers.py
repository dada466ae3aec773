"""Run incident-journal-cli as scripts would: in this process (most tests) or as a
real process (the few that test what only a process shows: exit status, standard
input, the installed console script).

In this process, `journal.cli.main.main(argv)` runs with its own environment,
standard input, output and error, and with Argon2id's smallest accepted parameters
for the keys it makes (`init`, `passwd`, `recover`): only `KdfParams.fresh`'s
defaults change, for the length of the call, so the CLI's own refusal of weaker
parameters still holds. A journal made by `conftest.new_vault` records its cheap
parameters, so opening it is fast either way. Nothing a user can set reaches this.
"""

from __future__ import annotations

import ctypes
import gc
import io
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from journal.cli.main import main
from journal.cli.opening import ENV_PASSPHRASE
from journal.vault.crypto import MIN_MEMORY_KIB, KdfParams

_fresh = KdfParams.fresh.__func__  # type: ignore[attr-defined]
_PR_GET_DUMPABLE, _PR_SET_DUMPABLE = 3, 4


@dataclass(frozen=True)
class CliResult:
    """What a finished command gave back (the fields of subprocess.CompletedProcess)."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


def _cheapest_accepted(
    cls: type[KdfParams], memory_kib: int = MIN_MEMORY_KIB, iterations: int = 1, lanes: int = 1
) -> KdfParams:
    return _fresh(cls, memory_kib, iterations, lanes)


def _environment(env: dict[str, str] | None) -> dict[str, str]:
    full = {k: v for k, v in os.environ.items() if k != ENV_PASSPHRASE}
    full.update(env or {})
    return full


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> CliResult:
    """`incident-journal-cli ARGS` in this process; stdin is empty unless given."""
    argv = [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(ENV_PASSPHRASE, raising=False)
        for name, value in (env or {}).items():
            patch.setenv(name, value)
        patch.setattr(sys, "stdin", io.StringIO(stdin or ""))
        patch.setattr(KdfParams, "fresh", classmethod(_cheapest_accepted))
        with redirect_stdout(out), redirect_stderr(err), _debuggable_after():
            try:
                code = main(argv)
            except SystemExit as leaving:  # argparse: --help, usage errors
                code = leaving.code if isinstance(leaving.code, int) else 2
    _close_what_the_command_left_open()
    result = CliResult(argv, code, out.getvalue(), err.getvalue())
    assert "Traceback" not in result.stderr, result.stderr
    return result


@contextmanager
def _debuggable_after() -> Iterator[None]:
    """main() hardens its process (no core dumps, no debugger attach: memory_hygiene);
    here that process is pytest's, so let a debugger attach to a stuck test again."""
    if not sys.platform.startswith("linux"):
        yield
        return
    libc = ctypes.CDLL(None)
    dumpable = libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0)
    try:
        yield
    finally:
        if dumpable == 1:
            libc.prctl(_PR_SET_DUMPABLE, 1, 0, 0, 0)


def _close_what_the_command_left_open() -> None:
    """A command ends by ending its process, which closes the journal's SQLite file;
    here the collector closes it instead (quietly: that is expected, not a leak)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def run_cli_process(
    *args: str | Path,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    command: tuple[str, ...] = (sys.executable, "-m", "journal.cli"),
) -> subprocess.CompletedProcess[str]:
    """The same as a real process (with the app's real key-derivation defaults)."""
    result = subprocess.run(
        [*command, *map(str, args)],
        capture_output=True,
        text=True,
        env=_environment(env),
        input=stdin if stdin is not None else "",
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result
