"""First run: a short welcome, then create a vault and confirm its recovery code."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.app.errors import describe
from ui.app.workers import BackgroundTask, run_in_background
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.file_dialogs import choose_file
from ui.widgets.passphrase import NewPassphraseForm
from ui.widgets.recovery_code import (
    check_prompt,
    choose_sheet_path,
    code_label,
    group_matches,
    pick_group,
    save_sheet,
    show_code,
)

if TYPE_CHECKING:
    from journal.session.journal import Journal
    from journal.vault.lifecycle import UnlockedVault

# The welcome, a heading and three paragraphs, each translated whole.
WELCOME_HEADING = QT_TR_NOOP("A private place to write down what happened")
WELCOME_PARAGRAPHS = (
    QT_TR_NOOP(
        "This app keeps a record of incidents, with photos, recordings and messages as "
        "evidence, so that you can show it to a lawyer, a court or an oversight body when "
        "you choose to."
    ),
    QT_TR_NOOP(
        "Everything is kept in <b>one encrypted file</b>, locked with a passphrase that only "
        "you know. Nothing readable is written anywhere else on this computer."
    ),
    QT_TR_NOOP(
        "When you create it, you will get a <b>recovery code</b>. It opens the file if you "
        "ever forget the passphrase. Keep it with someone you trust, not at home."
    ),
)


def welcome_html() -> str:
    heading = escape(tr(WELCOME_HEADING))
    return f"<h2>{heading}</h2>" + "".join(f"<p>{tr(p)}</p>" for p in WELCOME_PARAGRAPHS)


def _create(path: Path, passphrase: str) -> tuple[UnlockedVault, str]:
    """Create the file, on the worker thread: the storage and crypto stack loads here, and
    the journal's own modules too, so `_created` opens it without a pause on the GUI
    thread (docs/performance.md, start-up)."""
    from journal.vault.lifecycle import create_vault

    return create_vault(path, passphrase)


class CreatePage(QWidget):
    created = Signal(object)  # Journal, after the recovery code is confirmed
    open_other = Signal()

    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = default_path
        self.task: BackgroundTask | None = None
        self.journal: Journal | None = None
        self.code = ""
        self.steps = QStackedWidget()
        self.steps.addWidget(self._welcome_step())
        self.steps.addWidget(self._passphrase_step())
        self.steps.addWidget(self._code_step())
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.steps)
        layout.addStretch()
        self.setMaximumWidth(680)

    # step 1 ---------------------------------------------------------------
    def _welcome_step(self) -> QWidget:
        page = QWidget()
        text = QLabel(welcome_html())
        text.setWordWrap(True)
        self.location = QLineEdit(str(self.path))
        self.location.setAccessibleName(tr("Where the journal file is kept"))
        choose = QPushButton(tr("C&hoose…"))
        choose.clicked.connect(self._choose_location)
        row = QHBoxLayout()
        row.addWidget(self.location)
        row.addWidget(choose)
        hint = QLabel(tr("You can keep it on a USB stick. The file name does not say what it is."))
        hint.setWordWrap(True)
        start = self.start_button = QPushButton(tr("&Create my journal"))
        start.setDefault(True)
        start.clicked.connect(self._to_passphrase)
        other = QPushButton(tr("I already have one: &open it…"))
        other.setFlat(True)
        other.clicked.connect(self.open_other.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(other)
        buttons.addStretch()
        buttons.addWidget(start)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addWidget(QLabel(tr("Journal file:")))
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        return page

    def _to_passphrase(self) -> None:
        self.steps.setCurrentIndex(1)
        self.new_passphrase.first.setFocus()

    def _choose_location(self) -> None:
        chosen = choose_file(self, tr("Where to keep the journal"), self.location.text(), save=True)
        if chosen:
            self.location.setText(chosen)

    # step 2 ---------------------------------------------------------------
    def _passphrase_step(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            tr(
                "<h3>Choose a passphrase</h3><p>A few unrelated words are easy to remember "
                "and hard to guess. Do not use one the other person might know.</p>"
            )
        )
        intro.setWordWrap(True)
        self.new_passphrase = NewPassphraseForm()
        self.create_button = QPushButton(tr("C&reate"))
        self.create_button.setEnabled(False)
        self.create_button.setDefault(True)
        self.new_passphrase.validity_changed.connect(self.create_button.setEnabled)
        self.new_passphrase.second.returnPressed.connect(self._start_create)
        self.create_button.clicked.connect(self._start_create)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        back = QPushButton(tr("&Back"))
        back.clicked.connect(lambda: self.steps.setCurrentIndex(0))
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch()
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        return page

    def _start_create(self) -> None:
        if not self.new_passphrase.acceptable or (self.task and not self.task.done):
            return
        path = Path(self.location.text()).expanduser()
        passphrase = self.new_passphrase.passphrase()
        self.busy.show()
        self.create_button.setEnabled(False)
        self.message.setText(tr("Creating the encrypted file…"))
        self.task = run_in_background(
            lambda _task: _create(path, passphrase), self._created, self._failed, owner=self
        )

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.create_button.setEnabled(self.new_passphrase.acceptable)
        self.message.setText(describe(error))

    def _created(self, result: tuple[object, str]) -> None:
        vault, code = result
        self.busy.hide()
        self.new_passphrase.clear()
        from journal.session.journal import Journal  # loaded already, by _create

        self.journal = Journal.open(vault)  # type: ignore[arg-type]
        self.code = code
        self.check_index = pick_group(code)
        show_code(self.code_label, code)
        self.check_prompt.setText(check_prompt(self.check_index))
        self.steps.setCurrentIndex(2)
        self.check_field.setFocus()

    # step 3 ---------------------------------------------------------------
    def _code_step(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            tr(
                "<h3>Your recovery code</h3><p>This is shown <b>only once</b>. Write it down "
                "or save the emergency sheet, and keep it with someone you trust or somewhere "
                "away from home. Anyone with this code and the file can read the journal.</p>"
            )
        )
        intro.setWordWrap(True)
        self.code_label = code_label(larger_by=6)
        sheet = QPushButton(tr("Save emergency &sheet (PDF)…"))
        sheet.clicked.connect(self._save_sheet)
        self.check_prompt = QLabel()
        self.check_prompt.setWordWrap(True)
        self.check_field = QLineEdit()
        self.check_field.setAccessibleName(tr("Group of the recovery code"))
        self.check_field.setMaxLength(4)
        self.check_field.returnPressed.connect(self._confirm)
        self.check_message = QLabel()
        self.check_message.setWordWrap(True)
        done = QPushButton(tr("&Done"))
        done.setDefault(True)
        done.clicked.connect(self._confirm)
        form = QFormLayout()
        form.addRow(self.check_prompt)
        form.addRow(tr("&Group"), self.check_field)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(sheet, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.check_message)
        layout.addWidget(done, alignment=Qt.AlignmentFlag.AlignRight)
        return page

    def _save_sheet(self) -> None:
        path = choose_sheet_path(self)
        if path is not None:
            self.check_message.setText(save_sheet(path, self.code))

    def _confirm(self) -> None:
        if not group_matches(self.code, self.check_index, self.check_field.text()):
            self.check_message.setText(
                tr("That does not match the group shown above. Please check and type it again.")
            )
            return
        journal, self.journal, self.code = self.journal, None, ""
        self.code_label.clear()
        self.created.emit(journal)
