"""The part of an entry that is always shown: what kind, a title, when, where, what happened.

These are enough to log an incident in under a minute; everything else is optional.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from journal.entries.model import KINDS, EntryContent
from ui.editor.common import Section, combo_key, key_combo, label_for, set_combo_key, text_box
from ui.editor.when import WhenEditor
from ui.i18n import tr


class Essentials(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = key_combo(KINDS, tr("Kind of entry"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            tr("A few words to find it again, e.g. “Shouting in the car”")
        )
        self.when = WhenEditor()
        self.where = QLineEdit()
        self.where.setPlaceholderText(tr("Optional: a place, an address, a room"))
        self.narrative = text_box(
            tr("What happened"),
            tr("In your own words. It does not need to be complete: you can add to it later."),
            lines=6,
            grow=True,
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(label_for(tr("&Kind"), self.kind, tr("Kind of entry")), self.kind)
        form.addRow(label_for(tr("&Title"), self.title), self.title)
        form.addRow(label_for(tr("&When"), self.when.date, tr("Date it happened")), self.when)
        form.addRow(label_for(tr("W&here"), self.where, tr("Where it happened")), self.where)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(label_for(tr("Wh&at happened"), self.narrative))
        layout.addWidget(self.narrative)

        self.kind.currentIndexChanged.connect(self.notify)
        self.title.textChanged.connect(self.notify)
        self.when.changed.connect(self.notify)
        self.where.textChanged.connect(self.notify)
        self.narrative.textChanged.connect(self.notify)

    def set_from(self, content: EntryContent) -> None:
        set_combo_key(self.kind, content.kind)
        self.title.setText(content.title)
        self.when.set_value(content.occurred)
        self.where.setText(content.location)
        self.narrative.setPlainText(content.narrative)

    def fields(self) -> dict[str, Any]:
        return {
            "kind": combo_key(self.kind),
            "title": self.title.text(),
            "occurred": self.when.value(),
            "location": self.where.text(),
            "narrative": self.narrative.toPlainText(),
        }

    def focus_for(self, message: str) -> QWidget | None:
        """The control an (English) problem sentence is about."""
        lowered = message.lower()
        if "title" in lowered:
            return self.title
        if any(word in lowered for word in ("start", "end", "zone", "date", "precision")):
            return self.when.focus_for(message)
        if "narrative" in lowered:
            return self.narrative
        if "location" in lowered:
            return self.where
        return None
