"""The interface in the person's language: Qt's own translation mechanism.

Every string a person sees goes through `tr` (the app's own words) or `core_text`
(words the core wrote, marked in journal/ with `translatable.mark`). The sources
are the `.ts` files under translations/<language>/, one per area of the app; they
are compiled to `.qm` at install or build (tools/translations.py) and loaded at
start (ui/i18n/loading.py). docs/translations.md says how to add a string.
"""

from ui.i18n.translate import QT_TR_NOOP, core_phrase, core_text, tr

__all__ = ["QT_TR_NOOP", "core_phrase", "core_text", "tr"]
