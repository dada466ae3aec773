"""Check an export bundle: every file against its list of hashes, and the signature.

Needs no journal and no passphrase. The check runs in the background; the
result is listed in plain words. A valid signature shows the files are as they
were when signed by some key; the signing-key fingerprint the sender gave by
phone or on paper can be typed in to compare, and the result changes at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import UsageError
from journal.export.verify import (
    BundleReport,
    confirmation_finding,
    normalise_fingerprint,
    verify_bundle,
)
from ui.app.errors import describe as describe_error
from ui.app.workers import BackgroundTask, run_in_background
from ui.i18n import QT_TR_NOOP, core_text, tr
from ui.widgets.file_dialogs import choose_file, run_file_dialog
from ui.widgets.for_checking import ForChecking

KIND_WORDS = {
    "changed": QT_TR_NOOP("Changed"),
    "missing": QT_TR_NOOP("Missing"),
    "added": QT_TR_NOOP("Added"),
    "unsafe": QT_TR_NOOP("Refused"),
    "hidden": QT_TR_NOOP("Hidden data"),
    "damaged": QT_TR_NOOP("Unreadable"),
    "signature": QT_TR_NOOP("Signature"),
    "fingerprint": QT_TR_NOOP("Signing key"),
    "key_history": QT_TR_NOOP("Key history"),
    "timestamp": QT_TR_NOOP("Trusted timestamp"),
}


def _confirmed(typed: str) -> tuple[str, str]:
    """(normalised fingerprint or "", a note when what was typed cannot be read)."""
    if not typed.strip():
        return "", ""
    try:
        return normalise_fingerprint(typed), ""
    except UsageError as error:
        return "", describe_error(error)


def key_chain_text(report: BundleReport) -> str:
    chain = report.confirmed_chain
    if len(chain) < 2:
        return ""
    lines = [
        tr("key {number}: {fingerprint} (in use from {since})").format(
            number=n, fingerprint=fp, since=since or tr("the start")
        )
        for n, (fp, since) in enumerate(chain, 1)
    ]
    return "\n".join(
        [
            tr(
                "This journal has used several signing keys, oldest first; each was "
                "announced by the one before:"
            ),
            *lines,
        ]
    )


def describe(report: BundleReport, name: str, typed: str = "") -> str:
    """The result in plain words, compared with the fingerprint the person typed. The
    fingerprints themselves are under For checking (`show_checking`)."""
    return _describe(report, name, typed) + source_text(report) + timestamps_text(report)


def timestamps_text(report: BundleReport) -> str:
    """The bundle's trusted timestamps that hold (docs/timestamps.md)."""
    if not report.timestamps:
        return ""
    heading = tr(
        "Trusted timestamps (each checked against the certificate inside it; check the "
        "authority's own certificate with openssl ts -verify):"
    )
    return "\n\n" + heading + "".join(f"\n• {core_text(line)}" for line in report.timestamps)


def source_text(report: BundleReport) -> str:
    """The signed statement about damage in the journal the bundle was made from."""
    if not report.source_problems:
        return ""
    heading = tr("The journal it was made from was damaged:")
    return "\n\n" + heading + "".join(f"\n• {core_text(line)}" for line in report.source_problems)


def _describe(report: BundleReport, name: str, typed: str) -> str:
    confirmed, unreadable = _confirmed(typed)
    mismatch = confirmation_finding(report, confirmed)
    if report.intact and mismatch is None:
        if confirmed:
            return tr(
                "Everything in {name} matches. All %n files are as they were when signed, "
                "and the signing key is the one you confirmed with the sender.",
                None,
                report.checked,
            ).format(name=name)
        matches = tr(
            "Everything in {name} matches its signed list: all %n files are as they were "
            "when signed by the key whose fingerprint is under For checking.",
            None,
            report.checked,
        ).format(name=name)
        who = tr(
            "That shows who made it only once this fingerprint is confirmed with the sender "
            "by another way (for example by phone or on paper)."
        )
        compare = unreadable or tr("Type the fingerprint they gave you above to compare.")
        return f"{matches}\n\n{who} {compare}"
    if report.intact and mismatch is not None:
        return tr(
            "All %n files in {name} are as they were when signed, but not by the key you "
            "confirmed: {reason}.",
            None,
            report.checked,
        ).format(name=name, reason=core_text(mismatch.message))
    if report.only_added:
        return tr(
            "%n extra files were added to {name}; every listed file ({listed}) matches and "
            "the signature is valid (its fingerprint is under For checking). The added "
            "files are listed below; they were not part of the export.",
            None,
            len(report.findings),
        ).format(name=name, listed=report.checked)
    problems = tr(
        "{name} is not as it was exported: %n problems, listed below. Files not listed matched.",
        None,
        len(report.findings),
    ).format(name=name)
    signature = (
        tr("The signature itself is valid (its fingerprint is under For checking).")
        if report.signature_ok
        else tr("The signature could not be confirmed.")
    )
    return f"{problems} {signature}"


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Check an export bundle"))
        self.task: BackgroundTask | None = None
        self.report: BundleReport | None = None
        intro = QLabel(
            tr(
                "Choose a bundle (.zip) or the folder it was unpacked into. No journal or "
                "passphrase is needed."
            )
        )
        intro.setWordWrap(True)
        self.expected = QLineEdit()
        self.expected.setPlaceholderText(tr("for example 3f2a 9c01 … (spaces do not matter)"))
        self.expected.setAccessibleName(tr("Signing-key fingerprint the sender gave you"))
        self.expected.textChanged.connect(self._show_result)
        expected_label = QLabel(
            tr("Signing-key &fingerprint the sender gave you by phone or on paper (optional):")
        )
        expected_label.setWordWrap(True)
        expected_label.setBuddy(self.expected)
        self.zip_button = QPushButton(tr("Choose a .zip…"))
        self.folder_button = QPushButton(tr("Choose a folder…"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.close_button = QPushButton(tr("Close"))
        row = QHBoxLayout()
        for button in (self.zip_button, self.folder_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.setVisible(False)
        self.checked_name = ""
        self.checking = ForChecking(
            tr(
                "The signing-key fingerprint of the bundle, to compare with the one the "
                "sender gave you."
            )
        )
        self.checking.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(expected_label)
        layout.addWidget(self.expected)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.checking)
        layout.addWidget(self.findings, 1)
        layout.addStretch()  # keeps the text at the top while the list is hidden
        self.zip_button.clicked.connect(self.choose_zip)
        self.folder_button.clicked.connect(self.choose_folder)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.resize(680, 560)

    def choose_zip(self) -> None:
        chosen = choose_file(self, tr("Choose the bundle"), QDir.homePath())
        if chosen:
            self.verify_path(Path(chosen))

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, tr("Choose the unpacked bundle folder"), QDir.homePath())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chosen = run_file_dialog(dialog)
        if chosen:
            self.verify_path(Path(chosen[0]))

    def verify_path(self, path: Path) -> None:
        self._busy(True)
        self.report = None
        self.findings.clear()
        self.findings.setVisible(False)
        self.show_checking(None)
        self.checked_name = path.name
        self.summary.setText(tr("Checking {name}…").format(name=path.name))
        self.task = run_in_background(
            lambda task: verify_bundle(path, task.report, lambda: task.cancelled),
            self._done,
            self._failed,
            lambda done, total: self.progress.setValue(int(1000 * done / max(total, 1))),
            owner=self,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _busy(self, busy: bool) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for button in (self.zip_button, self.folder_button, self.close_button):
            button.setEnabled(not busy)

    def _done(self, report: BundleReport) -> None:
        self.task = None
        self.report = report
        self._busy(False)
        self._show_result()

    def _show_result(self) -> None:
        """The summary and the list; run again when the typed fingerprint changes."""
        report = self.report
        if report is None or self.task is not None:
            return
        typed = self.expected.text()
        self.summary.setText(describe(report, self.checked_name, typed))
        self.show_checking(report)
        mismatch = confirmation_finding(report, _confirmed(typed)[0])
        findings = [*report.findings, *([mismatch] if mismatch else [])]
        self.findings.clear()
        self.findings.setVisible(bool(findings))
        for finding in findings:
            kind = tr(KIND_WORDS[finding.kind]) if finding.kind in KIND_WORDS else finding.kind
            self.findings.addItem(
                tr("{kind}: {finding}").format(kind=kind, finding=core_text(finding.message))
            )

    def show_checking(self, report: BundleReport | None) -> None:
        """The exact fingerprints, under a closed For checking heading."""
        self.checking.clear()
        fingerprint = report.fingerprint if report is not None else ""
        self.checking.setVisible(bool(fingerprint))
        if report is None or not fingerprint:
            return
        self.checking.add_value(tr("Signing-key fingerprint"), fingerprint)
        if chain := key_chain_text(report):
            self.checking.add_text(chain)

    def _failed(self, error: BaseException) -> None:
        cancelled = self.task is not None and self.task.cancelled
        self.task = None
        self._busy(False)
        if cancelled:
            self.summary.setText(tr("The check was stopped."))
        else:
            self.summary.setText(
                describe_error(
                    error,
                    tr(
                        "The bundle could not be read: something happened that the app "
                        "did not expect. The bundle was not changed."
                    ),
                )
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)
