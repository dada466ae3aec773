"""Check an export bundle: every file against its list of hashes, and the signature.

Needs no journal and no passphrase. The check runs in the background; the
result is listed in plain words, with the signing key's fingerprint to compare
with the one the sender gave.
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
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.export.verify import BundleReport, verify_bundle

from .file_dialogs import choose_file, run_file_dialog
from .workers import BackgroundTask, run_in_background

KIND_WORDS = {
    "changed": "Changed",
    "missing": "Missing",
    "added": "Added",
    "unsafe": "Refused",
    "damaged": "Unreadable",
    "signature": "Signature",
}


def describe(report: BundleReport, name: str) -> str:
    if report.intact:
        return (
            f"Everything in {name} matches. All {report.checked} files are exactly as they "
            "were exported, and the signature is valid.\n\nSigned by the key with "
            f"fingerprint:\n{report.fingerprint}\n\nCompare it with the fingerprint the "
            "sender gave you by another way (for example by phone)."
        )
    signature = (
        f"The signature itself is valid (key {report.fingerprint})."
        if report.signature_ok
        else "The signature could not be confirmed."
    )
    return (
        f"{name} is not as it was exported: {len(report.findings)} problem(s), listed "
        f"below. Files not listed matched. {signature}"
    )


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Check an export bundle")
        self.task: BackgroundTask | None = None
        self.report: BundleReport | None = None
        intro = QLabel(
            "Choose a bundle (.zip) or the folder it was unpacked into. No journal or "
            "passphrase is needed."
        )
        intro.setWordWrap(True)
        self.zip_button = QPushButton("Choose a .zip…")
        self.folder_button = QPushButton("Choose a folder…")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setVisible(False)
        self.close_button = QPushButton("Close")
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
        self.findings.setVisible(False)
        self.checked_name = ""
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings, 1)
        self.zip_button.clicked.connect(self.choose_zip)
        self.folder_button.clicked.connect(self.choose_folder)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.resize(640, 420)

    def choose_zip(self) -> None:
        chosen = choose_file(self, "Choose the bundle", QDir.homePath())
        if chosen:
            self.verify_path(Path(chosen))

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, "Choose the unpacked bundle folder", QDir.homePath())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chosen = run_file_dialog(dialog)
        if chosen:
            self.verify_path(Path(chosen[0]))

    def verify_path(self, path: Path) -> None:
        self._busy(True)
        self.findings.clear()
        self.findings.setVisible(False)
        self.checked_name = path.name
        self.summary.setText(f"Checking {path.name}…")
        self.task = run_in_background(
            lambda task: verify_bundle(path, task.report, lambda: task.cancelled),
            self._done,
            self._failed,
            lambda done, total: self.progress.setValue(int(1000 * done / max(total, 1))),
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
        self.summary.setText(describe(report, self.checked_name))
        self.findings.setVisible(bool(report.findings))
        for finding in report.findings:
            self.findings.addItem(
                f"{KIND_WORDS.get(finding.kind, finding.kind)}: {finding.message}"
            )

    def _failed(self, error: BaseException) -> None:
        cancelled = self.task is not None and self.task.cancelled
        self.task = None
        self._busy(False)
        if cancelled:
            self.summary.setText("The check was stopped.")
        elif isinstance(error, JournalError):
            self.summary.setText(str(error))
        else:
            self.summary.setText(f"The bundle could not be read ({type(error).__name__}).")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)
