"""Peak memory of a piece of work, measured in a child process of its own.

A high-water mark covers a whole process, so each measurement starts a fresh
interpreter. It reads VmHWM (the high-water mark of the interpreter's own memory)
where Linux has it: ru_maxrss would also carry over the size of the test process it
was forked from, hiding the figure under pytest's own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_PRELUDE = """
import resource, sys
def _peak_kib():
    try:  # this process's own high-water mark (Linux)
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
_REPORT = "\nprint('PEAK_KIB', _peak_kib())\n"


def peak_kib(code: str, cwd: Path) -> tuple[int, str]:
    """Run `code` in a fresh interpreter; return its peak resident KiB and its stdout."""
    repo = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": repo}
    result = subprocess.run(
        [sys.executable, "-c", _PRELUDE + code + _REPORT],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=110,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    peak = int(lines[-1].split()[1])
    return peak, "\n".join(lines[:-1])
