"""The core's phrases in the PDF's language: dates above all ("16 Nov 2026",
"approx. March 2025", "14 Mar 2025 21:07 to 21:40").

`timeparse.describe` returns a phrase (journal/translatable.py): an English text
that keeps its template and values. The desktop app translates it through Qt's
catalogue; the PDF, which cannot load Qt, translates the templates listed here, in
the export's language, and falls back to the English for any other. English needs
no entry: a phrase is already its English text.
"""

from __future__ import annotations

from collections.abc import Mapping

from journal.entries.month_words import MONTHS, SHORT_MONTHS

_MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_SHORT_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
_MONTHS_AR = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip

_ES: dict[str, str] = {
    "{day} {month} {year}": "{day} {month} {year}",
    "{month} {year}": "{month} de {year}",
    "{date} {time}": "{date} {time}",
    "{date} {time} ({zone})": "{date} {time} ({zone})",
    "{start} – {end}": "{start} – {end}",
    "approx. {time}": "aprox. {time}",
    "{place} time, {utc}": "hora de {place}, {utc}",
    **dict(zip(SHORT_MONTHS, _SHORT_ES, strict=True)),
    # English "May" is both the name and its short form: the full "mayo" is right in
    # both places, the short "may" was wrong in "mayo de 2025", so the names come last.
    **dict(zip(MONTHS, _MONTHS_ES, strict=True)),
}
_AR: dict[str, str] = {
    "{day} {month} {year}": "{day} {month} {year}",
    "{month} {year}": "{month} {year}",
    "{date} {time}": "{date}، {time}",
    "{date} {time} ({zone})": "{date}، {time} ({zone})",
    "{start} – {end}": "{start} – {end}",
    "approx. {time}": "تقريبًا {time}",
    "{place} time, {utc}": "توقيت {place}، {utc}",
    **dict(zip(MONTHS, _MONTHS_AR, strict=True)),
    **dict(zip(SHORT_MONTHS, _MONTHS_AR, strict=True)),  # Arabic has no short names
}
PHRASES: Mapping[str, Mapping[str, str]] = {"es": _ES, "ar": _AR}


def in_language(text: object, language: str) -> str:
    """`text` in `language` where it is a phrase whose template is listed above (its
    values too, phrases themselves); otherwise as it is."""
    template, values = getattr(text, "template", None), getattr(text, "values", None)
    known = PHRASES.get(language, {})
    if not isinstance(template, str) or not isinstance(values, Mapping) or template not in known:
        return str(text)
    shown = {name: in_language(value, language) for name, value in values.items()}
    try:
        return known[template].format(**shown)
    except (KeyError, IndexError, ValueError):
        return str(text)
