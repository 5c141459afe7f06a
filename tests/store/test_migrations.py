"""The migration chain builds exactly the tables the models describe, and upgrades keep data."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from crampwise.store.db import get_engine
from crampwise.store.migrate import alembic_config
from crampwise.store.tables import Base


def test_migrated_store_matches_the_models(db_url: str) -> None:
    engine = get_engine(db_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_upgrade_from_the_first_schema_keeps_profiles(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO users (id, username, created_at, token_version) "
                          "VALUES (1, 'runner', '2026-11-25 10:00:00.000000', 0)"))
        conn.execute(text("INSERT INTO entries (id, user_id, type, dedupe_key) "
                          "VALUES (1, 1, 'profile', 'profile')"))
        conn.execute(text("INSERT INTO profile_entries (entry_id, sex, body_mass_kg) "
                          "VALUES (1, 'female', 61.5)"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        row = conn.execute(text("SELECT sex, body_mass_kg, sweat_sodium_mmol_l "
                                "FROM profile_entries")).one()
    assert tuple(row) == ("female", 61.5, None)
