"""The main window's own actions, its toolbar and its File and View menus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar


@dataclass
class MainActions:
    new: QAction
    edit: QAction
    find: QAction
    evidence: QAction
    history: QAction
    pattern: QAction
    lock: QAction
    open_other: QAction
    quit: QAction
    toolbar: QToolBar
    file_menu: QMenu
    view_menu: QMenu

    def insert_in_file(self, actions: list[QAction]) -> None:
        """Other controllers' actions, in the File menu above Lock, set apart by a line."""
        self.file_menu.insertActions(self.lock, actions)
        self.file_menu.insertSeparator(self.lock)

    @property
    def open_only(self) -> list[QAction]:
        return [
            self.new,
            self.edit,
            self.find,
            self.evidence,
            self.history,
            self.pattern,
            self.lock,
        ]


def make_actions(window: QMainWindow, slots: dict[str, Callable[[], object]]) -> MainActions:
    """Actions for `slots` (new, edit, find, evidence, history, pattern, lock, open, quit),
    each added to the window so its shortcut works everywhere in it."""

    def action(
        text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot: str
    ) -> QAction:
        act = QAction(text, window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slots[slot])
        window.addAction(act)
        return act

    new = action("&New entry", QKeySequence.StandardKey.New, "new")
    edit = action("&Edit entry", "Ctrl+E", "edit")
    find = action("&Find", QKeySequence.StandardKey.Find, "find")
    evidence = action("Add e&vidence…", "Ctrl+Shift+A", "evidence")
    history = action("Revision &history", "Ctrl+H", "history")
    pattern = action("&Pattern over time", "Ctrl+P", "pattern")
    lock = action("&Lock", "Ctrl+L", "lock")
    open_other = action("&Open another journal…", QKeySequence.StandardKey.Open, "open")
    quit_ = action("&Quit", None, "quit")  # Ctrl+Q is quick exit
    toolbar = QToolBar("Main")
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    for act in (new, edit, evidence, history, pattern, lock):
        toolbar.addAction(act)
        # in the Tab order, so that every action is reachable without a mouse
        toolbar.widgetForAction(act).setFocusPolicy(Qt.FocusPolicy.TabFocus)
    window.addToolBar(toolbar)
    file_menu = window.menuBar().addMenu("&File")
    for act in (new, evidence, open_other, lock, quit_):
        file_menu.addAction(act)
    view_menu = window.menuBar().addMenu("&View")
    for act in (find, edit, history, pattern):
        view_menu.addAction(act)
    return MainActions(
        new, edit, find, evidence, history, pattern, lock, open_other, quit_,
        toolbar, file_menu, view_menu,
    )  # fmt: skip
