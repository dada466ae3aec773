"""What a look at the locked app can find: every text a person or a screen reader can
reach in the shown windows, and the plain settings file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.safety.prefs import app_settings

TELLING = re.compile(
    r"\b(journal|passphrase|case|safety|exit|incident|evidence|abuse|police|decoy|disguise|vault)",
    re.I,
)


def settings_text() -> str:
    app_settings().sync()
    return Path(app_settings().fileName()).read_text(errors="replace")


def _action_texts(actions: list[QAction], out: list[str]) -> None:
    for action in actions:
        out += [action.text(), action.toolTip(), action.statusTip(), action.whatsThis()]
        out.append(action.objectName())
        menu = action.menu()
        if isinstance(menu, QMenu):
            out += [menu.title(), menu.objectName()]
            _action_texts(menu.actions(), out)


def _widget_texts(widget: QWidget, out: list[str]) -> None:
    out += [widget.windowTitle(), widget.toolTip(), widget.statusTip(), widget.whatsThis()]
    out += [widget.accessibleName(), widget.accessibleDescription(), widget.objectName()]
    for getter in ("text", "placeholderText", "title"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                got = value()
            except TypeError:
                continue
            if isinstance(got, str):
                out.append(got)
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        out.append(widget.toPlainText())
    if isinstance(widget, QAbstractItemView) and (model := widget.model()) is not None:
        for row in range(model.rowCount()):
            column = 0
            while model.hasIndex(row, column):  # a list model's columnCount is private
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    out.append(str(model.index(row, column).data(role) or ""))
                column += 1
    _action_texts(widget.actions(), out)


def _accessible_texts(iface: QAccessibleInterface, out: list[str], depth: int = 0) -> None:
    if depth > 40:  # hidden ones too: a tool such as Accerciser lists them
        return
    for kind in (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value):
        out.append(iface.text(kind))
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child is not None and child.isValid():
            _accessible_texts(child, out, depth + 1)


def shown_texts(ours: tuple[QWidget, ...] = ()) -> list[str]:
    """Every text of every shown window: titles, labels, tooltips, accessible names and
    descriptions, object names, menus (opened or not), cells, typed text; and every
    name the accessibility tree gives a screen reader or an inspector, hidden objects
    included. A hidden window stays in the tree while it has a native window; hidden
    windows are looked into when they are `ours` (the test's own: windows an earlier
    test left behind for deletion are not this app's)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    out = [app.applicationDisplayName(), app.applicationName(), app.desktopFileName()]
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            for widget in [top, *top.findChildren(QWidget)]:
                _widget_texts(widget, out)
    root = QAccessible.queryAccessibleInterface(app)
    assert root is not None
    out += [root.text(QAccessible.Text.Name), root.text(QAccessible.Text.Description)]
    for index in range(root.childCount()):
        window = root.child(index)
        if window is None or not window.isValid():
            continue
        if window.state().invisible and not any(window.object() is w for w in ours):
            continue
        _accessible_texts(window, out)
    return [text for text in out if text]


def telling_words(ours: tuple[QWidget, ...] = ()) -> list[str]:
    """The texts of the shown app and of the settings file that give it away."""
    found = [text for text in shown_texts(ours) if TELLING.search(text)]
    found += [line for line in settings_text().splitlines() if TELLING.search(line)]
    return found
