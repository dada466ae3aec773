"""Lock after a stretch without input, and when the computer's session locks or sleeps.

Input anywhere in the app (any window, any dialog) is seen by one application-wide
event filter that only notes the time; a slow timer compares. The system's own
signals are best effort: Qt reports the application suspended on some platforms,
and on Linux the screen saver and logind announce a locked screen or sleep over
D-Bus when QtDBus and a bus are there. Without them the idle timer still works.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    """Calls `lock` once `timeout_s` pass without input, or when the system locks.

    `clock` (seconds, only differences count) is time.monotonic; tests give their own
    and call `check()` after moving it on, so they never wait for real time to pass."""

    def __init__(
        self,
        lock: Callable[[], None],
        timeout_s: float,
        check_ms: int = 5_000,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._lock = lock
        self.timeout_s = timeout_s
        self.clock = clock
        self.last_input = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.dbus_watching: list[str] = []
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)
        self._watch_dbus()

    def start(self) -> None:
        """Begin counting (when a journal is opened)."""
        self.last_input = self.clock()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        if self.clock() - self.last_input >= self.timeout_s:
            self._fire()

    def _fire(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._lock()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._fire()

    # the system's own signals, where there are any ---------------------------
    @Slot(bool)
    def screen_saver_active(self, active: bool) -> None:
        if active:
            self._fire()

    @Slot()
    def session_locked(self) -> None:
        self._fire()

    @Slot(bool)
    def preparing_for_sleep(self, going: bool) -> None:
        if going:
            self._fire()

    def _watch_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # QtDBus is not part of every Qt build
            return
        watches = [
            (QDBusConnection.sessionBus(), "org.freedesktop.ScreenSaver", "ActiveChanged",
             "screen_saver_active(bool)", "/org/freedesktop/ScreenSaver"),
            (QDBusConnection.systemBus(), "org.freedesktop.login1.Session", "Lock",
             "session_locked()", ""),
            (QDBusConnection.systemBus(), "org.freedesktop.login1.Manager", "PrepareForSleep",
             "preparing_for_sleep(bool)", "/org/freedesktop/login1"),
        ]  # fmt: skip
        for bus, interface, signal, slot, path in watches:
            if not bus.isConnected():
                continue
            # PySide6's stub types the slot as bytes, but only str is accepted at run time
            # (bytes raises ValueError; checked under dbus-run-session with PySide6 6.11).
            if bus.connect("", path, interface, signal, self, f"1{slot}"):  # type: ignore[call-overload]
                self.dbus_watching.append(f"{interface}.{signal}")
