"""The chronology PDF's own choices: signed or plain, one file or volumes under a size.

Shown in the export form only when the chronology PDF alone is exported.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.i18n import QT_TR_NOOP, tr

SIGN_HELP = QT_TR_NOOP(
    "A signed PDF shows in Adobe Reader, Okular and other readers as signed and not "
    "changed since you exported it. Some court filing systems refuse signed files: "
    "untick this to save a plain PDF."
)
VOLUME_HELP = QT_TR_NOOP(
    "Many e-filing systems limit the size of a file. The chronology is then saved as "
    "NAME-1.pdf, NAME-2.pdf, …, each under the size, numbered as one document, with an "
    "index of which entry is in which volume in the first."
)
DEFAULT_MB = 20.0


@dataclass(frozen=True)
class PdfChoice:
    signed: bool = True
    max_mb: float | None = None  # None: one file


class PdfChoices(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sign = QCheckBox(tr("Sign the PDF"))
        self.sign.setChecked(True)
        self.split = QCheckBox(tr("Split into volumes of at most"))
        self.volume_mb = QDoubleSpinBox()
        self.volume_mb.setRange(0.5, 2000.0)
        self.volume_mb.setDecimals(1)
        self.volume_mb.setValue(DEFAULT_MB)
        self.volume_mb.setSuffix(tr(" MB", "megabytes, after a number"))
        self.volume_mb.setAccessibleName(tr("Largest size of one volume, in megabytes"))
        self.volume_mb.setEnabled(False)
        self.split.toggled.connect(self.volume_mb.setEnabled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sign)
        layout.addWidget(_help(tr(SIGN_HELP)))
        row = QHBoxLayout()
        row.addWidget(self.split)
        row.addWidget(self.volume_mb)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(_help(tr(VOLUME_HELP)))

    def choice(self) -> PdfChoice:
        return PdfChoice(
            self.sign.isChecked(), self.volume_mb.value() if self.split.isChecked() else None
        )


def _help(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
