"""Turning device values into journal entries without letting one odd value sink a whole file.

Devices write values the journal rejects (a 0 km/h "workout" of 0 minutes, a 70 °C sensor
reading on a sunny handlebar). An optional field out of range is dropped, a record that cannot
be an entry at all is skipped, and both are counted into one warning per kind of problem, so the
summary says what was left out instead of the import failing or silently storing nonsense.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from crampwise.domain.journal import Entry
from crampwise.importers.base import ReadContext

#: A device time earlier than this is a broken clock, not a real workout (GPS units reset to 1901,
#: 1970 or 1989 when their clock is lost).
EARLIEST_PLAUSIBLE = dt.datetime(1995, 1, 1, tzinfo=dt.UTC)


class Skips:
    """Counts of what was dropped or skipped, with one example each, turned into warnings."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, str] = {}

    def add(self, what: str, example: str) -> None:
        """Count one problem of kind ``what``; the first example is kept for the message."""
        self.counts[what] += 1
        self.examples.setdefault(what, example)

    def report(self, context: ReadContext) -> None:
        """Append one warning per kind of problem to the import summary."""
        for what, count in sorted(self.counts.items()):
            context.warnings.append(f"{count} × {what} (first: {self.examples[what]})")


def build(model: type[Entry], fields: dict[str, Any], optional: Iterable[str], where: str,
          skips: Skips) -> Entry | None:
    """``model`` from ``fields``; out-of-range ``optional`` fields are dropped, else skipped."""
    try:
        return model.model_validate(fields)
    except ValidationError as exc:
        bad = {str(err["loc"][0]) for err in exc.errors() if err["loc"]}
        droppable = bad & set(optional)
        if droppable and not bad - droppable:
            for name in sorted(droppable):
                skips.add(f"{name} value out of range, left out",
                          f"{where}: {name}={fields.get(name)!r}")
            kept = {k: v for k, v in fields.items() if k not in droppable}
            try:
                return model.model_validate(kept)
            except ValidationError:  # pragma: no cover - dropping optional fields cannot fail
                pass
        reason = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'entry'}: {e['msg']}"
                           for e in exc.errors())
        kind = model.model_fields["type"].default
        skips.add(f"{kind} record skipped: not a valid {kind}", f"{where}: {reason}")
        return None


def in_offset(moment: dt.datetime, offset: dt.timedelta | None) -> dt.datetime:
    """``moment`` shown at a fixed UTC ``offset`` (device local time), or unchanged."""
    if offset is None:
        return moment
    return moment.astimezone(dt.timezone(offset))


def zone_offset(moment: dt.datetime, context: ReadContext) -> dt.datetime:
    """A UTC ``moment`` shown in the import's time zone (``--tz`` or the profile's), if any."""
    if context.tz is None:
        return moment
    local = moment.astimezone(context.tz)
    return local.astimezone(dt.timezone(local.utcoffset() or dt.timedelta(0)))


def plausible(moment: dt.datetime | None) -> bool:
    """Whether a device timestamp looks like a real clock reading."""
    if moment is None:
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return EARLIEST_PLAUSIBLE <= moment <= dt.datetime.now(dt.UTC) + dt.timedelta(days=2)


def r4(value: float) -> float:
    """Rounded to 4 decimals, like converted journal values, so export/re-import is stable."""
    return round(value, 4)
