"""Entry point of the desktop app: `incident-journal [--vault PATH]`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from journal.system.memory_hygiene import harden_process
from journal.system.paths import APP_DIR_NAME, default_vault_path
from ui.app.error_hook import ErrorHook
from ui.app.first_window import after_first_window
from ui.app.window import APP_TITLE, AppWindow
from ui.i18n import tr
from ui.i18n.languages import effective_language
from ui.i18n.loading import install
from ui.safety.prefs import KEY_LANGUAGE, KEY_LAST_FILE, app_settings


def start_path(argv_vault: str | None) -> Path:
    """The vault to open: --vault, else the last one opened, else the default."""
    if argv_vault:
        return Path(argv_vault).expanduser()
    last = app_settings().value(KEY_LAST_FILE)
    if isinstance(last, str) and last and Path(last).exists():
        return Path(last)
    return default_vault_path()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="incident-journal")
    parser.add_argument("--vault", metavar="PATH", help="open this journal file")
    # Hidden: used by packaging/ to check a built bundle (ui/app/self_test.py).
    parser.add_argument("--self-test", metavar="PASSPHRASE_FILE", help=argparse.SUPPRESS)
    parser.add_argument("--self-test-sheet", metavar="FILE", help=argparse.SUPPRESS)
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    logging.getLogger("PIL").setLevel(logging.INFO)  # its debug lines quote EXIF values
    harden_process()  # no core dump or debugger attach can copy decrypted text
    app = QApplication([sys.argv[0], *qt_args])
    ErrorHook(parent=app).install()  # one calm message for what nobody caught; no content logged
    app.setApplicationName(APP_DIR_NAME)
    app.setOrganizationName(APP_DIR_NAME)
    app.setDesktopFileName(APP_DIR_NAME)
    _translators = install(app, effective_language(app_settings().value(KEY_LANGUAGE, "")))
    app.setApplicationDisplayName(tr(APP_TITLE))
    window = AppWindow(start_path(args.vault))
    window.safety.show_locked()  # the working front instead, when disguised
    after_first_window(app)  # once it is on screen: the start-up mark, a head start on unlocking
    if args.self_test:
        from ui.app.self_test import schedule

        _test = schedule(window, args.self_test, args.self_test_sheet)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
