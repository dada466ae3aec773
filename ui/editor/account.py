"""Other people's accounts: what the abuser or others told third parties, as the
survivor learned of it (story-flipping, invitations to collude).

Labelled everywhere as the survivor's account of someone else's statement, never
as that person's own words on record.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journal.entries.model import EntryContent, OtherAccount
from journal.entries.report_text import ACCOUNT_LABEL
from ui.editor.common import Section, label_for, text_box
from ui.editor.rows import RecordList, RecordRow
from ui.i18n import QT_TR_NOOP, core_text, tr


def explanation() -> str:
    return tr(
        "{label}: what someone (for example the abuser) told another person about "
        "you or about what happened, as you came to know it. It is shown and exported as "
        "your account, not as their statement."
    ).format(label=core_text(ACCOUNT_LABEL))


class AccountRow(RecordRow[OtherAccount]):
    remove_name = QT_TR_NOOP("Remove account {number}")
    remove_tip = QT_TR_NOOP("Take account {number} off this entry")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText(tr("e.g. my ex-partner, his colleague"))
        self.told_to = QLineEdit()
        self.told_to.setPlaceholderText(tr("e.g. my employer, the school, the officer at the desk"))
        self.when = QLineEdit()
        self.when.setPlaceholderText(tr("e.g. 2025-03-20, or roughly"))
        self.what_was_said = text_box(
            tr("What was said"), tr("As close to their words as you know")
        )
        self.how_learned = QLineEdit()
        self.how_learned.setPlaceholderText(tr("e.g. my manager told me the next day"))
        grid = QGridLayout(self)
        grid.addWidget(label_for(tr("Who sa&id it"), self.speaker), 0, 0)
        grid.addWidget(self.speaker, 0, 1)
        grid.addWidget(label_for(tr("To &whom"), self.told_to), 0, 2)
        grid.addWidget(self.told_to, 0, 3)
        grid.addWidget(label_for(tr("Whe&n"), self.when), 1, 0)
        grid.addWidget(self.when, 1, 1)
        grid.addWidget(label_for(tr("How you &learned of it"), self.how_learned), 1, 2)
        grid.addWidget(self.how_learned, 1, 3)
        said = label_for(tr("What was said, as you &know it"), self.what_was_said)
        grid.addWidget(said, 2, 0, 1, 4)
        grid.addWidget(self.what_was_said, 3, 0, 1, 4)
        grid.addWidget(self.remove_button, 4, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for edit in (self.speaker, self.told_to, self.when, self.how_learned):
            edit.textChanged.connect(self.notify)
        self.what_was_said.textChanged.connect(self.notify)

    def set_number(self, number: int) -> None:
        super().set_number(number)
        named = {
            self.speaker: tr("Account {number}: who said it"),
            self.told_to: tr("Account {number}: to whom"),
            self.when: tr("Account {number}: when"),
            self.how_learned: tr("Account {number}: how you learned of it"),
            self.what_was_said: tr("Account {number}: what was said"),
        }
        for widget, name in named.items():
            widget.setAccessibleName(name.format(number=number))

    def value(self) -> OtherAccount:
        return OtherAccount(
            speaker=self.speaker.text(),
            told_to=self.told_to.text(),
            when=self.when.text(),
            what_was_said=self.what_was_said.toPlainText(),
            how_learned=self.how_learned.text(),
        )

    def set_value(self, value: OtherAccount) -> None:
        self.speaker.setText(value.speaker)
        self.told_to.setText(value.told_to)
        self.when.setText(value.when)
        self.what_was_said.setPlainText(value.what_was_said)
        self.how_learned.setText(value.how_learned)

    def is_empty(self) -> bool:
        return self.value() == OtherAccount("")

    def first_field(self) -> QWidget:
        return self.speaker


class AccountsSection(Section):
    heading = QT_TR_NOOP("What others were told (you&r account)")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(explanation())
        text.setWordWrap(True)
        self.list = RecordList(
            AccountRow,
            tr("Add what someone &told others"),
            tr("Nothing written down. Useful when someone spread their version of events."),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        self.list.changed.connect(self.notify)
        self.list.structure_changed.connect(self.structure_changed.emit)

    def set_from(self, content: EntryContent) -> None:
        self.list.set_values(list(content.accounts))

    def fields(self) -> dict[str, Any]:
        return {"accounts": tuple(self.list.values())}

    def summary(self) -> str:
        count = len(self.list.values())
        return tr("%n written down", "accounts", count) if count else ""

    def problem(self) -> tuple[str, QWidget] | None:
        for row in self.list.rows():
            value = row.value()
            if not row.is_empty() and not (value.speaker.strip() or value.what_was_said.strip()):
                assert isinstance(row, AccountRow)
                return (
                    tr("Please say who said it, or what was said, for each account."),
                    row.speaker,
                )
        return None
