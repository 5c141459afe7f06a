"""Sharing over the API: the journals I share and with whom, and my athletes' roster."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, HTTPException, Response
from pydantic import BaseModel, ConfigDict, Field

from crampwise.services import sharing
from crampwise.web.deps import ApiUser, DbUrl
from crampwise.web.schemas import ErrorOut

router = APIRouter(prefix="/api/v1", tags=["sharing"])
ERRORS: dict[int | str, dict[str, object]] = {code: {"model": ErrorOut} for code in (401, 404, 422)}


class ShareIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=1, max_length=64,
                          description="the coach or physiotherapist who may read my journal")


class ShareOut(BaseModel):
    username: str
    since: dt.datetime


class SharesOut(BaseModel):
    shared_with: list[ShareOut] = Field(description="who may read my journal")
    shared_by: list[ShareOut] = Field(description="whose journals I may read")


class AthleteOut(BaseModel):
    username: str
    shared_since: str
    episodes_30d: int
    cramps_30d: int
    last_episode: str | None
    muscles: list[str]
    disposition: str | None = Field(description="the most urgent triage answer of the last "
                                                 "30 days' episodes")
    warning_signs: list[str]
    top_cause: dict[str, Any] | None


def _shares(url: str, user: Any) -> SharesOut:
    return SharesOut(
        shared_with=[ShareOut(username=s.username, since=s.since)
                     for s in sharing.viewers(url, user)],
        shared_by=[ShareOut(username=s.username, since=s.since)
                   for s in sharing.athletes(url, user)])


@router.get("/shares", response_model=SharesOut, responses=ERRORS)
def list_shares(url: DbUrl, user: ApiUser) -> SharesOut:
    """Who reads my journal, and whose journals I read."""
    return _shares(url, user)


@router.post("/shares", status_code=201, response_model=SharesOut, responses=ERRORS)
def add_share(url: DbUrl, user: ApiUser, body: ShareIn) -> SharesOut:
    """Let another account read my journal's summaries (read-only; idempotent)."""
    try:
        sharing.share_with(url, user, body.username)
    except sharing.ShareError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    return _shares(url, user)


@router.delete("/shares/{username}", status_code=204, responses=ERRORS)
def remove_share(url: DbUrl, user: ApiUser, username: str) -> Response:
    """Stop sharing my journal with ``username``."""
    if not sharing.stop_sharing(url, user, username):
        raise HTTPException(status_code=404, detail="your journal is not shared with that name")
    return Response(status_code=204)


@router.get("/athletes", response_model=list[AthleteOut], responses=ERRORS)
def athletes(url: DbUrl, user: ApiUser) -> list[AthleteOut]:
    """Everyone who shares with me: the most urgent first, with recent episodes and top cause."""
    return [AthleteOut(**row.as_dict()) for row in sharing.roster(url, user)]
