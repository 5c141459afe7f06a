"""Shared fixtures: a fresh store per test on SQLite and on PostgreSQL.

PostgreSQL comes from ``make test`` (scripts/with_postgres.sh sets CRAMPWISE_TEST_PG_URL). Without
it the PostgreSQL variants are skipped locally, but fail under CI so they can never silently skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from crampwise.store.db import get_engine

DATA = Path(__file__).parent / "data"
_PG_TEMPLATE = "crampwise_template"


def _pg_admin_url() -> str | None:
    return os.environ.get("CRAMPWISE_TEST_PG_ADMIN_URL")


def pg_available() -> bool:
    return bool(os.environ.get("CRAMPWISE_TEST_PG_URL"))


def _require_pg() -> None:
    if pg_available():
        return
    if os.environ.get("CI"):
        pytest.fail("PostgreSQL tests must run in CI: use `make test` (scripts/with_postgres.sh)")
    pytest.skip("no PostgreSQL test cluster (run the suite with `make test`)")


_template_ready = False


def _new_pg_database() -> str:
    """A fresh, migrated database cloned from a template (fast: no migrations per test)."""
    global _template_ready
    admin = sa.create_engine(_pg_admin_url() or "", isolation_level="AUTOCOMMIT")
    base = sa.engine.make_url(os.environ["CRAMPWISE_TEST_PG_URL"])
    try:
        with admin.connect() as conn:
            if not _template_ready:
                conn.execute(sa.text(f"DROP DATABASE IF EXISTS {_PG_TEMPLATE}"))
                conn.execute(sa.text(f"CREATE DATABASE {_PG_TEMPLATE}"))
                template_url = base.set(database=_PG_TEMPLATE).render_as_string(False)
                engine = get_engine(template_url)
                engine.dispose()
                get_engine.cache_clear()
                _template_ready = True
            name = f"t_{uuid.uuid4().hex[:16]}"
            conn.execute(sa.text(f"CREATE DATABASE {name} TEMPLATE {_PG_TEMPLATE}"))
    finally:
        admin.dispose()
    return base.set(database=name).render_as_string(False)


def _drop_pg_database(url: str) -> None:
    name = sa.engine.make_url(url).database
    admin = sa.create_engine(_pg_admin_url() or "", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    finally:
        admin.dispose()


def _dispose(url: str) -> None:
    from crampwise.store import db

    if url in db._migrated:
        db.get_engine(url).dispose()
        db._migrated.discard(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty, migrated store, once per database kind."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'crampwise.db'}"
        yield url
        _dispose(url)
        return
    _require_pg()
    url = _new_pg_database()
    yield url
    _dispose(url)
    _drop_pg_database(url)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> Iterator[str]:
    """A SQLite store only (for tests whose subject is not the database)."""
    url = f"sqlite:///{tmp_path / 'crampwise.db'}"
    yield url
    _dispose(url)
