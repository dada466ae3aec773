"""g. The longest GUI event-loop stall while evidence is imported and a PDF exported.

    .venv/bin/python benchmarks/gui_stall.py VAULT FILE OUT.pdf [--gaps] [--explain N]

Runs the real main window offscreen (QT_QPA_PLATFORM=offscreen): unlocks VAULT
through the unlock page, waits for the timeline, then imports FILE into the first
entry through `ui.evidence_import.import_files` (the code behind the Add evidence
button and drag and drop), then exports the whole journal as a chronology PDF the
way the export dialog does (`run_in_background` + `run_export`). A 10 ms timer
(tests/ui/stall_probe.py) runs on the GUI thread throughout; the longest gap
between its ticks is the stall. Prints one JSON line. QSettings and the other
per-user folders must point at a throw-away folder (run_all.py sets HOME and
XDG_* for the child).

`--gaps` adds every gap over 50 ms (seconds since the probe started, length) to
the JSON; `--explain N` also samples every thread's stack every 5 ms during the
export (tests/ui/stall_probe.py StackSampler) and prints, to stderr, what each
thread ran during the N longest export gaps.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journal.export.options import ExportOptions, select
from tests.ui.stall_probe import StackSampler, StallProbe
from ui.app.window import AppWindow
from ui.app.workers import BackgroundTask, run_in_background
from ui.evidence.importing import import_files
from ui.export.work import run_export


def wait(condition: Any, timeout_s: float) -> None:
    """Run the event loop until `condition()` holds (checked every 20 ms)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    deadline = time.perf_counter() + timeout_s
    timer.timeout.connect(
        lambda: loop.quit() if condition() or time.perf_counter() > deadline else None
    )
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError(f"gave up after {timeout_s:.0f} s")


def measure(
    vault: Path, source: Path, out: Path, passphrase: str, explain: int = 0
) -> dict[str, Any]:
    window = AppWindow(vault)
    window.show()
    page: Any = window.page
    page.passphrase.setText(passphrase)
    page.unlock_button.click()
    wait(lambda: window.session is not None and window.journal_view is not None, 120)
    session = window.session
    view = window.journal_view
    assert session is not None and view is not None
    count = len(session.journal.entries())
    wait(lambda: view.proxy.rowCount() == count, 120)
    entry_id = session.journal.entries()[0].entry_id

    probe = StallProbe()
    probe.start()
    started = time.perf_counter()
    job = import_files(window, session, entry_id, [source])
    wait(lambda: job.result is not None, 1800)
    import_s = time.perf_counter() - started
    # The window reloads the timeline after an import; that belongs to the import.
    settled = time.perf_counter() + 1.5
    wait(lambda: time.perf_counter() > settled, 10)
    import_stall = probe.stop()
    import_gaps = probe.gaps
    assert job.result is not None and job.result.added, job.result
    for box in window.findChildren(QMessageBox):
        box.close()  # the "added 1 file" message

    outcome: list[object] = []
    journal = session.journal

    def work(task: BackgroundTask) -> object:
        return run_export("pdf", select(journal, ExportOptions()), journal, out, task)

    sampler = StackSampler()
    if explain:
        sampler.start()
    probe = StallProbe()
    probe.start()
    started = time.perf_counter()
    run_in_background(work, outcome.append, outcome.append)
    wait(lambda: bool(outcome), 1800)
    export_s = time.perf_counter() - started
    export_stall = probe.stop()
    if explain:
        sampler.stop()
        show_longest_gaps(probe, sampler, explain)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    window.close()
    return {
        "import_stall_ms": import_stall,
        "import_s": import_s,
        "import_mib": source.stat().st_size / 2**20,
        "export_stall_ms": export_stall,
        "export_s": export_s,
        "entries": float(count),
        "import_gaps": [(round(t, 3), round(ms)) for t, ms in import_gaps],
        "export_gaps": [(round(t, 3), round(ms)) for t, ms in probe.gaps],
        "export_gc_over_20ms": [
            (round(at - probe.started, 3), round(ms), gen)
            for at, ms, gen in sampler.collections
            if ms > 20
        ],
    }


def show_longest_gaps(probe: StallProbe, sampler: StackSampler, count: int) -> None:
    """Print what every thread ran during the `count` longest gaps (stderr)."""
    for offset, length_ms in sorted(probe.gaps, key=lambda g: -g[1])[:count]:
        start = probe.started + offset
        print(f"\n=== gap of {length_ms:.0f} ms at {offset:.3f} s ===", file=sys.stderr)
        for at, took_ms, generation in sampler.collections:
            if start - 0.5 <= at <= start + length_ms / 1000:
                since = (at - start) * 1000
                print(
                    f"  gc gen {generation} at +{since:.0f} ms took {took_ms:.0f} ms",
                    file=sys.stderr,
                )
        last = start
        for at, stacks in sampler.explain(start, length_ms):
            hole = (at - last) * 1000
            print(
                f"--- +{(at - start) * 1000:.0f} ms (sampler hole {hole:.0f} ms)", file=sys.stderr
            )
            last = at
            for name, frames in stacks.items():
                print(f"  [{name}] " + " < ".join(frames), file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("vault", type=Path)
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--gaps", action="store_true", help="list every gap over 50 ms")
    parser.add_argument(
        "--explain", type=int, default=0, help="show the stacks during the N longest gaps"
    )
    args = parser.parse_args()
    passphrase = os.environ.get("IJ_BENCH_PASSPHRASE", "")
    app = QApplication.instance() or QApplication([])
    result = measure(args.vault, args.source, args.out, passphrase, args.explain)
    del app
    if not args.gaps:
        del result["import_gaps"], result["export_gaps"]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
