"""What every front has: a body that works, a line for the status bar, a fresh start."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QWidget

#: Arabic-Indic and Persian digits and separators, written the Western way.
_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")


def number(value: float, decimals: int = 0) -> str:
    """`value` the way the interface language writes numbers ("1,250.50", "1250,50"),
    in Western digits: the app's counts (%n) and its Arabic texts use them, and one
    page must not mix two kinds of digits."""
    text = QLocale().toString(float(value), "f", decimals)
    return text.translate(_WESTERN)


class Front(QWidget):
    """An everyday app's page. It keeps nothing: `reset` puts back its first state
    each time it is shown, so what was typed into it (the way in too) is gone."""

    status = Signal(str)

    def reset(self) -> None:
        raise NotImplementedError

    def first_control(self) -> QWidget:
        """Where typing goes when the front is shown."""
        raise NotImplementedError
