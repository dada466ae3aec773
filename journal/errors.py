"""Errors the core raises, each with a plain-language message for the person using it.

The CLI maps each class to an exit code. An error keeps its message's template and
values apart (`JournalError(template, **values)`): `str(error)` is the English
sentence, and the app translates `error.template` and places `error.values`
(ui/app/errors.describe; docs/translations.md).
"""

from __future__ import annotations

from journal.translatable import QT_TRANSLATE_NOOP, Phrase, english


class JournalError(Exception):
    """Base class: `str(error)` is a calm, human sentence."""

    exit_code = 5

    def __init__(self, template: str = "", /, **values: object) -> None:
        if isinstance(template, Phrase) and not values:  # a phrase made elsewhere
            made = template
            template, values = made.template, dict(made.values)
        self.template = template
        self.values: dict[str, object] = values
        super().__init__(english(template, values))


class UsageError(JournalError):
    exit_code = 2


class CannotUnlock(JournalError):
    exit_code = 3


class WrongPassphrase(CannotUnlock):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "That passphrase does not open this journal. Check the keyboard layout and "
                "Caps Lock, and try again. Nothing has been changed.",
            )
        )


class WrongRecoveryCode(CannotUnlock):
    def __init__(self, detail: str | None = None) -> None:
        if detail:
            super().__init__("{detail}", detail=detail)
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "core",
                    "That recovery code does not open this journal. Nothing has been changed.",
                )
            )


class NotAVault(JournalError):
    exit_code = 4

    def __init__(self, path: object, reason: str = "") -> None:
        if reason:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "core", "The file {path} is not a journal this app can open ({reason})."
                ),
                path=path,
                reason=reason,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("core", "The file {path} is not a journal this app can open."),
                path=path,
            )


class NewerFormat(NotAVault):
    def __init__(self, path: object, version: int, supported: int) -> None:
        JournalError.__init__(
            self,
            QT_TRANSLATE_NOOP(
                "core",
                "The journal {path} was written by a newer version of this app (format "
                "{version}; this version reads up to {supported}). Please update the app. "
                "The file has not been changed.",
            ),
            path=path,
            version=version,
            supported=supported,
        )


class DamagedKeys(JournalError):
    """The key records cannot all be read because the file is damaged (not altered)."""

    exit_code = 5

    def __init__(self, finding: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "This journal file is damaged where its key records are kept, so it cannot be "
                "opened ({finding}). Nothing has been changed. Open a backup copy, and keep "
                "this file as it is.",
            ),
            finding=finding,
        )


class AlteredKeys(JournalError):
    """The key records (epochs, key slots) were changed outside the app: the journal
    cannot be opened safely, and that is not the person's passphrase's fault."""

    exit_code = 4

    def __init__(self, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "This journal's key records were changed outside this app: {detail}. "
                "Nothing has been changed. Open a backup copy, and keep this file as it is: "
                "it shows the change.",
            ),
            detail=detail,
        )


class IntegrityProblem(JournalError):
    """Something stored has been damaged or changed; the message names what."""

    exit_code = 1


class StorageFailure(JournalError):
    """The disk or device failed: full, removed, read-only, or an I/O error."""

    exit_code = 5


class DamagedJournal(StorageFailure):
    """The file is damaged: it is read-only from now on, so nothing more is lost."""

    def __init__(self, path: object, why: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "The journal {path} is damaged ({why}), so nothing can be saved into it: "
                "writing could lose more. Everything that can still be read is shown. "
                "Use 'Repair a damaged journal' (incident-journal-cli salvage --out NEW) "
                "to copy it into a new journal file.",
            ),
            path=path,
            why=why,
        )


class NotFound(JournalError):
    exit_code = 2


class VaultLocked(JournalError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("core", "The journal is locked."))
