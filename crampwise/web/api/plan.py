"""GET /api/v1/plan and /api/v1/plan.ics: the prevention plan, as JSON or as a calendar.

The plan service is imported when first asked for; until it exists the routes answer 503.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Response

from crampwise.domain.vocabulary import ACTIVITIES, VocabularyError
from crampwise.errors import UserError
from crampwise.web.api.analysis import jsonable, service_function
from crampwise.web.deps import ApiUser, DbUrl
from crampwise.web.schemas import ErrorOut

router = APIRouter(prefix="/api/v1", tags=["plan"])
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (401, 503)}


@router.get("/plan", response_model=dict[str, Any], responses=ERRORS)
def plan(url: DbUrl, user: ApiUser) -> dict[str, Any]:
    """The prevention plan from your journal, every item with its evidence grade."""
    make_plan = service_function("plan", "plan", "prevention plan")
    result = jsonable(make_plan(url, user.username))
    return result if isinstance(result, dict) else {"result": result}


@router.get("/plan.ics", response_class=Response,
            responses={200: {"content": {"text/calendar": {}}}, **ERRORS})
def plan_ics(url: DbUrl, user: ApiUser) -> Response:
    """The plan's reminders as an iCalendar file to subscribe to or import."""
    make_ics = service_function("plan", "plan_ics", "prevention plan calendar")
    text = make_ics(url, user.username)
    body = text if isinstance(text, bytes) else str(text).encode("utf-8")
    return Response(body, media_type="text/calendar; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="crampwise-plan.ics"'})


@router.get("/plan/prepare", response_model=dict[str, Any],
            responses={code: {"model": ErrorOut} for code in (401, 422, 503)})
def prepare(url: DbUrl, user: ApiUser,
            activity: Annotated[str, Query(max_length=64, json_schema_extra={
                "enum": sorted(ACTIVITIES)}, description="an activity (aliases accepted)")],
            duration_min: Annotated[float, Query(gt=0, le=1440)],
            temperature_c: Annotated[float | None, Query(ge=-40, le=55)] = None,
            humidity_pct: Annotated[float | None, Query(ge=0, le=100)] = None) -> dict[str, Any]:
    """The plan for one coming session: what to drink and eat before, during and after."""
    make = service_function("plan", "prepare", "pre-workout plan")
    try:
        result = jsonable(make(url, user.username, activity, duration_min, temperature_c,
                               humidity_pct))
    except (UserError, VocabularyError) as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    return result if isinstance(result, dict) else {"result": result}
