"""Loading the compiled translations into the running app.

`install(app, language)` loads Qt's own words for its standard buttons and
dialogs (qtbase_<language>.qm, shipped with Qt) and the app's (<language>.qm,
compiled from translations/<language>/*.ts), and turns the whole layout right to
left for a right-to-left language. A missing or stale .qm is compiled on the spot
when Qt's `lrelease` is at hand (a developer's checkout); the packaged app carries
its .qm files ready (packaging/incident-journal.spec).
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from journal.system.paths import APP_DIR_NAME
from ui.i18n.languages import ENGLISH, PSEUDO

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "translations"
COMPILED = HERE / "compiled"


def sources_of(language: str) -> list[Path]:
    return sorted((SOURCES / language).glob("*.ts"))


def lrelease() -> Path | None:
    """Qt's compiler of .ts files, as the PySide6 wheel ships it."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    return None


def compile_language(language: str, into: Path) -> Path:
    """Compile translations/<language>/*.ts to into/<language>.qm and return it."""
    tool = lrelease()
    if tool is None:
        raise FileNotFoundError("Qt's lrelease is not installed with PySide6")
    into.mkdir(parents=True, exist_ok=True)
    target = into / f"{language}.qm"
    sources = [str(p) for p in sources_of(language)]
    subprocess.run(
        [str(tool), "-silent", *sources, "-qm", str(target)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return target


def _stale(compiled: Path, language: str) -> bool:
    if not compiled.is_file():
        return True
    newest = max((p.stat().st_mtime for p in sources_of(language)), default=0.0)
    return compiled.stat().st_mtime < newest


def compiled_file(language: str) -> Path | None:
    """The .qm to load for `language`, compiled first where it is missing or older
    than its sources (never in the packaged app, which has no sources)."""
    shipped = COMPILED / f"{language}.qm"
    if getattr(sys, "frozen", False) or not sources_of(language) or not _stale(shipped, language):
        return shipped if shipped.is_file() else None
    cache = platformdirs.user_cache_path(APP_DIR_NAME, appauthor=False)
    if not _stale(cache / f"{language}.qm", language):
        return cache / f"{language}.qm"
    for folder in (COMPILED, cache):  # the checkout may be read-only
        try:
            return compile_language(language, folder)
        except (OSError, subprocess.SubprocessError):
            log.warning("could not compile the %s translation in one of its folders", language)
    return shipped if shipped.is_file() else None


def install(
    app: QCoreApplication, language: str, own_file: Path | None = None
) -> list[QTranslator]:
    """Load `language` into `app` (the app's words from `own_file` when given, as
    the pseudo-translation test does); returns the translators, to keep alive."""
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files: list[str] = []
    if language not in (ENGLISH, PSEUDO):
        files.append(str(Path(qt_folder) / f"qtbase_{language}.qm"))
    own = own_file or compiled_file(language)
    if own is not None:
        files.append(str(own))
    for file in files:
        translator = QTranslator(app)
        if translator.load(file):
            app.installTranslator(translator)
            installed.append(translator)
    locale = QLocale(ENGLISH if language == PSEUDO else language)
    QLocale.setDefault(locale)
    if isinstance(app, QApplication):
        app.setLayoutDirection(locale.textDirection())
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to the source language (tests that switch languages use this)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(ENGLISH))
    if isinstance(app, QApplication):
        app.setLayoutDirection(QLocale(ENGLISH).textDirection())
