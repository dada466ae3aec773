"""The export dialog's language choice: the PDF's own words follow it, user text does not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal.entries.model import EntryContent, EventTime
from journal.export.words import LANGUAGES, words_for
from ui.app.window import AppWindow

from ..pdf_helpers import text
from ..test_export_scripts import readable
from .test_export_dialog import open_export, save_as


def test_the_pdf_is_made_in_the_language_chosen_in_the_dialog(
    qtbot, window: AppWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_export(qtbot, window)
    journal = window.session.journal  # type: ignore[union-attr]
    journal.add_entry(EntryContent("incident", "He came back at night", EventTime("2025-02-01")))
    form = dialog.form
    assert [form.language.itemData(i) for i in range(form.language.count())] == list(LANGUAGES)
    assert form.language.currentData() == "en"
    form.format.setCurrentIndex(form.format.findData("pdf"))
    form.language.setCurrentIndex(form.language.findData("ar"))
    assert form.options(None).language == "ar"
    out = tmp_path / "usb" / "chronology.pdf"
    out.parent.mkdir()
    save_as(monkeypatch, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    body = readable(text(out))
    for key in ("title", "h.summary", "h.integrity"):
        assert readable(words_for("ar")(key)) in body, key
    assert readable("He came back at night") in body  # what she wrote, as written
    assert readable(words_for("en")("h.summary")) not in body
