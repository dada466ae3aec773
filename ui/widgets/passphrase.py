"""Passphrase entry: a field with show/hide, and a new-passphrase form with a meter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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
from ui.i18n import core_text, tr


class PassphraseField(QLineEdit):
    """A passphrase field with a real Show/Hide button inside it, reachable with Tab,
    at the end of the field (the left end in a right-to-left layout).

    (A QLineEdit action without an icon draws nothing: the toggle was invisible.)
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.setMinimumWidth(320)
        self.toggle = QToolButton(self)  # created next, so next in the Tab order
        self.toggle.setText(tr("Show", "the passphrase typed"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setCursor(Qt.CursorShape.ArrowCursor)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        field = accessible_name[:1].lower() + accessible_name[1:]
        self.toggle.setAccessibleName(tr("Show {field}").format(field=field))
        self.toggle.setToolTip(tr("Show or hide what you typed"))
        self.toggle.toggled.connect(self._show)
        self._place_toggle()

    def _show(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        hidden = tr("Show", "the passphrase typed")
        self.toggle.setText(tr("Hide", "the passphrase typed") if shown else hidden)
        self._place_toggle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_toggle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_toggle()

    def _place_toggle(self) -> None:
        """The toggle at the end of the field, and the text kept clear of it: at the
        right, or at the left where the layout runs right to left."""
        hint = self.toggle.sizeHint()
        room = hint.width() + 2
        height = min(hint.height(), self.height() - 2)
        top = (self.height() - height) // 2
        if self.isRightToLeft():
            self.setTextMargins(room, 0, 0, 0)
            self.toggle.setGeometry(1, top, hint.width(), height)
        else:
            self.setTextMargins(0, 0, room, 0)
            self.toggle.setGeometry(self.width() - hint.width() - 1, top, hint.width(), height)


class NewPassphraseForm(QWidget):
    """Two fields and a strength meter that refuses weak passphrases and says why."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = PassphraseField(tr("New passphrase"))
        self.second = PassphraseField(tr("New passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(tr("Passphrase strength"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(tr("Passphrase advice"))
        form = QFormLayout()
        form.addRow(tr("&Passphrase"), self.first)
        form.addRow(tr("&Again"), self.second)
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
        strength = tr("Strength: {label}.").format(label=core_text(result.label))
        lines = [strength, *(core_text(reason) for reason in result.reasons)]
        match = self.first.text() == self.second.text()
        if result.acceptable and self.second.text() and not match:
            lines.append(tr("The two passphrases are not the same yet."))
        elif result.acceptable and not self.second.text():
            lines.append(tr("Type it once more to be sure."))
        self.verdict.setText(" ".join(lines))
        ok = result.acceptable and match
        if ok != self._acceptable:
            self._acceptable = ok
            self.validity_changed.emit(ok)
