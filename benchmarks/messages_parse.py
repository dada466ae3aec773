"""Parse time of a generated 200,000-message WhatsApp export: ours against whatstk's
parser (df_from_whatsapp, into its pandas table) on the same file. Prints; asserts
nothing. Each parser runs in its own child process, which also reports its peak memory;
ours runs twice: keeping every message, and handing each to a sink that keeps none
(as an import that stores batches would).

whatstk is not a dependency of the app: install it in a separate environment and pass
that environment's Python, e.g.

    python3 -m venv ../whatstk-venv && ../whatstk-venv/bin/pip install whatstk
    .venv/bin/python benchmarks/messages_parse.py --whatstk-python ../whatstk-venv/bin/python

Without --whatstk-python only our figures are printed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

OURS = """
import resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from journal.messages import parse_export
sink = (lambda message: None) if {streaming!r} else None
start = time.perf_counter()
parsed = parse_export(Path({path!r}), sink=sink)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(seconds, peak, parsed.message_count)
"""

WHATSTK = """
import resource, time
from whatstk import df_from_whatsapp
start = time.perf_counter()
table = df_from_whatsapp({path!r})
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(seconds, peak, len(table))
"""

SENDERS = ("Mark Doe", "Ana")
TEXTS = (
    "Where are you?",
    "Answer me. Now.",
    "I know you're at your sister's 😡",
    "Please stop writing to me.",
    "You'll regret this – ünïcödé works too",
)


def generate(path: Path, count: int) -> None:
    """An Android en-GB export: every 50th message multi-line, every 97th a media line."""
    start = datetime(2023, 1, 1, 8, 0)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for i in range(count):
            when = start + timedelta(minutes=3 * i)
            text = TEXTS[i % len(TEXTS)]
            if i % 50 == 0:
                text += "\nsecond line\n  third line, indented"
            if i % 97 == 0:
                text = "<Media omitted>"
            out.write(f"{when:%d/%m/%Y, %H:%M} - {SENDERS[i % 2]}: {text}\n")


def measure(python: str, code: str, runs: int) -> tuple[float, int, int]:
    """Best time of `runs` child processes, the largest peak memory (KiB), the count."""
    results = []
    for _ in range(runs):
        output = subprocess.run(
            [python, "-c", code], check=True, capture_output=True, text=True
        ).stdout.split()
        results.append((float(output[0]), int(output[1]), int(output[2])))
    return min(r[0] for r in results), max(r[1] for r in results), results[0][2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--whatstk-python", help="a Python with whatstk installed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "WhatsApp Chat with Mark Doe.txt"
        generate(path, args.messages)
        size = path.stat().st_size
        print(f"export: {args.messages:,} messages, {size / 2**20:.1f} MiB")
        code = OURS.format(root=str(ROOT), path=str(path), streaming=False)
        ours = measure(sys.executable, code, args.runs)
        print(
            f"ours:    {ours[0]:.2f} s (best of {args.runs}), peak RSS {ours[1] / 1024:.0f} MiB, "
            f"{ours[2]:,} messages"
        )
        code = OURS.format(root=str(ROOT), path=str(path), streaming=True)
        stream = measure(sys.executable, code, args.runs)
        print(
            f"ours with a sink (no message kept): {stream[0]:.2f} s, peak RSS "
            f"{stream[1] / 1024:.0f} MiB"
        )
        if args.whatstk_python:
            theirs = measure(args.whatstk_python, WHATSTK.format(path=str(path)), args.runs)
            print(
                f"whatstk: {theirs[0]:.2f} s (best of {args.runs}), peak RSS "
                f"{theirs[1] / 1024:.0f} MiB, {theirs[2]:,} rows"
            )
            print(f"ratio ours/whatstk: {ours[0] / theirs[0]:.2f}x (the issue allows at most 3x)")


if __name__ == "__main__":
    main()
