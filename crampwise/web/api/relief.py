"""GET /api/v1/relief/{muscle}: the step-by-step relief routine, sized by your last workout."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query

from crampwise.domain.vocabulary import FLAGS, MUSCLES, VocabularyError
from crampwise.web.deps import ApiUser, DbUrl
from crampwise.web.schemas import ErrorOut

router = APIRouter(prefix="/api/v1", tags=["relief"])
@router.get("/relief/{muscle}", response_model=dict[str, Any],
            responses={code: {"model": ErrorOut} for code in (401, 422)})
def relief(url: DbUrl, user: ApiUser,
           muscle: Annotated[str, Path(max_length=64, json_schema_extra={"enum": sorted(MUSCLES)},
                                       description="a muscle name (aliases are accepted too)")],
           kind: Annotated[Literal["spasm", "twitch"], Query()] = "spasm",
           flag: Annotated[list[str] | None, Query(
               description="red flags you have now", json_schema_extra={
                   "items": {"type": "string", "enum": sorted(FLAGS)}})]
           = None) -> dict[str, Any]:
    """What to do now for a cramp or twitch in ``muscle``, every step with its evidence grade."""
    from crampwise.services.relief import relief_for

    try:
        return relief_for(url, user.username, muscle, kind,
                          flags={f: True for f in flag or []} or None)
    except (VocabularyError, ValueError, KeyError) as exc:
        raise HTTPException(status_code=422, detail=str(exc).strip("'\"")) from None
