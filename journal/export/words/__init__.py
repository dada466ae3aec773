"""The PDF's own words (headings, page furniture, the integrity page) per export language.

The recipient of a chronology may read another language than the person who kept
the journal, so the language is chosen per export (`ExportOptions.language`, the
CLI's `--language`, the export dialog). Each language is one module holding a
`WORDS` dictionary with the same keys and the same `{placeholders}` as English
(a test checks this), and whether it is written right to left. What the person
wrote is never translated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from journal.export.words import ar, en, es
from journal.export.words.labels import GROUPS
from journal.export.words.phrases import in_language

#: Language code -> its own name, as offered in the export dialog and the CLI.
LANGUAGES: Mapping[str, str] = MappingProxyType({"en": "English", "es": "Español", "ar": "العربية"})
DEFAULT = "en"
# Imported by name, not through importlib, so that PyInstaller carries every language.
_MODULES = {"en": en, "es": es, "ar": ar}


@dataclass(frozen=True)
class Words:
    language: str
    rtl: bool
    catalogue: Mapping[str, str]

    def __call__(self, key: str, **values: object) -> str:
        return self.catalogue[key].format(**values) if values else self.catalogue[key]

    def label(self, group: str, key: str) -> str:
        """A model label ("kind", "incident") in this language; the English label
        where the catalogue lacks it, and the key itself for a key the model lacks."""
        found = self.catalogue.get(f"{group}.{key}")
        return found if found is not None else GROUPS[group].get(key, key)

    def phrase(self, text: object) -> str:
        """A phrase of the core (a date from timeparse.describe) in this language."""
        return in_language(text, self.language)

    def labels(self, group: str, keys: Iterable[str]) -> str:
        """Several labels of one group, separated by commas."""
        return ", ".join(self.label(group, key) for key in keys)


def words_for(language: str) -> Words:
    """The catalogue of `language` (a code from LANGUAGES); ValueError for another code."""
    if language not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise ValueError(f"The PDF can be made in these languages: {known}; not {language!r}.")
    module = _MODULES[language]
    return Words(language, bool(module.RTL), MappingProxyType(dict(module.WORDS)))


__all__ = ["DEFAULT", "LANGUAGES", "Words", "words_for"]
