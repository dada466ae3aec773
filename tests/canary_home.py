"""A home of its own for the canary scans: every place the app writes (HOME, the XDG
folders, the temp folder) under one folder the scan then reads whole, and a folder
beside it for the person's own inputs, which the app did not write."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest


def scanned_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path, dict[str, str]]:
    """(home, inputs, env): the app's places all point into `home` (here and, through
    `env`, in the commands a test runs); `inputs` is outside it."""
    home = tmp_path / "home"
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    env = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "TMPDIR": str(home / "tmp"),
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", env["TMPDIR"])  # gettempdir() caches
    return home, inputs, env
