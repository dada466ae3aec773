"""Risk indicators noted in an entry (a "risk check"): one line per indicator with
yes / no / not sure and an optional note. Kept over time as dated entries, never
required, and left out of exports unless the person chooses to include them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journal.case.risk import RISK_DISCLAIMER
from journal.entries.model import RISK_INDICATORS, RISK_STATES, EntryContent, RiskIndicator
from ui.editor.common import Section, combo_key, key_combo, set_combo_key
from ui.i18n import QT_TR_NOOP, core_text, tr


class RiskSection(Section):
    heading = QT_TR_NOOP("Risk in&dicators")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(
            tr(
                "{disclaimer} Anything left as “{not_noted}” is simply not recorded. "
                "Risk notes are left out of exports unless you choose to include them."
            ).format(disclaimer=core_text(RISK_DISCLAIMER), not_noted=core_text(RISK_STATES[""]))
        )
        note.setWordWrap(True)
        grid = QGridLayout()
        self.states: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self._unknown: list[RiskIndicator] = []
        for row, (key, english) in enumerate(RISK_INDICATORS.items()):
            label = core_text(english)
            combo = key_combo(RISK_STATES, label)
            edit = QLineEdit()
            edit.setPlaceholderText(tr("Optional note"))
            edit.setAccessibleName(tr("{indicator}: note").format(indicator=label))
            text = QLabel(label)
            text.setBuddy(combo)  # a screen reader names the combo by it, not by its value
            grid.addWidget(text, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(edit, row, 2)
            combo.currentIndexChanged.connect(self.notify)
            edit.textChanged.connect(self.notify)
            self.states[key], self.notes[key] = combo, edit
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(grid)

    def set_from(self, content: EntryContent) -> None:
        given = {i.key: i for i in content.risk}
        for key, combo in self.states.items():
            indicator = given.get(key, RiskIndicator(key))
            set_combo_key(combo, indicator.state)
            self.notes[key].setText(indicator.note)
        self._unknown = [i for i in content.risk if i.key not in self.states]

    def fields(self) -> dict[str, Any]:
        chosen = [
            RiskIndicator(key, combo_key(combo), self.notes[key].text())
            for key, combo in self.states.items()
        ]
        return {"risk": tuple(i for i in chosen if i.state or i.note) + tuple(self._unknown)}

    def summary(self) -> str:
        risk = self.fields()["risk"]
        yes = sum(1 for i in risk if i.state == "yes")
        if not risk:
            return ""
        noted = tr("%n noted", "risk indicators", len(risk))
        if not yes:
            return noted
        answered = tr("%n yes", "risk indicators answered yes", yes)
        return tr("{noted}, {answered_yes}").format(noted=noted, answered_yes=answered)
