"""Screenshots of the disguised locked app: each look's working front, the passphrase
page reached by the way in, the settings that choose them and the practice window.

Run alone under Xvfb:
`xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/front_shots.py [OUT_DIR]`
(default docs/screenshots); tools/screenshots.py also calls `front_screens`.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.safety_shots import framed  # noqa: E402
from ui.app.window import AppWindow  # noqa: E402
from ui.disguise.fronts import FRONTS  # noqa: E402
from ui.disguise.settings_part import LockedLookPart  # noqa: E402
from ui.disguise.way_in import WayIn  # noqa: E402
from ui.safety.menus import open_settings  # noqa: E402
from ui.safety.prefs import EXIT_DECOY, SafetyPrefs  # noqa: E402

WORD = "marigold"
Settle = Callable[..., None]
Shot = Callable[[QWidget, Path, str], None]


def type_into_focus(text: str) -> None:
    """Keys where the keyboard would send them (a sheet hands them to a cell editor)."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        QTest.keyClicks(target, char)
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, Qt.Key.Key_Return)


def save_framed(widget: QWidget, out: Path, name: str, settle: Settle) -> None:
    settle(300)
    framed(widget).save(str(out / f"{name}.png"))
    print(f"saved {name}.png")


def front_screens(
    window: AppWindow, passphrase: str, out: Path, settle: Settle, shot: Shot
) -> None:
    """`window` unlocked; left unlocked and not disguised, as found."""
    settings = open_settings(window.safety)
    part = settings.locked  # type: ignore[attr-defined]
    assert isinstance(part, LockedLookPart)
    settings.disguise.setCurrentIndex(settings.disguise.findData("budget"))  # type: ignore[attr-defined]
    part.front.setChecked(True)
    part.word.setText(WORD)
    shot(settings, out, "disguise-settings")
    practice = part.open_practice()
    assert practice is not None
    settle(300)
    practice.activateWindow()
    practice.front.first_control().setFocus()
    settle(200)
    type_into_focus(WORD)
    shot(practice, out, "disguise-practice")
    practice.close()
    settings.accept()
    way_in = WayIn.for_word(WORD).record()
    for look in FRONTS:
        window.safety.apply(SafetyPrefs(disguise=look, exit_choice=EXIT_DECOY, way_in=way_in))
        window.safety.quick_exit()  # lands on the front, as a lock would
        front = window.safety.front
        assert front is not None and front.isVisible()
        save_framed(front, out, f"disguise-front-{look}", settle)
        front.activateWindow()
        front.front.first_control().setFocus()
        settle(200)
        type_into_focus(WORD)
        settle(300)
        assert window.isVisible(), "the way in did not open the passphrase page"
        if look == "budget":
            save_framed(window, out, "disguise-way-in-passphrase", settle)
        window.page.passphrase.setText(passphrase)  # type: ignore[attr-defined]
        window.page.start_unlock()  # type: ignore[attr-defined]
        while window.session is None:
            settle(100)
    window.safety.apply(SafetyPrefs())


def main() -> int:
    from tools.screenshots import PASSPHRASE, demo_vault, settle, shot

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    home = tempfile.mkdtemp()  # these shots change settings: not the real ones
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, home)
    app.setApplicationDisplayName("Notes")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo" / "notes.db"
        demo_vault(path)
        window = AppWindow(path)
        window.show()
        window.page.passphrase.setText(PASSPHRASE)  # type: ignore[attr-defined]
        window.page.start_unlock()  # type: ignore[attr-defined]
        while window.session is None:
            settle(100)
        front_screens(window, PASSPHRASE, out, settle, shot)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
