"""What every front has: a body that works, a line for the status bar, a fresh start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Front(QWidget):
    """An everyday app's page. It keeps nothing: `reset` puts back its first state
    each time it is shown, so what was typed into it (the way in too) is gone."""

    status = Signal(str)

    def reset(self) -> None:
        raise NotImplementedError

    def first_control(self) -> QWidget:
        """Where typing goes when the front is shown."""
        raise NotImplementedError
