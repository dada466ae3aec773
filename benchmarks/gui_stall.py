"""g. The longest GUI event-loop stall while evidence is imported and a PDF exported.

    .venv/bin/python benchmarks/gui_stall.py VAULT FILE OUT.pdf

Runs the real main window offscreen (QT_QPA_PLATFORM=offscreen): unlocks VAULT
through the unlock page, waits for the timeline, then imports FILE into the first
entry through `ui.evidence_import.import_files` (the code behind the Add evidence
button and drag and drop), then exports the whole journal as a chronology PDF the
way the export dialog does (`run_in_background` + `run_export`). A 10 ms timer
(tests/ui/stall_probe.py) runs on the GUI thread throughout; the longest gap
between its ticks is the stall. Prints one JSON line. QSettings and the other
per-user folders must point at a throw-away folder (run_all.py sets HOME and
XDG_* for the child).
"""

from __future__ import annotations

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
from tests.ui.stall_probe import StallProbe
from ui.app_window import AppWindow
from ui.evidence_import import import_files
from ui.export_work import run_export
from ui.workers import BackgroundTask, run_in_background


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


def measure(vault: Path, source: Path, out: Path, passphrase: str) -> dict[str, float]:
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
    import_stall = probe.stop()
    assert job.result is not None and job.result.added, job.result
    for box in window.findChildren(QMessageBox):
        box.close()  # the "added 1 file" message

    outcome: list[object] = []
    journal = session.journal

    def work(task: BackgroundTask) -> object:
        return run_export("pdf", select(journal, ExportOptions()), journal, out, task)

    probe = StallProbe()
    probe.start()
    started = time.perf_counter()
    run_in_background(work, outcome.append, outcome.append)
    wait(lambda: bool(outcome), 1800)
    export_s = time.perf_counter() - started
    export_stall = probe.stop()
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
    }


def main() -> None:
    vault, source, out = (Path(a) for a in sys.argv[1:4])
    passphrase = os.environ.get("IJ_BENCH_PASSPHRASE", "")
    app = QApplication.instance() or QApplication([])
    result = measure(vault, source, out, passphrase)
    del app
    print(json.dumps(result))


if __name__ == "__main__":
    main()
