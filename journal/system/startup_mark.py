"""Start-up marks: a monotonic timestamp on stderr at a named point, for the start-up
benchmark (benchmarks/startup.py), which reads the same clock before starting the process.

Silent unless INCIDENT_JOURNAL_STARTUP_MARKS is set. A mark carries only its name and a
number, never anything from the journal.
"""

from __future__ import annotations

import os
import sys
import time

ENV_MARKS = "INCIDENT_JOURNAL_STARTUP_MARKS"
PREFIX = "startup-mark"


def mark(name: str) -> None:
    """Print `startup-mark NAME SECONDS` (CLOCK_MONOTONIC) when marks were asked for."""
    if os.environ.get(ENV_MARKS):
        print(f"{PREFIX} {name} {time.monotonic():.6f}", file=sys.stderr, flush=True)
