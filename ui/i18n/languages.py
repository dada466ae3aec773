"""Which interface languages the app has, and which one to use.

The choice is kept in the plain-text settings under the neutral key "language"
(ui/safety/prefs.py): an interface language says nothing about the journal.
An empty choice follows the computer's own language, and English where the app
has no translation for it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

ENGLISH = "en"
#: Code -> the language's name in itself, as the chooser lists it.
LANGUAGES = {"en": "English", "es": "Español", "ar": "العربية"}
#: Every string altered and lengthened by a third: for tests and screenshots only,
#: never offered in the chooser (tools/translations.py builds it).
PSEUDO = "pseudo"
#: Translations a native speaker has not yet reviewed (docs/translations.md).
AWAITING_REVIEW = frozenset({"es", "ar"})


def system_language(locale: QLocale | None = None) -> str:
    """The app language nearest to the computer's: "es_MX" -> "es"; else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def effective_language(chosen: object, locale: QLocale | None = None) -> str:
    """The language to load for the stored choice `chosen` ("" = the computer's)."""
    if isinstance(chosen, str) and (chosen in LANGUAGES or chosen == PSEUDO):
        return chosen
    return system_language(locale)
