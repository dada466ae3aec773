"""A bold line of plain text: a heading of a front, a row's name in a details list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def bold_label(text: str = "") -> QLabel:
    """Plain text (a typed name or place is never read as markup), in bold."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
