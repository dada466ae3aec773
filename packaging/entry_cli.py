"""Frozen entry point of the command line (same as the `incident-journal-cli` script)."""

import sys

from journal.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
