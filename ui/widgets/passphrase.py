"""Passphrase entry: a field with show/hide, and a new-passphrase form with a meter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from journal.passphrase_policy import judge


class PassphraseField(QLineEdit):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.setMinimumWidth(320)
        self._toggle = QAction("Show", self)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)
        self._toggle.setToolTip("Show or hide what you typed")
        self._toggle.triggered.connect(self._flip)

    def _flip(self) -> None:
        hidden = self.echoMode() == QLineEdit.EchoMode.Password
        self.setEchoMode(QLineEdit.EchoMode.Normal if hidden else QLineEdit.EchoMode.Password)
        self._toggle.setText("Hide" if hidden else "Show")


class NewPassphraseForm(QWidget):
    """Two fields and a strength meter that refuses weak passphrases and says why."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = PassphraseField("New passphrase")
        self.second = PassphraseField("New passphrase again")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName("Passphrase strength")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName("Passphrase advice")
        form = QFormLayout()
        form.addRow("&Passphrase", self.first)
        form.addRow("&Again", self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.meter)
        layout.addWidget(self.verdict)
        self._acceptable = False
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    @property
    def acceptable(self) -> bool:
        return self._acceptable

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        result = judge(self.first.text())
        self.meter.setValue(result.score)
        lines = [f"Strength: {result.label}.", *list(result.reasons)]
        match = self.first.text() == self.second.text()
        if result.acceptable and self.second.text() and not match:
            lines.append("The two passphrases are not the same yet.")
        elif result.acceptable and not self.second.text():
            lines.append("Type it once more to be sure.")
        self.verdict.setText(" ".join(lines))
        ok = result.acceptable and match
        if ok != self._acceptable:
            self._acceptable = ok
            self.validity_changed.emit(ok)
