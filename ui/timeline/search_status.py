"""One line under the filters while they narrow the timeline: how many entries are shown
of how many, what narrows them, and a button to show everything again.

Without it an entry saved during a search seemed to vanish: the list showed one entry
while the status bar counted two.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.i18n import tr
from ui.widgets.bidi import isolated_when_right_to_left


class SearchStatus(QWidget):
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what she typed
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("Search result"))
        self.clear_button = QPushButton(tr("Show &all entries"))
        self.clear_button.setAccessibleName(tr("Clear the search and filters"))
        self.clear_button.clicked.connect(self.clear_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def show_counts(self, shown: int, total: int, query: str, hidden_saved: bool) -> None:
        """Say what the narrowed timeline shows; hidden when nothing narrows it."""
        if query.strip():
            text = tr("Showing {shown} of %n entries (search: “{query}”).", None, total)
        else:
            text = tr("Showing {shown} of %n entries (filters on).", None, total)
        text = text.format(shown=shown, query=isolated_when_right_to_left(query.strip()))
        if hidden_saved:
            text += " " + tr("The entry you just saved does not match, so it is not shown here.")
        self.label.setText(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()
