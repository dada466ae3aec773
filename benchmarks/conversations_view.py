"""The conversations view over a large journal: how long the GUI thread is busy, and
how long until the first 2,000 messages and the contact chart are shown.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/conversations_view.py \\
        [--messages 200000]

One generated WhatsApp export (benchmarks/messages_parse.py's generator) imported into
a new journal in a temporary folder; then the view is opened, searched and filtered.
For each step: the time `refresh()` holds the GUI thread (the index search and starting
the task), and the time until the lists are filled (reading the records and counting
the contact off the GUI thread, then filling the tables). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from messages_parse import generate  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal.session.journal import Journal  # noqa: E402
from journal.session.message_import import import_messages  # noqa: E402
from journal.vault.crypto import KdfParams  # noqa: E402
from journal.vault.lifecycle import create_vault  # noqa: E402
from ui.app.session import Session  # noqa: E402
from ui.conversations.window import ConversationsWindow  # noqa: E402


def step(view: ConversationsWindow, name: str, change: object) -> None:
    loop = QEventLoop()
    view.shown_again.connect(loop.quit)
    start = time.perf_counter()
    if callable(change):
        change()
    view.refresh()
    held = time.perf_counter() - start
    if view.task is not None:
        loop.exec()
    shown = time.perf_counter() - start
    view.shown_again.disconnect(loop.quit)
    rows = view.message_table.rowCount()
    print(f"{name:<28} GUI thread {held * 1000:7.1f} ms   shown after {shown:6.2f} s   {rows} rows")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=200_000)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "WhatsApp Chat with Mark Doe.txt"
        generate(export, args.messages)
        kdf = KdfParams.fresh(memory_kib=64 * 1024, iterations=1, lanes=1)
        vault, _code = create_vault(Path(tmp) / "notes.db", "benchmark, not a secret", kdf=kdf)
        journal = Journal.open(vault)
        start = time.perf_counter()
        import_messages(journal, export, timezone="Europe/Berlin")
        print(f"imported {args.messages:,} messages in {time.perf_counter() - start:.1f} s")
        session = Session(journal)
        start = time.perf_counter()
        view = ConversationsWindow(session)  # its first refresh starts here
        print(f"{'window made':<28} GUI thread {(time.perf_counter() - start) * 1000:7.1f} ms")
        view.show()
        step(view, "everything (first 2,000)", None)
        step(view, "search 'regret'", lambda: view.search.setText("regret"))
        step(view, "one day", lambda: (view.search.clear(), view.date_from.setText("2023-03-01"),
                                        view.date_to.setText("2023-03-01")))  # fmt: skip
        session.lock()
    app.quit()


if __name__ == "__main__":
    main()
