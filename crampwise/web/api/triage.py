"""POST /api/v1/triage: red-flag triage of what a person reports (spec/triage.md)."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, HTTPException, Request

from crampwise.domain.triage import TriageInput, TriageInputError, TriageResult, parse_triage_input
from crampwise.domain.vocabulary import VocabularyError
from crampwise.web.deps import ApiUser
from crampwise.web.schemas import ErrorOut

router = APIRouter(prefix="/api/v1", tags=["triage"])
INPUT_SCHEMA: dict[str, Any] = TriageInput.model_json_schema(
    ref_template="#/components/schemas/{model}")


@router.post("/triage", response_model=TriageResult,
             responses={code: {"model": ErrorOut} for code in (400, 401, 422)},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": {"$ref": "#/components/schemas/TriageInput"}}}}})
async def triage(request: Request, user: ApiUser) -> TriageResult:
    """The disposition (emergency … self_care), the reasons, and what to do now."""
    from crampwise.engine.triage import triage as run_triage

    try:
        data = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(status_code=400, detail=f"the body is not valid JSON: {exc}") from None
    try:
        answer = run_triage(parse_triage_input(data))
    except (TriageInputError, VocabularyError) as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    return answer
