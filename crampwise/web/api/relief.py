"""GET /api/v1/relief/{muscle}: the step-by-step relief routine, sized by your last workout."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query

from crampwise.domain.vocabulary import FLAGS, VocabularyError
from crampwise.services import journal
from crampwise.web.deps import ApiUser, DbUrl
from crampwise.web.schemas import ErrorOut

router = APIRouter(prefix="/api/v1", tags=["relief"])
RECENT_WORKOUT = dt.timedelta(hours=24)


def _last_workout(url: str, username: str) -> tuple[dict[str, Any] | None, float | None]:
    entry = journal.last_entry(url, username, "workout")
    start = getattr(entry, "time", None)
    if entry is None or not isinstance(start, dt.datetime) \
            or dt.datetime.now(dt.UTC) - start > RECENT_WORKOUT:
        return None, None
    fluid = sum(float(getattr(e, "ml", 0) or 0)
                for _, e in journal.entries(url, username, types=["fluid"], since=start))
    return entry.to_json(), fluid or None


@router.get("/relief/{muscle}", response_model=dict[str, Any],
            responses={code: {"model": ErrorOut} for code in (401, 422)})
def relief(url: DbUrl, user: ApiUser,
           muscle: Annotated[str, Path(max_length=64, description="a muscle name or alias")],
           kind: Annotated[Literal["spasm", "twitch"], Query()] = "spasm",
           flag: Annotated[list[str] | None, Query(
               description=f"red flags you have now, e.g. {', '.join(sorted(FLAGS)[:3])}")]
           = None) -> dict[str, Any]:
    """What to do now for a cramp or twitch in ``muscle``, every step with its evidence grade."""
    from crampwise.engine.relief import relief_routine

    workout, fluid_ml = _last_workout(url, user.username)
    try:
        return relief_routine(muscle, kind, flags={f: True for f in flag or []} or None,
                              last_workout=workout, recent_fluid_ml=fluid_ml)
    except (VocabularyError, ValueError, KeyError) as exc:
        raise HTTPException(status_code=422, detail=str(exc).strip("'\"")) from None
