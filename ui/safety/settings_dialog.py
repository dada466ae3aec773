"""Safety settings: the disguise, what the locked app shows and the way past it, the
auto-lock minutes and what quick exit does.

These choices are the only ones kept outside the vault (in plain settings, under
neutral names, the way in only as a hash), because they must work before anything is
unlocked.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.disguise.settings_part import LockedLookPart
from ui.i18n import tr
from ui.safety.decoy import RETURN_KEY
from ui.safety.disguise import DISGUISES, disguise_icon, look_name
from ui.safety.prefs import EXIT_DECOY, EXIT_QUIT, LOCK_MINUTES_RANGE, SafetyPrefs
from ui.safety.quick_exit import QUICK_EXIT_KEY
from ui.widgets.text_fit import grow_to_fit


class SafetySettingsDialog(QDialog):
    def __init__(self, prefs: SafetyPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Safety settings"))
        self.disguise = QComboBox()
        self.disguise.setIconSize(QSize(20, 20))
        for key in DISGUISES:
            self.disguise.addItem(disguise_icon(key), look_name(key), key)
        self.disguise.setCurrentIndex(max(0, self.disguise.findData(prefs.disguise)))
        self.disguise.setAccessibleName(tr("Name and icon"))
        self.minutes = QSpinBox()
        self.minutes.setRange(*LOCK_MINUTES_RANGE)
        self.minutes.valueChanged.connect(self._name_minutes)
        self.minutes.setValue(prefs.lock_minutes)
        self._name_minutes(self.minutes.value())
        self.minutes.setAccessibleName(tr("Lock after this long without use"))
        self.exit_quit = QRadioButton(tr("Close the app"))
        self.exit_decoy = QRadioButton()
        self.locked = LockedLookPart(prefs.front, lambda: str(self.disguise.currentData()))
        self.locked.front.toggled.connect(self._name_exit_choice)
        self._name_exit_choice(self.locked.front.isChecked())
        group = QButtonGroup(self)
        group.addButton(self.exit_quit)
        group.addButton(self.exit_decoy)
        (self.exit_decoy if prefs.exit_choice == EXIT_DECOY else self.exit_quit).setChecked(True)

        def hint(text: str) -> QLabel:
            label = QLabel(text)
            label.setWordWrap(True)
            return label

        form = QFormLayout()
        form.addRow(tr("&Name and icon"), self.disguise)
        form.addRow(
            hint(
                tr(
                    "What the app is called in window titles and the taskbar. Pick one that "
                    "would not draw attention on this computer."
                )
            )
        )
        form.addRow(tr("When locked, show"), self.locked)
        form.addRow(tr("&Lock after"), self.minutes)
        form.addRow(hint(tr("The journal also locks when the computer's screen locks or sleeps.")))
        exits = QVBoxLayout()
        exits.addWidget(self.exit_quit)
        exits.addWidget(self.exit_decoy)
        form.addRow(tr("After quick exit"), exits)
        form.addRow(
            hint(
                tr(
                    "Quick exit: the button at the top, {key}, or Esc pressed twice. From "
                    "the empty notepad, {back} brings back the passphrase screen; from a "
                    "working page, your secret way in does."
                ).format(key=QUICK_EXIT_KEY.toString(), back=RETURN_KEY.toString())
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        grow_to_fit(self)

    def _name_exit_choice(self, disguised: bool) -> None:
        self.exit_decoy.setText(
            tr("Show the working page, as when locked")
            if disguised
            else tr("Show an empty notepad instead")
        )

    def _name_minutes(self, minutes: int) -> None:
        """The unit after the number, in the plural form the number needs."""
        self.minutes.setSuffix(tr(" minutes", "after a number: lock after 5 minutes", minutes))

    def accept(self) -> None:
        """Saved only with a way in that works: a disguise she cannot get past is a lock-out."""
        _way_in, problem = self.locked.chosen()
        if problem:
            self.locked.say(problem)
            (self.locked.word if self.locked.by_word.isChecked() else self.locked.keys).setFocus()
            return
        super().accept()

    def chosen(self) -> SafetyPrefs:
        way_in, _problem = self.locked.chosen()
        return SafetyPrefs(
            disguise=str(self.disguise.currentData()),
            lock_minutes=self.minutes.value(),
            exit_choice=EXIT_DECOY if self.exit_decoy.isChecked() else EXIT_QUIT,
            way_in=way_in,
        )
