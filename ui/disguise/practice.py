"""Practise the way in on the real front, with a line that says whether it worked."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.disguise.fronts import make_front
from ui.disguise.watcher import WayInWatcher
from ui.disguise.way_in import WORD, WayIn
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.text_fit import grow_to_fit

OPENED = QT_TR_NOOP("That would have opened it: the passphrase page would appear now.")
MISSED = QT_TR_NOOP(
    "That would not have opened it. On the real one nothing would happen. Try again."
)


class PracticeDialog(QDialog):
    def __init__(self, look: str, way_in: WayIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Practise the way in"))
        how = (
            tr(
                "This is what the locked app shows. To get past it, type your word anywhere "
                "you can type in it, then press Enter."
            )
            if way_in.kind == WORD
            else tr(
                "This is what the locked app shows. To get past it, press your keys one "
                "after the other (nothing shows until the last one)."
            )
        )
        intro = QLabel(how)
        intro.setWordWrap(True)
        self.front = make_front(look)
        self.front.reset()
        self.front.setAccessibleName(tr("Practice page"))
        self.outcome = QLabel(tr("Nothing given yet."))
        self.outcome.setAccessibleName(tr("Result"))
        self.outcome.setWordWrap(True)
        self.watcher = WayInWatcher(way_in, self.front)
        self.watcher.opened.connect(lambda: self._say(OPENED))
        self.watcher.missed.connect(lambda: self._say(MISSED))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.front, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):  # Enter belongs to the front, as
            button.setAutoDefault(False)  # in its own window: it must not close this one
        self.resize(640, 480)
        grow_to_fit(self)

    def _say(self, text: str) -> None:
        said = tr(text)
        font = self.outcome.font()
        font.setBold(text == OPENED)
        self.outcome.setFont(font)
        self.outcome.setText(said)
        self.outcome.setAccessibleDescription(said)
        if text == OPENED:
            self.front.reset()  # as the real one would be: fresh when next shown

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.front.first_control().setFocus()
