"""A clock for the idle lock that moves only when the test moves it, so idle-lock
tests never wait for real time (ui/safety/idle_lock.py takes it as `clock`)."""

from __future__ import annotations

from ui.app.window import AppWindow


class ManualClock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def manual_clock(window: AppWindow) -> ManualClock:
    """Put the window's idle lock on a manual clock; counting starts again from now."""
    clock = ManualClock()
    window.safety.idle.clock = clock
    window.safety.idle.start()
    return clock


def sit_idle(window: AppWindow, clock: ManualClock) -> None:
    """Let the whole timeout pass without input, then let the idle lock look."""
    clock.advance(window.safety.idle.timeout_s)
    window.safety.idle.check()
