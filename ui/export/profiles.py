"""Redaction profiles in the export dialog: choose one, make or change one, and see
exactly what it will hide before anything is written.

Profiles are kept encrypted inside the journal (journal.export.profiles). The
preview is worked out off the GUI thread, the newest choice winning.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.export.options import HIDEABLE_FIELDS, ExportOptions, RedactionProfile
from journal.export.options import preview_redactions as find_redactions
from journal.export.profiles import delete_profile, load_profiles, put_profile
from journal.session.journal import Journal
from ui.export.work import LatestOnly
from ui.i18n import QT_TR_NOOP, core_text, tr

NO_PROFILE = QT_TR_NOOP("Hide nothing")
#: The places preview_redactions names that are not hideable fields (those have
#: their words in HIDEABLE_FIELDS), in words.
FIELD_WORDS = {
    "title": QT_TR_NOOP("Title"),
    "private_notes": QT_TR_NOOP("Private notes"),
    "report": QT_TR_NOOP("Report"),
    "people or injuries": QT_TR_NOOP("People or injuries"),
}


def field_words(field: str) -> str:
    """The field a preview line names, as the profile editor calls it."""
    if field in HIDEABLE_FIELDS:
        return core_text(HIDEABLE_FIELDS[field])
    return tr(FIELD_WORDS[field]) if field in FIELD_WORDS else field


PREVIEW_LIMIT = 200  # places listed; the rest are counted


class ProfileEditor(QDialog):
    """Name, fields to hide, and words or phrases to hide wherever they appear."""

    def __init__(self, profile: RedactionProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("What to hide from this audience"))
        form = QFormLayout(self)
        self.name = QLineEdit(profile.name if profile else "")
        self.name.setPlaceholderText(tr("e.g. For the court, For the police"))
        form.addRow(tr("Name"), self.name)
        self.fields: dict[str, QCheckBox] = {}
        for key, label in HIDEABLE_FIELDS.items():
            box = QCheckBox(core_text(label))
            box.setChecked(bool(profile and key in profile.hidden_fields))
            self.fields[key] = box
            form.addRow(tr("Hide whole fields") if len(self.fields) == 1 else "", box)
        self.terms = QPlainTextEdit("\n".join(profile.terms) if profile else "")
        self.terms.setPlaceholderText(
            tr(
                "One per line: an address, a school, the name of a shelter…\n"
                "Each is hidden wherever it appears in the text."
            )
        )
        form.addRow(tr("Hide these words"), self.terms)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def profile(self) -> RedactionProfile:
        return RedactionProfile(
            name=self.name.text().strip(),
            hidden_fields=frozenset(k for k, box in self.fields.items() if box.isChecked()),
            terms=tuple(t.strip() for t in self.terms.toPlainText().splitlines() if t.strip()),
        )

    def _accept(self) -> None:
        if not self.name.text().strip():
            QMessageBox.information(self, tr("Name"), tr("Please give this profile a name."))
            return
        self.accept()


class ProfileChooser(QWidget):
    """A profile combo with New / Change / Remove, and the preview of what it hides."""

    def __init__(
        self,
        journal: Journal,
        current_options: Callable[[RedactionProfile | None], ExportOptions],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.current_options = current_options
        self.combo = QComboBox()
        self.new_button = QPushButton(tr("New…"))
        self.edit_button = QPushButton(tr("Change…"))
        self.delete_button = QPushButton(tr("Remove"))
        row = QHBoxLayout()
        label = QLabel(tr("What to &hide:"))
        label.setBuddy(self.combo)  # a screen reader names the combo by it
        row.addWidget(label)
        for widget in (self.combo, self.new_button, self.edit_button, self.delete_button):
            row.addWidget(widget)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview = QListWidget()
        self.preview.setMaximumHeight(120)
        self.preview.setAccessibleName(tr("Preview of what this copy hides"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.profile()))
        self.delete_button.clicked.connect(self.remove)
        self.combo.currentIndexChanged.connect(self.refresh_preview)
        self.previews = LatestOnly(self)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.profiles = {p.name: p for p in load_profiles(self.journal)}
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(tr(NO_PROFILE), "")
        for name in self.profiles:
            self.combo.addItem(name, name)
        if select is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(select)))
        self.combo.blockSignals(False)
        self.refresh_preview()

    def profile(self) -> RedactionProfile | None:
        return self.profiles.get(str(self.combo.currentData() or ""))

    def edit(self, profile: RedactionProfile | None) -> None:
        editor = ProfileEditor(profile, self)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        new = editor.profile()
        put_profile(self.journal, new, replacing=profile.name if profile else None)
        self.reload(select=new.name)

    def remove(self) -> None:
        profile = self.profile()
        if profile is not None:
            delete_profile(self.journal, profile.name)
            self.reload()

    def refresh_preview(self) -> None:
        """Work out what the profile hides in the background (a large journal takes a
        moment); the newest choice wins and the list shows the first PREVIEW_LIMIT."""
        profile = self.profile()
        self.edit_button.setEnabled(profile is not None)
        self.delete_button.setEnabled(profile is not None)
        self.preview.clear()
        if profile is None:
            self.previews.stop()
            self.summary.setText(
                tr("Nothing will be hidden, apart from private notes if left out.")
            )
            self.preview.setVisible(False)
            return
        journal, options = self.journal, self.current_options(profile)
        self.summary.setText(tr("Checking what this profile hides…"))
        self.previews.run(
            lambda task: find_redactions(journal, options, lambda: task.cancelled),
            self._show_preview,
            self._preview_failed,
        )

    def _show_preview(self, found: list[tuple[str, str, str]]) -> None:
        self.preview.clear()
        for title, field, before in found[:PREVIEW_LIMIT]:
            shown = before.replace("\n", " ")[:80]
            where = field_words(field)
            line = tr("{title} — {field}: {text}") if shown else tr("{title} — {field}")
            self.preview.addItem(line.format(title=title, field=where, text=shown))
        if len(found) > PREVIEW_LIMIT:
            more = QListWidgetItem(tr("…and %n more", None, len(found) - PREVIEW_LIMIT))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.preview.addItem(more)
        self.preview.setVisible(bool(found))
        self.summary.setText(
            tr(
                "This profile hides text in %n places, listed below. Evidence files are "
                "included exactly as they are; hiding text does not change what is inside "
                "a photo or document.",
                None,
                len(found),
            )
            if found
            else tr("This profile hides nothing in the entries chosen.")
        )

    def _preview_failed(self, error: BaseException) -> None:
        self.preview.clear()
        self.preview.setVisible(False)
        self.summary.setText(
            tr(
                "The list of what this profile hides could not be made just now. The "
                "profile still applies when you export."
            )
        )
