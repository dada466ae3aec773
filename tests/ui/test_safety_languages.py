"""The safety area in Spanish and Arabic: counts in the plural form their number
needs, the disguised fronts as an everyday app of that language that gives nothing
away, file paths kept in their own order inside Arabic sentences, and dialogs that
grow to fit their longer words instead of cutting them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from journal.salvage.salvage import SalvageReport
from ui.disguise.front_window import FrontWindow
from ui.disguise.fronts import FRONTS
from ui.disguise.fronts.budget import BudgetFront, amount
from ui.disguise.fronts.recipes import RecipesFront
from ui.disguise.way_in import WayIn
from ui.i18n.loading import compile_language, install, uninstall
from ui.safety.backups_dialog import status_note
from ui.safety.prefs import SafetyPrefs
from ui.safety.repair_dialog import RepairDialog, report_text
from ui.safety.settings_dialog import SafetySettingsDialog

from ..factories import journal_at

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen

#: Words that would tell an onlooker what the disguised app is, in each language
#: (the glossary's terms for journal, passphrase, quick exit, safety, evidence...).
TELLING = {
    "es": re.compile(
        r"diario|contraseña|salida rápida|seguridad|prueba|incidente|polic|violencia|"
        r"apariencia|bloque|cifrad",
        re.I,
    ),
    "ar": re.compile(
        r"اليوميات|عبارة المرور|خروج سريع|الأمان|الأدلة|دليل|حادثة|شرط|عنف|المظهر|قفل|مشفّر"
    ),
}
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


@pytest.fixture
def speak(qapp: QApplication, tmp_path: Path) -> Iterator[object]:
    """`speak("ar")` puts the interface in that language until the test ends."""
    installed: list[object] = []

    def language(code: str) -> None:
        installed.extend(install(qapp, code, compile_language(code, tmp_path / "qm")))

    yield language
    uninstall(qapp, installed)  # type: ignore[arg-type]


def front_words(window: FrontWindow) -> list[str]:
    """What a person sees on a front: its menus, title, status line, labels, buttons,
    placeholders, and the rows of its lists and sheets."""
    words = [window.windowTitle(), window.statusBar().currentMessage()]
    for action in window.menuBar().actions():
        words.append(action.text())
        menu = action.menu()
        words += [item.text() for item in menu.actions()] if menu is not None else []
    for widget in window.findChildren(QWidget):
        for getter in ("text", "placeholderText"):
            value = getattr(widget, getter, None)
            if callable(value) and isinstance(shown := value(), str):
                words.append(shown)
        if isinstance(widget, QAbstractItemView) and (model := widget.model()) is not None:
            for row in range(model.rowCount()):
                column = 0
                while model.hasIndex(row, column):
                    words.append(str(model.index(row, column).data() or ""))
                    column += 1
    return [word for word in words if any(ch.isalpha() for ch in word)]


@pytest.mark.parametrize("code", ["es", "ar"])
def test_every_front_reads_as_an_everyday_app_and_tells_nothing(qtbot, speak, code) -> None:
    speak(code)  # type: ignore[operator]
    for look in FRONTS:
        window = FrontWindow(look, WayIn.for_word("marigold"), lambda: None)
        qtbot.addWidget(window)
        window.present()
        words = front_words(window)
        assert len(words) >= 4, look
        assert [word for word in words if TELLING[code].search(word)] == [], look
        if code == "ar":  # everything translated: each text has Arabic in it
            assert [word for word in words if not ARABIC_LETTER.search(word)] == [], look
        window.hide()


def test_the_spanish_budget_and_recipes_are_spanish_and_add_up_the_spanish_way(
    qtbot, speak
) -> None:
    speak("es")  # type: ignore[operator]
    budget = BudgetFront()
    qtbot.addWidget(budget)
    budget.reset()
    first_row = budget.table.item(0, 0)
    assert first_row is not None and first_row.text() == "Alquiler"
    amounts = budget.table.item(0, 1)
    assert amounts is not None and amounts.text() == "650,00"
    assert budget.total.text() == "Total: 1001,30"
    assert amount("1.250,50") == pytest.approx(1250.5) == amount("1250,50")
    assert amount("12.5") == pytest.approx(12.5)  # typed the plain way, still counted
    recipes = RecipesFront()
    qtbot.addWidget(recipes)
    recipes.reset()
    assert recipes.list.item(0).text() == "Sopa de lentejas"
    assert "lentejas rojas" in recipes.text.toPlainText()


def test_arabic_counts_take_the_form_their_number_needs(qtbot, speak, tmp_path: Path) -> None:
    speak("ar")  # type: ignore[operator]
    budget = BudgetFront()
    qtbot.addWidget(budget)
    said: list[str] = []
    budget.status.connect(said.append)
    budget.reset()
    assert said[-1] == "6 بنود هذا الشهر"  # few (3 to 10): plural noun
    rent = budget.table.item(0, 1)
    assert rent is not None and rent.text() == "650.00"  # Western digits, as %n writes them
    for row in range(1, 6):
        item = budget.table.item(row, 0)
        assert item is not None
        item.setText("")
    assert said[-1] == "بند واحد هذا الشهر"  # one: the number is in the words
    dialog = SafetySettingsDialog(SafetyPrefs(lock_minutes=2))
    qtbot.addWidget(dialog)
    assert dialog.minutes.suffix() == " دقيقة"  # two, after the digits: the singular
    dialog.minutes.setValue(5)
    assert dialog.minutes.suffix() == " دقائق"
    dialog.minutes.setValue(11)
    assert dialog.minutes.suffix() == " دقيقة"
    journal = journal_at(tmp_path / "j" / "notes.db")
    try:
        assert status_note(journal).startswith("لا تدوينات · ")  # zero has its own words
    finally:
        journal.vault.lock()


def test_english_counts_are_singular_for_one(qtbot, speak, tmp_path: Path) -> None:
    speak("en")  # type: ignore[operator]
    report = SalvageReport(tmp_path / "new.db", 3, 4, 1, 1, True, ("revision 2: unreadable",))
    assert "1 thing could not be saved; it is listed below." in report_text(report)
    budget = BudgetFront()
    qtbot.addWidget(budget)
    said: list[str] = []
    budget.status.connect(said.append)
    budget.reset()
    assert said[-1] == "6 items this month"


def test_a_path_keeps_its_order_and_the_repair_dialog_grows_to_show_it_all(
    qtbot, speak, tmp_path: Path
) -> None:
    speak("ar")  # type: ignore[operator]
    target = tmp_path / "stick" / "notes-repaired.db"
    report = SalvageReport(target, 43, 44, 3, 3, False, ("revision 20: unreadable",), "cut")
    said = report_text(report)
    assert f"\N{FIRST STRONG ISOLATE}{target}\N{POP DIRECTIONAL ISOLATE}" in said
    assert ARABIC_LETTER.search(said) and "43 من 44" in said
    dialog = RepairDialog(tmp_path / "notes.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.isRightToLeft()
    dialog.message.setText(said)

    def nothing_cut() -> bool:
        labels = [label for label in dialog.findChildren(QLabel) if label.isVisible()]
        return all(
            label.heightForWidth(label.width()) <= label.height() + 2
            for label in labels
            if label.wordWrap()
        )

    qtbot.waitUntil(nothing_cut)
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
