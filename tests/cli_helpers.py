"""Run incident-journal-cli as a real subprocess, as scripts would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "INCIDENT_JOURNAL_PASSPHRASE"}
    full_env.update(env or {})
    result = subprocess.run(
        [sys.executable, "-m", "journal.cli.main", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result
