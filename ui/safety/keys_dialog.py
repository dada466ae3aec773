"""Keys in the app: change the passphrase, replace the recovery code, or make a new
signing key for exports.

The first two start a new key epoch in the core (journal/vault/lifecycle.py): what is
written from now on cannot be read with the old passphrase or the old code, even
in an old copy of the file. The current passphrase is asked for both, so someone
at an unlocked computer cannot lock the person out. Each also replaces the
signing key of exports (journal/export/signing.py), which can be done on its own
too, so an old copy of the file never yields the key that signs from now on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.export.signing import journal_fingerprint, key_history_lines, make_new_signing_key
from journal.vault.lifecycle import UnlockedVault, unlock
from ui.app.errors import describe
from ui.app.session import Session
from ui.app.workers import BackgroundTask, run_in_background
from ui.i18n import tr
from ui.widgets.bidi import isolated
from ui.widgets.passphrase import NewPassphraseForm, PassphraseField
from ui.widgets.recovery_code import (
    check_prompt,
    choose_sheet_path,
    code_label,
    group_matches,
    pick_group,
    save_sheet,
    show_code,
)
from ui.widgets.text_fit import grow_to_fit


def _check_current(vault: UnlockedVault, passphrase: str) -> None:
    """Raise WrongPassphrase unless `passphrase` opens this journal file right now."""
    unlock(vault.path, passphrase).store.close()


class KeysDialog(QDialog):
    passphrase_changed = Signal()
    code_replaced = Signal()
    signing_key_replaced = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Passphrase and recovery code"))
        self.session = session
        self.task: BackgroundTask | None = None
        self.code = ""
        self.check_index = 0
        tabs = QTabWidget()
        tabs.addTab(self._passphrase_tab(), tr("&Passphrase"))
        tabs.addTab(self._code_tab(), tr("&Recovery code"))
        tabs.addTab(self._signing_tab(), tr("&Signing key"))
        self.tabs = tabs
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(tr("Working"))
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.setMinimumWidth(560)
        grow_to_fit(self)
        session.locked.connect(self.close)

    # passphrase -------------------------------------------------------------------
    def _passphrase_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            tr(
                "Choose a new passphrase that the other person could not guess. The old one "
                "stops working here; the recovery code stays the same."
            )
        )
        intro.setWordWrap(True)
        self.current = PassphraseField(tr("Current passphrase"))
        self.new_form = NewPassphraseForm()
        self.change_button = QPushButton(tr("&Change passphrase"))
        self.change_button.setEnabled(False)
        self.new_form.validity_changed.connect(self.change_button.setEnabled)
        self.change_button.clicked.connect(self.start_change)
        form = QFormLayout()
        form.addRow(tr("C&urrent passphrase"), self.current)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("New passphrase:")))
        layout.addWidget(self.new_form)
        layout.addWidget(self.change_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch()
        return page

    def _busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.tabs.setEnabled(not busy)
        self.message.setText(text)

    def start_change(self) -> None:
        if not self.new_form.acceptable or (self.task is not None and not self.task.done):
            return
        if not self.current.text():
            self.message.setText(tr("Please type your current passphrase first."))
            return
        journal = self.session.journal
        vault = journal.vault
        old, new = self.current.text(), self.new_form.passphrase()

        def work(_task: BackgroundTask) -> None:
            _check_current(vault, old)
            vault.change_passphrase(new)  # renews the signing key too

        self._busy(True, tr("Changing the passphrase… this takes a moment on purpose."))
        self.task = run_in_background(work, self._changed, self._failed, owner=self)

    def _changed(self, _result: object) -> None:
        self.current.clear()
        self.new_form.clear()
        self._busy(
            False,
            tr(
                "Done. From now on the journal opens with the new passphrase. Exports are "
                "now signed with a new signing key (see the Signing key tab)."
            ),
        )
        self._show_fingerprint()
        self.passphrase_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._busy(False, describe(error, also=tr("Nothing was changed.")))

    # recovery code -------------------------------------------------------------------
    def _code_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            tr(
                "If the recovery code may have been seen by someone else, make a new one. "
                "The old code stops working at once. The new one is shown only once."
            )
        )
        intro.setWordWrap(True)
        self.code_passphrase = PassphraseField(tr("Current passphrase"))
        self.new_code_button = QPushButton(tr("Make a &new recovery code"))
        self.new_code_button.clicked.connect(self.start_new_code)
        form = QFormLayout()
        form.addRow(tr("C&urrent passphrase"), self.code_passphrase)
        self.code_box = QGroupBox(tr("Your new recovery code"))
        self.code_label = code_label(larger_by=5)
        self.sheet_button = QPushButton(tr("Save emergency &sheet (PDF)…"))
        self.sheet_button.clicked.connect(self._save_sheet)
        self.check_prompt = QLabel()
        self.check_prompt.setWordWrap(True)
        self.check_field = QLineEdit()
        self.check_field.setMaxLength(4)
        self.check_field.setAccessibleName(tr("Group of the recovery code"))
        self.check_field.returnPressed.connect(self.confirm_written)
        confirm = QPushButton(tr("I have &written it down"))
        confirm.clicked.connect(self.confirm_written)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_field)
        check_row.addWidget(confirm)
        box_layout = QVBoxLayout(self.code_box)
        advice = QLabel(
            tr("Keep it with someone you trust or away from home, not with the computer.")
        )
        advice.setWordWrap(True)
        box_layout.addWidget(self.code_label)
        box_layout.addWidget(advice)
        box_layout.addWidget(self.sheet_button, alignment=Qt.AlignmentFlag.AlignLeft)
        box_layout.addWidget(self.check_prompt)
        box_layout.addLayout(check_row)
        self.code_box.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.new_code_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.code_box)
        layout.addStretch()
        return page

    # signing key -------------------------------------------------------------------
    def _signing_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            "\n\n".join(
                (
                    tr(
                        "Exports are signed so that whoever receives one can check it was "
                        "not changed. The signing-key fingerprint identifies the key: read "
                        "it to them by phone or give it on paper, so they can compare it."
                    ),
                    tr(
                        "A new signing key is made each time you change the passphrase or "
                        "the recovery code. Every backup or old copy of this journal still "
                        "holds the signing key that was in use when it was made, so someone "
                        "who has an old copy and the old passphrase could sign files with "
                        "that old key, but never with the new one."
                    ),
                    tr(
                        "If you think an old copy was taken, make a new signing key and give "
                        "the new fingerprint to the people who receive your exports. The old "
                        "key signs a short note naming the new one, which goes into every "
                        "bundle."
                    ),
                )
            )
        )
        intro.setWordWrap(True)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setAccessibleName(tr("Signing-key fingerprint"))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setWordWrap(True)
        self.new_key_button = QPushButton(tr("Make a new &signing key"))
        self.new_key_button.clicked.connect(self.start_new_signing_key)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.new_key_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch()
        self._show_fingerprint()
        return page

    def _show_fingerprint(self) -> None:
        try:
            shown = journal_fingerprint(self.session.journal)
            # The core writes these lines in English (fingerprint, since when, why): each
            # line keeps its own order inside a right-to-left label.
            lines = "\n".join(key_history_lines(self.session.journal)).splitlines()
            history = "\n".join(map(isolated, lines))
            shown += "\n\n" + tr("Every signing key of this journal, newest first:")
            shown += f"\n{history}"
        except JournalError as error:
            shown = describe(error)
        self.fingerprint_label.setText(tr("Signing-key fingerprint now in use:") + f"\n{shown}")

    def start_new_signing_key(self) -> None:
        if self.task is not None and not self.task.done:
            return
        journal = self.session.journal
        self._busy(True, tr("Making a new signing key…"))
        self.task = run_in_background(
            lambda _task: make_new_signing_key(journal),
            self._new_signing_key,
            self._failed,
            owner=self,
        )

    def _new_signing_key(self, fingerprint: str) -> None:
        self._busy(
            False,
            tr(
                "Done. Exports from now on are signed with the new key. Bundles you made "
                "before keep the old one. Give the new fingerprint to the people who receive "
                "your exports."
            ),
        )
        self._show_fingerprint()
        self.signing_key_replaced.emit(fingerprint)

    def start_new_code(self) -> None:
        if self.task is not None and not self.task.done:
            return
        if not self.code_passphrase.text():
            self.message.setText(tr("Please type your current passphrase first."))
            return
        journal = self.session.journal
        passphrase = self.code_passphrase.text()

        def work(_task: BackgroundTask) -> str:
            return journal.vault.regenerate_recovery_code(passphrase)  # renews the signing key

        self._busy(True, tr("Making a new recovery code…"))
        self.task = run_in_background(work, self._new_code, self._failed, owner=self)

    def _new_code(self, code: str) -> None:
        self.code_passphrase.clear()
        self.code = code
        self.check_index = pick_group(code)
        show_code(self.code_label, code)
        self.check_prompt.setText(check_prompt(self.check_index))
        self.code_box.show()
        self._busy(
            False,
            tr(
                "The old recovery code no longer works. Exports are now signed with a new "
                "signing key (see the Signing key tab)."
            ),
        )
        self._show_fingerprint()
        self.check_field.setFocus()
        self.code_replaced.emit()

    def confirm_written(self) -> bool:
        if not self.code:
            return False
        if not group_matches(self.code, self.check_index, self.check_field.text()):
            self.message.setText(tr("That does not match the group shown. Please check it."))
            return False
        self.code = ""
        self.code_label.clear()
        self.code_box.hide()
        self.check_field.clear()
        self.message.setText(tr("Thank you. The new code is not shown again."))
        return True

    def _save_sheet(self) -> None:
        if not self.code:
            return
        path = choose_sheet_path(self)
        if path is not None:
            self.save_sheet(path)

    def save_sheet(self, path: Path) -> None:
        self.message.setText(save_sheet(path, self.code))

    def done(self, result: int) -> None:
        self.code = ""
        self.code_label.clear()
        super().done(result)
