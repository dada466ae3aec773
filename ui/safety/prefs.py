"""The only plain-text settings the app keeps, and their defaults.

QSettings is an ordinary file in the home folder that anyone with the computer can
read, so it holds nothing about content or purpose: the window geometry, the last
file opened, the chosen look, the auto-lock minutes, what quick exit leaves and the
interface language, under neutral names.
Everything else lives inside the encrypted vault.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from journal.system.paths import APP_DIR_NAME
from ui.disguise.way_in import WayIn

# Neutral names, keys and values alike: an onlooker who opens the file must learn nothing
# (no "disguise", "exit", "decoy", "vault", "journal": tests/ui/test_disguise.py).
KEY_LOOK = "look"  # which everyday app the windows look like
KEY_AFTER_HIDE = "after_hide"  # what Ctrl+Q leaves on screen
KEY_LAST_FILE = "last_file"
KEY_LOCK_MINUTES = "lock_minutes"
KEY_START = "start"  # the way past the front, hashed; absent: the locked app shows its own page
KEY_LANGUAGE = "language"  # the interface language; "" follows the computer (ui/i18n)
ALLOWED_KEYS = frozenset(
    {"geometry", KEY_LAST_FILE, KEY_LOOK, KEY_LOCK_MINUTES, KEY_AFTER_HIDE, KEY_START, KEY_LANGUAGE}
)
EXIT_QUIT = "close"
EXIT_DECOY = "notepad"
DEFAULT_LOCK_MINUTES = 5
LOCK_MINUTES_RANGE = (1, 240)
#: Keys and values earlier versions wrote, renamed when the settings are next read.
_OLD_KEYS = {"disguise": KEY_LOOK, "exit_choice": KEY_AFTER_HIDE, "last_vault": KEY_LAST_FILE}
_OLD_VALUES = {"quit": EXIT_QUIT, "decoy": EXIT_DECOY}


def app_settings() -> QSettings:
    """Plain-text settings (see the module docstring for what may go in). Settings
    written by an earlier version under revealing names are renamed here, once."""
    settings = QSettings(APP_DIR_NAME, APP_DIR_NAME)
    for old, new in _OLD_KEYS.items():
        if settings.contains(old):
            value = settings.value(old)
            if not settings.contains(new):
                settings.setValue(new, _OLD_VALUES.get(str(value), value))
            settings.remove(old)
    return settings


@dataclass(frozen=True)
class SafetyPrefs:
    disguise: str = "notes"
    lock_minutes: int = DEFAULT_LOCK_MINUTES
    exit_choice: str = EXIT_QUIT
    way_in: str = ""  # WayIn.record(); "" when the locked app is not disguised

    @property
    def front(self) -> WayIn | None:
        """The way in when the locked app shows a working front, else None."""
        return WayIn.parse(self.way_in)

    @staticmethod
    def load() -> SafetyPrefs:
        from ui.safety.disguise import DISGUISES

        settings = app_settings()
        disguise = settings.value(KEY_LOOK, "notes")
        if not isinstance(disguise, str) or disguise not in DISGUISES:
            disguise = "notes"
        stored = settings.value(KEY_LOCK_MINUTES, DEFAULT_LOCK_MINUTES)
        try:
            minutes = int(stored) if isinstance(stored, int | str) else DEFAULT_LOCK_MINUTES
        except ValueError:
            minutes = DEFAULT_LOCK_MINUTES
        low, high = LOCK_MINUTES_RANGE
        minutes = min(max(minutes, low), high)
        choice = settings.value(KEY_AFTER_HIDE, EXIT_QUIT)
        if choice not in (EXIT_QUIT, EXIT_DECOY):
            choice = EXIT_QUIT
        way_in = settings.value(KEY_START, "")
        way_in = way_in if isinstance(way_in, str) and WayIn.parse(way_in) else ""
        return SafetyPrefs(disguise, minutes, str(choice), way_in)

    def save(self) -> None:
        settings = app_settings()
        settings.setValue(KEY_LOOK, self.disguise)
        settings.setValue(KEY_LOCK_MINUTES, self.lock_minutes)
        settings.setValue(KEY_AFTER_HIDE, self.exit_choice)
        if self.way_in:
            settings.setValue(KEY_START, self.way_in)
        else:
            settings.remove(KEY_START)
        settings.sync()
