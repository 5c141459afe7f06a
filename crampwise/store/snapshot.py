"""A fast, read-only load of a whole journal for analysis (analyze, plan).

``entries.iter_entries`` builds ORM objects and re-validates every entry through Pydantic
(vocabulary matching, unit conversion, food matching): right for editing, but it costs ~0.1 ms
per entry, 2.5 s for a three-year journal. Rows in the store were validated on the way in and
are stored in canonical form, so here they are read with one Core join per entry type and turned
into the same journal models with ``model_construct`` (no second validation).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from crampwise.domain.journal import MODELS, Entry, MealItem
from crampwise.store.tables import DETAIL_TABLES, EntryRow

M = TypeVar("M", bound=BaseModel)


@cache
def _zone(minutes: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=minutes))


def _with_offset(utc: dt.datetime, minutes: int | None) -> dt.datetime:
    return utc.astimezone(_zone(minutes or 0))


def _date_or_time(text: str | None) -> dt.date | dt.datetime | None:
    if text is None:
        return None
    return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text)


@cache
def _defaults(model: type[BaseModel]) -> dict[str, Any]:
    return {name: f.get_default(call_default_factory=True)
            for name, f in model.model_fields.items() if not f.is_required()}


def _construct(model: type[M], data: dict[str, Any]) -> M:
    """What ``model.model_construct(**data)`` does, for models whose defaults are immutable.

    ``model_construct`` resolves every default on every call (~60 us per entry); the defaults of
    the journal models are None or fixed strings, so they are resolved once per model here.
    """
    obj = model.__new__(model)
    object.__setattr__(obj, "__dict__", {**_defaults(model), **data})
    object.__setattr__(obj, "__pydantic_fields_set__", set(data))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


def _build(kind: str, data: dict[str, Any]) -> Entry:
    if kind == "meal" and data.get("items"):
        # JSON keeps 120.0 as 120: the models hold floats.
        data["items"] = [_construct(MealItem, {**item, "grams": float(item["grams"])})
                         for item in data["items"]]
    elif kind == "medication":
        data["start"] = _date_or_time(data["start"])
        if "end" in data:
            data["end"] = _date_or_time(data["end"])
    elif kind == "sleep":
        end_utc, end_offset = data.pop("end_utc", None), data.pop("end_offset_min", None)
        if end_utc is not None:
            data["end"] = _with_offset(end_utc, end_offset)
    return _construct(MODELS[kind], data)


def read_journal(session: Session, user_id: int, types: Iterable[str] | None = None,
                 since: dt.datetime | None = None, until: dt.datetime | None = None
                 ) -> list[Entry]:
    """Every entry of a user (of ``types``, with time in [since, until)), grouped by type."""
    common = EntryRow.__table__
    out: list[Entry] = []
    for kind in types or DETAIL_TABLES:
        detail = DETAIL_TABLES[kind].__table__
        columns = [c for c in detail.columns if c.name != "entry_id"]
        query = (select(common.c.time_utc, common.c.utc_offset_min, common.c.source_id,
                        common.c.notes, *columns)
                 .join_from(common, detail, detail.c.entry_id == common.c.id)
                 .where(common.c.user_id == user_id, common.c.type == kind))
        if since is not None:
            query = query.where(common.c.time_utc >= since)
        if until is not None:
            query = query.where(common.c.time_utc < until)
        names = [c.name for c in columns]
        timed = kind not in ("profile", "medication")
        for row in session.execute(query.order_by(common.c.time_utc, common.c.id)):
            data: dict[str, Any] = {n: v for n, v in zip(names, row[4:], strict=True)
                                    if v is not None}
            data["type"] = kind
            if row[2] is not None:
                data["id"] = row[2]
            if row[3] is not None:
                data["notes"] = row[3]
            if timed and row[0] is not None:
                data["time"] = _with_offset(row[0], row[1])
            out.append(_build(kind, data))
    return out
