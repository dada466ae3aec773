"""A plain notepad: it edits text and counts the words."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from ui.disguise.fronts.base import Front
from ui.i18n import tr


class NotesFront(Front):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = QPlainTextEdit()
        self.pad.setAccessibleName(tr("Note"))
        self.pad.setPlaceholderText(tr("Start typing…"))
        self.pad.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.pad.textChanged.connect(self._count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad)

    def _count(self) -> None:
        words = len(self.pad.toPlainText().split())
        self.status.emit(tr("%n words", None, words))

    def reset(self) -> None:
        self.pad.clear()
        self._count()

    def first_control(self) -> QWidget:
        return self.pad
