"""The import's batch writer: a thread that encodes, encrypts and stores each batch
while the parser reads on, through a queue of one batch (memory stays at two)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from journal.conversations.batches import BATCH_SIZE, BatchRef, write_pending
from journal.conversations.index import index_part
from journal.conversations.plain import call_plain, message_plain
from journal.conversations.zones import ZoneChoice, day_of, time_plain
from journal.messages import CallRecord, Message

if TYPE_CHECKING:
    from journal.vault.lifecycle import UnlockedVault

Watch = Callable[[int], None]
WATCH_EVERY = 1024  # records between progress reports and cancel checks
_Item = tuple[list[dict[str, Any]], dict[str, Any]] | None


class BatchWriter:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=1)
        self.written: list[BatchRef] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="message-batches", daemon=True)
        self._thread.start()

    def put(self, records: list[dict[str, Any]], index: dict[str, Any]) -> None:
        self._raise()
        self._queue.put((records, index))

    def finish(self) -> list[BatchRef]:
        self.stop()
        self._raise()
        return list(self.written)

    def stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:  # after a failure: drain until the end
                try:
                    self.written.append(write_pending(self._vault, *item))
                except BaseException as error:  # handed to the importing thread
                    self._error = error


class Batcher:
    """The parser's sink: new records, as plain values, into pending batches."""

    def __init__(
        self,
        vault: UnlockedVault,
        known: set[str],
        source: str,
        zone: ZoneChoice,
        watch: Watch,
    ) -> None:
        self._vault, self._known, self._source, self._zone = vault, known, source, zone
        self._watch = watch
        self.seen = 0
        self.buffer: list[dict[str, Any]] = []
        self.days: list[str] = []
        self._writer = BatchWriter(vault)
        self.new_messages = self.new_calls = self.known_count = 0
        self.zone_used = False

    def __call__(self, item: Message | CallRecord) -> None:
        self.seen += 1
        if self.seen % WATCH_EVERY == 0:
            self._watch(self.seen)
        record_id = item.fingerprint[:32]
        if record_id in self._known:
            self.known_count += 1
            return
        self._known.add(record_id)
        time = time_plain(item.time, self._zone)
        self.zone_used = self.zone_used or item.time.zone_assumed
        if isinstance(item, CallRecord):
            self.new_calls += 1
            record = call_plain(item, record_id, time, self._source)
        else:
            self.new_messages += 1
            record = message_plain(item, record_id, time, self._source)
        self.buffer.append(record)
        self.days.append(day_of(time))
        if len(self.buffer) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        """Hand the buffered records to the writer thread, which encodes, encrypts and
        commits them while parsing goes on (SQLite and its fsync release the GIL)."""
        if self.buffer:
            index = index_part(self.buffer, self.days)
            self._writer.put(self.buffer, index)
            self.buffer, self.days = [], []

    def finish(self) -> list[BatchRef]:
        self.flush()
        return self._writer.finish()

    def pending(self) -> list[bytes]:
        """Every object written so far (on failure: to remove)."""
        return [bytes.fromhex(i) for b in self._writer.written for i in (b.id, b.index_id)]

    def abandon(self) -> list[bytes]:
        self._writer.stop()
        return self.pending()
