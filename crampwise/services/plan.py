"""Plan use cases shared by the CLI and the web app: prevention plan, pre-workout plan, calendar.

Each loads the person's journal once, gathers the plan's numbers (``engine.plan_inputs``) and
hands them to the pure engine.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from crampwise.domain.vocabulary import canonical_activity
from crampwise.engine.plan import build_plan
from crampwise.engine.plan_inputs import PlanInputs, gather
from crampwise.engine.prepare import prepare as prepare_session
from crampwise.engine.reminders import to_ics
from crampwise.errors import UserError
from crampwise.services import journal


def _inputs(url: str, user: str, today: dt.date | None = None) -> PlanInputs:
    entries = [entry for _, entry in journal.entries(url, user)]
    return gather(entries, journal.profile(url, user), today)


def plan(url: str, user: str, today: dt.date | None = None) -> dict[str, Any]:
    """The personal prevention plan (sections of spec/cli.md) from the user's journal."""
    return build_plan(_inputs(url, user, today))


def prepare(url: str, user: str, activity: str, duration_min: float,
            temperature_c: float | None = None, humidity_pct: float | None = None,
            today: dt.date | None = None) -> dict[str, Any]:
    """The pre-workout plan for one session; bad input raises UserError/VocabularyError."""
    name = canonical_activity(activity)
    if not 0 < duration_min <= 1440:
        raise UserError(f"--duration-min must be between 1 and 1440 minutes, got {duration_min:g}")
    if temperature_c is not None and not -40 <= temperature_c <= 55:
        raise UserError(f"--temperature-c must be between -40 and 55, got {temperature_c:g}")
    if humidity_pct is not None and not 0 <= humidity_pct <= 100:
        raise UserError(f"--humidity-pct must be between 0 and 100, got {humidity_pct:g}")
    return prepare_session(_inputs(url, user, today), name, duration_min, temperature_c,
                           humidity_pct)


def plan_ics(url: str, user: str, today: dt.date | None = None) -> bytes:
    """The plan's reminders as an iCalendar file (stable UIDs: re-importing updates events)."""
    return plan_with_ics(url, user, today)[1]


def plan_with_ics(url: str, user: str,
                  today: dt.date | None = None) -> tuple[dict[str, Any], bytes]:
    """The plan and its calendar file from one reading of the journal."""
    inputs = _inputs(url, user, today)
    result = build_plan(inputs)
    return result, to_ics(result["reminders"], inputs.timezone, inputs.today, owner=user)
