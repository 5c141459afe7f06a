"""GET /api/v1/analysis: likely causes and personal triggers from your own journal.

Engine services are imported when first asked for, so a part that is missing answers 503 rather
than stopping the whole app from starting.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from crampwise.web.deps import ApiUser, DbUrl
from crampwise.web.schemas import ErrorOut

router = APIRouter(prefix="/api/v1", tags=["analysis"])


def service_function(module: str, name: str, what: str) -> Any:
    """``crampwise.services.<module>.<name>``, or 503 when that part is not installed yet."""
    try:
        return getattr(importlib.import_module(f"crampwise.services.{module}"), name)
    except (ImportError, AttributeError):
        raise HTTPException(status_code=503, detail=f"The {what} is not available in this "
                                                    "version of crampwise yet.") from None


def jsonable(value: Any) -> Any:
    """A service result (Pydantic model, dataclass or plain data) as JSON-ready data."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


Day = Annotated[dt.date | None, Query(ge=dt.date(1900, 1, 1), le=dt.date(2199, 12, 31))]


@router.get("/analysis", response_model=dict[str, Any],
            responses={code: {"model": ErrorOut} for code in (401, 422, 503)})
def analysis(url: DbUrl, user: ApiUser, since: Day = None, until: Day = None) -> dict[str, Any]:
    """Likely causes and triggers, each with its evidence grade and how sure we are."""
    return _analysis_of(url, user.username, since, until)


@router.get("/athletes/{username}/analysis", response_model=dict[str, Any],
            responses={code: {"model": ErrorOut} for code in (401, 404, 422, 503)})
def athlete_analysis(url: DbUrl, user: ApiUser, username: str, since: Day = None,
                     until: Day = None) -> dict[str, Any]:
    """The analysis of an athlete who shares their journal with me (404 for anyone else)."""
    from crampwise.services import sharing

    return _analysis_of(url, sharing.athlete(url, user, username), since, until)


def _analysis_of(url: str, username: str, since: dt.date | None,
                 until: dt.date | None) -> dict[str, Any]:
    if since is not None and until is not None and until < since:
        raise HTTPException(status_code=422, detail="'until' must not be before 'since'")
    analyze = service_function("insights", "analyze", "analysis")
    result = jsonable(analyze(url, username, since=since, until=until))
    return result if isinstance(result, dict) else {"result": result}
