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

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "disguise"
DISGUISES: dict[str, str] = {
    "notes": "Notes",
    "budget": "Budget",
    "recipes": "Recipes",
    "weather": "Weather",
    "tasks": "Tasks",
}
DEFAULT = "notes"


def icon_path(key: str) -> Path:
    return ICON_DIR / f"{key if key in DISGUISES else DEFAULT}.svg"


def disguise_icon(key: str) -> QIcon:
    return QIcon(str(icon_path(key)))


def app_name() -> str:
    """The name the app goes by right now (for message-box titles and the like)."""
    app = QApplication.instance()
    name = app.applicationDisplayName() if isinstance(app, QApplication) else ""
    return name if name in DISGUISES.values() else DISGUISES[DEFAULT]


def apply_disguise(key: str) -> None:
    """Rename and re-icon the running app and every open main window."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    name = DISGUISES.get(key, DISGUISES[DEFAULT])
    app.setApplicationDisplayName(name)
    app.setWindowIcon(disguise_icon(key))
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            widget.setWindowTitle(name)
            widget.setWindowIcon(disguise_icon(key))
