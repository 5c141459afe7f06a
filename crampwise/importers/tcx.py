"""Garmin Training Center XML (TCX v2) activities as workouts, streamed with lxml.

One ``<Activity>`` is one workout: start from ``<Id>``, duration and distance summed over its
laps, average heart rate weighted by lap time when every lap has one (else the mean of the
trackpoints' heart rate). TCX has no standard temperature field. Positions are never needed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from lxml import etree

from crampwise.domain.journal import Workout
from crampwise.importers.activities import text_activity
from crampwise.importers.base import ImportFailed, ReadContext, ReadItem
from crampwise.importers.building import Skips, build, plausible, r4, zone_offset

_ROOT = re.compile(rb"<(?:\w+:)?TrainingCenterDatabase[\s>]")
_OPTIONAL = ("avg_hr", "distance_km")


class _Counting:
    """A binary file that reports how many bytes were read so far."""

    def __init__(self, handle: IO[bytes], context: ReadContext):
        self.handle, self.context, self.done = handle, context, 0

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.done += len(data)
        self.context.on_progress(self.done)
        return data


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _child(node: Any, name: str) -> Any:
    for child in node:
        if _local(child.tag) == name:
            return child
    return None


def _number(node: Any, *path: str) -> float | None:
    for name in path:
        if node is None:
            return None
        node = _child(node, name)
    if node is None or not (node.text or "").strip():
        return None
    try:
        return float(node.text)
    except ValueError:
        return None


def _time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def summarise(activity: Any) -> dict[str, Any]:
    """Start, seconds, meters, heart rate and sport of one ``<Activity>`` element."""
    laps = [c for c in activity if _local(c.tag) == "Lap"]
    seconds = sum(_number(lap, "TotalTimeSeconds") or 0.0 for lap in laps)
    meters = sum(_number(lap, "DistanceMeters") or 0.0 for lap in laps)
    lap_hr = [(_number(lap, "AverageHeartRateBpm", "Value"), _number(lap, "TotalTimeSeconds"))
              for lap in laps]
    point_hr: list[float] = []
    times: list[dt.datetime] = []
    for point in activity.iter("{*}Trackpoint"):
        hr = _number(point, "HeartRateBpm", "Value")
        if hr is not None:
            point_hr.append(hr)
        moment = _time(getattr(_child(point, "Time"), "text", None))
        if plausible(moment):
            assert moment is not None
            times.append(moment)
    avg_hr: float | None = None
    if lap_hr and all(h is not None and s for h, s in lap_hr):
        weight = sum(s for _, s in lap_hr if s)
        avg_hr = sum(h * s for h, s in lap_hr if h and s) / weight
    elif point_hr:
        avg_hr = sum(point_hr) / len(point_hr)
    start = _time(getattr(_child(activity, "Id"), "text", None))
    if not plausible(start) and laps:
        start = _time(laps[0].get("StartTime"))
    if not plausible(start):
        start = times[0] if times else None
    if not seconds and len(times) > 1:
        seconds = (max(times) - min(times)).total_seconds()
    return {"start": start, "seconds": seconds, "meters": meters, "avg_hr": avg_hr,
            "sport": activity.get("Sport")}


class TcxImporter:
    name = "tcx"
    label = "Garmin Training Center (.tcx)"
    all_or_nothing = True

    def detect(self, head: bytes, path: Path) -> bool:
        """An XML document whose root element is ``<TrainingCenterDatabase>``."""
        text = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        return text.startswith(b"<") and _ROOT.search(text) is not None

    def read(self, path: Path, context: ReadContext) -> Iterator[ReadItem]:
        skips = Skips()
        count = 0
        with path.open("rb") as handle:
            events = etree.iterparse(_Counting(handle, context), events=("end",),
                                     tag="{*}Activity", resolve_entities=False, no_network=True)
            try:
                for _event, activity in events:
                    count += 1
                    entry = self._workout(summarise(activity), count, context, skips)
                    activity.clear()
                    if entry is not None:
                        yield ReadItem(f"activity {count}", entry=entry)
            except etree.XMLSyntaxError as exc:
                line, column = exc.position
                raise ImportFailed(f"{path.name}, line {line}, column {column}",
                                   f"the XML is broken: {exc.msg}",
                                   "a complete TCX document") from None
        if count == 0:
            raise ImportFailed(path.name, "no <Activity> in this TCX file",
                               "at least one activity")
        skips.report(context)

    @staticmethod
    def _workout(summary: dict[str, Any], number: int, context: ReadContext,
                 skips: Skips) -> Workout | None:
        where = f"activity {number}"
        start = summary["start"]
        if start is None:
            skips.add("activity without a usable start time skipped", where)
            return None
        if not summary["seconds"]:
            skips.add("activity without a duration skipped", where)
            return None
        utc = start.astimezone(dt.UTC)
        fields = {
            "id": f"tcx:{utc.isoformat()}", "time": zone_offset(utc, context),
            "duration_min": r4(summary["seconds"] / 60),
            "activity": text_activity(summary["sport"]),
            "distance_km": r4(summary["meters"] / 1000) if summary["meters"] else None,
            "avg_hr": round(summary["avg_hr"]) if summary["avg_hr"] else None,
        }
        entry = build(Workout, {k: v for k, v in fields.items() if v is not None}, _OPTIONAL,
                      where, skips)
        return entry if isinstance(entry, Workout) else None
