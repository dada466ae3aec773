"""Two small optional sections: categories with free tags, and private notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.entries.model import CATEGORIES, EntryContent
from ui.editor.common import Section, label_for, text_box
from ui.i18n import QT_TR_NOOP, core_text, tr

KEY_ROLE = Qt.ItemDataRole.UserRole


def split_tags(text: str) -> tuple[str, ...]:
    tags = (t.strip() for t in text.split(","))
    return tuple(dict.fromkeys(t for t in tags if t))


class CategoriesSection(Section):
    heading = QT_TR_NOOP("&Categories and tags")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories = QListWidget()
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._extra: list[str] = []  # categories this version does not list, kept as they are
        for key, text in CATEGORIES.items():
            self._add_item(key, core_text(text))
        height = self.categories.sizeHintForRow(0) * self.categories.count()
        self.categories.setMinimumHeight(height + 2 * self.categories.frameWidth() + 2)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("Your own words, separated by commas, e.g. car, birthday"))
        layout = QVBoxLayout(self)
        hint = QLabel(tr("Tick any that fit (Space ticks the highlighted one). None are needed."))
        hint.setWordWrap(True)
        layout.addWidget(label_for(tr("Cate&gories"), self.categories, tr("Categories")))
        layout.addWidget(hint)
        layout.addWidget(self.categories)
        layout.addWidget(label_for(tr("&Free tags"), self.tags, tr("Free tags")))
        layout.addWidget(self.tags)
        self.categories.itemChanged.connect(lambda _item: self.changed.emit())
        self.tags.textChanged.connect(self.notify)

    def _add_item(self, key: str, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.categories.addItem(item)
        return item

    def items(self) -> list[QListWidgetItem]:
        return [self.categories.item(i) for i in range(self.categories.count())]

    def set_from(self, content: EntryContent) -> None:
        self.categories.blockSignals(True)
        try:
            present = {str(item.data(KEY_ROLE)) for item in self.items()}
            for key in content.categories:
                if key not in present:
                    self._add_item(key, key)
            for item in self.items():
                on = item.data(KEY_ROLE) in content.categories
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self.categories.blockSignals(False)
        self.tags.setText(", ".join(content.tags))

    def fields(self) -> dict[str, Any]:
        chosen = tuple(
            str(item.data(KEY_ROLE))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        )
        return {"categories": chosen, "tags": split_tags(self.tags.text())}

    def summary(self) -> str:
        fields = self.fields()
        count = len(fields["categories"]) + len(fields["tags"])
        return tr("%n chosen", "categories", count) if count else ""


class PrivateNotesSection(Section):
    heading = QT_TR_NOOP("Private &notes")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = text_box(
            tr("Private notes"),
            tr("Feelings, safety thoughts, anything just for you."),
            lines=5,
        )
        hint = QLabel(
            tr(
                "Private notes stay in this journal. They are left out of exports and "
                "printouts unless you choose to include them."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(label_for(tr("Notes just for &me"), self.notes, tr("Private notes")))
        layout.addWidget(self.notes)
        self.notes.textChanged.connect(self.notify)

    def set_from(self, content: EntryContent) -> None:
        self.notes.setPlainText(content.private_notes)

    def fields(self) -> dict[str, Any]:
        return {"private_notes": self.notes.toPlainText()}

    def summary(self) -> str:
        return tr("written", "private notes") if self.notes.toPlainText().strip() else ""
