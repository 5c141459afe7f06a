"""Which of a person's logged medicines are linked to cramps, and when each was taken.

The list of cramp-linked medicine classes lives in knowledge (``red_flags.toml`` [medicines],
from evidence.md §2.10); this module only matches names and works out dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from crampwise.domain.journal import Medication
from crampwise.knowledge.red_flags import medicine_class, medicine_label


def _day(value: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


@dataclass(frozen=True)
class CrampMedicine:
    """A logged medicine that belongs to a cramp-linked class."""

    name: str
    klass: str
    label: str
    start: dt.date
    end: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        """Taken on that day (from start, up to and including end)."""
        return self.start <= day and (self.end is None or day <= self.end)


def cramp_medicines(medications: Iterable[Medication]) -> list[CrampMedicine]:
    """The logged medicines whose names match a cramp-linked class, earliest start first."""
    found = []
    for med in medications:
        klass = medicine_class(med.name)
        start = _day(med.start)
        if klass is None or start is None:
            continue
        found.append(CrampMedicine(med.name, klass, medicine_label(klass), start, _day(med.end)))
    return sorted(found, key=lambda m: m.start)
