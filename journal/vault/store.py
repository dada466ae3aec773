"""The SQLite file through SQLAlchemy Core: the one module that touches SQL.

Every table holds only ciphertext, random identifiers, counters and the format
tag; see docs/vault-format.md. A `Tx` is one short transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BLOB,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    cast,
    create_engine,
    delete,
    event,
    exc,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.pool import NullPool

from journal.errors import DamagedJournal, StorageFailure
from journal.system.os_errors import reason
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.robust_rows import RowsRead, read_small_objects

SQLITE_MAGIC = b"SQLite format 3\x00"

metadata = MetaData()
meta_table = Table(
    "meta", metadata, Column("k", Text, primary_key=True), Column("v", BLOB, nullable=False)
)
epoch_table = Table(
    "epoch",
    metadata,
    Column("epoch", Integer, primary_key=True, autoincrement=False),
    Column("prev_key", BLOB),
)
keyslot_table = Table(
    "keyslot",
    metadata,
    Column("slot_id", Integer, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("epoch", Integer, ForeignKey("epoch.epoch"), nullable=False),
    Column("params", Text, nullable=False),
    Column("ct", BLOB, nullable=False),
)
object_table = Table(
    "object",
    metadata,
    Column("object_id", BLOB, primary_key=True),
    Column("epoch", Integer, ForeignKey("epoch.epoch"), nullable=False),
    Column("role", Text, nullable=False),
    Column("wrapped_key", BLOB, nullable=False),
    Column("state", Text, nullable=False),
)
chunk_table = Table(
    "chunk",
    metadata,
    Column("object_id", BLOB, ForeignKey("object.object_id"), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("ct", BLOB, nullable=False),
)
revision_table = Table(
    "revision",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("object_id", BLOB, ForeignKey("object.object_id"), nullable=False, unique=True),
)
aux_table = Table(
    "aux",
    metadata,
    Column("object_id", BLOB, ForeignKey("object.object_id"), primary_key=True),
)

_INSERT_CHUNK = "INSERT INTO chunk (object_id, idx, ct) VALUES (?, ?, ?)"
_PRAGMAS = (
    "PRAGMA journal_mode=DELETE",
    "PRAGMA synchronous=FULL",
    "PRAGMA secure_delete=ON",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA foreign_keys=ON",
)
# A damaged file is only ever read: its schema errors are tolerated (so the rows
# that are intact can be read) and nothing can be written to it.
_DAMAGED_PRAGMAS = ("PRAGMA query_only=ON", "PRAGMA writable_schema=ON", "PRAGMA temp_store=MEMORY")


def storage_failure(error: BaseException, path: Path) -> StorageFailure:
    """Turn a low-level I/O or SQLite error into a plain message; nothing is lost."""
    return StorageFailure(
        QT_TRANSLATE_NOOP(
            "core",
            "The journal at {path} could not be saved or read because {reason}. Whatever was "
            "saved before is still in the file.",
        ),
        path=path,
        reason=reason(error),
    )


def _make_engine(path: Path, *, create: bool, read_only: bool = False) -> Engine:
    mode = "ro" if read_only else "rwc" if create else "rw"
    uri = f"file:{path.as_posix()}?mode={mode}"
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False),
        poolclass=NullPool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if create:
            cursor.execute("PRAGMA page_size=65536")
        for pragma in _DAMAGED_PRAGMAS if read_only else _PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

    return engine


class Store:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self._engine = engine
        self.damage = ""  # set when SQLite reported damage: the file is then never written
        self.read_only = False

    @classmethod
    def create(cls, path: Path) -> Store:
        engine = _make_engine(path, create=True)
        store = cls(path, engine)
        with store.write() as tx:
            metadata.create_all(tx.conn)
        return store

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Store:
        """`read_only`: SQLite opens the file read-only and tolerates a damaged schema."""
        store = cls(path, _make_engine(path, create=False, read_only=read_only))
        store.read_only = read_only
        return store

    def mark_damaged(self, why: str) -> None:
        """Refuse every write from now on: writing into a damaged b-tree can lose more."""
        self.damage = self.damage or why

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def _tx(self, write: bool) -> Iterator[Tx]:
        try:
            with self._engine.connect() as conn:
                conn.info["write"] = write
                if write:
                    with conn.begin():
                        yield Tx(conn)
                    return
                reading = conn.begin()
                try:
                    yield Tx(conn)
                finally:  # a read commits nothing; on a damaged file COMMIT repeats
                    with contextlib.suppress(exc.DBAPIError):  # an earlier read error
                        reading.rollback()
        except (exc.OperationalError, exc.DatabaseError, sqlite3.Error, OSError) as error:
            raise storage_failure(error, self.path) from error

    def write(self) -> AbstractContextManager[Tx]:
        if self.damage:
            raise DamagedJournal(self.path, self.damage)
        if self.read_only:
            raise StorageFailure(
                QT_TRANSLATE_NOOP(
                    "core", "The journal {path} is open read-only; nothing was saved."
                ),
                path=self.path,
            )
        return self._tx(True)

    def read(self) -> AbstractContextManager[Tx]:
        return self._tx(False)

    @contextmanager
    def raw_connection(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection, for the backup API only."""
        proxy = self._engine.raw_connection()
        try:
            driver = proxy.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            yield driver
        finally:
            proxy.close()


class Tx:
    """Statements inside one transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # meta
    def get_meta(self, key: str) -> bytes | None:
        row = self.conn.execute(
            select(cast(meta_table.c.v, LargeBinary)).where(meta_table.c.k == key)
        ).first()
        return None if row is None else bytes(row[0])

    def set_meta(self, key: str, value: bytes) -> None:
        self.conn.execute(delete(meta_table).where(meta_table.c.k == key))
        self.conn.execute(insert(meta_table).values(k=key, v=value))

    # epochs and key slots
    def add_epoch(self, epoch: int, prev_key: bytes | None) -> None:
        self.conn.execute(insert(epoch_table).values(epoch=epoch, prev_key=prev_key))

    def epochs(self) -> dict[int, bytes | None]:
        rows = self.conn.execute(
            select(epoch_table.c.epoch, cast(epoch_table.c.prev_key, LargeBinary))
        )
        return {int(e): None if k is None else bytes(k) for e, k in rows}

    def slots(self, kind: str) -> list[tuple[int, int, str, bytes]]:
        rows = self.conn.execute(
            select(
                keyslot_table.c.slot_id,
                keyslot_table.c.epoch,
                keyslot_table.c.params,
                cast(keyslot_table.c.ct, LargeBinary),
            ).where(keyslot_table.c.kind == kind)
        )
        return [(int(s), int(e), str(p), bytes(c)) for s, e, p, c in rows]

    def next_slot_id(self) -> int:
        value = self.conn.execute(select(func.max(keyslot_table.c.slot_id))).scalar()
        return int(value or 0) + 1

    def add_slot(self, slot_id: int, kind: str, epoch: int, params: str, ct: bytes) -> None:
        self.conn.execute(
            insert(keyslot_table).values(
                slot_id=slot_id, kind=kind, epoch=epoch, params=params, ct=ct
            )
        )

    def delete_slots(self, kind: str, keep: int) -> None:
        self.conn.execute(
            delete(keyslot_table).where(
                keyslot_table.c.kind == kind, keyslot_table.c.slot_id != keep
            )
        )

    # objects and chunks
    def add_object(
        self, object_id: bytes, epoch: int, role: str, wrapped_key: bytes, state: str
    ) -> None:
        self.conn.execute(
            insert(object_table).values(
                object_id=object_id, epoch=epoch, role=role, wrapped_key=wrapped_key, state=state
            )
        )

    def add_chunks(self, object_id: bytes, chunks: Iterable[tuple[int, bytes]]) -> None:
        # The driver's statement, not a Core insert: a 1 GiB import stores 1,024
        # chunks, and building each Core statement cost a tenth of a second in all.
        for index, ct in chunks:
            self.conn.exec_driver_sql(_INSERT_CHUNK, (object_id, index, ct))

    def set_state(self, object_id: bytes, state: str) -> None:
        self.conn.execute(
            update(object_table).where(object_table.c.object_id == object_id).values(state=state)
        )

    def object_header(self, object_id: bytes) -> tuple[int, str, bytes, str] | None:
        row = self.conn.execute(
            select(
                object_table.c.epoch,
                object_table.c.role,
                cast(object_table.c.wrapped_key, LargeBinary),
                object_table.c.state,
            ).where(object_table.c.object_id == object_id)
        ).first()
        if row is None:
            return None
        return int(row[0]), str(row[1]), bytes(row[2]), str(row[3])

    def chunk_count(self, object_id: bytes) -> int:
        value = self.conn.execute(
            select(func.count())
            .select_from(chunk_table)
            .where(chunk_table.c.object_id == object_id)
        ).scalar()
        return int(value or 0)

    def chunk_indexes(self, object_id: bytes) -> list[int]:
        rows = self.conn.execute(
            select(chunk_table.c.idx)
            .where(chunk_table.c.object_id == object_id)
            .order_by(chunk_table.c.idx)
        )
        return [int(r[0]) for r in rows]

    def chunk(self, object_id: bytes, idx: int) -> bytes | None:
        row = self.conn.execute(
            select(cast(chunk_table.c.ct, LargeBinary)).where(
                chunk_table.c.object_id == object_id, chunk_table.c.idx == idx
            )
        ).first()
        return None if row is None else bytes(row[0])

    def delete_object(self, object_id: bytes) -> None:
        self.conn.execute(delete(chunk_table).where(chunk_table.c.object_id == object_id))
        self.conn.execute(delete(aux_table).where(aux_table.c.object_id == object_id))
        self.conn.execute(delete(object_table).where(object_table.c.object_id == object_id))

    def object_ids(self, role: str | None = None, state: str | None = None) -> list[bytes]:
        query = select(object_table.c.object_id)
        if role is not None:
            query = query.where(object_table.c.role == role)
        if state is not None:
            query = query.where(object_table.c.state == state)
        return [bytes(r[0]) for r in self.conn.execute(query)]

    # small objects (revisions, aux), fetched with all their chunks in one query
    def small_objects(self, table: str, sealed_count: int = 0) -> RowsRead:
        """Every revision (or aux) object with its chunks; a damaged row fails alone.

        One joined query on the driver's cursor (opening a large journal reads every
        revision here); `robust_rows` falls back to row-by-row reads on damage.
        """
        return read_small_objects(self.driver(), table, sealed_count)

    def driver(self) -> sqlite3.Connection:
        """The sqlite3 connection under this transaction (same transaction)."""
        driver = self.conn.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        return driver

    def add_revision(self, seq: int, object_id: bytes) -> None:
        self.conn.execute(insert(revision_table).values(seq=seq, object_id=object_id))

    def revision_object(self, seq: int) -> bytes | None:
        row = self.conn.execute(
            select(revision_table.c.object_id).where(revision_table.c.seq == seq)
        ).first()
        return None if row is None else bytes(row[0])

    def repoint_revision(self, seq: int, object_id: bytes) -> None:
        self.conn.execute(
            update(revision_table).where(revision_table.c.seq == seq).values(object_id=object_id)
        )

    def max_object_epoch(self) -> int:
        return int(self.conn.execute(select(func.max(object_table.c.epoch))).scalar() or 0)

    def max_seq(self) -> int:
        return int(self.conn.execute(select(func.max(revision_table.c.seq))).scalar() or 0)

    def add_aux(self, object_id: bytes) -> None:
        self.conn.execute(insert(aux_table).values(object_id=object_id))

    def referenced_ids(self) -> set[bytes]:
        ids = {bytes(r[0]) for r in self.conn.execute(select(revision_table.c.object_id))}
        ids |= {bytes(r[0]) for r in self.conn.execute(select(aux_table.c.object_id))}
        return ids

    def table_names(self) -> set[str]:
        rows = self.conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        return {str(r[0]) for r in rows}
