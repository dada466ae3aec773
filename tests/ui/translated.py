"""The app's own translation loaded into the test's QApplication, as the app does at
start, compiled from the repository's .ts files into the test's own folder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.i18n.loading import compile_language, install, uninstall


@contextmanager
def translated(language: str, folder: Path) -> Iterator[None]:
    """The interface in `language` (layout right to left for Arabic) until the end."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install(app, language, compile_language(language, folder))
    try:
        yield
    finally:
        uninstall(app, translators)
