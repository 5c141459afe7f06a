"""Quick log forms for every journal type, with now and the last values filled in."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crampwise.domain.parsing import EntryError, parse_entry
from crampwise.services import journal
from crampwise.web.pages._common import DbUrl, PageUser, now_in, render, units_of, zone_of
from crampwise.web.pages._forms import FORMS, defaults, from_entry, to_objects

router = APIRouter(include_in_schema=False)

ORDER = ("episode", "workout", "fluid", "body_mass", "sleep", "meal", "supplement",
         "medication")  # the profile has its own page, /account/profile


def _kind(kind: str) -> str:
    if kind not in ORDER:
        raise HTTPException(status_code=404, detail=f"There is no log form for {kind!r}.")
    return kind


@router.get("/log", response_class=HTMLResponse)
def index(request: Request, url: DbUrl, user: PageUser) -> Response:
    """The list of forms and the latest entries."""
    recent = journal.history(url, user.username, limit=10)
    return render(request, "log/index.html", user, forms=[(k, FORMS[k][0]) for k in ORDER],
                  recent=recent, zone=zone_of(url, user.username))


@router.get("/log/{kind}", response_class=HTMLResponse)
def form(request: Request, kind: str, url: DbUrl, user: PageUser, edit: int | None = None,
         saved: int | None = None) -> Response:
    """One form: a new entry (defaults: now and the last values) or an existing one to edit."""
    kind = _kind(kind)
    zone = zone_of(url, user.username)
    units = units_of(request)
    if edit is not None:
        entry = journal.get_entry(url, user.username, edit)
        if entry is None or entry.model_dump().get("type") != kind:
            raise HTTPException(status_code=404, detail="That entry does not exist.")
        values = from_entry(kind, entry, zone, units)
    else:
        last = journal.last_entry(url, user.username, kind)
        values = defaults(kind, last, now_in(zone), units)
    return _page(request, user, kind, values, [], edit, saved)


def _page(request: Request, user: Any, kind: str, values: dict[str, Any], errors: list[str],
          edit: int | None, saved: int | None, status_code: int = 200) -> Response:
    title, fields = FORMS[kind]
    return render(request, "log/form.html", user, status_code=status_code, kind=kind,
                  title=title, fields=fields, values=values, errors=errors, edit=edit,
                  saved=saved, forms=[(k, FORMS[k][0]) for k in ORDER])


@router.post("/log/{kind}")
async def submit(request: Request, kind: str, url: DbUrl, user: PageUser) -> Response:
    """Validate and store; on a problem, show the form again with the problems named."""
    kind = _kind(kind)
    raw = await request.form()
    data: dict[str, Any] = {k: (raw.getlist(k) if len(raw.getlist(k)) > 1 else raw.get(k))
                            for k in raw}
    for f in FORMS[kind][1]:
        if f.kind == "multi":
            data[f.name] = raw.getlist(f.name)
    edit = int(data["edit"]) if str(data.get("edit") or "").isdigit() else None
    zone = zone_of(url, user.username)
    objects = to_objects(kind, data, zone, units_of(request))
    errors: list[str] = []
    for obj in objects:
        try:
            parse_entry(obj, zone)  # type: ignore[arg-type]
        except EntryError as exc:
            errors.extend(f"{p.key}: {p.message}" if p.key else p.message for p in exc.problems)
    if errors:
        values = {k: (",".join(v) if isinstance(v, list) else str(v or ""))
                  for k, v in data.items()}
        return _page(request, user, kind, values, errors, edit, None, status_code=422)
    first_id = None
    for obj in objects:
        entry_id, _, _ = journal.log_object(url, user.username, obj)
        first_id = first_id or entry_id
    if edit is not None and first_id != edit:
        journal.delete_entry(url, user.username, edit)
    target = f"/log/{kind}?saved={first_id}" if first_id else f"/log/{kind}"
    return RedirectResponse(target, status_code=303)
