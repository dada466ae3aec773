"""A growing list of small forms (people linked, injuries, reports), each removable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.editor.common import name_buttons
from ui.i18n import QT_TR_NOOP, tr

T = TypeVar("T")


class RecordRow(QFrame, Generic[T]):
    """One record's fields. Subclasses build the fields and map them to and from `T`."""

    changed = Signal()
    remove_requested = Signal(object)
    # Whole sentences per kind of record (a translation cannot glue a noun in).
    remove_name = QT_TR_NOOP("Remove item {number}")
    remove_tip = QT_TR_NOOP("Take item {number} off this entry")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def notify(self, *_args: object) -> None:
        self.changed.emit()

    def set_number(self, number: int) -> None:
        self.remove_button.setAccessibleName(tr(self.remove_name).format(number=number))
        self.remove_button.setToolTip(tr(self.remove_tip).format(number=number))

    def value(self) -> T:
        raise NotImplementedError

    def set_value(self, value: T) -> None:
        raise NotImplementedError

    def is_empty(self) -> bool:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        raise NotImplementedError


class RecordList(QWidget, Generic[T]):
    changed = Signal()
    structure_changed = Signal()

    def __init__(
        self,
        make_row: Callable[[], RecordRow[T]],
        add_text: str,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._rows: list[RecordRow[T]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self._rows_box = QVBoxLayout()
        layout.addLayout(self._rows_box)
        self.add_button = QPushButton(add_text)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        name_buttons(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        self.extra_buttons = buttons
        buttons.addStretch()
        layout.addLayout(buttons)

    def rows(self) -> list[RecordRow[T]]:
        return list(self._rows)

    def values(self) -> list[T]:
        """Every row that holds something; rows left empty are not records."""
        return [row.value() for row in self._rows if not row.is_empty()]

    def add_row(self, value: T | None = None) -> RecordRow[T]:
        row = self._make_row()
        if value is not None:
            row.set_value(value)
        row.changed.connect(self.changed.emit)
        row.remove_requested.connect(self._remove)
        self._rows.append(row)
        self._rows_box.addWidget(row)
        self._renumber()
        return row

    def set_values(self, values: list[T]) -> None:
        for row in self._rows:
            self._rows_box.removeWidget(row)
            row.deleteLater()
        self._rows = []
        for value in values:
            self.add_row(value)
        self._renumber()

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.first_field().setFocus()
        self.changed.emit()

    def _remove(self, row: RecordRow[T]) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].first_field().setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def _renumber(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            row.set_number(number)
        self.empty_label.setVisible(not self._rows)
        self.structure_changed.emit()
