"""Passphrase entry: a field with show/hide, and a new-passphrase form with a meter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.vault.passphrase_policy import judge


class PassphraseField(QLineEdit):
    """A passphrase field with a real Show/Hide button inside it, reachable with Tab.

    (A QLineEdit action without an icon draws nothing: the toggle was invisible.)
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.setMinimumWidth(320)
        self.toggle = QToolButton(self)  # created next, so next in the Tab order
        self.toggle.setText("Show")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setCursor(Qt.CursorShape.ArrowCursor)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.setAccessibleName(f"Show {accessible_name[:1].lower()}{accessible_name[1:]}")
        self.toggle.setToolTip("Show or hide what you typed")
        self.toggle.toggled.connect(self._show)
        self.setTextMargins(0, 0, self.toggle.sizeHint().width() + 2, 0)

    def _show(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText("Hide" if shown else "Show")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        hint = self.toggle.sizeHint()
        height = min(hint.height(), self.height() - 2)
        self.toggle.setGeometry(
            self.width() - hint.width() - 1, (self.height() - height) // 2, hint.width(), height
        )


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
