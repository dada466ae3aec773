"""Proof that work ran off the GUI thread while the GUI's event loop kept turning.

`Witness(function)` stands in for a core function (it calls the real one). Each time
it is called it notes the thread; on a worker thread it then holds the work until the
GUI thread's event loop has handled a timer event. That can only happen if the GUI
thread is free while the work runs, so `loop_turned` says so without measuring any
time. (Called on the GUI thread it does not wait: that could never end.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

HOLD_AT_MOST_S = 60.0  # only reached when the event loop is stuck: the test then fails


class Witness(QObject):
    def __init__(self, function: Callable[..., Any]) -> None:
        super().__init__()
        self._function = function
        self._waiting: list[threading.Event] = []
        self._lock = threading.Lock()
        self.calls = 0
        self.on_gui_thread = 0
        self.loop_turned: list[bool] = []  # one per call made on a worker thread
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._turned)
        self._timer.start()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if threading.current_thread() is threading.main_thread():  # Qt's GUI thread
            self.on_gui_thread += 1
            return self._function(*args, **kwargs)
        turned = threading.Event()
        with self._lock:
            self._waiting.append(turned)
        self.loop_turned.append(turned.wait(HOLD_AT_MOST_S))
        return self._function(*args, **kwargs)

    def _turned(self) -> None:
        """A timer event, handled by the GUI thread's event loop."""
        with self._lock:
            for waiting in self._waiting:
                waiting.set()
            self._waiting.clear()

    def stop(self) -> None:
        self._timer.stop()

    def ran_off_the_gui_thread(self) -> bool:
        """Called at least once, never on the GUI thread, and every time the GUI's
        event loop turned while the work was under way."""
        return self.calls > 0 and self.on_gui_thread == 0 and all(self.loop_turned)
