"""A hidden self-test for built bundles: `--self-test PASSPHRASE_FILE --vault PATH`.

It drives the real first-run pages (welcome, passphrase, recovery code) with the real
widgets, so a packaged app proves that Qt, the passphrase rules (zxcvbn), Argon2id,
SQLite and the background worker all work from the bundle, then opens the journal,
closes the window (settings saved as on any quit), checks that QtMultimedia's FFmpeg
backend loads, that the Spanish and Arabic interface load (Arabic right to left) and
that the interface is drawn with a real font (one that has the glyphs, not empty
boxes; its family is printed), and exits 0. Anything else exits 1
with one plain line on stderr. With `--self-test-sheet FILE` it also writes the
emergency sheet PDF (reportlab and its fonts) there. Never used by a person.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtMultimedia import QMediaFormat
from PySide6.QtWidgets import QApplication

from journal.export.emergency_sheet import write_emergency_sheet
from ui.app.window import AppWindow
from ui.evidence.media_device import quiet_media_logs
from ui.i18n import tr
from ui.i18n.loading import install, uninstall
from ui.pages.create import CreatePage

TIMEOUT_MS = 120_000
POLL_MS = 50


class SelfTest:
    def __init__(self, window: AppWindow, passphrase_file: Path, sheet: Path | None) -> None:
        self.window = window
        self.passphrase = passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
        self.sheet = sheet
        self.clock = QElapsedTimer()
        self.clock.start()

    def start(self) -> None:
        page = self.window.page
        if not isinstance(page, CreatePage):
            self.finish(f"expected the first-run page, found {type(page).__name__}")
            return
        page.start_button.click()
        page.new_passphrase.first.setText(self.passphrase)
        page.new_passphrase.second.setText(self.passphrase)
        if not page.create_button.isEnabled():
            self.finish("the passphrase was not accepted: " + page.message.text())
            return
        page.create_button.click()
        self.wait_for(page.busy.isHidden, self.confirm)  # hidden again when done or failed

    def confirm(self) -> None:
        page = self.window.page
        assert isinstance(page, CreatePage)
        if not page.code:
            self.finish("creating the journal failed: " + page.message.text())
            return
        if self.sheet is not None:
            write_emergency_sheet(self.sheet, page.code, datetime.now())
        page.check_field.setText(page.code.split("-")[page.check_index])
        page.check_field.returnPressed.emit()
        self.wait_for(lambda: self.window.journal_view is not None, self.close)

    def close(self) -> None:
        self.window.close()
        self.finish(font_problem() or media_problem() or translation_problem())

    def wait_for(self, condition: Callable[[], bool], then: Callable[[], None]) -> None:
        if condition():
            then()
        elif self.clock.elapsed() > TIMEOUT_MS:
            self.finish("timed out")
        else:
            QTimer.singleShot(POLL_MS, lambda: self.wait_for(condition, then))

    def finish(self, problem: str | None) -> None:
        if problem:
            print(f"self-test failed: {problem}", file=sys.stderr)
        else:
            print(f"self-test passed in {self.clock.elapsed() / 1000:.1f} s", file=sys.stderr)
        QApplication.exit(1 if problem else 0)


def translation_problem() -> str | None:
    """Whether the interface's Spanish and Arabic load (Qt's own words too), and
    Arabic turns the layout right to left; English is restored after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for language, direction in (
        ("es", Qt.LayoutDirection.LeftToRight),
        ("ar", Qt.LayoutDirection.RightToLeft),
    ):
        translators = install(app, language)
        try:
            if len(translators) < 2:
                return (
                    f"the {language} translation did not load (found {len(translators)} of 2 files)"
                )
            if tr("&Quit") == "&Quit" or app.layoutDirection() != direction:
                return f"the {language} translation loaded but is not used"
        finally:
            uninstall(app, translators)
    return None


def media_problem() -> str | None:
    """Whether QtMultimedia's FFmpeg backend loads and its log level can be silenced."""
    formats = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if not formats:
        return "QtMultimedia has no media backend (no format can be decoded)"
    if not quiet_media_logs():
        return "the media backend's libavutil was not found (its logs cannot be silenced)"
    return None


#: Letters the interface shows; each must have a glyph in the font it is drawn with.
SAMPLE_TEXT = "Welcome back Notes 0123456789"


def font_problem() -> str | None:
    """Whether the interface's font is a real, installed one that has the sample glyphs."""
    font = QApplication.font()
    family = QFontInfo(font).family()
    families = QFontDatabase.families()
    print(f"self-test font: {family} ({len(families)} families)", file=sys.stderr)
    if not families or family not in families:
        return f"no font is available to draw text (the interface asked for {family!r})"
    metrics = QFontMetrics(font)
    lacking = sorted({char for char in SAMPLE_TEXT if not metrics.inFont(char)} - {" "})
    if lacking:
        return f"the font {family} has no glyph for {''.join(lacking)!r}: text shows as boxes"
    return None


def schedule(window: AppWindow, passphrase_file: str, sheet: str | None) -> SelfTest:
    """Start the self-test once the event loop runs; keep the returned object alive."""
    test = SelfTest(window, Path(passphrase_file), Path(sheet) if sheet else None)
    QTimer.singleShot(0, test.start)
    return test
