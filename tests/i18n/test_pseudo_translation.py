"""Every window in a pseudo-translation: no string left untranslated, none cut off.

The pseudo-translation (ui/i18n/catalogue.pseudo) accents every letter of every
string the code marks and lengthens it by a third, between ⟦ and ⟧. With it
loaded, the first-run pages, the unlock page and every window an open journal
can show are opened (the same walk as the lock test), and every text a person can
see must carry the marks, unless it is the journal's own content (the canary),
has no letters (numbers, dates), or is named below with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.app.window import AppWindow
from ui.i18n.catalogue import build_pseudo
from ui.i18n.loading import install, uninstall
from ui.pages.create import CreatePage

from ..ui.conftest import shown_window, unlock_window
from ..ui.test_lock_wipes_everything import CANARY, canary_vault, open_everything, settle
from .screen_texts import cut_off, visible_texts

__all__ = ["canary_vault"]

#: Texts that are right untranslated, each with the reason.
NOT_TRANSLATED = {
    "English", "Español", "العربية",  # each language named in itself
    "Incident Journal export signature",  # the signer's name, as the PDF and pdfsig show it
}  # fmt: skip
#: Qt's own words (standard buttons, its shortcut field): Qt's translation of them,
#: qtbase_<language>.qm, is loaded with the app's (test_languages.py checks it does).
QT_OWN = {"OK", "Cancel", "Close", "Save", "Press shortcut"}
#: What the walk itself put on screen (a file name, an address it typed in).
GIVEN_BY_THE_TEST = re.compile(r"tsa\.example|\.txt|\.zip|\.pdf|/media|^X$")  # X: a chat's name
#: Exact values shown as they are: a media type, a time whose only letters are "UTC".
EXACT_VALUES = re.compile(r"^[a-z]+/[a-z0-9.+-]+$|^[^A-Za-z]*UTC[^A-Za-z]*$")


@pytest.fixture(scope="module")
def pseudo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pseudo(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_file: Path) -> Iterator[None]:
    translators = install(qapp, "pseudo", pseudo_file)
    assert translators, "the pseudo-translation did not load"
    yield
    uninstall(qapp, translators)


def untranslated() -> list[str]:
    found = set()
    for where, text in visible_texts():
        text = text.strip()
        if (
            not any(ch.isalpha() for ch in text)
            or "⟦" in text
            or CANARY in text
            or text in NOT_TRANSLATED
            or text in QT_OWN
            or GIVEN_BY_THE_TEST.search(text)
            or EXACT_VALUES.match(text)
        ):
            continue
        found.add(f"{where}: {text[:70]!r}")
    return sorted(found)


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_the_first_run_pages_are_translated_and_fit(qtbot, tmp_path: Path, pseudo) -> None:
    window = shown_window(qtbot, tmp_path / "new" / "notes.db")
    page = window.page
    assert isinstance(page, CreatePage)
    assert untranslated() == [] and cut_off() == []
    page.start_button.click()
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 1)
    assert untranslated() == [] and cut_off() == []


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_every_window_of_an_open_journal_is_translated_and_fits(
    qtbot, canary_vault, pseudo
) -> None:
    path, ids = canary_vault
    window: AppWindow = shown_window(qtbot, path)
    assert untranslated() == [] and cut_off() == []  # the unlock page
    unlock_window(qtbot, window)
    opened = open_everything(qtbot, window, ids)
    settle(qtbot)
    assert len(opened) >= 4
    left, cut = untranslated(), cut_off()
    assert left == [], "untranslated:\n" + "\n".join(left)
    assert cut == [], "cut off:\n" + "\n".join(cut)


def test_the_walk_sees_an_untranslated_label_and_a_cut_off_button(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    from ui.i18n import tr

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(QLabel("Where it happened"))
    layout.addWidget(QLabel(tr("⟦Whéré⟧")))
    button = QPushButton("A long button label that cannot fit")
    layout.addWidget(button)
    holder.show()
    button.setFixedWidth(40)
    qtbot.waitExposed(holder)
    assert any("Where it happened" in line for line in untranslated())
    assert not any("Whéré" in line for line in untranslated())
    assert any("A long button" in line for line in cut_off())
