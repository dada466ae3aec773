"""Where things live by default. Names are neutral on purpose (docs/threat-model.md)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_DIR_NAME = "quiet-notes"
VAULT_FILE_NAME = "notes.db"


def default_vault_path() -> Path:
    """The vault the app and the CLI open when no path is given."""
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False) / VAULT_FILE_NAME


def config_dir() -> Path:
    """Plain-text settings (window geometry, disguise) only; never journal content."""
    return platformdirs.user_config_path(APP_DIR_NAME, appauthor=False)


def bundled_fonts_dir() -> Path | None:
    """The fonts the packaged app carries (packaging/incident-journal.spec), if frozen."""
    import sys

    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not isinstance(base, str):
        return None
    folder = Path(base) / "fonts"
    return folder if folder.is_dir() else None
