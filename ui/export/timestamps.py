"""Trusted timestamps in the app: the choice of authorities (off by default) and
"Get a trusted timestamp now", which asks them in the background.

The choice is kept in the journal's encrypted settings. Nothing here waits on the
network on the GUI thread: the request runs as a BackgroundTask with short
timeouts, and an authority that cannot be reached changes nothing and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.export.timestamps.store import WELL_KNOWN, choose_authorities, chosen_authorities
from journal.session.journal import Journal
from ui.app.errors import describe
from ui.app.workers import BackgroundTask, run_in_background
from ui.i18n import QT_TR_NOOP, core_text, tr
from ui.widgets.text_fit import grow_to_fit

if TYPE_CHECKING:
    from ui.export.saved_dialog import ExportSavedDialog

GET_NOW = QT_TR_NOOP("Get a trusted timestamp now")
#: What a trusted timestamp is, what is sent and what the authority learns: one
#: paragraph each, so that each is translated (and wrapped) on its own.
EXPLANATION = (
    QT_TR_NOOP(
        "A trusted timestamp is a signed statement from an independent timestamp authority "
        "that your journal, as it is now, existed no later than a certain time. A court can "
        "check it without trusting this computer's clock."
    ),
    QT_TR_NOOP(
        "<b>What is sent:</b> only a hash of the journal's chain head, a string of 64 "
        "characters from which nothing can be read back. No entry, name, file or date "
        "is ever sent."
    ),
    QT_TR_NOOP(
        "<b>What the authority learns:</b> that someone asked for a timestamp, from this "
        "computer's internet address, and when. If that address could point to you, "
        "leave this off or use it from another network."
    ),
    QT_TR_NOOP(
        "It is off until you tick an authority below. You can ask for a timestamp after "
        "each export (\u201cGet a trusted timestamp now\u201d)."
    ),
)


def explanation() -> str:
    """The explanation in the interface language, as rich text."""
    first, sent, learns, off = (tr(part) for part in EXPLANATION)
    return f"{first}<br><br>{sent}<br>{learns}<br><br>{off}"


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class TimestampSettingsDialog(QDialog):
    """Which authorities to ask: a short list of public ones, and any address."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)  # the wrapped explanation, whatever its language, is never cut
        self.setWindowTitle(tr("Trusted timestamps"))
        self.journal = journal
        chosen = chosen_authorities(journal)
        self.boxes: dict[str, QCheckBox] = {}
        group = QGroupBox(tr("Timestamp authorities to ask"))
        self.list_layout = QVBoxLayout(group)
        for name, url in WELL_KNOWN:
            self._add_box(
                tr("{name} ({address})").format(name=name, address=url), url, url in chosen
            )
        for url in chosen:
            if url not in self.boxes:
                self._add_box(url, url, True)
        self.address = QLineEdit()
        self.address.setPlaceholderText(tr("https://… (an authority's RFC 3161 address)"))
        self.address.setAccessibleName(tr("Another authority's address"))
        self.add_button = QPushButton(tr("&Add"))
        self.add_button.clicked.connect(self.add_address)
        self.address.returnPressed.connect(self.add_address)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.add_button)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(tr("Note"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.explanation = _hint(explanation())
        layout.addWidget(self.explanation)
        layout.addWidget(group)
        layout.addWidget(QLabel(tr("Another authority:")))
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _add_box(self, label: str, url: str, checked: bool) -> None:
        box = QCheckBox(label)
        box.setChecked(checked)
        self.boxes[url] = box
        self.list_layout.addWidget(box)

    def add_address(self) -> None:
        from journal.export.timestamps.client import checked_url

        try:
            url = checked_url(self.address.text())
        except JournalError as error:
            self.note.setText(describe(error))
            return
        if url in self.boxes:
            self.boxes[url].setChecked(True)
        else:
            self._add_box(url, url, True)
        self.address.clear()
        self.note.setText(tr("{address} will be asked too once you save.").format(address=url))

    def chosen(self) -> list[str]:
        return [url for url, box in self.boxes.items() if box.isChecked()]

    def save(self) -> None:
        try:
            choose_authorities(self.journal, self.chosen())
        except JournalError as error:
            self.note.setText(describe(error))
            return
        self.accept()


def result_message(outcomes: list[object]) -> str:
    """A calm summary of what each authority did (timestamp_now's outcomes)."""
    from journal.export.timestamps.client import host_of
    from journal.export.timestamps.stamp import Outcome

    lines, good = [], 0
    for outcome in outcomes:
        assert isinstance(outcome, Outcome)
        if outcome.gen_time is not None:
            good += 1
            lines.append(
                tr(
                    "{authority} vouches that your journal existed as it is now no later "
                    "than {time}."
                ).format(authority=host_of(outcome.url), time=utc_time(outcome.gen_time))
            )
        else:
            said = core_text(outcome.error)
            lines.append(
                tr("{reason}.", "an authority's error as a sentence").format(
                    reason=said[:1].upper() + said[1:]
                )
            )
    if good:
        lines.append(
            tr(
                "The timestamp is kept inside your journal, and goes into your next court "
                "bundle and onto its integrity page."
            )
        )
    else:
        lines.append(
            tr("Nothing was changed. You can try again later, or choose another authority.")
        )
    return "\n".join(lines)


def utc_time(moment: datetime) -> str:
    """A timestamp's time in UTC, its month in the interface language; the digits
    stay 0-9, like every other date the app shows."""
    t = moment.astimezone(UTC)
    return tr("{day} {month} {year}, {clock} UTC").format(
        day=t.day, month=QLocale().monthName(t.month), year=t.year, clock=f"{t:%H:%M:%S}"
    )


Said = Callable[[str, bool], None]  # a message, and whether the work is over


def get_timestamp_now(
    journal: Journal, on_result: Said, parent: QWidget | None = None
) -> BackgroundTask | None:
    """Ask the chosen authorities in the background; `on_result` gets each message.
    With none chosen, the choice is offered first, and the work starts once one is
    saved (None is returned then)."""
    urls = chosen_authorities(journal)
    if not urls:
        dialog = TimestampSettingsDialog(journal, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: (
                get_timestamp_now(journal, on_result, parent)
                if chosen_authorities(journal)
                else on_result(tr("No timestamp authority is chosen, so nothing was sent."), True)
            )
        )
        dialog.rejected.connect(lambda: on_result(tr("Nothing was sent."), True))
        dialog.open()
        return None
    on_result(tr("Asking %n timestamp authorities… Only a hash is sent.", None, len(urls)), False)

    def work(task: BackgroundTask) -> list[object]:
        from journal.export.timestamps.stamp import timestamp_now

        return list(timestamp_now(journal, urls, cancelled=lambda: task.cancelled))

    def failed(error: BaseException) -> None:
        on_result(
            describe(error, tr("No timestamp could be stored. The journal is unchanged.")), True
        )

    return run_in_background(
        work, lambda outcomes: on_result(result_message(outcomes), True), failed, owner=parent
    )


class TimestampOffer(QWidget):
    """The after-export offer: a button, and a calm line saying what happened."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.task: BackgroundTask | None = None
        self.button = QPushButton(tr(GET_NOW))
        self.button.clicked.connect(self.get_now)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(tr("Timestamp result"))
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def offer(self, box: ExportSavedDialog | None = None) -> None:
        """Shown after an export; `box` (the "Export saved" window) offers it too."""
        self.setVisible(True)
        if box is not None:
            extra = box.buttons.addButton(tr(GET_NOW), QDialogButtonBox.ButtonRole.ActionRole)
            extra.clicked.connect(self.get_now)

    def get_now(self) -> None:
        if self.task is not None:
            return  # already asking
        self.button.setEnabled(False)
        self.task = get_timestamp_now(self.journal, self._said, self)

    def _said(self, text: str, over: bool) -> None:
        self.note.setText(text)  # never after the window is gone: the work's owner is it
        if over:
            self.task = None
            self.button.setEnabled(True)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
