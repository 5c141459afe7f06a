"""Entries as database-ready row tuples, in the tables' own column order.

Imports turn a million entries into rows, often in a worker process that hands them back by
pickling: plain tuples in a fixed column order cost a fraction of dicts keyed by column name, both
to build and to pickle, and go straight into the driver's ``executemany``. The conversions here are
exactly what the column types would do (UTC text on SQLite, UTC datetimes on PostgreSQL, JSON).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from functools import cache
from typing import Any

from pydantic_core import to_json
from sqlalchemy import JSON

from crampwise.domain.journal import Entry, Profile
from crampwise.store.tables import DETAIL_TABLES, UTCDateTime

PROFILE_KEY = "profile"  # at most one profile per person: a later one replaces it
#: the ``entries`` columns a prepared row carries, in order (the writer adds id and user_id)
COMMON_COLUMNS = ("type", "time_utc", "utc_offset_min", "source_id", "dedupe_key", "notes")


#: One entry as rows: (kind, dedupe key, common values in COMMON_COLUMNS order, detail values in
#: detail_columns order). A plain tuple, not a NamedTuple: unpickling a million of those runs a
#: Python-level ``__new__`` each, a cost the writer process would pay.
Prepared = tuple[str, str, tuple[Any, ...], tuple[Any, ...]]


def dedupe_key(entry: Entry) -> str:
    """The source id when there is one, else the entry's canonical content, hashed."""
    if isinstance(entry, Profile):
        return PROFILE_KEY
    if entry.id is not None:
        basis = f"id\x00{entry_kind(entry)}\x00{entry.id}".encode()
    else:  # the canonical JSON line (fields in model order, absent keys left out)
        basis = entry.__pydantic_serializer__.to_json(entry, exclude_none=True)
    return hashlib.sha1(basis, usedforsecurity=False).hexdigest()


def entry_kind(entry: Entry) -> str:
    return str(getattr(entry, "type"))  # noqa: B009 - every concrete entry model has it


def offset_min(value: dt.datetime) -> int:
    offset = value.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


@cache
def detail_columns(kind: str) -> tuple[str, ...]:
    """The detail table's columns after ``entry_id``, in table order."""
    return tuple(c.name for c in DETAIL_TABLES[kind].__table__.columns if c.name != "entry_id")


def prepare(entry: Entry, dialect: str) -> Prepared | Profile:
    """Rows for one entry with values as the driver wants them (profiles stay models)."""
    if isinstance(entry, Profile):
        return entry
    kind = entry_kind(entry)
    key = dedupe_key(entry)
    when = entry.when
    time = _time_converter(dialect)
    common = (kind, time(when) if when is not None else None,
              offset_min(when) if when is not None else None, entry.id, key, entry.notes)
    return kind, key, common, detail_values(entry, dialect, kind)


def detail_values(entry: Entry, dialect: str, kind: str | None = None) -> tuple[Any, ...]:
    """The detail row's values in ``detail_columns`` order."""
    values = entry.__dict__
    return tuple([get(values) for get in _getters(kind or entry_kind(entry), dialect)])


Getter = Callable[[dict[str, Any]], Any]


@cache
def _getters(kind: str, dialect: str) -> tuple[Getter, ...]:
    """How to read each detail column from an entry's field values."""
    table = DETAIL_TABLES[kind].__table__
    time = _time_converter(dialect)
    getters: list[Getter] = []
    for name in detail_columns(kind):
        column_type = table.c[name].type
        if kind == "sleep" and name == "end_utc":
            getters.append(lambda v: time(v["end"]) if v["end"] is not None else None)
        elif kind == "sleep" and name == "end_offset_min":
            getters.append(lambda v: offset_min(v["end"]) if v["end"] is not None else None)
        elif kind == "medication" and name in ("start", "end"):
            getters.append(_isoformat_of(name))
        elif kind == "meal" and name == "items":
            getters.append(_meal_items)
        elif isinstance(column_type, UTCDateTime):
            getters.append(_converted(name, time))
        elif isinstance(column_type, JSON):
            getters.append(_converted(name, _json))
        else:
            getters.append(_plain(name))
    return tuple(getters)


def _plain(name: str) -> Getter:
    return lambda values: values[name]


def _converted(name: str, convert: Callable[[Any], Any]) -> Getter:
    def get(values: dict[str, Any]) -> Any:
        value = values[name]
        return convert(value) if value is not None else None
    return get


def _isoformat_of(name: str) -> Getter:
    def get(values: dict[str, Any]) -> Any:
        value = values[name]
        return value.isoformat() if value is not None else None
    return get


def _meal_items(values: dict[str, Any]) -> Any:
    items = values["items"]
    if items is None:
        return None
    return _json([item.model_dump(exclude_none=True) for item in items])


def _time_converter(dialect: str) -> Callable[[dt.datetime], Any]:
    return _sqlite_time if dialect == "sqlite" else _utc


def _sqlite_time(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


def _json(value: Any) -> str:
    """Compact JSON text for a JSON column, made in pydantic-core (the stdlib encoder with
    custom separators builds a new encoder per call: most of a row's cost for a short list)."""
    return to_json(value).decode()
