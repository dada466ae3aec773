"""Which language the interface speaks, how a person chooses it, and Arabic's mirror."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ui.i18n import core_text, tr
from ui.i18n.chooser import LanguageDialog
from ui.i18n.languages import effective_language, system_language
from ui.i18n.loading import compile_language, install, uninstall
from ui.safety.prefs import ALLOWED_KEYS, KEY_LANGUAGE, app_settings

from ..ui.conftest import shown_window


def test_the_computers_language_is_followed_where_the_app_has_it() -> None:
    assert system_language(QLocale("es_MX")) == "es"
    assert system_language(QLocale("ar_EG")) == "ar"
    assert system_language(QLocale("fr_FR")) == "en"
    assert effective_language("", QLocale("ar_EG")) == "ar"
    assert effective_language("es", QLocale("ar_EG")) == "es"
    assert effective_language("klingon", QLocale("es_ES")) == "es"  # an unknown choice
    assert effective_language(None, QLocale("de_DE")) == "en"


def test_arabic_turns_the_whole_layout_right_to_left(qtbot, qapp, tmp_path: Path) -> None:
    compiled = compile_language("ar", tmp_path)
    translators = install(qapp, "ar", compiled)
    try:
        assert len(translators) == 2  # Qt's own words and the app's
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window = shown_window(qtbot, tmp_path / "new" / "notes.db")
        assert window.isRightToLeft()
        assert tr("&Quit") != "&Quit" and any("\u0600" <= ch <= "\u06ff" for ch in tr("&Quit"))
    finally:
        uninstall(qapp, translators)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert tr("&Quit") == "&Quit"


def test_spanish_words_and_a_core_template_without_translation(qapp, tmp_path: Path) -> None:
    translators = install(qapp, "es", compile_language("es", tmp_path))
    try:
        assert tr("&Quit") != "&Quit"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own words
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
        # a template whose translation is missing shows the English, values in place
        assert core_text("No such words {n}", {"n": 3}) == "No such words 3"
    finally:
        uninstall(qapp, translators)


def test_the_language_is_chosen_from_the_view_menu_and_kept_neutrally(qtbot, tmp_path) -> None:
    window = shown_window(qtbot, tmp_path / "new" / "notes.db")
    action = window.main_actions.language
    assert action in window.main_actions.view_menu.actions()
    assert action.isEnabled()  # before any journal is open: the first page may need it

    def choose() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LanguageDialog))
        dialog.choices.setCurrentRow(
            next(
                r
                for r in range(dialog.choices.count())
                if dialog.choices.item(r).text() == "Español"
            )
        )
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, choose)
    action.trigger()
    assert app_settings().value(KEY_LANGUAGE) == "es"
    assert KEY_LANGUAGE in ALLOWED_KEYS and KEY_LANGUAGE == "language"
    assert effective_language(app_settings().value(KEY_LANGUAGE, "")) == "es"


def test_the_failed_attempts_notice_counts_and_dates_in_the_interface_language(
    qapp, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from journal.vault.unlock_attempts import FailedAttempts, describe

    last = datetime(2026, 11, 16, 21, 7, tzinfo=UTC)
    once, three = describe(FailedAttempts(1, last)), describe(FailedAttempts(3, last))
    assert once is not None and three is not None
    assert "code once (the last on 16 Nov 2026 at" in once  # the CLI's English, unchanged
    for language, expected_once, expected_three, month in (
        ("es", "una vez", "3 veces", "nov 2026"),
        ("ar", "مرة واحدة", "3 مرات", "نوفمبر 2026"),
    ):
        translators = install(qapp, language, compile_language(language, tmp_path / language))
        try:
            shown_once, shown_three = core_text(once), core_text(three)
        finally:
            uninstall(qapp, translators)
        assert expected_once in shown_once and month in shown_once
        assert expected_three in shown_three and "Nov" not in shown_three


def test_the_passphrase_verdict_and_a_preview_refusal_in_spanish(qapp, tmp_path: Path) -> None:
    import pytest

    from journal.evidence.media import PreviewUnavailable, render_image
    from journal.vault.passphrase_policy import ZXCVBN_ADVICE, judge

    verdict = judge("password1")
    assert not verdict.acceptable and verdict.reasons
    assert set(verdict.reasons) - {
        "Use at least 10 characters; a short sentence is easy to remember."
    } <= set(ZXCVBN_ADVICE) | {"This would be quick to guess. Add another word or two."}
    with pytest.raises(PreviewUnavailable) as refused:
        render_image(b"not a picture at all")
    translators = install(qapp, "es", compile_language("es", tmp_path))
    try:
        label = core_text(verdict.label)
        reasons = [core_text(reason) for reason in verdict.reasons]
        refusal = core_text(refused.value.args[0])
    finally:
        uninstall(qapp, translators)
    assert label in ("Muy débil", "Débil", "Aceptable")
    assert all(r != e for r, e in zip(reasons, verdict.reasons, strict=True)), reasons
    assert refusal == "Este archivo no es una imagen que la aplicación pueda mostrar."
