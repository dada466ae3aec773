"""A to-do list: add a task with Enter, tick it when done, Delete removes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.disguise.fronts.base import Front
from ui.i18n import QT_TR_NOOP, tr

TASKS = (
    (QT_TR_NOOP("Buy milk and bread"), True),
    (QT_TR_NOOP("Library books back"), False),
    (QT_TR_NOOP("Pay the electricity bill"), False),
    (QT_TR_NOOP("Water the plants"), True),
    (QT_TR_NOOP("Book the dentist"), False),
)


class TasksFront(Front):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_task = QLineEdit()
        self.new_task.setAccessibleName(tr("New task"))
        self.new_task.setPlaceholderText(tr("Add a task and press Enter"))
        self.new_task.returnPressed.connect(self._add_typed)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Tasks"))
        self.list.itemChanged.connect(self._count)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self._remove_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_task)
        layout.addWidget(self.list)

    def add(self, text: str, done: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _add_typed(self) -> None:
        text = self.new_task.text().strip()
        if text:
            self.add(text)
            self.new_task.clear()

    def _remove_current(self) -> None:
        self.list.takeItem(self.list.currentRow())
        self._count()

    def done(self) -> int:
        items = (self.list.item(i) for i in range(self.list.count()))
        return sum(item.checkState() == Qt.CheckState.Checked for item in items)

    def _count(self) -> None:
        said = tr("{done} of {count} done", "tasks ticked, of all tasks")
        self.status.emit(said.format(done=self.done(), count=self.list.count()))

    def reset(self) -> None:
        self.new_task.clear()
        self.list.blockSignals(True)
        self.list.clear()
        for text, done in TASKS:
            self.add(tr(text), done)
        self.list.blockSignals(False)
        self._count()

    def first_control(self) -> QWidget:
        return self.new_task
