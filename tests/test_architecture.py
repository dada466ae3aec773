"""Structural rules: the core never imports Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import journal


def test_importing_the_whole_core_never_imports_qt() -> None:
    modules = [
        m.name
        for m in pkgutil.walk_packages(journal.__path__, "journal.")
        if not m.name.endswith(".__main__")
    ]
    assert "journal.vault.lifecycle" in modules and "journal.cli.main" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
