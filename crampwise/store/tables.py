"""The database schema: users, the common ``entries`` table, and one table per entry type.

``entries`` holds what every entry has (owner, type, time, dedupe key) so that history, export,
deduplication and the API's ``entry_id`` work across types; each type's own table holds its typed
columns. Times are stored in UTC with the original UTC offset beside them, so export gives back
exactly the times that were imported.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (naive UTC text) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        moment: dt.datetime = value
        if moment.tzinfo is None:
            return moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    token_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    journal_rev: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Bumped by every write to the journal, so cached analyses know when they are stale."""


class EntryRow(Base):
    """What every journal entry has, whatever its type."""

    __tablename__ = "entries"
    __table_args__ = (
        UniqueConstraint("user_id", "dedupe_key", name="uq_entries_user_dedupe"),
        Index("ix_entries_user_time", "user_id", "time_utc"),
        Index("ix_entries_user_type_time", "user_id", "type", "time_utc"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                    primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(16))
    time_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    utc_offset_min: Mapped[int | None] = mapped_column(SmallInteger)
    source_id: Mapped[str | None] = mapped_column(String(128))
    dedupe_key: Mapped[str] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)


def _entry_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True)


class ProfileRow(Base):
    __tablename__ = "profile_entries"
    entry_id: Mapped[int] = _entry_fk()
    sex: Mapped[str | None] = mapped_column(String(8))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    body_mass_kg: Mapped[float | None] = mapped_column(Float)
    height_cm: Mapped[float | None] = mapped_column(Float)
    timezone: Mapped[str | None] = mapped_column(String(64))
    pregnant: Mapped[bool | None] = mapped_column(Boolean)
    sweat_sodium_mmol_l: Mapped[float | None] = mapped_column(Float)


class WorkoutRow(Base):
    __tablename__ = "workout_entries"
    entry_id: Mapped[int] = _entry_fk()
    duration_min: Mapped[float] = mapped_column(Float)
    activity: Mapped[str] = mapped_column(String(32))
    rpe: Mapped[float | None] = mapped_column(Float)
    avg_hr: Mapped[int | None] = mapped_column(Integer)
    distance_km: Mapped[float | None] = mapped_column(Float)
    temperature_c: Mapped[float | None] = mapped_column(Float)
    humidity_pct: Mapped[float | None] = mapped_column(Float)
    muscle_groups: Mapped[list[str] | None] = mapped_column(JSON)
    warm_up_min: Mapped[float | None] = mapped_column(Float)
    cool_down_min: Mapped[float | None] = mapped_column(Float)
    urine_ml: Mapped[float | None] = mapped_column(Float)


class EpisodeRow(Base):
    __tablename__ = "episode_entries"
    entry_id: Mapped[int] = _entry_fk()
    kind: Mapped[str] = mapped_column(String(8))
    muscle: Mapped[str] = mapped_column(String(32))
    side: Mapped[str | None] = mapped_column(String(8))
    duration_s: Mapped[float | None] = mapped_column(Float)
    pain: Mapped[int | None] = mapped_column(Integer)
    during: Mapped[str | None] = mapped_column(String(16))
    relief: Mapped[list[str] | None] = mapped_column(JSON)
    relieved: Mapped[bool | None] = mapped_column(Boolean)
    flags: Mapped[dict[str, bool] | None] = mapped_column(JSON)


class BodyMassRow(Base):
    __tablename__ = "body_mass_entries"
    entry_id: Mapped[int] = _entry_fk()
    kg: Mapped[float] = mapped_column(Float)
    context: Mapped[str | None] = mapped_column(String(16))


class FluidRow(Base):
    __tablename__ = "fluid_entries"
    entry_id: Mapped[int] = _entry_fk()
    ml: Mapped[float] = mapped_column(Float)
    drink: Mapped[str] = mapped_column(String(32))
    sodium_mg: Mapped[float | None] = mapped_column(Float)
    potassium_mg: Mapped[float | None] = mapped_column(Float)


class SleepRow(Base):
    __tablename__ = "sleep_entries"
    entry_id: Mapped[int] = _entry_fk()
    end_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    end_offset_min: Mapped[int | None] = mapped_column(SmallInteger)
    hours: Mapped[float | None] = mapped_column(Float)
    quality: Mapped[int | None] = mapped_column(Integer)


class MealRow(Base):
    __tablename__ = "meal_entries"
    entry_id: Mapped[int] = _entry_fk()
    items: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    magnesium_mg: Mapped[float | None] = mapped_column(Float)
    potassium_mg: Mapped[float | None] = mapped_column(Float)
    calcium_mg: Mapped[float | None] = mapped_column(Float)
    sodium_mg: Mapped[float | None] = mapped_column(Float)
    energy_kcal: Mapped[float | None] = mapped_column(Float)
    water_ml: Mapped[float | None] = mapped_column(Float)


class SupplementRow(Base):
    __tablename__ = "supplement_entries"
    entry_id: Mapped[int] = _entry_fk()
    name: Mapped[str] = mapped_column(String(200))
    magnesium_mg: Mapped[float | None] = mapped_column(Float)
    potassium_mg: Mapped[float | None] = mapped_column(Float)
    calcium_mg: Mapped[float | None] = mapped_column(Float)
    sodium_mg: Mapped[float | None] = mapped_column(Float)


class MedicationRow(Base):
    __tablename__ = "medication_entries"
    entry_id: Mapped[int] = _entry_fk()
    name: Mapped[str] = mapped_column(String(200))
    start: Mapped[str] = mapped_column(String(40))
    end: Mapped[str | None] = mapped_column(String(40))


class ImportCheckpoint(Base):
    """How far a large import got, so a re-run after a crash can report it resumed."""

    __tablename__ = "import_checkpoints"
    __table_args__ = (UniqueConstraint("user_id", "file_sha", name="uq_import_checkpoints_file"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    file_sha: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    items_done: Mapped[int] = mapped_column(BigInteger, default=0)
    finished: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Share(Base):
    """The owner lets the viewer (a coach or physiotherapist) read their journal's summaries."""

    __tablename__ = "shares"
    __table_args__ = (UniqueConstraint("owner_id", "viewer_id", name="uq_shares_pair"),
                      Index("ix_shares_viewer", "viewer_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    viewer_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class LoginFailure(Base):
    """One failed sign-in, kept for the rate-limit window so every worker and host sees it.

    ``key`` is a SHA-256 of (username as typed, client address): people sometimes type their
    password into the username field, and the store should not keep that in the clear.
    """

    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_key_at", "key", "at"),
                      Index("ix_login_failures_at", "at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


DETAIL_TABLES: dict[str, type[Base]] = {
    "profile": ProfileRow, "workout": WorkoutRow, "episode": EpisodeRow,
    "body_mass": BodyMassRow, "fluid": FluidRow, "sleep": SleepRow, "meal": MealRow,
    "supplement": SupplementRow, "medication": MedicationRow,
}
