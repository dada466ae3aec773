"""The interface in one language for a test: the repository's .ts sources compiled
into the test's own folder and installed, then taken out again.

The app always loads a language at start (English included: its plural forms,
"1 entry", come from translations/en); a test that reads counted words installs
it the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.i18n.loading import compile_language, install, uninstall


@contextmanager
def interface_language(language: str, folder: Path) -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    translators = install(app, language, compile_language(language, folder))
    try:
        yield
    finally:
        uninstall(app, translators)
