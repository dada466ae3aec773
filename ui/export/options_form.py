"""The choices of an export: what to include, for whom, and how to mark pages.

Only widgets and the `ExportOptions` they describe; choosing a file and doing
the work are in export_dialog.py. Private notes are off by default and say
plainly what including them means.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal.case.after_disclosure import DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS
from journal.case.risk import RISK_DISCLAIMER
from journal.entries.model import CATEGORIES, KINDS
from journal.export.options import ExportOptions, RedactionProfile
from journal.export.words import LANGUAGES
from ui.export.pdf_choices import PdfChoices
from ui.i18n import QT_TR_NOOP, core_text, tr
from ui.widgets.stored_dates import stored_date_edit

FORMATS: dict[str, str] = {
    "bundle": QT_TR_NOOP(
        "Court bundle (.zip): chronology, evidence files and a signed list of hashes"
    ),
    "pdf": QT_TR_NOOP("Chronology (PDF) only"),
    "csv": QT_TR_NOOP("Spreadsheet of the chronology (CSV)"),
    "json": QT_TR_NOOP("Data for case-management software (JSON)"),
}
EXTENSIONS = {"bundle": ".zip", "pdf": ".pdf", "csv": ".csv", "json": ".json"}
LEAVE_OUT_HELP = QT_TR_NOOP(
    "The original files are the strongest evidence, so they are included unless you "
    "tick this. If you leave them out, the chronology still shows each picture, without "
    "the place, and the bundle lists each original's SHA-256, so the original can be "
    "checked against it if you share it later."
)


def _checklist(items: dict[str, str], checked: bool) -> QListWidget:
    """Ticked keys; the labels are the core's (kinds, categories), translated."""
    widget = QListWidget()
    for key, label in items.items():
        item = QListWidgetItem(core_text(label))
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(110)
    return widget


def checked_keys(widget: QListWidget) -> frozenset[str]:
    return frozenset(
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class _OptionalDate(QWidget):
    def __init__(self, label: str) -> None:
        super().__init__()
        self.enabled = QCheckBox(label)
        self.edit = stored_date_edit()  # 2025-03-14 in every language
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())


class ExportOptionsForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = self.rows = QFormLayout(self)
        self.format = QComboBox()
        for key, label in FORMATS.items():
            self.format.addItem(tr(label), key)
        form.addRow(tr("What to export"), self.format)
        self.date_from = _OptionalDate(tr("from", "dates: from this day"))
        self.date_to = _OptionalDate(tr("to", "dates: up to this day"))
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        dates.addStretch()
        form.addRow(tr("Dates (optional)"), dates)
        self.kinds = _checklist(KINDS, checked=True)
        form.addRow(tr("Kinds of entry"), self.kinds)
        self.categories = _checklist(CATEGORIES, checked=False)
        form.addRow(tr("Only these categories\n(none ticked: all)"), self.categories)
        self.include_private = QCheckBox(tr("Include my private notes"))
        self.private_warning = QLabel(
            tr(
                "Private notes will be in the export, readable by everyone who receives it. "
                "Leave this off unless you are sure."
            )
        )
        self.private_warning.setWordWrap(True)
        self.private_warning.setVisible(False)
        self.include_private.toggled.connect(self.private_warning.setVisible)
        form.addRow("", self.include_private)
        form.addRow("", self.private_warning)
        self.include_history = QCheckBox(tr("Include earlier versions of each entry"))
        form.addRow("", self.include_history)
        self.include_risk = QCheckBox(tr("Include risk indicators (risk checks)"))
        self.include_risk.setToolTip(core_text(RISK_DISCLAIMER))
        form.addRow("", self.include_risk)
        self.include_contact = QCheckBox(
            tr("Include contact over time (messages and calls per day)")
        )
        self.include_contact.setToolTip(
            tr(
                "A chart of the imported messages and calls in these dates, per day and "
                "sender, with the busiest days and how many came between 22:00 and 04:00"
            )
        )
        form.addRow("", self.include_contact)
        self.after_days = QSpinBox()
        self.after_days.setRange(1, MAX_WINDOW_DAYS)
        self.after_days.setValue(DEFAULT_WINDOW_DAYS)
        self.after_days.setSuffix(tr(" days", "after a number of days in a box"))
        self.after_days.setAccessibleName(tr("After disclosure: days shown after each one"))
        form.addRow(tr("After disclosure, show"), self.after_days)
        self.bates_prefix = QLineEdit()
        self.bates_prefix.setPlaceholderText(tr("optional, e.g. SMITH (pages become SMITH-000001)"))
        self.bates_prefix.setMaxLength(20)
        form.addRow(tr("Page stamp prefix"), self.bates_prefix)
        self.prepared_by = QLineEdit()
        self.prepared_by.setPlaceholderText(tr("optional"))
        form.addRow(tr("Prepared by"), self.prepared_by)
        self.declaration = QCheckBox(tr("Add a declaration page with a signature line"))
        form.addRow("", self.declaration)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language's name in itself
        self.language.setAccessibleName(tr("Language of the app's words in the PDF"))
        self.language.setToolTip(
            tr(
                "The headings and explanations the app adds to the PDF. What you wrote is "
                "never translated."
            )
        )
        form.addRow(tr("Language of the app's words in the PDF"), self.language)
        self._add_location_choice(form)
        self.pdf = PdfChoices()
        form.addRow(tr("PDF file"), self.pdf)
        form.setRowVisible(self.pdf, False)
        self.format.currentIndexChanged.connect(
            lambda _index: form.setRowVisible(self.pdf, self.format_key() == "pdf")
        )
        for signal in (
            self.format.currentIndexChanged,
            self.include_private.toggled,
            self.kinds.itemChanged,
            self.categories.itemChanged,
            self.date_from.enabled.toggled,
            self.date_to.enabled.toggled,
            self.date_from.edit.dateChanged,
            self.date_to.edit.dateChanged,
        ):
            signal.connect(self.changed)

    def _add_location_choice(self, form: QFormLayout) -> None:
        """Shown by the dialog once it has found photos that carry a location."""
        self.location_box = QWidget()
        box = QVBoxLayout(self.location_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.location_note = QLabel()
        self.location_note.setWordWrap(True)
        self.leave_out_located = QCheckBox(tr("Leave these photos out of the bundle"))
        self.leave_out_help = QLabel(tr(LEAVE_OUT_HELP))
        self.leave_out_help.setWordWrap(True)
        for widget in (self.location_note, self.leave_out_located, self.leave_out_help):
            box.addWidget(widget)
        form.addRow(tr("Places in photos"), self.location_box)
        form.setRowVisible(self.location_box, False)

    def show_location_note(self, located: int, unchecked: int) -> None:
        """Say how many chosen photos carry a location (bundle only: the PDF's pictures
        never carry one) and offer to leave them out."""
        lines = []
        if located:
            lines.append(
                tr(
                    "%n photos carry the places where they were taken (GPS). Anyone with "
                    "the export can see those places.",
                    None,
                    located,
                )
            )
        if unchecked:
            lines.append(tr("%n pictures could not be checked for a location.", None, unchecked))
        self.location_note.setText(" ".join(lines))
        self.leave_out_located.setVisible(bool(located))
        self.leave_out_help.setVisible(bool(located))
        self.rows.setRowVisible(self.location_box, bool(lines) and self.format_key() == "bundle")

    def format_key(self) -> str:
        return str(self.format.currentData())

    def options(self, profile: RedactionProfile | None) -> ExportOptions:
        kinds = checked_keys(self.kinds)
        return ExportOptions(
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            kinds=frozenset() if kinds == frozenset(KINDS) else kinds,
            categories=checked_keys(self.categories),
            include_private=self.include_private.isChecked(),
            include_history=self.include_history.isChecked(),
            redaction=profile,
            bates_prefix=self.bates_prefix.text().strip(),
            prepared_by=self.prepared_by.text().strip(),
            declaration=self.declaration.isChecked(),
            declaration_name=self.prepared_by.text().strip(),
            include_risk=self.include_risk.isChecked(),
            include_contact=self.include_contact.isChecked(),
            after_disclosure_days=self.after_days.value(),
            leave_out_located=self.leave_out_located.isChecked(),
            language=str(self.language.currentData()),
        )
