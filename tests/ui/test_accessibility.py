"""Every focusable control can be identified by a screen-reader user: it has a name, the
name is not just its current value, and its role says what it is. The walk goes over the
accessibility interfaces Qt gives assistive technology (QAccessible, offscreen), on the
first-run pages, the unlock page and every window the open journal can show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from ui.app.window import AppWindow
from ui.editor.window import EntryEditor
from ui.pages.create import CreatePage
from ui.widgets.expander import EXPANDER

from .accessibility_walk import problems
from .conftest import shown_window, unlock_window
from .test_lock_wipes_everything import canary_vault, open_everything, settle

__all__ = ["canary_vault"]  # the fixture, shared with the lock test


def test_first_run_pages_name_every_control(qtbot, tmp_path: Path) -> None:
    window = shown_window(qtbot, tmp_path / "new" / "notes.db")
    page = window.page
    assert isinstance(page, CreatePage)
    assert problems() == []
    page.start_button.click()
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 1)
    assert problems() == []


def test_every_window_of_an_open_journal_names_every_control(qtbot, canary_vault) -> None:
    path, ids = canary_vault
    window: AppWindow = shown_window(qtbot, path)
    assert problems() == []  # the unlock page
    unlock_window(qtbot, window)
    opened = open_everything(qtbot, window, ids)
    settle(qtbot)
    assert len(opened) >= 4
    assert problems() == []


def test_expanders_say_expanded_or_collapsed(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    window.new_entry()
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EntryEditor))
    headers = [w for w in editor.findChildren(QToolButton) if w.property(EXPANDER)]
    assert len(headers) >= 3
    header = next(h for h in headers if h.isVisible() and not h.isChecked())
    iface = QAccessible.queryAccessibleInterface(header)
    assert iface is not None and iface.role() == QAccessible.Role.Button
    assert iface.state().expandable and iface.state().collapsed and not iface.state().expanded
    announced: list[bool] = []
    header.toggled.connect(lambda _on: announced.append(bool(iface.state().expanded)))
    qtbot.keyClick(header, Qt.Key.Key_Space)  # opened from the keyboard
    assert announced == [True] and iface.state().expanded and not iface.state().collapsed
    assert problems([editor]) == []


def test_the_walk_finds_what_a_screen_reader_user_could_not_identify(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    unlabelled = QComboBox()
    unlabelled.addItems(["All kinds", "Incident"])
    unlabelled.setAccessibleName("Kind filter")  # not what Orca reads for a combo on Linux
    labelled = QComboBox()
    labelled.addItems(["Anyone"])
    label = QLabel("Person")
    label.setBuddy(labelled)
    bare = QToolButton()
    plain_toggle = QToolButton()  # marked as an expander but announced as a check box
    plain_toggle.setText("People")
    plain_toggle.setCheckable(True)
    plain_toggle.setProperty(EXPANDER, True)
    for widget in (unlabelled, label, labelled, bare, plain_toggle):
        layout.addWidget(widget)
    holder.show()
    qtbot.waitUntil(holder.isVisible)
    found = problems([holder])
    assert any("named by its value 'All kinds'" in line for line in found), found
    assert any(line.startswith("QToolButton") and "no name" in line for line in found)
    assert not any("Anyone" in line for line in found)
    assert any("an expander that does not say so" in line for line in found), found
