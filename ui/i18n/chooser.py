"""Choosing the interface language (View > Language…).

The choice is kept in the plain-text settings and used from the next start: the
windows are built in one language, and turning every open one over mid-sentence
could lose what someone is typing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from ui.i18n.languages import LANGUAGES
from ui.i18n.translate import tr
from ui.safety.prefs import KEY_LANGUAGE, app_settings

CODE_ROLE = Qt.ItemDataRole.UserRole


class LanguageDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Language"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("The language of the app's windows and messages:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices = QListWidget()
        self.choices.addItem(tr("The computer's language"))
        self.choices.item(0).setData(CODE_ROLE, "")
        for code, name in LANGUAGES.items():
            self.choices.addItem(name)
            self.choices.item(self.choices.count() - 1).setData(CODE_ROLE, code)
        intro.setBuddy(self.choices)
        stored = app_settings().value(KEY_LANGUAGE, "")
        for row in range(self.choices.count()):
            if self.choices.item(row).data(CODE_ROLE) == stored:
                self.choices.setCurrentRow(row)
        if self.choices.currentRow() < 0:
            self.choices.setCurrentRow(0)
        layout.addWidget(self.choices)
        note = QLabel(
            tr(
                "The app uses the new language the next time it starts. Each export "
                "chooses its own language for the PDF, for whoever will read it."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        item = self.choices.currentItem()
        return str(item.data(CODE_ROLE)) if item is not None else ""

    def accept(self) -> None:
        app_settings().setValue(KEY_LANGUAGE, self.chosen())
        super().accept()


def choose_language(parent: QWidget) -> None:
    LanguageDialog(parent).exec()
