"""Relief use case shared by the CLI and the web app: the routine sized by the person's journal.

The engine's ``relief_routine`` is pure; this adds what only the store knows: the last workout
(if it started within a day) and the fluid logged since it started. Relief is needed in a hurry,
so a journal that cannot be read gives the general routine with a note, never an error.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from crampwise.engine.relief import relief_routine
from crampwise.services import journal

RECENT_WORKOUT = dt.timedelta(hours=24)
"""A workout that started longer ago than this says nothing about fluid lost today."""


def recent_workout(url: str, username: str, now: dt.datetime | None = None,
                   window: dt.timedelta = RECENT_WORKOUT
                   ) -> tuple[dict[str, Any] | None, float | None]:
    """The last workout as a journal object if it started within ``window``, and the mL of fluid
    logged since it started (None when none); (None, None) when there is no such workout."""
    entry = journal.last_entry(url, username, "workout")
    start = getattr(entry, "time", None)
    now = now or dt.datetime.now(dt.UTC)
    if entry is None or not isinstance(start, dt.datetime) or not dt.timedelta(0) <= \
            now - start <= window:
        return None, None
    fluid_ml = sum(float(getattr(e, "ml", 0) or 0)
                   for _, e in journal.entries(url, username, types=["fluid"], since=start))
    return entry.to_json(), fluid_ml or None


def relief_for(url: str, username: str, muscle: str, kind: str = "spasm",
               flags: dict[str, bool] | None = None,
               now: dt.datetime | None = None) -> dict[str, Any]:
    """The relief routine for ``muscle``, with rehydration sized from the journal when possible."""
    try:
        workout, fluid_ml = recent_workout(url, username, now)
        unread = False
    except Exception:  # noqa: BLE001 - a broken store must not stand between someone and relief
        workout, fluid_ml, unread = None, None, True
    routine = relief_routine(muscle, kind, flags=flags or None, last_workout=workout,
                             recent_fluid_ml=fluid_ml)
    if unread:
        routine["notes"].append("Your journal could not be read, so the rehydration advice is "
                                "general.")
    return routine
