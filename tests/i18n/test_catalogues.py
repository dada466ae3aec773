"""The translation sources are complete and true to the code.

Every string of the code is in the .ts files (lupdate, run again into the test's
own folder, finds nothing new and nothing gone); Spanish and Arabic leave none
untranslated and English has the plural forms of its own; every translation keeps
its source's {fields}, markup and accelerator; each language compiles and loads.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.i18n.catalogue import AREAS, FULL, PLURAL_FORMS, PLURALS_ONLY, extract, read
from ui.i18n.catalogue import sources_of_area as area_sources
from ui.i18n.loading import SOURCES, compile_language

LANGUAGES = (*FULL, *PLURALS_ONLY)
FIELDS = re.compile(r"\{[^{}]*\}")
MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")


def _keys(ts_file: Path) -> set[tuple[str, str, str]]:
    return {(m.context, m.source, m.comment) for m in read(ts_file)[1]}


@pytest.mark.slow
@pytest.mark.parametrize("area", list(AREAS))
def test_the_sources_hold_every_string_of_the_code(area: str, tmp_path: Path) -> None:
    for language in LANGUAGES:
        committed = SOURCES / language / f"{area}.ts"
        fresh = tmp_path / f"{language}-{area}.ts"
        shutil.copyfile(committed, fresh)
        extract(area_sources(area), fresh, language, plurals_only=language in PLURALS_ONLY)
        assert _keys(fresh) == _keys(committed), (
            f"{language}/{area}.ts is behind the code: run tools/translations.py update {area}"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_left_untranslated(language: str) -> None:
    left = [
        f"{ts_file.stem}: {message.source[:60]!r}"
        for ts_file in sorted((SOURCES / language).glob("*.ts"))
        for message in read(ts_file)[1]
        if not message.finished
    ]
    assert left == []


def _translations(language: str):  # type: ignore[no-untyped-def]
    for ts_file in sorted((SOURCES / language).glob("*.ts")):
        for message in read(ts_file)[1]:
            if message.finished:
                element = message.element
                forms = [f.text or "" for f in element.findall("numerusform")]
                yield message, forms if message.plural else [element.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_its_fields_and_markup(language: str) -> None:
    wrong = []
    for message, texts in _translations(language):
        if message.plural and len(texts) != PLURAL_FORMS[language]:
            wrong.append(f"{message.source!r}: {len(texts)} plural forms")
        for text in texts:
            if set(FIELDS.findall(text)) != set(FIELDS.findall(message.source)):
                wrong.append(f"{message.source!r} -> {text!r}: fields differ")
            if sorted(MARKUP.findall(text)) != sorted(MARKUP.findall(message.source)):
                wrong.append(f"{message.source!r} -> {text!r}: markup differs")
            accelerators = len(re.findall(r"&(?![&a-zA-Z]+;)(?!&)", text.replace("&&", "")))
            if ("&" in message.source.replace("&&", "")) and accelerators > 1:
                wrong.append(f"{message.source!r} -> {text!r}: more than one accelerator")
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_compiles_and_loads(language: str, tmp_path: Path, qapp) -> None:
    compiled = compile_language(language, tmp_path)
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.language() == language
    QCoreApplication.installTranslator(translator)
    try:
        if language in FULL:
            assert QCoreApplication.translate("", "&Quit") not in ("", "&Quit")
        plurals = [(m, forms) for m, forms in _translations(language) if m.plural]
        assert plurals, "no string with plural forms: counts would read '1 entries'"
        message, forms = plurals[0]
        shown = QCoreApplication.translate(message.context, message.source, message.comment, 1)
        expected = forms[1] if language == "ar" else forms[0]  # Arabic: zero, one, ...
        assert shown == expected.replace("%n", "1")
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_english_string_has_one_translation_in_every_area(language: str) -> None:
    """The areas' .ts files are compiled into one .qm, which keeps one translation of
    each English string (per context): two areas must not disagree about it."""
    seen: dict[tuple[str, str, str], dict[str, list[str]]] = {}
    for message, texts in _translations(language):
        key = (message.context, message.source, message.comment)
        seen.setdefault(key, {})[" / ".join(texts)] = texts
    disagreeing = [f"{key[1]!r}: {sorted(found)}" for key, found in seen.items() if len(found) > 1]
    assert disagreeing == []
