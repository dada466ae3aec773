"""One step of a pipeline on its own thread, fed through a bounded queue.

Large evidence files are hashed, encrypted, decrypted and written block by block.
SHA-256 (hashlib), the AEAD (`cryptography`) and file writes release the GIL on
blocks of this size, so giving a step its own thread lets it run on another core
while the caller prepares the next block. The queue is bounded, so memory stays at
`depth` blocks whatever the file's size.

An error raised by the step is kept and raised again in the caller, at its next
`put()` or at `finish()`, so the caller words it as it would its own; after an
error the thread only drains the queue (so a `put()` never blocks for ever).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")
DEPTH = 8  # blocks waiting for the step; 8 MiB with the vault's 1 MiB chunks


class _End:
    """The marker that ends a stage's queue."""


_END = _End()


class Stage(Generic[T]):
    """Run `work(item)` for every item `put`, in order, on a thread of its own.

    Use as a context manager: leaving the block stops the thread (without doing
    the items still queued) unless `finish()` already waited for them.
    """

    def __init__(self, name: str, work: Callable[[T], object], depth: int = DEPTH) -> None:
        self._work = work
        self._queue: queue.Queue[T | _End] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._stopping = False
        self._ended = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def put(self, item: T) -> None:
        """Hand `item` to the step; blocks while `depth` items wait."""
        self._raise_error()
        if self._ended:
            raise RuntimeError("this stage has already ended")
        self._queue.put(item)

    def finish(self) -> None:
        """Wait until every item is done; raise what the step raised, if anything."""
        self._end()
        self._raise_error()

    def close(self) -> None:
        """Stop without doing the items still queued (after a failure or a cancel)."""
        self._stopping = True
        self._end()

    @property
    def stopping(self) -> bool:
        """`close()` has begun: no further item will be worked on."""
        return self._stopping

    def __enter__(self) -> Stage[T]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _end(self) -> None:
        if not self._ended:
            self._ended = True
            self._queue.put(_END)
        self._thread.join()

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if isinstance(item, _End):
                return
            if self._stopping or self._error is not None:
                continue  # drain, so that a waiting put() returns
            try:
                self._work(item)
            except BaseException as error:  # raised again in the caller's thread
                self._error = error
