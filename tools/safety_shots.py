"""Screenshots of the safety screens, called from tools/screenshots.py.

Xvfb runs no window manager, so windows have no title bar of their own. The
disguise is about the title bar and the taskbar, so for those shots this draws a
plain title strip with the window's own icon and the title Qt hands to the window
system (title — application display name), as a window manager would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from journal.case.contacts import ContactStore, SupportContact
from ui.app.window import AppWindow
from ui.safety.menus import open_backups, open_keys, open_safety_page, open_settings
from ui.safety.prefs import EXIT_DECOY, SafetyPrefs

TITLE_HEIGHT = 30


def platform_title(widget: QWidget) -> str:
    """The title as Qt formats it for the window system on Linux."""
    title = widget.windowTitle()
    app = QApplication.instance()
    name = app.applicationDisplayName() if isinstance(app, QApplication) else ""
    if name and not title.endswith(name):
        return f"{title} — {name}" if title else name
    return title or name


def framed(widget: QWidget) -> QImage:
    body = widget.grab().toImage()
    image = QImage(body.width(), body.height() + TITLE_HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#dcdcdc"))
    painter = QPainter(image)
    painter.drawImage(0, TITLE_HEIGHT, body)
    icon = widget.windowIcon().pixmap(20, 20)
    painter.drawPixmap(8, 5, icon)
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#303030"))
    painter.drawText(
        QRect(0, 0, body.width(), TITLE_HEIGHT),
        Qt.AlignmentFlag.AlignCenter,
        platform_title(widget),
    )
    painter.end()
    return image


def safety_screens(
    window: AppWindow, out: Path, settle: Callable[[int], None], shot: Callable[..., None]
) -> None:
    session = window.session
    assert session is not None
    journal = session.journal
    ContactStore(journal.settings).save(
        [
            SupportContact("Local domestic-violence service", "dv_service", "Phone and chat"),
            SupportContact("Legal aid clinic", "legal_aid", "Walk-in on weekdays"),
            SupportContact("Police oversight body (intake)", "oversight", "Online form"),
        ]
    )
    stamp = (journal.vault.clock() - timedelta(days=3)).astimezone(UTC)
    journal.settings.set("last_backup", stamp.isoformat(timespec="seconds"))
    page = open_safety_page(window.safety)
    shot(page, out, "safety-page")
    page.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    shot(page, out, "safety-contacts")
    page.close()
    dialog = open_backups(window.safety)
    dialog.folder.setText("/media/usb-stick")  # type: ignore[attr-defined]
    shot(dialog, out, "safety-backups")
    dialog.close()
    keys = open_keys(window.safety)
    assert keys is not None
    shot(keys, out, "safety-keys")
    keys.close()
    settings = open_settings(window.safety)
    settings.disguise.setCurrentIndex(settings.disguise.findData("budget"))  # type: ignore[attr-defined]
    shot(settings, out, "safety-settings")
    settings.accept()
    settle(200)
    framed(window).save(str(out / "safety-disguised-window.png"))
    print("saved safety-disguised-window.png")
    window.new_entry()
    settle(300)
    editor = QApplication.activeModalWidget()
    assert editor is not None
    framed(editor).save(str(out / "safety-disguised-dialog.png"))
    print("saved safety-disguised-dialog.png")
    editor.close()
    window.safety.apply(SafetyPrefs(disguise="budget", exit_choice=EXIT_DECOY))
    window.safety.quick_exit()
    decoy = window.safety.decoy
    assert decoy is not None
    settle(300)
    framed(decoy).save(str(out / "safety-decoy.png"))
    print(f"saved safety-decoy.png (quick exit took {window.safety.last_exit_ms:.1f} ms)")
    decoy.hide()
    window.safety.apply(SafetyPrefs())
