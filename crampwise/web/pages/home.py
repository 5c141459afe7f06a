"""The front page (the Now buttons for a signed-in person, a short welcome otherwise) and units."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crampwise.web.deps import UNITS_COOKIE, MaybePageUser
from crampwise.web.pages._common import DbUrl, render
from crampwise.web.pages.account import safe_next
from crampwise.web.pages.now import start_context

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, url: DbUrl, user: MaybePageUser) -> Response:
    """Signed in: straight to the big "I'm cramping" button. Signed out: what this is."""
    if user is None:
        return render(request, "welcome.html", None)
    return render(request, "now/start.html", user, **start_context(url, user.username))


@router.post("/prefs/units")
def set_units(system: Annotated[str, Form()], next: Annotated[str, Form()] = "/") -> Response:
    """Switch between metric and imperial display (kept in a cookie for a year)."""
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(UNITS_COOKIE, "imperial" if system == "imperial" else "metric",
                        max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response
