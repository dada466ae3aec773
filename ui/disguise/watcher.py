"""Watches what is typed into the front for the chosen way in.

An application-wide event filter, like quick exit's (ui/safety/quick_exit.py): a key
press reaches the focused control first, and the front's controls (a table's cell
editor, a list) would not pass it on. Only presses inside `within` count. The press
that completes the way in is swallowed, so the front shows nothing happening.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ui.disguise.way_in import KEY_PRESSES, WORD, WayIn
from ui.safety.quick_exit import first_delivery

_MODIFIER_KEYS = {
    Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
}  # fmt: skip
_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_WORD_BUFFER = 64


def press_text(event: QKeyEvent) -> str:
    """A key press in Qt's portable text: "Ctrl+G", "F7", "A"."""
    return portable(event.keyCombination())


def portable(press: QKeyCombination) -> str:
    return QKeySequence(press).toString(QKeySequence.SequenceFormat.PortableText)


def is_chord(press: QKeyCombination) -> bool:
    """A press that is not ordinary typing: with Ctrl, Alt or Meta, or an F-key."""
    key = press.key().value
    return bool(press.keyboardModifiers() & (_CHORD | Qt.KeyboardModifier.MetaModifier)) or (
        Qt.Key.Key_F1.value <= key <= Qt.Key.Key_F35.value
    )


class WayInWatcher(QObject):
    opened = Signal()  # the way in was given
    missed = Signal()  # Enter after a word that is not it (only practice says so)

    def __init__(self, way_in: WayIn, within: QWidget) -> None:
        super().__init__(within)
        self.way_in = way_in
        self.within = within
        self._typed = ""
        self._presses: list[str] = []
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def forget(self) -> None:
        self._typed = ""
        self._presses.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or not first_delivery(watched):
            return False
        if not (watched is self.within or self.within.isAncestorOf(watched)):
            return False
        if event.key() in _MODIFIER_KEYS or event.isAutoRepeat():
            return False
        if self.way_in.kind == WORD and isinstance(watched, QAbstractItemView):
            # A letter typed on a sheet opens a cell editor and is passed on to it, where
            # it is counted; Enter on the sheet itself ends no word.
            return False
        found = self._word(event) if self.way_in.kind == WORD else self._keys(event)
        if found:
            self.forget()
            self.opened.emit()
        return found

    def _word(self, event: QKeyEvent) -> bool:
        if event.key() in _ENTER:
            words = self._typed.split()
            self._typed = ""
            if words and self.way_in.matches_word(words[-1]):
                return True
            self.missed.emit()
            return False
        if event.key() == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1]
        elif event.text().isprintable() and event.text() and not (event.modifiers() & _CHORD):
            self._typed = (self._typed + event.text())[-_WORD_BUFFER:]
        else:
            self._typed += " "  # arrows, Tab, a shortcut: what came before is another word
        return False

    def _keys(self, event: QKeyEvent) -> bool:
        self._presses = [*self._presses, press_text(event)][-KEY_PRESSES[1] :]
        # Ordinary typing never completes a sequence (each press has Ctrl, Alt or an
        # F-key), so only those presses pay for the slow hash.
        return is_chord(event.keyCombination()) and self.way_in.matches_keys(self._presses)
