"""Errors and sentences of the core, shown by the app in the interface language: the
template translated (core.ts), the values in their places (a value that is itself a
phrase of the core translated too), counts in the language's plural forms, and a
translation whose fields are wrong never hiding the message (English instead)."""

from __future__ import annotations

import errno
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from journal.case.patterns import summary_parts
from journal.errors import NotAVault, WrongPassphrase
from journal.export.timestamps.client import TimestampFailed
from journal.translatable import QT_TRANSLATE_NOOP, counted, phrase
from journal.vault.file_format import check_is_vault
from ui.app.errors import describe
from ui.i18n import core_text
from ui.i18n.loading import compile_language, install, lrelease, uninstall
from ui.i18n.translate import core_phrase

NOT_A_JOURNAL = "The file {path} is not a journal this app can open."


@pytest.fixture
def language(qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The app in `request.param`, from a .qm compiled into the test's own folder."""
    code = request.param
    translators = install(qapp, code, compile_language(code, tmp_path / "compiled"))
    try:
        yield code
    finally:
        uninstall(qapp, translators)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "es",
            "El archivo {path} no es un diario que esta aplicación pueda abrir (es una carpeta).",
        ),
        ("ar", "الملف {path} ليس ملف يوميات يستطيع هذا التطبيق فتحه (إنه مجلد)."),
    ],
    indirect=["language"],
)
def test_an_error_is_shown_translated_with_its_values_in_place(
    language: str, expected: str, tmp_path: Path
) -> None:
    folder = tmp_path / "Mi diario.journal"
    folder.mkdir()
    with pytest.raises(NotAVault) as raised:
        check_is_vault(folder)  # the core's own check, raising its own error
    error = raised.value
    assert str(error) == (
        f"The file {folder} is not a journal this app can open (it is a folder)."
    )  # the English the CLI and the logs keep
    assert describe(error) == expected.format(path=folder)


@pytest.mark.parametrize("language", ["es", "ar"], indirect=True)
def test_errors_inside_errors_and_reasons_of_the_disk_are_translated(language: str) -> None:
    inner = phrase(QT_TRANSLATE_NOOP("core", "the answer holds no timestamp"))
    error = TimestampFailed(
        QT_TRANSLATE_NOOP("core", "{host} sent an answer that cannot be used: {problem}"),
        host="tsa.example",
        problem=inner,
    )
    shown = describe(error)
    assert "tsa.example" in shown
    assert "the answer holds no timestamp" not in shown and "sent an answer" not in shown
    assert ("ختم" if language == "ar" else "sello de tiempo") in shown
    full = OSError(errno.ENOSPC, "No space left on device", "/media/stick/copy.journal")
    disk = describe(full)
    assert "copy.journal" in disk and "not enough space" not in disk
    assert ("مساحة كافية" if language == "ar" else "espacio suficiente") in disk
    assert describe(WrongPassphrase()) != str(WrongPassphrase())


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_arabic_counts_take_their_own_plural_forms(language: str) -> None:
    template = "%n files added"
    shown = {n: core_phrase(counted(template, n, f"{n} files added")) for n in (1, 2, 3, 11, 100)}
    assert shown[1] == "أُضيف ملف واحد"
    assert shown[2] == "أُضيف ملفان"
    assert shown[3] == "أُضيفت 3 ملفات"
    assert shown[11] == "أُضيف 11 ملفًا"
    assert shown[100] == "أُضيف 100 ملف"


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_a_sentence_built_of_phrases_is_translated_piece_by_piece(language: str) -> None:
    from journal.case.patterns import MonthCount, Pattern

    pattern = Pattern(
        months=(MonthCount(2025, 3, 1), MonthCount(2025, 4, 0), MonthCount(2025, 5, 2)),
        categories=(),
        undated=1,
    )
    shown = " ".join(core_phrase(part) for part in summary_parts(pattern))
    assert shown == (
        "3 entradas de marzo de 2025 a mayo de 2025 (3 meses). "
        "Meses con más entradas: mayo de 2025 (2), marzo de 2025 (1). "
        "1 mes sin entradas. 1 entrada sin fecha."
    )


def _broken_catalogue(folder: Path) -> Path:
    """A Spanish .qm whose translations of one template name the wrong field, drop
    the field, or break the braces: mistakes a translator can make."""
    source = folder / "broken.ts"
    wrong = {
        "The journal is locked.": "El diario está bloqueado.",  # a right one: it is loaded
        NOT_A_JOURNAL: "El archivo {ruta} no es un diario.",
        "The journal {path} is open read-only; nothing was saved.": "Solo lectura.",
        "The folder {parent} does not exist.": "La carpeta {parent no existe.",
    }
    messages = "".join(
        f"<message><source>{s}</source><translation>{t}</translation></message>"
        for s, t in wrong.items()
    )
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es">'
        f"<context><name>core</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    tool = lrelease()
    assert tool is not None
    target = folder / "broken.qm"
    subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], check=True, timeout=60)
    return target


def test_a_translation_with_wrong_fields_never_hides_the_message(
    qapp: QApplication, tmp_path: Path
) -> None:
    translators = install(qapp, "es", _broken_catalogue(tmp_path))
    try:
        path = Path("/media/stick/notes.journal")
        assert core_text("The journal is locked.") == "El diario está bloqueado."
        error = NotAVault(path)
        assert describe(error) == f"The file {path} is not a journal this app can open."
        read_only = "The journal {path} is open read-only; nothing was saved."
        assert core_text(read_only, {"path": path}) == read_only.format(path=path)
        folder = "The folder {parent} does not exist."
        assert core_text(folder, {"parent": "/x"}) == "The folder /x does not exist."
    finally:
        uninstall(qapp, translators)
