"""The main window's own actions, its toolbar and its File and View menus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ui.i18n import tr


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
    language: QAction
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
    """Actions for `slots` (new, edit, find, evidence, history, pattern, lock, open, quit,
    language),
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

    new = action(tr("&New entry"), QKeySequence.StandardKey.New, "new")
    edit = action(tr("&Edit entry"), "Ctrl+E", "edit")
    find = action(tr("&Find"), QKeySequence.StandardKey.Find, "find")
    evidence = action(tr("Add e&vidence…"), "Ctrl+Shift+A", "evidence")
    history = action(tr("Revision &history"), "Ctrl+H", "history")
    pattern = action(tr("&Pattern over time"), "Ctrl+P", "pattern")
    lock = action(tr("&Lock"), "Ctrl+L", "lock")
    open_other = action(tr("&Open another journal…"), QKeySequence.StandardKey.Open, "open")
    quit_ = action(tr("&Quit"), None, "quit")  # Ctrl+Q is quick exit
    language = action(tr("&Language…"), None, "language")
    toolbar = QToolBar(tr("Main"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    for act in (new, edit, evidence, history, pattern, lock):
        toolbar.addAction(act)
        # in the Tab order, so that every action is reachable without a mouse
        toolbar.widgetForAction(act).setFocusPolicy(Qt.FocusPolicy.TabFocus)
    window.addToolBar(toolbar)
    file_menu = window.menuBar().addMenu(tr("&File"))
    for act in (new, evidence, open_other, lock, quit_):
        file_menu.addAction(act)
    view_menu = window.menuBar().addMenu(tr("&View"))
    for act in (find, edit, history, pattern):
        view_menu.addAction(act)
    view_menu.addSeparator()
    view_menu.addAction(language)
    return MainActions(
        new, edit, find, evidence, history, pattern, lock, open_other, quit_, language,
        toolbar, file_menu, view_menu,
    )  # fmt: skip
