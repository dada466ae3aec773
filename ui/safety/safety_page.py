"""Staying safe: what to do in danger now (first), what the app protects against, what
it cannot, and the person's contacts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.app.session import Session
from ui.i18n import QT_TR_NOOP, tr
from ui.safety.contacts_editor import ContactsEditor
from ui.safety.quick_exit import QUICK_EXIT_KEY

#: A tab's sections: (heading, its points). One string per point, so that a translator
#: works on a sentence or two at a time; {key} is the quick-exit key.
Sections = tuple[tuple[str, tuple[str, ...]], ...]

IN_DANGER: Sections = (
    (QT_TR_NOOP("If you are in danger now"), (
        QT_TR_NOOP("<b>Get to a safe place</b> if you can: another room with a lock, a "
                   "neighbour, a shop, anywhere with other people."),
        QT_TR_NOOP("<b>Call your local emergency number</b> if it is safe to. If you cannot "
                   "speak, many emergency services can be reached by text message: find out "
                   "now how it works where you live."),
        QT_TR_NOOP("If the person hurting you is a police officer, you can still call. You "
                   "can say that the person is an officer and ask for a supervisor, or for "
                   "officers from another station."),
        QT_TR_NOOP("Your <b>support contacts</b> (the last tab) are the people and services "
                   "you chose to have at hand: a helpline, an advocate, a friend."),
        QT_TR_NOOP("<b>This journal can wait.</b> Quick exit (the button at the top, {key}) "
                   "hides it at once, and what you were writing is kept."),
    )),
)  # fmt: skip

PROTECTS: Sections = (
    (QT_TR_NOOP("What this app protects"), (
        QT_TR_NOOP("Everything you write and every piece of evidence is kept in <b>one "
                   "encrypted file</b>. Without your passphrase or recovery code it cannot "
                   "be read, even by someone who copies the file or takes the computer."),
        QT_TR_NOOP("Nothing readable is written anywhere else on this computer: no temporary "
                   "files, no thumbnails, no recent-files lists, no readable settings."),
        QT_TR_NOOP("It locks itself when you stop using it for a while, and when the screen "
                   "locks."),
        QT_TR_NOOP("Every saved change is kept with the time it was saved, so a lawyer or "
                   "court can see that the record was not changed afterwards."),
    )),
    (QT_TR_NOOP("What it cannot protect against"), (
        QT_TR_NOOP("<b>A keylogger</b> or other spying program on this computer: it can see "
                   "what you type, including the passphrase."),
        QT_TR_NOOP("<b>Someone watching the screen</b>, or a camera pointed at it, while the "
                   "journal is open."),
        QT_TR_NOOP("<b>A computer the other person controls</b> (they set it up, know its "
                   "password, or can install programs on it)."),
        QT_TR_NOOP("<b>Stalkerware on a phone</b>: photos and messages may be seen on the "
                   "phone before they reach this app."),
        QT_TR_NOOP("<b>A cloud account the other person can reach</b>: files synced there "
                   "(photos, backups, exports) may be seen by them."),
    )),
)  # fmt: skip

SAFER: Sections = (
    (QT_TR_NOOP("Using it more safely"), (
        QT_TR_NOOP("If you can, use a computer the other person cannot reach, for example at "
                   "a friend's, at work or at a library you trust."),
        QT_TR_NOOP("<b>Quick exit</b>: the button at the top, <b>{key}</b>, or <b>Esc "
                   "twice</b> locks everything and hides the app at once. Under Safety "
                   "settings you can choose an empty notepad to appear instead."),
        QT_TR_NOOP("<b>Disguise</b>: under Safety settings you can give the app another name "
                   "and icon (Notes, Budget, Recipes…)."),
        QT_TR_NOOP("<b>Backups</b>: make one regularly and keep it away from home, with "
                   "someone you trust. Keep the <b>recovery code</b> there too, not with the "
                   "computer."),
        QT_TR_NOOP("Exports (PDFs, bundles) and saved copies of evidence are <b>not "
                   "encrypted</b>. Save them to a USB stick, hand them over, then delete "
                   "them."),
        QT_TR_NOOP("If you think someone knows your passphrase or has seen the recovery "
                   "code, change them under Passphrase and recovery code."),
    )),
)  # fmt: skip

TABS = (
    (QT_TR_NOOP("In danger now"), IN_DANGER),
    (QT_TR_NOOP("What it protects"), PROTECTS),
    (QT_TR_NOOP("Using it safely"), SAFER),
)


def page_html(sections: Sections) -> str:
    """A tab's text in the interface language, the quick-exit key in its place."""
    key = QUICK_EXIT_KEY.toString()
    parts = []
    for heading, points in sections:
        items = "".join(f"<li>{tr(point).format(key=key)}</li>" for point in points)
        parts.append(f"<h3>{tr(heading)}</h3><ul>{items}</ul>")
    return "".join(parts)


class SafetyPage(QDialog):
    def __init__(self, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Staying safe"))
        self.tabs = QTabWidget()
        for title, sections in TABS:
            text = QTextBrowser()
            text.setAccessibleName(tr(title))
            text.setOpenLinks(False)
            text.setHtml(page_html(sections))
            self.tabs.addTab(text, tr(title))
        self.contacts: ContactsEditor | None = None
        if session is not None and session.is_open:
            self.contacts = ContactsEditor(session)
            self.tabs.addTab(self.contacts, tr("My support contacts"))
            session.locked.connect(self.close)
        else:
            note = QLabel(
                tr(
                    "Your list of support contacts is kept inside the encrypted journal. "
                    "Unlock it to see or change the list."
                )
            )
            note.setWordWrap(True)
            self.tabs.addTab(note, tr("My support contacts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def done(self, result: int) -> None:
        """Keep what was typed in the contacts list; stay open if it cannot be saved yet."""
        if self.contacts is not None and self.contacts.dirty and not self.contacts.save():
            self.tabs.setCurrentWidget(self.contacts)
            return
        super().done(result)
