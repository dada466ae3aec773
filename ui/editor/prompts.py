"""Guided prompts shown while writing: a few things worth noting, depending on what
the entry is about. Ticking them only helps the person keep track; nothing is
required, nothing is stored, and "Hide suggestions" hides them for this entry."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from journal.case.prompts import Checklist, prompts_for
from journal.entries.model import EntryContent
from ui.editor.common import name_buttons
from ui.i18n import core_text, tr


class PromptsPanel(QFrame):
    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("guided-prompts")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#guided-prompts { background: palette(alternate-base); }")
        self.setAccessibleName(tr("Suggestions"))
        self.hidden_by_user = False
        self.shown_keys: tuple[str, ...] = ()
        self.ticked: set[str] = set()
        self.checks: list[QCheckBox] = []
        self.hide_button = QPushButton(tr("Hide su&ggestions"))
        self.hide_button.setAutoDefault(False)
        self.hide_button.setToolTip(tr("Hide these suggestions for this entry; nothing is lost."))
        name_buttons(self.hide_button)
        self.hide_button.clicked.connect(self.dismiss)
        self.heading = QLabel(tr("<b>Suggestions</b> — optional, only if they help"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.hide_button)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.body)
        self.hide()

    def update_for(self, content: EntryContent) -> None:
        lists = prompts_for(content)
        keys = tuple(c.key for c in lists)
        if keys != self.shown_keys:
            self.shown_keys = keys
            self._rebuild(lists)
        self.setVisible(bool(lists) and not self.hidden_by_user)

    def _rebuild(self, lists: list[Checklist]) -> None:
        for check in self.checks:
            check.toggled.disconnect()
        while self.body.count():
            item = self.body.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.checks = []
        for checklist in lists:
            title = QLabel(core_text(checklist.title))
            self.body.addWidget(title)
            for text in checklist.items:  # ticks are kept by the English text
                shown = core_text(text)
                check = QCheckBox(shown)
                check.setAccessibleName(shown)
                check.setChecked(text in self.ticked)
                check.toggled.connect(lambda on, t=text: self._tick(t, on))
                self.body.addWidget(check)
                self.checks.append(check)

    def _tick(self, text: str, on: bool) -> None:
        if on:
            self.ticked.add(text)
        else:
            self.ticked.discard(text)

    def dismiss(self) -> None:
        self.hidden_by_user = True
        self.hide()
        self.dismissed.emit()
