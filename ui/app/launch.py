"""The `incident-journal` command: check the system first, then start the app.

Kept apart from ui.app because ui.app imports Qt at once: a missing system library must
be named in plain words (ui/app/preflight.py) before that import can fail.
"""

from __future__ import annotations

import os
import sys

from journal.system.paths import bundled_fonts_dir
from ui.app import preflight


def use_carried_fonts() -> None:
    """Let Qt find the packaged app's own fonts, beside the system's, through fontconfig.

    A minimal system may have no font at all; then every character would be an empty
    box. The carried fonts.conf includes the system's configuration where there is one.
    """
    carried = bundled_fonts_dir()
    if carried is None or not sys.platform.startswith("linux"):
        return
    config = carried / "fonts.conf"
    if config.is_file():
        os.environ.setdefault("FONTCONFIG_FILE", str(config))


def main(argv: list[str] | None = None) -> int:
    use_carried_fonts()
    problem = preflight.check()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    try:
        from ui.app.main import main as start
    except ImportError as error:
        explained = preflight.explain_import_error(error)
        if explained is None:
            raise
        print(explained, file=sys.stderr)
        return 1
    return start(argv)


if __name__ == "__main__":
    sys.exit(main())
