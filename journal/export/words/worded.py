"""A core phrase worded with the PDF's own keys.

The core builds some sentences as phrases (journal/translatable.py): the chart's
summary in journal/case/patterns.py, a report's "outcome: …", a message's assumed
zone. The app translates them through Qt's catalogue; the PDF cannot, so a section
names the catalogue key for each template it prints (`keys`), and `worded` fills
that key with the phrase's values, each worded the same way. A counted phrase
(`counted`, with `%n`) takes the key's `_one` or `_many` form with `{count}`. A
template without a key is left to `Words.phrase` (dates), so English stays the
core's own sentence as long as the English keys repeat it.
"""

from __future__ import annotations

from collections.abc import Mapping

from journal.export.words import Words


def worded(words: Words, text: object, keys: Mapping[str, str]) -> str:
    """`text` in the export's language: by its template's key in `keys`, if any."""
    template, values = getattr(text, "template", None), getattr(text, "values", None)
    key = keys.get(template) if isinstance(template, str) else None
    if key is None or not isinstance(values, Mapping):
        return words.phrase(text)
    shown: dict[str, object] = {name: worded(words, v, keys) for name, v in values.items()}
    count = getattr(text, "n", -1)
    if isinstance(count, int) and count >= 0:
        key = f"{key}_one" if count == 1 else f"{key}_many"
        shown["count"] = count
    return words(key, **shown) if shown else words(key)
