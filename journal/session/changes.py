"""What a change to the journal touched, told to whoever listens.

Every change goes through the Journal (journal/session/journal.py), which publishes
one `Change` after memory is updated. Views update the rows it names instead of
searching again, and nobody has to remember to say that something changed
(after Anki's OpChanges).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

Listener = Callable[["Change"], None]


@dataclass(frozen=True)
class Change:
    entries: frozenset[str] = field(default=frozenset())
    """Entries added, edited, given evidence, withdrawn or purged."""
    people: frozenset[str] = field(default=frozenset())
    settings: frozenset[str] = field(default=frozenset())
    """Keys of the encrypted settings written."""

    @classmethod
    def of(
        cls,
        entries: Iterable[str] = (),
        people: Iterable[str] = (),
        settings: Iterable[str] = (),
    ) -> Change:
        return cls(frozenset(entries), frozenset(people), frozenset(settings))


class ChangeFeed:
    """Listeners are called on the thread that made the change (the GUI's session
    hands changes made by background work over to the GUI thread)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def listen(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every change; returns the way to stop."""
        with self._lock:
            self._listeners.append(listener)

        def stop() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return stop

    def publish(self, change: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)

    def clear(self) -> None:
        with self._lock:
            self._listeners.clear()
