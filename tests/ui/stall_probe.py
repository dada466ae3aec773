"""Measure the longest GUI event-loop stall while work runs (reported, never asserted).

For finding a stall's cause, `StackSampler` records every thread's innermost
frames every few milliseconds (`sys._current_frames()`); `explain(gap)` gives
the samples that fall inside a gap. The sampler needs the GIL too, so a long
hole in its own samples inside a gap means some thread held the GIL without
letting go (a long C call); the first sample after the hole shows where.
It also times the garbage collector's passes (`collections`), which hold the
GIL for as long as they take. (`faulthandler.dump_traceback_later` would need no
GIL, but dumping while other threads run can crash the interpreter, so it is not
used.)
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from types import FrameType

from PySide6.QtCore import QObject, QTimer


class StallProbe(QObject):
    """A 10 ms timer; the longest gap between its ticks is the worst stall.

    `gaps` keeps (seconds since start, gap in ms) for every gap over `record_ms`.
    """

    def __init__(self, interval_ms: int = 10, *, record_ms: float = 50.0) -> None:
        super().__init__()
        self.longest_ms = 0.0
        self.ticks = 0
        self.gaps: list[tuple[float, float]] = []
        self._record_ms = record_ms
        self._started = self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._started = self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest_ms

    @property
    def started(self) -> float:
        return self._started

    def _tick(self) -> None:
        now = time.perf_counter()
        gap_ms = (now - self._last) * 1000
        self.ticks += 1
        if gap_ms > self._record_ms:
            self.gaps.append((self._last - self._started, gap_ms))
        self.longest_ms = max(self.longest_ms, gap_ms)
        self._last = now


Sample = tuple[float, dict[str, list[str]]]  # perf_counter, thread name -> innermost frames


class StackSampler(threading.Thread):
    """Every `interval_s`, the innermost `depth` frames of every other thread."""

    def __init__(self, interval_s: float = 0.005, depth: int = 6) -> None:
        super().__init__(name="stack-sampler", daemon=True)
        self.samples: list[Sample] = []
        self.collections: list[tuple[float, float, int]] = []  # start, ms, generation
        self._gc_started = 0.0
        self._interval_s = interval_s
        self._depth = depth
        self._halt = threading.Event()

    def start(self) -> None:
        gc.callbacks.append(self._on_gc)
        super().start()

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._gc_started = now
        else:
            took = (now - self._gc_started) * 1000
            self.collections.append((self._gc_started, took, info["generation"]))

    def run(self) -> None:
        me = threading.get_ident()
        while not self._halt.wait(self._interval_s):
            names = {t.ident: t.name for t in threading.enumerate()}
            stacks = {
                names.get(ident, str(ident)): self._innermost(frame)
                for ident, frame in sys._current_frames().items()
                if ident != me
            }
            self.samples.append((time.perf_counter(), stacks))

    def _innermost(self, frame: FrameType | None) -> list[str]:
        shown: list[str] = []
        while frame is not None and len(shown) < self._depth:
            code = frame.f_code
            shown.append(f"{code.co_filename.rsplit('/', 1)[-1]}:{frame.f_lineno} {code.co_name}")
            frame = frame.f_back
        return shown

    def stop(self) -> None:
        self._halt.set()
        self.join()
        gc.callbacks.remove(self._on_gc)

    def explain(self, start: float, length_ms: float) -> list[Sample]:
        """The samples from `start` (perf_counter) to `length_ms` later, plus the next."""
        end = start + length_ms / 1000
        inside = [s for s in self.samples if start <= s[0] <= end]
        after = [s for s in self.samples if s[0] > end][:1]
        return inside + after
