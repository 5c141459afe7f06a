"""Typed settings in one object: the only place that reads the environment (prefix CRAMPWISE_)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_database_url() -> str:
    folder = Path(platformdirs.user_data_dir("crampwise", appauthor=False))
    return f"sqlite:///{folder / 'crampwise.db'}"


class Settings(BaseSettings):
    """Everything configurable, with the defaults a single person on a laptop needs."""

    model_config = SettingsConfigDict(env_prefix="CRAMPWISE_", extra="ignore")

    database_url: str = Field(default_factory=default_database_url,
                              description="SQLAlchemy URL of the store (SQLite or PostgreSQL)")
    user: str = Field(default="me", description="whose journal the CLI works on")
    secret_key: str | None = Field(default=None,
                                   description="signs web sessions and API tokens; generated "
                                   "and kept beside a SQLite store when not set")
    secure_cookies: bool = Field(default=False,
                                 description="mark cookies Secure (set when served over HTTPS)")
    import_batch_size: int = Field(default=5000, ge=100, le=200_000,
                                   description="entries per committed batch of a large import")

    @field_validator("database_url")
    @classmethod
    def _normalise_url(cls, url: str) -> str:
        # People paste the URLs their hosting gives them; SQLAlchemy needs the driver named.
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url[len(prefix):]
        return url


@cache
def get_settings() -> Settings:
    return Settings()
