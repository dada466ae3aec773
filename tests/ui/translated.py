"""The app's real compiled translation, installed for one test and removed after.

Tests run in the source language (no translator), where a plural string shows
its source form ("1 entries"); a test about the wording a person reads installs
the language the app itself would (English included: its singular forms live in
translations/en). The .qm is compiled into the test's own folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.i18n.loading import compile_language, install, uninstall


@contextmanager
def installed(language: str, folder: Path) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install(app, language, compile_language(language, folder))
    try:
        yield
    finally:
        uninstall(app, translators)


@pytest.fixture
def english(tmp_path: Path) -> Iterator[None]:
    """The test sees the English the app shows (singular forms included)."""
    with installed("en", tmp_path / "translation"):
        yield
