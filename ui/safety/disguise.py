"""A neutral name and icon for the app, chosen by the person.

The name becomes QApplication.applicationDisplayName, which Qt appends to every
window title on Linux ("Edit entry — Budget"), and the icon becomes the
application's window icon, which every window and dialog inherits (taskbar,
title bar, message boxes, file dialogs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from ui.i18n import QT_TR_NOOP, tr

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "disguise"
#: Key (kept in settings) -> the name, in English; shown through `tr` (`look_name`).
DISGUISES: dict[str, str] = {
    "notes": QT_TR_NOOP("Notes"),
    "budget": QT_TR_NOOP("Budget"),
    "recipes": QT_TR_NOOP("Recipes"),
    "weather": QT_TR_NOOP("Weather"),
    "tasks": QT_TR_NOOP("Tasks"),
}
DEFAULT = "notes"


def icon_path(key: str) -> Path:
    return ICON_DIR / f"{key if key in DISGUISES else DEFAULT}.svg"


def disguise_icon(key: str) -> QIcon:
    return QIcon(str(icon_path(key)))


def look_name(key: str) -> str:
    """The name of look `key` in the interface language ("Notes", "Notas", "ملاحظات")."""
    return tr(DISGUISES.get(key, DISGUISES[DEFAULT]))


def app_name() -> str:
    """The name the app goes by right now (for message-box titles and the like)."""
    app = QApplication.instance()
    name = app.applicationDisplayName() if isinstance(app, QApplication) else ""
    return name if name in map(look_name, DISGUISES) else look_name(DEFAULT)


def apply_disguise(key: str) -> None:
    """Rename and re-icon the running app and every open main window."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    name = look_name(key)
    app.setApplicationDisplayName(name)
    app.setWindowIcon(disguise_icon(key))
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            widget.setWindowTitle(name)
            widget.setWindowIcon(disguise_icon(key))
