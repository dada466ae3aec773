"""The part of the settings dialog that chooses what the locked app shows.

Not disguised: the passphrase page, as always. Disguised: the working front of the
chosen look, and a way in she picks (a word typed into it then Enter, or a series of
two to four key presses) and can practise before saving. The word and keys are never
shown again: a saved way in is only known by its kind, and stays unless she types a
new one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.disguise.practice import PracticeDialog
from ui.disguise.watcher import is_chord, portable
from ui.disguise.way_in import KEY_PRESSES, KEYS, WORD, WayIn, word_problem
from ui.i18n import QT_TR_NOOP, tr
from ui.safety.quick_exit import QUICK_EXIT_KEY

KEPT = QT_TR_NOOP("(kept as saved: type a new one to change it)")


def _front_keys() -> list[QKeySequence]:
    """The front's menu shortcuts (ui/disguise/front_window.py): they act before any key
    press reaches the way-in watcher. Asked of the platform, once the app runs."""
    bindings = QKeySequence.keyBindings
    standard = QKeySequence.StandardKey
    return [*bindings(standard.New), *bindings(standard.Close)]


def keys_problem(keys: QKeySequence) -> str | None:
    """Why this series cannot be the way in, in plain words; None when it can."""
    presses = [keys[i] for i in range(keys.count())]  # type: ignore[index]  # QKeySequence[i] in PySide6
    low, high = KEY_PRESSES
    if not low <= len(presses) <= high:
        return tr("Press {low} to {high} keys, one after the other.").format(low=low, high=high)
    if any(QKeySequence(press) == QUICK_EXIT_KEY for press in presses):
        return tr("{key} is taken by quick exit: choose other keys.").format(
            key=QUICK_EXIT_KEY.toString()
        )
    front_keys = _front_keys()
    taken = [QKeySequence(press) for press in presses if QKeySequence(press) in front_keys]
    if taken:
        return tr("{key} is taken by the page's own menu: choose other keys.").format(
            key=taken[0].toString()
        )
    if not all(is_chord(press) for press in presses):
        return tr(
            "Hold Ctrl or Alt with each key (or use F-keys), so ordinary typing never matches."
        )
    return None


class LockedLookPart(QWidget):
    def __init__(self, saved: WayIn | None, look: Callable[[], str]) -> None:
        super().__init__()
        self.saved = saved
        self._look = look
        self.plain = QRadioButton(tr("The passphrase page (not disguised)"))
        self.front = QRadioButton(tr("A working page of the app it is named after"))
        shown = QButtonGroup(self)
        for button in (self.plain, self.front):
            shown.addButton(button)
        (self.front if saved else self.plain).setChecked(True)
        self.by_word = QRadioButton(tr("Type a secret &word into it, then press Enter"))
        self.word = QLineEdit()
        self.word.setAccessibleName(tr("Secret word"))
        self.by_keys = QRadioButton(tr("Press a secret series of &keys"))
        self.keys = QKeySequenceEdit()
        self.keys.setMaximumSequenceLength(KEY_PRESSES[1])
        self.keys.setAccessibleName(tr("Secret keys"))
        ways = QButtonGroup(self)
        for button in (self.by_word, self.by_keys):
            ways.addButton(button)
        (self.by_keys if saved and saved.kind == KEYS else self.by_word).setChecked(True)
        if saved is not None:
            (self.word if saved.kind == WORD else self.keys).setToolTip(tr(KEPT))
            self.word.setPlaceholderText(tr(KEPT) if saved.kind == WORD else "")
        self.practise = QPushButton(tr("&Practise…"))
        self.practise.clicked.connect(self.open_practice)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        self.message.hide()  # takes no room until there is something to say
        self.practice: PracticeDialog | None = None
        self.way = QWidget()
        ways_form = QFormLayout(self.way)
        ways_form.addRow(self.by_word)
        ways_form.addRow(tr("Word"), self.word)
        ways_form.addRow(self.by_keys)
        ways_form.addRow(tr("Keys"), self.keys)
        ways_form.addRow(self.practise)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plain)
        layout.addWidget(self.front)
        layout.addWidget(self.way)
        layout.addWidget(self.message)
        self.front.toggled.connect(self.way.setEnabled)
        self.way.setEnabled(self.front.isChecked())

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def chosen(self) -> tuple[str, str | None]:
        """(the way-in record to save, "" for not disguised; a problem to show or None)."""
        if self.plain.isChecked():
            return "", None
        way_in, problem = self._way_in()
        return (way_in.record() if way_in else ""), problem

    def _way_in(self) -> tuple[WayIn | None, str | None]:
        if self.by_word.isChecked():
            typed = self.word.text()
            if not typed and self.saved is not None and self.saved.kind == WORD:
                return self.saved, None
            problem = word_problem(typed)
            return (None, problem) if problem else (WayIn.for_word(typed), None)
        keys = self.keys.keySequence()
        if keys.isEmpty() and self.saved is not None and self.saved.kind == KEYS:
            return self.saved, None
        problem = keys_problem(keys)
        if problem:
            return None, problem
        presses = [keys[i] for i in range(keys.count())]  # type: ignore[index]  # QKeySequence[i] in PySide6
        return WayIn.for_keys([portable(p) for p in presses]), None

    def open_practice(self) -> PracticeDialog | None:
        way_in, problem = self._way_in()
        self.say(problem or "")
        if way_in is None:
            return None
        self.practice = PracticeDialog(self._look(), way_in, self.window())
        self.practice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.practice.open()
        return self.practice
