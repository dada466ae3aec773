"""One line under the filters while they narrow the timeline: how many entries are shown
of how many, what narrows them, and a button to show everything again.

Without it an entry saved during a search seemed to vanish: the list showed one entry
while the status bar counted two.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class SearchStatus(QWidget):
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what she typed
        self.label.setWordWrap(True)
        self.label.setAccessibleName("Search result")
        self.clear_button = QPushButton("Show &all entries")
        self.clear_button.setAccessibleName("Clear the search and filters")
        self.clear_button.clicked.connect(self.clear_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def show_counts(self, shown: int, total: int, query: str, hidden_saved: bool) -> None:
        """Say what the narrowed timeline shows; hidden when nothing narrows it."""
        searched = f" (search: “{query.strip()}”)" if query.strip() else " (filters on)"
        noun = "entry" if total == 1 else "entries"
        text = f"Showing {shown} of {total} {noun}{searched}."
        if hidden_saved:
            text += " The entry you just saved does not match, so it is not shown here."
        self.label.setText(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()
