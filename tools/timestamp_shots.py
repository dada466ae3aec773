"""Screenshots of the trusted-timestamp screens: the choice of authorities (as it is
by default: off) and the export window after "Get a trusted timestamp now".

Run under a real X server:
    xvfb-run -a .venv/bin/python tools/timestamp_shots.py [OUT_DIR]
(default docs/screenshots). The timestamp comes from a throwaway local authority
(tests/tsa_authority.py, `openssl ts -reply` on 127.0.0.1), so nothing leaves the machine.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from journal.entries.model import EntryContent, EventTime  # noqa: E402
from journal.export.timestamps.store import choose_authorities  # noqa: E402
from journal.session.journal import Journal  # noqa: E402
from journal.vault.crypto import KdfParams  # noqa: E402
from journal.vault.lifecycle import create_vault  # noqa: E402
from tests.tsa_authority import LocalAuthority  # noqa: E402
from tools.export_shots import _stick  # noqa: E402
from tools.screenshots import settle, shot, wait_until  # noqa: E402
from ui.app.session import Session  # noqa: E402
from ui.export.dialog import ExportDialog  # noqa: E402
from ui.export.timestamps import TimestampSettingsDialog  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app.setApplicationDisplayName("Notes")
    with tempfile.TemporaryDirectory() as tmp:
        kdf = KdfParams.fresh(memory_kib=64 * 1024, iterations=1, lanes=1)
        vault, _code = create_vault(Path(tmp) / "notes.db", "kettle orbit lantern mossy", kdf=kdf)
        journal = Journal.open(vault)
        journal.add_entry(
            EntryContent(
                kind="incident", title="Threats at handover", occurred=EventTime("2025-03-14")
            )
        )
        choice = TimestampSettingsDialog(journal)
        choice.show()
        shot(choice, out, "timestamps-01-choice")
        choice.close()
        with LocalAuthority(Path(tmp) / "tsa", "Local Test Timestamp Authority") as tsa:
            choose_authorities(journal, [tsa.url])
            dialog = ExportDialog(Session(journal))
            dialog.show()
            stick = _stick(Path(tmp))  # the shot shows no path of this machine
            dialog.export_to(stick / "for-lawyer.zip")
            wait_until(lambda: dialog.outcome is not None)
            if dialog.result_box is not None:
                dialog.result_box.close()
            dialog.timestamp_offer.button.click()
            wait_until(dialog.timestamp_offer.button.isEnabled)
            settle(300)
            shot(dialog, out, "timestamps-02-after-export")
            dialog.close()
            if stick != Path(tmp):
                shutil.rmtree(stick)
        vault.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
