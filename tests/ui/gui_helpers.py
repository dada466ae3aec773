"""Driving the app's real widgets in GUI tests: click, tick, type, open the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.app.window import AppWindow
from ui.editor.window import EntryEditor

LEFT = Qt.MouseButton.LeftButton


def open_editor(qtbot, window: AppWindow, entry_id: str | None = None) -> EntryEditor:
    before = set(window.findChildren(EntryEditor))
    if entry_id is None:
        window.new_entry()
    else:
        window.edit_entry(entry_id)
    (editor,) = set(window.findChildren(EntryEditor)) - before
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, LEFT)


def tick(qtbot, box: QWidget) -> None:
    """Toggle a check box with Space (a click toggles it only when it lands on the text)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def open_section(qtbot, editor: EntryEditor, section) -> None:
    header = editor.disclosures[section].header
    if not header.isChecked():
        editor.form_area.ensureWidgetVisible(header)
        click(qtbot, header)
    assert section.isVisible()
