"""A setting's declaration: its key, default and the values it may hold. Kept apart from
the stored settings (settings.py, which reads the store), so that a module declaring
one, such as journal/case/after_disclosure.py, loads no storage code with it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One named setting with its default and the values it may hold, declared once by
    the module it belongs to (its range is kept here, not by each caller)."""

    key: str
    default: T
    valid: Callable[[object], bool]
    problem: str = "That value cannot be kept."
