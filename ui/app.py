"""Entry point of the desktop app."""

from __future__ import annotations

import sys


def main() -> int:
    print(
        "The desktop window is not built yet. The encrypted journal is ready to use from "
        "the command line: run 'incident-journal-cli --help'.",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
