"""The bulk import's fast path (JSON bytes straight into the models) accepts exactly what the
reference path (``json.loads`` then ``parse_entry``) accepts, and gives the same entries."""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampwise.domain.parsing import EntryError, parse_entry, parse_json_bytes
from tests.strategies import journals


def _reference(obj: Any, tz: ZoneInfo | None) -> Any:
    try:
        return parse_entry(obj, tz)
    except EntryError as exc:
        return str(exc)


def _fast(raw: bytes, tz: ZoneInfo | None) -> Any:
    try:
        return parse_json_bytes(raw, tz)
    except EntryError as exc:
        return str(exc)


@settings(max_examples=60, deadline=None)
@given(journal=journals(), naive=st.booleans())
def test_fast_path_equals_reference_on_generated_journals(journal: list[dict[str, Any]],
                                                          naive: bool) -> None:
    tz = ZoneInfo("America/Denver") if naive else None
    for obj in journal:
        if naive and "time" in obj:
            obj = {**obj, "time": obj["time"][:19]}  # drop the offset: the zone applies
        raw = json.dumps(obj).encode()
        fast, reference = _fast(raw, tz), _reference(obj, tz)
        assert fast == reference
        if not isinstance(fast, str):
            assert fast.to_json() == reference.to_json()


@pytest.mark.parametrize("raw", [
    b'\xef\xbb\xbf{"type":"fluid","time":"2026-06-14T07:00:00+02:00","ml":250}',
    b'{"type":"Fluid","time":"2026-06-14T07:00:00+02:00","ml":"16 oz"}',
    b'{"type":"fluid","time":"2026-06-14T07:00:00+02:00","ml":NaN}',
    b'{"type":"fluid","time":"2026-06-14T07:00:00+02:00","ml":1e400}',
    b'{"type":"fluid","time":"2026-06-14T07:00:00+02:00","ml":250,"ml":300}',
    b'{"type":"workout","time":"2026-06-14T07:00:00+02:00","duration_min":30,'
    b'"activity":"Running","avg_hr":140.0,"muscle_groups":["Calves"]}',
    b'{"type":"episode","time":"2026-06-14T07:00:00+02:00","kind":"spasm","muscle":"calf",'
    b'"relieved":1}',
    b'{"type":"fluid","time":"2026-06-14T07:00:00+02:00","ml":250}   ',
    b'   ',
    b'\xff{"type":"fluid"}',
])
def test_fast_path_equals_reference_on_edge_lines(raw: bytes) -> None:
    try:
        obj = json.loads(raw.decode("utf-8").lstrip("\ufeff")) if raw.strip() else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        obj = "unparseable"
    fast = _fast(raw.removeprefix(b"\xef\xbb\xbf"), None)
    if obj is None:
        assert fast is None
    elif obj == "unparseable":
        assert isinstance(fast, str)  # an error, with the reference path's message
    else:
        reference = _reference(obj, None)
        assert fast == reference
