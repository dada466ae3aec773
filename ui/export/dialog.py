"""Export the journal for a lawyer, a court or an oversight body.

The person chooses what to include and for whom; the dialog says plainly that
the file will not be encrypted, asks where to save it (Qt's own dialog, so no
recent-files entry), and does the work in the background with progress and
Cancel. A cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.export.chronology import volume_path
from journal.export.location import Place, places
from journal.export.options import matches, select
from journal.session.journal import Journal
from ui.app.errors import describe
from ui.app.session import Session
from ui.app.workers import BackgroundTask, run_in_background
from ui.export.options_form import EXTENSIONS, ExportOptionsForm, checked_keys
from ui.export.profiles import ProfileChooser
from ui.export.saved_dialog import ExportSavedDialog
from ui.export.timestamps import TimestampOffer
from ui.export.work import ExportOutcome, LatestOnly, run_export
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.file_dialogs import choose_file

PLAINTEXT_WARNING = QT_TR_NOOP(
    "An export is not encrypted: anyone who has the file can read it. If you can, save "
    "it to a USB stick you keep safe rather than to this computer or a synced folder, "
    "and delete copies you no longer need."
)


def damage_warning(journal: Journal) -> str:
    """Said before an export starts when the journal has problems; "" otherwise."""
    count = len(journal.problems) + len(journal.settings.problems)
    if not count:
        return ""
    return tr(
        "<b>This journal has %n problems</b> (damage or changes made outside the app). "
        "What cannot be read will be missing from the export, and the export says so on "
        "its cover, on its integrity page and in its manifest. Safety → Repair a damaged "
        "journal… copies what can be read into a new file.",
        None,
        count,
    )


class ExportDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export"))
        self.session = session
        self.task: BackgroundTask | None = None
        self.outcome: ExportOutcome | None = None
        self.result_box: ExportSavedDialog | None = None
        self.form = ExportOptionsForm()
        self.profiles = ProfileChooser(session.journal, self.form.options)
        self.form.rows.addRow(tr("Hide for this audience"), self.profiles)
        self.form.changed.connect(self.profiles.refresh_preview)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields are the Tab stops
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        self.warning = QLabel(tr(PLAINTEXT_WARNING))
        self.warning.setWordWrap(True)
        self.damage_warning = QLabel(damage_warning(session.journal))
        self.damage_warning.setWordWrap(True)
        self.damage_warning.setAccessibleName(tr("Damage warning"))
        self.damage_warning.setVisible(bool(self.damage_warning.text()))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.close_button = QPushButton(tr("Close"))
        self.cancel_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.damage_warning)
        layout.addWidget(self.warning)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.timestamp_offer = TimestampOffer(session.journal)  # shown after an export
        layout.addWidget(self.timestamp_offer)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.choose_and_export)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        session.locked.connect(self.close)
        self.places: dict[str, Place] = {}  # attachment id -> Place, kept while open
        self.location_scan = LatestOnly(self)
        self.form.changed.connect(self.check_locations)
        self.check_locations()
        self.resize(760, 720)

    # places in photos ---------------------------------------------------------
    def check_locations(self) -> None:
        """In the background: which chosen exhibits carry the place they were taken."""
        journal = self.session.journal
        options = self.form.options(self.profiles.profile())
        known = set(self.places)

        def work(task: BackgroundTask) -> tuple[list[str], dict[str, Place]]:
            infos = [a for e in journal.entries() if matches(e, options) for a in e.attachments]
            fresh = [i for i in infos if i.attachment_id not in known]
            return [i.attachment_id for i in infos], places(journal, fresh, lambda: task.cancelled)

        self.location_scan.run(work, self._locations_checked, lambda _error: None)

    def _locations_checked(self, result: tuple[list[str], dict[str, Place]]) -> None:
        chosen, fresh = result
        self.places.update(fresh)
        found = [self.places.get(i) for i in chosen]
        self.form.show_location_note(found.count(Place.FOUND), found.count(Place.UNKNOWN))

    # choosing ---------------------------------------------------------------
    def choose_and_export(self) -> None:
        if not checked_keys(self.form.kinds):
            self.status.setText(tr("Please tick at least one kind of entry to export."))
            return
        key = self.form.format_key()
        start = str(Path.home() / f"chronology{EXTENSIONS[key]}")
        chosen = choose_file(self, tr("Save the export as"), start, save=True)
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(EXTENSIONS[key])
        volumes = key == "pdf" and self.form.pdf.choice().max_mb is not None
        first = volume_path(path, 1) if volumes else path
        if first.exists():
            self.status.setText(
                tr(
                    "There is already a file called {name} there. Please choose another "
                    "name; nothing was overwritten."
                ).format(name=first.name)
            )
            return
        self.export_to(path)

    # working -----------------------------------------------------------------
    def export_to(self, path: Path) -> None:
        journal = self.session.journal
        options = self.form.options(self.profiles.profile())
        key = self.form.format_key()
        pdf = self.form.pdf.choice()
        self._set_busy(True)
        self.status.setText(tr("Exporting to {name}…").format(name=path.name))
        self.task = run_in_background(
            lambda task: run_export(key, select(journal, options), journal, path, task, pdf),
            self._done,
            self._failed,
            self._progressed,
            owner=self,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(tr("Stopping…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(1000 * done / max(total, 1)))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.cancel_button.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.form.setEnabled(not busy)

    def _done(self, outcome: ExportOutcome) -> None:
        self.task = None
        self.outcome = outcome
        self._set_busy(False)
        self.status.setText(outcome.message())
        box = ExportSavedDialog(outcome, self)
        self.timestamp_offer.offer(box)
        box.open()  # not blocking: the dialog stays usable, the fingerprint can be copied
        self.result_box = box

    def _failed(self, error: BaseException) -> None:
        cancelled = self.task is not None and self.task.cancelled
        self.task = None
        self._set_busy(False)
        if cancelled:
            self.status.setText(tr("The export was stopped. No file was left behind."))
        else:
            self.status.setText(
                describe(
                    error,
                    tr(
                        "The export could not be finished because of something the app did "
                        "not expect. No file was left behind, and the journal is unchanged."
                    ),
                )
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.location_scan.stop()
        self.profiles.previews.stop()
        self.timestamp_offer.stop()
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)
