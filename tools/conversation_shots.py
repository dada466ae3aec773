"""Screenshots of the conversations view (messages, linking, the contact chart, the
time-zone question) and two pages of a chronology with a message log and the
"Contact over time" section, rendered with pdftoppm.

Run under a real X server:
    xvfb-run -a .venv/bin/python tools/conversation_shots.py [OUT_DIR] [PDF_PAGES_DIR]
(defaults docs/screenshots and docs/export-samples). The journal and the exports are
made up, in a temporary folder deleted afterwards. With `--language es` (or ar) the
windows are shown in that language and saved as es-conversations-*.png, without the
PDF pages.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from journal.entries.model import EntryContent, EventTime  # noqa: E402
from journal.export.options import ExportOptions, select  # noqa: E402
from journal.export.pdf.render import render_pdf  # noqa: E402
from journal.session.journal import Journal  # noqa: E402
from journal.session.message_import import import_messages  # noqa: E402
from journal.session.message_links import link_messages  # noqa: E402
from journal.vault.crypto import KdfParams  # noqa: E402
from journal.vault.lifecycle import create_vault  # noqa: E402
from tests.messages.builders import Line, android_chat, en_gb  # noqa: E402
from tools.screenshots import shot, wait_until  # noqa: E402
from ui.app.session import Session  # noqa: E402
from ui.conversations.import_dialogs import ZoneQuestion  # noqa: E402
from ui.conversations.linking import EntryChooser  # noqa: E402
from ui.conversations.window import ConversationsWindow  # noqa: E402
from ui.i18n.languages import ENGLISH  # noqa: E402
from ui.i18n.loading import install  # noqa: E402

SAID = (
    "Where are you?",
    "Answer me.",
    "I know you're at your sister's.",
    "You'll regret this.\nDon't think the police will help you, I am the police.",
    "Pick up the phone",
    "Drop the complaint or you won't see the kids.",
)


def chat(folder: Path) -> Path:
    start = datetime(2025, 3, 1, 21, 40)
    lines: list[Line] = []
    for day in range(18):
        burst = 3 + (day * 7) % 11
        for n in range(burst):
            when = start + timedelta(days=day, minutes=37 * n)
            lines.append(Line(when, "Ex-partner", SAID[(day + n) % len(SAID)]))
        if day % 4 == 0:
            lines.append(Line(start + timedelta(days=day, hours=13), "Me", "Please stop."))
    path = folder / "WhatsApp Chat with Ex-partner.txt"
    path.write_text(android_chat(lines, en_gb), encoding="utf-8")
    return path


def call_log(folder: Path) -> Path:
    base = int(datetime(2025, 3, 2, 23, 5).timestamp() * 1000)
    rows = "\n".join(
        f'  <call number="+15550001111" duration="{(i * 17) % 90}" date="{base + i * 5_400_000}"'
        f' type="{(1, 3, 3, 5)[i % 4]}" presentation="1" contact_name="Ex-partner" />'
        for i in range(40)
    )
    path = folder / "calls-20250320.xml"
    path.write_text(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
        f'<calls count="40">\n{rows}\n</calls>\n',
        encoding="utf-8",
    )
    return path


def pdf_pages(journal: Journal, folder: Path, out: Path) -> None:
    pdf = folder / "chronology.pdf"
    options = ExportOptions(include_contact=True)
    with pdf.open("wb") as stream:
        render_pdf(select(journal, options), journal, stream)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    wanted = {
        "messages-01-message-log": "Linked messages",
        "messages-02-contact-over-time": "Busiest days",
    }
    for name, marker in wanted.items():
        page = next(i for i, t in enumerate(pages, 1) if marker in t)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile",
             str(pdf), str(out / name)],
            check=True,
        )  # fmt: skip
        print(f"saved {name}.png (page {page})")


def main() -> int:
    arguments = sys.argv[1:]
    language = ENGLISH
    if "--language" in arguments:
        at = arguments.index("--language")
        language = arguments[at + 1]
        del arguments[at : at + 2]
    out = Path(arguments[0]) if arguments else ROOT / "docs" / "screenshots"
    pages = Path(arguments[1]) if len(arguments) > 1 else ROOT / "docs" / "export-samples"
    prefix = "" if language == ENGLISH else f"{language}-"
    out.mkdir(parents=True, exist_ok=True)
    pages.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    _kept = install(app, language)  # before any window is made; kept alive to the end
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app.setApplicationDisplayName("Notes")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        kdf = KdfParams.fresh(memory_kib=64 * 1024, iterations=1, lanes=1)
        vault, _code = create_vault(folder / "notes.db", "kettle orbit lantern mossy", kdf=kdf)
        journal = Journal.open(vault)
        entry = journal.add_entry(
            EntryContent("contact", "Threats by message", EventTime("2025-03-04T21:40"))
        )
        import_messages(journal, chat(folder), timezone="Europe/Berlin")
        import_messages(journal, call_log(folder))
        session = Session(journal)
        view = ConversationsWindow(session)
        view.resize(1100, 640)
        view.show()
        wait_until(lambda: view.task is None)
        table = view.message_table
        # not selectRow: Qt 6.11's selectRow selects nothing in a right-to-left table
        table.setCurrentIndex(table.model().index(12, 0))
        shot(view, out, f"{prefix}conversations-01-view")
        table.setCurrentIndex(table.model().index(11, 0))
        view.message_table.selectionModel().select(
            view.message_table.model().index(12, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        chooser = EntryChooser(journal.entries(), len(view.chosen_ids()), view)
        chooser.show()
        shot(chooser, out, f"{prefix}conversations-02-link")
        link_messages(journal, entry, view.chosen_ids())
        chooser.close()
        view.tabs.setCurrentWidget(view.contact)
        shot(view, out, f"{prefix}conversations-03-contact")
        question = ZoneQuestion("WhatsApp Chat with Ex-partner.txt", view)
        question.zone.setText("Europe/Berlin")
        question.show()
        shot(question, out, f"{prefix}conversations-04-zone")
        question.close()
        view.close()
        if language == ENGLISH:
            pdf_pages(journal, folder, pages)
        session.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
