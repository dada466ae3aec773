"""Evidence already attached to the entry (read-only here) and a way to add more."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.entries.model import AttachmentInfo, EntryContent
from journal.entries.plain_words import file_kind, file_size, visible_name
from ui.editor.common import Section, label_for, name_buttons
from ui.i18n import QT_TR_NOOP, core_text, tr


class EvidenceSection(Section):
    heading = QT_TR_NOOP("E&vidence")
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self.files = QTreeWidget()
        self.files.setHeaderLabels([tr("File"), tr("Type"), tr("Size")])
        self.files.setRootIsDecorated(False)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.setMinimumHeight(90)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(tr("A&dd evidence…"))
        self.add_button.setAutoDefault(False)
        name_buttons(self.add_button)
        self.add_button.clicked.connect(self.add_requested.emit)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        self.files_label = label_for(tr("Attached fi&les"), self.files, tr("Evidence files"))
        layout.addWidget(self.files_label)
        layout.addWidget(self.files)
        layout.addLayout(row)
        self.show_attachments((), saved=False)

    def show_attachments(self, attachments: tuple[AttachmentInfo, ...], saved: bool) -> None:
        self.files.clear()
        for info in attachments:
            item = QTreeWidgetItem(
                [
                    visible_name(info.file_name),
                    core_text(file_kind(info.media_type)),
                    file_size(info.size),
                ]
            )
            item.setToolTip(0, tr("SHA-256 {digest}").format(digest=info.sha256))
            self.files.addTopLevelItem(item)
        for column in range(3):
            self.files.resizeColumnToContents(column)
        self._count = len(attachments)
        self.files.setVisible(bool(attachments))
        self.files_label.setVisible(bool(attachments))
        if not saved:
            text = tr(
                "Photos, recordings, screenshots, documents. The entry is saved first, "
                "then you choose the file; the original stays where it is."
            )
        elif attachments:
            text = tr("Files are stored encrypted in the journal, exactly as they were.")
        else:
            text = tr("No evidence yet. Files are stored encrypted in the journal, unchanged.")
        self.hint.setText(text)

    def set_from(self, content: EntryContent) -> None:
        """Attachments are not part of what the person typed; see show_attachments."""

    def fields(self) -> dict[str, Any]:
        return {}

    def summary(self) -> str:
        return tr("%n files", None, self._count) if self._count else ""
