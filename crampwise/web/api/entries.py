"""Journal entries over the API: list with filters, add one or many, read, delete, export.

Entries are exactly the journal objects of spec/journal.md, each with the server's ``entry_id``.
A posted list is all or nothing: any invalid object → 422 listing every problem with its index and
key, and nothing is stored; duplicates are reported, not errors.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel

from crampwise.domain.journal import ENTRY_TYPES
from crampwise.services import entry_batches, journal
from crampwise.web.deps import ApiUser, DbUrl
from crampwise.web.schemas import EntryOut, ErrorOut, entries_in_schema, entry_out

router = APIRouter(prefix="/api/v1", tags=["entries"])
EntryType = Literal["profile", "workout", "episode", "body_mass", "fluid", "sleep", "meal",
                    "supplement", "medication"]
EntryId = Annotated[int, Path(ge=1, le=2**63 - 1, description="the server's id of the entry")]
MAX_POST = 10_000
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (401, 422)}
_BODY_SCHEMA, BODY_COMPONENTS = entries_in_schema()

assert set(ENTRY_TYPES) == set(EntryType.__args__)  # type: ignore[attr-defined]


class StoredItem(BaseModel):
    index: int
    entry_id: int
    status: Literal["added", "duplicate", "updated"]


class StoredOut(BaseModel):
    """What POST /entries did: counts, and each posted object's entry id and status."""

    added: int
    duplicates: int
    updated: int
    entries: list[StoredItem]


def _aware(name: str, value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise HTTPException(status_code=422, detail=(
            f"'{name}' needs a UTC offset, e.g. 2026-05-01T00:00:00+02:00 or ...Z"))
    if value is not None and not 1900 <= value.astimezone(dt.UTC).year < 2200:
        raise HTTPException(status_code=422, detail=f"'{name}' must be between 1900 and 2200")
    return value


@router.get("/entries", responses={200: {"model": list[EntryOut]}, **ERRORS})
def list_entries(
    url: DbUrl, user: ApiUser,
    type: Annotated[list[EntryType] | None, Query(  # noqa: A002 - the journal's own key
        description="only these entry types (repeat the parameter for several)")] = None,
    since: Annotated[dt.datetime | None, Query(description="from this time on (inclusive), "
                                               "with UTC offset")] = None,
    until: Annotated[dt.datetime | None, Query(description="before this time (exclusive), "
                                               "with UTC offset")] = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Response:
    """Entries in time order (profile and undated first), filtered by type and time."""
    since, until = _aware("since", since), _aware("until", until)
    if since is not None and until is not None and until <= since:
        raise HTTPException(status_code=422, detail="'until' must be later than 'since'")
    rows = journal.entries(url, user.username, types=list(type) if type else None,
                           since=since, until=until)
    page = [entry_out(i, e) for i, e in itertools.islice(rows, offset, offset + limit)]
    rows.close()
    return JSONResponse(page)


@router.post("/entries", status_code=201, response_model=StoredOut,
             responses={200: {"model": StoredOut, "description": "nothing new: all duplicates"},
                        400: {"model": ErrorOut}, **ERRORS},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": _BODY_SCHEMA}}}})
async def add_entries(request: Request, response: Response, url: DbUrl,
                      user: ApiUser) -> StoredOut:
    """Store one journal object or a list of them (all or nothing)."""
    try:
        body = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(status_code=400, detail=f"the body is not valid JSON: {exc}") from None
    objects = body if isinstance(body, list) else [body]
    if len(objects) > MAX_POST:
        raise HTTPException(status_code=422, detail=f"at most {MAX_POST} entries per request")
    try:
        result = entry_batches.log_objects(url, user.id, user.username, objects)
    except entry_batches.BatchError as exc:
        problems = [{"index": p.index, "key": p.key, "message": p.message}
                    for p in exc.problems]
        return JSONResponse({"detail": str(exc), "problems": problems},  # type: ignore[return-value]
                            status_code=422)
    if not result.count("added") and not result.count("updated"):
        response.status_code = 200
    return StoredOut(added=result.count("added"), duplicates=result.count("duplicate"),
                     updated=result.count("updated"),
                     entries=[StoredItem(index=i, entry_id=entry_id, status=status)
                              for i, (entry_id, status) in enumerate(result.items)])


@router.get("/entries/{entry_id}", responses={200: {"model": EntryOut},
                                              404: {"model": ErrorOut}, **ERRORS})
def get_entry(url: DbUrl, user: ApiUser, entry_id: EntryId) -> Response:
    """One entry of yours (404 for an id that is not yours)."""
    entry = journal.get_entry(url, user.username, entry_id)
    if entry is None:
        raise HTTPException(status_code=404, detail=f"You have no entry {entry_id}.")
    return JSONResponse(entry_out(entry_id, entry))


@router.delete("/entries/{entry_id}", status_code=204,
               responses={404: {"model": ErrorOut}, **ERRORS})
def delete_entry(url: DbUrl, user: ApiUser, entry_id: EntryId) -> Response:
    """Delete one entry of yours (404 for an id that is not yours)."""
    if not journal.delete_entry(url, user.username, entry_id):
        raise HTTPException(status_code=404, detail=f"You have no entry {entry_id}.")
    return Response(status_code=204)


@router.get("/export", response_class=StreamingResponse,
            responses={200: {"content": {"application/x-ndjson": {}}}, **ERRORS})
def export(url: DbUrl, user: ApiUser) -> StreamingResponse:
    """The whole journal as JSONL, the same lines `crampwise export` writes."""

    def lines() -> Iterator[str]:
        for _, entry in journal.entries(url, user.username):
            yield json.dumps(entry.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n"

    return StreamingResponse(lines(), media_type="application/x-ndjson", headers={
        "Content-Disposition": 'attachment; filename="crampwise-journal.jsonl"'})
