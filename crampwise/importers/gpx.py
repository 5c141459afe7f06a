"""GPX tracks (gpxpy) as workouts: start, duration, distance, and heart rate/temperature if there.

Decisions:
- One workout per outing: tracks are taken in time order and a track that starts within
  ``MERGE_GAP`` of the previous one's end joins it (GPS units split one outing into "ACTIVE LOG",
  "ACTIVE LOG #2", ... at every pause). Duration is first to last timestamp of the outing.
- Track points whose time is missing or implausible (a reset clock writes 1901 or 1970) are not
  used. A file where no track has usable times imports nothing and fails with that reason: a
  workout that cannot be placed in time is no use for matching cramps to exercise.
- Empty tracks and segments are ignored. GPS positions are only used for the distance.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gpxpy
import gpxpy.gpx

from crampwise.domain.journal import Workout
from crampwise.importers.activities import text_activity
from crampwise.importers.base import ImportFailed, ReadContext, ReadItem
from crampwise.importers.building import Skips, build, plausible, r4, zone_offset

MERGE_GAP = dt.timedelta(minutes=30)
_ROOT = re.compile(rb"<(?:\w+:)?gpx[\s>]")
_OPTIONAL = ("avg_hr", "distance_km", "temperature_c")


@dataclass
class Outing:
    """Usable points of one or more tracks that make one workout."""

    start: dt.datetime
    end: dt.datetime
    meters: float = 0.0
    kind: str | None = None
    hr: list[float] = field(default_factory=list)
    temps: list[float] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


def _extension_values(point: gpxpy.gpx.GPXTrackPoint) -> tuple[float | None, float | None]:
    hr = temp = None
    for ext in point.extensions or []:
        for node in ext.iter():
            tag = str(node.tag).rsplit("}", 1)[-1].lower()
            text = (node.text or "").strip()
            if not text:
                continue
            try:
                if tag in ("hr", "heartrate"):
                    hr = float(text)
                elif tag in ("atemp", "temp", "temperature"):
                    temp = float(text)
            except ValueError:
                continue
    return hr, temp


def track_outing(track: gpxpy.gpx.GPXTrack) -> tuple[Outing | None, int]:
    """The usable part of one track, and how many points had an unusable time."""
    outing: Outing | None = None
    bad_times = 0
    for segment in track.segments:
        usable = [p for p in segment.points if plausible(p.time)]
        bad_times += len(segment.points) - len(usable)
        if not usable:
            continue
        first, last = usable[0].time, usable[-1].time
        assert first is not None and last is not None
        if outing is None:
            outing = Outing(start=first, end=last, kind=track.type, names=[track.name or ""])
        outing.start, outing.end = min(outing.start, first), max(outing.end, last)
        if len(usable) > 1:
            outing.meters += gpxpy.gpx.GPXTrackSegment(usable).length_2d() or 0.0
        for point in usable:
            hr, temp = _extension_values(point)
            if hr is not None:
                outing.hr.append(hr)
            if temp is not None:
                outing.temps.append(temp)
    return outing, bad_times


def route_distance_km(data: bytes) -> float | None:
    """The length of a route GPX (Apple Health workout-routes/*.gpx), or None if unreadable."""
    try:
        parsed = gpxpy.parse(data.decode("utf-8", errors="replace"))
    except (gpxpy.gpx.GPXException, ValueError):
        return None
    meters = parsed.length_2d()
    return r4(meters / 1000) if meters else None


def _merge(outings: list[Outing]) -> list[Outing]:
    merged: list[Outing] = []
    for outing in sorted(outings, key=lambda o: o.start):
        last = merged[-1] if merged else None
        if last is not None and outing.start - last.end <= MERGE_GAP:
            last.end = max(last.end, outing.end)
            last.meters += outing.meters
            last.hr += outing.hr
            last.temps += outing.temps
            last.names += outing.names
            last.kind = last.kind or outing.kind
        else:
            merged.append(outing)
    return merged


def _where_broken(exc: Exception) -> str:
    original: Any = getattr(exc, "original_exception", None) or exc.__cause__
    position = getattr(original, "position", None)
    if position:
        return f"line {position[0]}, column {position[1]}"
    return "while parsing"


class GpxImporter:
    name = "gpx"
    label = "GPX track (.gpx)"
    all_or_nothing = True

    def detect(self, head: bytes, path: Path) -> bool:
        """An XML document whose root element is ``<gpx>``."""
        text = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        return text.startswith(b"<") and _ROOT.search(text) is not None

    def read(self, path: Path, context: ReadContext) -> Iterator[ReadItem]:
        data = path.read_bytes()
        try:
            parsed = gpxpy.parse(data.decode("utf-8", errors="replace"))
        except (gpxpy.gpx.GPXException, ValueError) as exc:
            raise ImportFailed(f"{path.name}, {_where_broken(exc)}",
                               f"not a readable GPX file: {exc}", "a complete GPX document") \
                from None
        context.on_progress(len(data))
        outings: list[Outing] = []
        bad_times = total_points = 0
        for track in parsed.tracks:
            total_points += track.get_points_no()
            outing, bad = track_outing(track)
            bad_times += bad
            if outing is not None:
                outings.append(outing)
        if not outings:
            raise ImportFailed(path.name, _no_times_reason(parsed, total_points, bad_times),
                               "track points with real <time> values")
        if bad_times:
            context.warnings.append(f"{bad_times} of {total_points} track points had no usable "
                                    f"time and were left out")
        skips = Skips()
        for number, outing in enumerate(_merge(outings), start=1):
            entry = self._workout(outing, context, skips, number)
            if entry is not None:
                yield ReadItem(f"outing {number}", entry=entry)
        skips.report(context)

    @staticmethod
    def _workout(outing: Outing, context: ReadContext, skips: Skips,
                 number: int) -> Workout | None:
        seconds = (outing.end - outing.start).total_seconds()
        if seconds <= 0:
            skips.add("track of a single moment skipped (no duration)",
                      f"outing {number} at {outing.start.isoformat()}")
            return None
        fields: dict[str, Any] = {
            "id": f"gpx:{outing.start.astimezone(dt.UTC).isoformat()}",
            "time": zone_offset(outing.start.astimezone(dt.UTC), context),
            "duration_min": r4(seconds / 60), "activity": text_activity(outing.kind),
            "distance_km": r4(outing.meters / 1000) if outing.meters else None,
            "avg_hr": round(sum(outing.hr) / len(outing.hr)) if outing.hr else None,
            "temperature_c": r4(sum(outing.temps) / len(outing.temps)) if outing.temps else None,
        }
        names = ", ".join(n for n in outing.names if n)
        if names:
            fields["notes"] = f"GPX: {names}"[:2000]
        entry = build(Workout, {k: v for k, v in fields.items() if v is not None}, _OPTIONAL,
                      f"outing {number}", skips)
        return entry if isinstance(entry, Workout) else None


def _no_times_reason(parsed: gpxpy.gpx.GPX, total_points: int, bad_times: int) -> str:
    if not parsed.tracks or total_points == 0:
        return "no track points: nothing to import (routes and waypoints are not workouts)"
    times = [p.time for t in parsed.tracks for s in t.segments for p in s.points if p.time]
    if not times:
        return f"none of the {total_points} track points has a time, so no workout can be dated"
    sample = min(times).date().isoformat()
    return (f"no usable timestamps: {bad_times} of {total_points} track points have an "
            f"implausible time (e.g. {sample}, a device clock that was not set)")
