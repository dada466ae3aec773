"""The bundle check speaks the interface's language: a bundle with a changed file
and a missing one, checked by the real verify code in the real dialog, lists its
findings in Spanish (and in Arabic), each sentence translated whole with the file's
name put in. The app's real compiled translations are installed (translated.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from journal.export.bundle import export_bundle
from journal.export.options import ExportOptions, select
from journal.export.verify import SMALL_LIMIT, verify_bundle
from ui.app.window import AppWindow
from ui.export.verify_dialog import VerifyDialog
from ui.i18n import core_text

from ..export_fixtures import clock, populate
from .conftest import unlock_window
from .translated import installed

KEPT = {"manifest.json", "key_history.json", "vault_pub.pem", "SHA256SUMS", "SHA256SUMS.sig"}


def _tampered(window: AppWindow, qtbot, folder: Path) -> tuple[str, str]:
    """An unpacked bundle in `folder` with one file changed and one removed: their names."""
    session = unlock_window(qtbot, window)
    populate(session.journal, with_evidence=False)
    bundle = folder.parent / "bundle.zip"
    export_bundle(select(session.journal, ExportOptions(), clock), session.journal, bundle)
    window.lock()
    zipfile.ZipFile(bundle).extractall(folder)
    listed = (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    names = sorted(line[66:] for line in listed)  # "<sha256> <space or *><name>"
    changed, missing = [name for name in names if name not in KEPT][:2]
    with (folder / changed).open("ab") as handle:
        handle.write(b"\n")
    (folder / missing).unlink()
    return changed, missing


def test_the_verify_dialog_lists_a_changed_and_a_missing_file_in_spanish(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "unpacked"
    changed, missing = _tampered(window, qtbot, folder)
    with installed("es", tmp_path / "translation"):
        window.exports.verify_action.trigger()
        checker = window.exports.dialog
        assert isinstance(checker, VerifyDialog)
        checker.verify_path(folder)
        qtbot.waitUntil(lambda: checker.report is not None, timeout=30_000)
        items = [checker.findings.item(i).text() for i in range(checker.findings.count())]
    assert checker.report is not None and checker.report.signature_ok
    assert len(items) == 2, items
    said = "\n".join(items)
    assert f"{changed} ha sido alterado (su SHA-256 no coincide con SHA256SUMS)" in said
    assert f"falta {missing}" in said
    assert "was changed" not in said and "is missing" not in said
    assert all("{" not in item for item in items)  # every template was filled in


def test_the_same_findings_read_in_arabic_and_stay_english_for_the_command_line(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "unpacked"
    changed, missing = _tampered(window, qtbot, folder)
    report = verify_bundle(folder)
    english = sorted(f.message for f in report.findings)
    assert english == sorted(
        [f"{changed} was changed (its SHA-256 differs from SHA256SUMS)", f"{missing} is missing"]
    )  # the CLI and the logs read these exact words
    with installed("ar", tmp_path / "translation"):
        shown = {core_text(f.message) for f in report.findings}
    assert shown == {
        f"الملف {changed} معدَّل (بصمته SHA-256 تختلف عمّا في SHA256SUMS)",
        f"الملف {missing} مفقود",
    }


def test_a_list_of_sums_too_large_to_read_is_said_whole_in_spanish(tmp_path: Path) -> None:
    folder = tmp_path / "bundle"
    folder.mkdir()
    with (folder / "SHA256SUMS").open("wb") as sums:
        sums.truncate(SMALL_LIMIT + 1)  # sparse: its size alone refuses it, nothing is read
    report = verify_bundle(folder)
    [finding] = report.findings
    assert finding.message == "SHA256SUMS cannot be read (SHA256SUMS is far too large)"
    with installed("es", tmp_path / "translation"):
        shown = core_text(finding.message)
    assert shown == "SHA256SUMS no se puede leer (SHA256SUMS es demasiado grande)"
