"""Screenshots of the export and verify dialogs on the demo case.

Called by tools/case_screens.py (run under Xvfb through tools/screenshots.py).
"""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QScrollArea, QWidget

from ui.app.window import AppWindow
from ui.export.dialog import ExportDialog
from ui.export.verify_dialog import VerifyDialog

Settle = Callable[..., None]
Shot = Callable[[QWidget, Path, str], None]
Wait = Callable[[Settle, Callable[[], bool]], None]


def export_screens(
    window: AppWindow, tmp: Path, out: Path, settle: Settle, shot: Shot, wait: Wait
) -> None:
    window.exports.export_action.trigger()
    dialog = window.exports.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.form.bates_prefix.setText("CASE")
    settle(400)  # the background checks (location in photos) fill in their notes
    shot(dialog, out, "export-01-dialog")
    _pdf_choices(dialog, out, settle, shot)
    stick = _stick(tmp)
    bundle = stick / "for-lawyer.zip"
    dialog.export_to(bundle)
    wait(settle, lambda: dialog.outcome is not None)
    if dialog.result_box is not None:
        dialog.result_box.checking.header.click()  # the fingerprint, once "For checking" is opened
        shot(dialog.result_box, out, "export-02-saved-for-checking")
        dialog.result_box.close()
    settle()
    shot(dialog, out, "export-02-done")
    dialog.close()

    window.exports.verify_action.trigger()
    verify = window.exports.dialog
    assert isinstance(verify, VerifyDialog)
    verify.verify_path(bundle)
    wait(settle, lambda: verify.report is not None)
    settle()
    shot(verify, out, "export-03-verified")
    verify.checking.header.click()
    shot(verify, out, "export-03-verified-for-checking")
    verify.checking.header.click()
    tampered = tmp / "changed.zip"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("exhibits/EX-001"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            target.writestr(item, data)
    verify.verify_path(tampered)
    wait(settle, lambda: verify.report is not None and verify.checked_name == tampered.name)
    settle()
    shot(verify, out, "export-04-tampered")
    verify.close()
    if stick != tmp:
        shutil.rmtree(stick)


def _pdf_choices(dialog: ExportDialog, out: Path, settle: Settle, shot: Shot) -> None:
    """The chronology PDF's own choices: signed (the default) and volumes under a size."""
    form = dialog.form
    form.format.setCurrentIndex(form.format.findData("pdf"))
    form.pdf.split.setChecked(True)
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    settle()
    scroll.ensureWidgetVisible(form.pdf)
    settle()
    shot(dialog, out, "export-05-pdf-choices")
    form.pdf.split.setChecked(False)
    form.format.setCurrentIndex(form.format.findData("bundle"))
    scroll.ensureVisible(0, 0)
    settle()


def _stick(tmp: Path) -> Path:
    """A folder named like a USB stick, so the shot shows no path of this machine."""
    media = Path("/media")
    if media.is_dir() and os.access(media, os.W_OK):
        stick = media / "USB STICK"
        if not stick.exists():
            stick.mkdir()
            return stick
    return tmp
