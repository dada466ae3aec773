"""Injuries (one row each) and a free text about medical care."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from journal.entries.model import EntryContent, Injury
from ui.editor.common import Section, label_for, text_box
from ui.editor.rows import RecordList, RecordRow
from ui.i18n import QT_TR_NOOP, tr


class InjuryRow(RecordRow[Injury]):
    remove_name = QT_TR_NOOP("Remove injury {number}")
    remove_tip = QT_TR_NOOP("Take injury {number} off this entry")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr("e.g. bruise, cut, pain when breathing"))
        self.body_area = QLineEdit()
        self.body_area.setPlaceholderText(tr("e.g. left upper arm"))
        self.medical_attention = QLineEdit()
        self.medical_attention.setPlaceholderText(tr("e.g. GP the next day, none yet"))
        self.photographed = QCheckBox(tr("Photo&graphed"))
        self._labels = [
            label_for(tr("&Description"), self.description),
            label_for(tr("&Body area"), self.body_area),
            label_for(tr("&Medical attention"), self.medical_attention),
        ]
        grid = QGridLayout(self)
        grid.addWidget(self._labels[0], 0, 0)
        grid.addWidget(self.description, 0, 1, 1, 3)
        grid.addWidget(self._labels[1], 1, 0)
        grid.addWidget(self.body_area, 1, 1)
        grid.addWidget(self._labels[2], 1, 2)
        grid.addWidget(self.medical_attention, 1, 3)
        grid.addWidget(self.photographed, 2, 1)
        grid.addWidget(self.remove_button, 2, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for edit in (self.description, self.body_area, self.medical_attention):
            edit.textChanged.connect(self.notify)
        self.photographed.toggled.connect(self.notify)

    def set_number(self, number: int) -> None:
        super().set_number(number)
        named = {
            self.description: tr("Injury {number}: description"),
            self.body_area: tr("Injury {number}: body area"),
            self.medical_attention: tr("Injury {number}: medical attention"),
            self.photographed: tr("Injury {number}: photographed"),
        }
        for widget, name in named.items():
            widget.setAccessibleName(name.format(number=number))

    def value(self) -> Injury:
        return Injury(
            description=self.description.text(),
            body_area=self.body_area.text(),
            medical_attention=self.medical_attention.text(),
            photographed=self.photographed.isChecked(),
        )

    def set_value(self, value: Injury) -> None:
        self.description.setText(value.description)
        self.body_area.setText(value.body_area)
        self.medical_attention.setText(value.medical_attention)
        self.photographed.setChecked(value.photographed)

    def is_empty(self) -> bool:
        return self.value() == Injury("")

    def first_field(self) -> QWidget:
        return self.description


class InjuriesSection(Section):
    heading = QT_TR_NOOP("In&juries and medical")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = RecordList(
            InjuryRow,
            tr("Add an injur&y"),
            tr("No injuries written down. Add one for each injury, even small ones."),
        )
        self.medical = text_box(
            tr("Medical care"), tr("Who you saw, when, what they did or said, any follow-up.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(label_for(tr("Medica&l care"), self.medical, tr("Medical care")))
        layout.addWidget(self.medical)
        self.list.changed.connect(self.notify)
        self.list.structure_changed.connect(self.structure_changed.emit)
        self.medical.textChanged.connect(self.notify)

    def set_from(self, content: EntryContent) -> None:
        self.list.set_values(list(content.injuries))
        self.medical.setPlainText(content.medical)

    def fields(self) -> dict[str, Any]:
        return {"injuries": tuple(self.list.values()), "medical": self.medical.toPlainText()}

    def summary(self) -> str:
        count = len(self.list.values())
        medical = bool(self.medical.toPlainText().strip())
        if count:
            if medical:
                return tr("%n injuries, medical care", None, count)
            return tr("%n injuries", None, count)
        return tr("medical care") if medical else ""
