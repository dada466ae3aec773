"""The only plain-text settings the app keeps, and their defaults.

QSettings is an ordinary file in the home folder that anyone with the computer can
read, so it holds nothing about content or purpose: the window geometry, the last
file opened, the chosen disguise, the auto-lock minutes and what quick exit does.
Everything else lives inside the encrypted vault.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from journal.paths import APP_DIR_NAME

ALLOWED_KEYS = frozenset({"geometry", "last_vault", "disguise", "lock_minutes", "exit_choice"})
EXIT_QUIT = "quit"
EXIT_DECOY = "decoy"
DEFAULT_LOCK_MINUTES = 5
LOCK_MINUTES_RANGE = (1, 240)


def app_settings() -> QSettings:
    """Plain-text settings (see the module docstring for what may go in)."""
    return QSettings(APP_DIR_NAME, APP_DIR_NAME)


@dataclass(frozen=True)
class SafetyPrefs:
    disguise: str = "notes"
    lock_minutes: int = DEFAULT_LOCK_MINUTES
    exit_choice: str = EXIT_QUIT

    @staticmethod
    def load() -> SafetyPrefs:
        from .disguise import DISGUISES

        settings = app_settings()
        disguise = settings.value("disguise", "notes")
        if not isinstance(disguise, str) or disguise not in DISGUISES:
            disguise = "notes"
        try:
            minutes = int(settings.value("lock_minutes", DEFAULT_LOCK_MINUTES))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            minutes = DEFAULT_LOCK_MINUTES
        low, high = LOCK_MINUTES_RANGE
        minutes = min(max(minutes, low), high)
        choice = settings.value("exit_choice", EXIT_QUIT)
        if choice not in (EXIT_QUIT, EXIT_DECOY):
            choice = EXIT_QUIT
        return SafetyPrefs(disguise, minutes, str(choice))

    def save(self) -> None:
        settings = app_settings()
        settings.setValue("disguise", self.disguise)
        settings.setValue("lock_minutes", self.lock_minutes)
        settings.setValue("exit_choice", self.exit_choice)
        settings.sync()
