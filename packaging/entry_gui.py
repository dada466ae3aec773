"""Frozen entry point of the desktop app (same as the `incident-journal` gui-script)."""

import sys

from ui.app.launch import main

if __name__ == "__main__":
    sys.exit(main())
