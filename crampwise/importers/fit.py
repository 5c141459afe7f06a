"""Garmin/ANT FIT activity files (fitdecode): one workout per ``session`` message.

Decisions:
- A multisport file has one session per leg: each leg is its own workout; ``transition``
  sessions (the changeovers) are not workouts and are counted as unused.
- Duration is the session's timer time (pauses excluded, as Apple Health does), falling back to
  elapsed time. Heart rate and temperature come from the session summary, else from the mean of
  the ``record`` messages inside the session's time window. GPS is never needed (pool swims,
  treadmill and trainer rides import the same way).
- The device's local UTC offset (``activity.local_timestamp`` minus ``timestamp``) is kept on
  the start time when the file has it; else the import's time zone; else UTC.
- CRC errors, a truncated file or a bad chained header fail the whole file with the byte offset;
  unknown messages and developer fields are skipped by fitdecode.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fitdecode

from crampwise.domain.journal import Workout
from crampwise.importers.activities import fit_activity
from crampwise.importers.base import ImportFailed, ReadContext, ReadItem
from crampwise.importers.building import Skips, build, in_offset, plausible, r4, zone_offset

_OPTIONAL = ("avg_hr", "distance_km", "temperature_c")
_OFFSET = re.compile(r"@\s*(\d+)")
_PROGRESS_EVERY = 2000


@dataclass
class _FitContent:
    """What one pass over a FIT file keeps: sessions, record samples and file identity."""

    sessions: list[dict[str, Any]] = field(default_factory=list)
    samples: list[tuple[dt.datetime, float | None, float | None]] = field(default_factory=list)
    file_key: str | None = None
    local_offset: dt.timedelta | None = None


def _values(frame: fitdecode.FitDataMessage, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: frame.get_value(name, fallback=None) for name in names}


_SESSION_FIELDS = ("sport", "sub_sport", "start_time", "timestamp", "total_timer_time",
                   "total_elapsed_time", "total_distance", "avg_heart_rate", "avg_temperature")


def _where(path: Path, exc: Exception) -> str:
    offset = getattr(exc, "offset", None)
    if offset is None:
        match = _OFFSET.search(str(exc))
        offset = int(match.group(1)) if match else None
    return f"{path.name}, byte {offset}" if offset is not None else path.name


def _what(exc: Exception) -> str:
    if isinstance(exc, fitdecode.FitEOFError):
        return "the file ends unexpectedly (truncated or still being written)"
    if isinstance(exc, fitdecode.FitHeaderError):
        return f"corrupt FIT header ({exc})"
    if isinstance(exc, fitdecode.FitCRCError):
        return f"checksum mismatch: the file is damaged ({exc})"
    return f"the FIT data cannot be decoded ({exc})"


def _read_content(path: Path, data: bytes, context: ReadContext) -> _FitContent:
    content = _FitContent()
    stream = io.BytesIO(data)
    try:
        with fitdecode.FitReader(stream, check_crc=fitdecode.CrcCheck.RAISE,
                                 keep_raw_chunks=False) as reader:
            for number, frame in enumerate(reader):
                if number % _PROGRESS_EVERY == 0:
                    context.on_progress(stream.tell())
                if not isinstance(frame, fitdecode.FitDataMessage):
                    continue
                _take(frame, content)
    except fitdecode.FitError as exc:
        raise ImportFailed(_where(path, exc), _what(exc), "a complete FIT activity file") \
            from None
    context.on_progress(len(data))
    return content


def _take(frame: fitdecode.FitDataMessage, content: _FitContent) -> None:
    if frame.name == "record":
        moment = frame.get_value("timestamp", fallback=None)
        if isinstance(moment, dt.datetime):
            hr = frame.get_value("heart_rate", fallback=None)
            temp = frame.get_value("temperature", fallback=None)
            if hr is not None or temp is not None:
                content.samples.append((moment, hr, temp))
    elif frame.name == "session":
        content.sessions.append(_values(frame, _SESSION_FIELDS))
    elif frame.name == "file_id" and content.file_key is None:
        ident = _values(frame, ("serial_number", "manufacturer", "time_created"))
        created = ident["time_created"]
        device = ident["serial_number"] or ident["manufacturer"] or "device"
        if isinstance(created, dt.datetime):
            content.file_key = f"{device}:{created.astimezone(dt.UTC).isoformat()}"
    elif frame.name == "activity" and content.local_offset is None:
        stamp = frame.get_value("timestamp", fallback=None)
        local = frame.get_value("local_timestamp", fallback=None)
        if isinstance(stamp, dt.datetime) and isinstance(local, dt.datetime):
            seconds = (local.replace(tzinfo=None) - stamp.replace(tzinfo=None)).total_seconds()
            quarter = round(seconds / 900) * 900
            if abs(quarter) <= 14 * 3600:
                content.local_offset = dt.timedelta(seconds=quarter)


def _window_mean(samples: list[tuple[dt.datetime, float | None, float | None]], index: int,
                 start: dt.datetime, end: dt.datetime) -> float | None:
    values = [s[index] for s in samples if start <= s[0] <= end and s[index] is not None]
    return sum(values) / len(values) if values else None  # type: ignore[arg-type]


class FitImporter:
    name = "fit"
    label = "Garmin FIT activity (.fit)"
    all_or_nothing = True

    def detect(self, head: bytes, path: Path) -> bool:
        """A FIT header: size 12 or 14, then ``.FIT`` at bytes 8-11."""
        return len(head) >= 12 and head[0] in (12, 14) and head[8:12] == b".FIT"

    def read(self, path: Path, context: ReadContext) -> Iterator[ReadItem]:
        data = path.read_bytes()
        content = _read_content(path, data, context)
        if not content.sessions:
            raise ImportFailed(path.name, "no session in this FIT file (not an activity: "
                               "perhaps settings, a course or monitoring data)",
                               "a FIT activity file with at least one session")
        skips = Skips()
        for number, session in enumerate(content.sessions):
            entry = self._workout(session, number, content, context, skips)
            if entry is not None:
                yield ReadItem(f"session {number + 1}", entry=entry)
        skips.report(context)

    @staticmethod
    def _workout(session: dict[str, Any], number: int, content: _FitContent,
                 context: ReadContext, skips: Skips) -> Workout | None:
        where = f"session {number + 1}"
        activity = fit_activity(session["sport"], session["sub_sport"])
        if activity is None:
            context.unused["FIT transition session"] += 1
            return None
        seconds = session["total_timer_time"] or session["total_elapsed_time"]
        start = session["start_time"]
        if not isinstance(start, dt.datetime) and isinstance(session["timestamp"], dt.datetime) \
                and session["total_elapsed_time"]:
            start = session["timestamp"] - dt.timedelta(seconds=session["total_elapsed_time"])
        if not plausible(start) or not seconds:
            skips.add("session without a usable start time or duration skipped", where)
            return None
        assert isinstance(start, dt.datetime)
        end = start + dt.timedelta(seconds=session["total_elapsed_time"] or seconds)
        avg_hr = session["avg_heart_rate"]
        if avg_hr is None:
            avg_hr = _window_mean(content.samples, 1, start, end)
        temp = session["avg_temperature"]
        if temp is None:
            temp = _window_mean(content.samples, 2, start, end)
        utc = start.astimezone(dt.UTC)
        key = content.file_key or utc.isoformat()
        shown = in_offset(utc, content.local_offset) if content.local_offset is not None \
            else zone_offset(utc, context)
        meters = session["total_distance"]
        fields = {
            "id": f"fit:{key}:session:{number + 1}", "time": shown,
            "duration_min": r4(float(seconds) / 60), "activity": activity,
            "distance_km": r4(float(meters) / 1000) if meters else None,
            "avg_hr": round(avg_hr) if avg_hr else None,
            "temperature_c": r4(float(temp)) if temp is not None else None,
        }
        entry = build(Workout, {k: v for k, v in fields.items() if v is not None}, _OPTIONAL,
                      where, skips)
        return entry if isinstance(entry, Workout) else None
