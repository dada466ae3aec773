"""Every focusable control can be identified by a screen-reader user: it has a name, the
name is not just its current value, and its role says what it is. The walk goes over the
accessibility interfaces Qt gives assistive technology (QAccessible, offscreen), on the
first-run pages, the unlock page and every window the open journal can show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from ui.app.window import AppWindow
from ui.pages.create import CreatePage

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
    for widget in (unlabelled, label, labelled, bare):
        layout.addWidget(widget)
    holder.show()
    qtbot.waitUntil(holder.isVisible)
    found = problems([holder])
    assert any("named by its value 'All kinds'" in line for line in found), found
    assert any(line.startswith("QToolButton") and "no name" in line for line in found)
    assert not any("Anyone" in line for line in found)
