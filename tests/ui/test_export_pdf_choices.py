"""The export dialog's PDF choices, through real widgets: signed by default, plain on
request, and volumes under a chosen size."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.app.window import AppWindow

from ..test_pdf_volumes import fill
from .test_export_dialog import open_export, save_as


def pdfsig(path: Path) -> str:
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return done.stdout + done.stderr


def test_pdf_choices_show_for_the_pdf_only_and_sign_by_default(
    qtbot, window: AppWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_export(qtbot, window)
    form = dialog.form
    fill(window.session.journal)  # type: ignore[union-attr]
    assert not form.pdf.isVisibleTo(dialog)  # a bundle is chosen at first
    form.format.setCurrentIndex(form.format.findData("pdf"))
    assert form.pdf.isVisibleTo(dialog)
    assert form.pdf.sign.isChecked() and not form.pdf.split.isChecked()
    assert not form.pdf.volume_mb.isEnabled()
    save_as(monkeypatch, tmp_path / "chronology.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    assert "Signature is Valid" in pdfsig(tmp_path / "chronology.pdf")
    assert "The PDF is signed" in dialog.status.text()
    dialog.result_box.close()  # type: ignore[union-attr]

    # Plain, in volumes of at most 0.3 MB.
    dialog.outcome = None
    form.pdf.sign.click()  # as a click on its box or label does
    qtbot.mouseClick(form.pdf.split, Qt.MouseButton.LeftButton)
    assert form.pdf.volume_mb.isEnabled()
    form.pdf.volume_mb.setValue(0.3)
    save_as(monkeypatch, tmp_path / "court.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    volumes = dialog.outcome.volumes  # type: ignore[union-attr]
    assert len(volumes) >= 2
    assert [p.name for p in volumes] == [f"court-{n}.pdf" for n in range(1, len(volumes) + 1)]
    for path in volumes:
        assert path.stat().st_size <= 300_000
        assert "does not contain any signatures" in pdfsig(path)
    assert f"{len(volumes)} volumes (court-1.pdf to" in dialog.status.text()
    assert "not signed, as you chose" in dialog.status.text()
