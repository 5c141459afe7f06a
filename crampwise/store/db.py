"""Opening the store: one engine per URL, SQLite tuned for one person, migrations on first use."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

_migrate_lock = threading.Lock()
_migrated: set[str] = set()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # 16 KiB pages for a new store (an existing one keeps its own): shallower B-trees, about a
    # quarter less work per inserted row on a large import
    cursor.execute("PRAGMA page_size=16384")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    # 64 MiB of page cache: the dedupe index of a large journal is probed at random.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


@cache
def get_engine(url: str) -> Engine:
    """The engine for ``url``, created once, with the schema migrated to the latest revision."""
    parsed = make_url(url)
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"check_same_thread": False}
    else:
        # No pre-ping: it costs a round trip per checkout on every request. A connection the
        # server dropped fails one request and SQLAlchemy then invalidates the pool; recycling
        # keeps connections younger than common idle timeouts.
        kwargs.update(pool_size=5, max_overflow=10, pool_recycle=1800)
    engine = create_engine(parsed, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    migrate(engine)
    return engine


def migrate(engine: Engine) -> None:
    """Apply Alembic migrations up to head (a no-op check when already there)."""
    from crampwise.store.migrate import upgrade_to_head

    key = str(engine.url)
    with _migrate_lock:
        if key in _migrated:
            return
        upgrade_to_head(engine)
        _migrated.add(key)


@cache
def _sessions(url: str) -> sessionmaker[Session]:
    return sessionmaker(bind=get_engine(url), expire_on_commit=False)


@contextmanager
def _committed(session: Session) -> Iterator[Session]:
    """Commit when the block ends, roll back on any error, close either way."""
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def session_scope(url: str) -> AbstractContextManager[Session]:
    """A session that commits when the block ends and rolls back on any error."""
    return _committed(_sessions(url)())


@contextmanager
def bulk_session_scope(url: str) -> Iterator[Session]:
    """``session_scope`` for one large import, with SQLite's foreign-key checks off inside it.

    The bulk writer only inserts rows whose parents it has just written or holds locked (the
    importing user's entries, the details of entries it inserted in the same transaction), so
    the checks prove nothing there while costing about a quarter of SQLite's work per row. They
    are back on before the connection returns to the pool; if that fails, the connection is
    discarded instead. Other databases get a plain session.
    """
    engine = get_engine(url)
    if engine.dialect.name != "sqlite":
        with session_scope(url) as session:
            yield session
        return
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # outside a transaction, where it takes effect
        try:
            with _committed(Session(bind=connection, expire_on_commit=False)) as session:
                yield session
        finally:
            try:
                raw.execute("PRAGMA foreign_keys=ON")
            except Exception:
                connection.invalidate()
                raise


@cache
def _reader(url: str) -> Engine:
    engine = get_engine(url)
    if engine.dialect.name == "sqlite":
        return engine  # pysqlite opens no transaction for a SELECT anyway
    return engine.execution_options(isolation_level="AUTOCOMMIT")


@contextmanager
def read_connection(url: str) -> Iterator[Connection]:
    """A pooled connection for one or two read-only statements, without BEGIN/COMMIT.

    On PostgreSQL each statement runs in autocommit, so a read costs one round trip instead
    of three; use it only for reads that need no snapshot across several statements.
    """
    with _reader(url).connect() as connection:
        yield connection


def dispose_all() -> None:
    """Close every pooled connection (tests and worker shutdown)."""
    for url in list(_migrated):
        try:
            get_engine(url).dispose()
        except Exception:  # noqa: BLE001, S112 - best effort on shutdown
            continue
    get_engine.cache_clear()
    _sessions.cache_clear()
    _reader.cache_clear()
    _migrated.clear()
