"""Risk indicators over time: a table of what was noted at each check, the changes
in plain sentences, and a reminder that this is not a professional assessment."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.case.contacts import ContactStore
from journal.case.risk import (
    RISK_DISCLAIMER,
    SUPPORT_POINTER,
    RiskCheck,
    changes,
    indicator_rows,
    risk_history,
)
from journal.entries.model import RISK_INDICATORS
from journal.vault.settings import AuxSettings
from ui.app.session import Session
from ui.i18n import core_text, tr
from ui.widgets.contrast import ring_focus


def support_text(settings: AuxSettings) -> str:
    """Where to find help, naming the support contacts the person chose to keep."""
    contacts = ContactStore(settings).load()[:3]
    pointer = core_text(SUPPORT_POINTER)
    if not contacts:
        return tr("{pointer} You can keep their details in the app's support contacts.").format(
            pointer=pointer
        )
    listed = "; ".join(
        f"{c.name} ({c.how_to_reach})" if c.how_to_reach else c.name for c in contacts
    )
    return tr("{pointer} Your support contacts: {contacts}.").format(
        pointer=pointer, contacts=listed
    )


class RiskHistoryDialog(QDialog):
    new_check_requested = Signal()
    entry_chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Risk indicators over time"))
        self.session = session
        note = QLabel(f"{core_text(RISK_DISCLAIMER)} {support_text(session.journal.settings)}")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setObjectName("risk-note")
        note.setWordWrap(True)
        note.setStyleSheet(
            "#risk-note { background: palette(alternate-base); padding: 6px;"
            " border-left: 4px solid palette(highlight); }"
        )
        self.table = QTableWidget()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        ring_focus(self.table)  # a focused cell that can be seen (3:1)
        self.table.setAccessibleName(tr("Risk indicators by date"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes = QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(tr("What changed between checks"))
        self.changes.setMaximumHeight(130)
        self.new_button = QPushButton(tr("&Note a new risk check…"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_check_requested.emit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(tr("What changed from one check to the next:")))
        layout.addWidget(self.changes)
        layout.addWidget(buttons)
        self.history: list[RiskCheck] = []
        self.table.horizontalHeader().sectionDoubleClicked.connect(self._column_chosen)
        session.entries_changed.connect(self.refresh)
        session.locked.connect(self.close)
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        self.table.clear()
        if not self.session.is_open:
            return
        self.history = risk_history(self.session.journal.entries())
        rows = indicator_rows(self.history)
        self.table.setColumnCount(len(self.history))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([core_text(c.when) for c in self.history])
        self.table.setVerticalHeaderLabels([core_text(label) for label, _ in rows])
        for row, (_label, states) in enumerate(rows):
            for column, state in enumerate(states):
                item = QTableWidgetItem(core_text(state) if state else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                note = self.history[column].states.get(self._key(row, rows))
                if note is not None and note.note:
                    item.setToolTip(note.note)
                    item.setText(f"{item.text()} *")
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        said = [core_text(line) for line in changes(self.history)]
        if not self.history:
            said = [tr("No risk checks written down yet. “Note a new risk check” starts one.")]
        elif not said:
            said = [tr("Nothing changed between the checks.")]
        self.changes.setPlainText("\n".join(said))

    def _key(self, row: int, rows: list[tuple[str, list[str]]]) -> str:
        label = rows[row][0]
        return next((k for k, v in RISK_INDICATORS.items() if v == label), label)

    def _column_chosen(self, column: int) -> None:
        if 0 <= column < len(self.history):
            self.entry_chosen.emit(self.history[column].entry.entry_id)
