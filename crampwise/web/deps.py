"""Typed dependencies every route uses: the store URL, the API user, the page user, templates.

- ``DbUrl``: the store URL of this app (``create_app(database_url=...)`` or the settings).
- ``ApiUser``: the account of a valid ``Authorization: Bearer`` token, else 401 JSON.
- ``PageUser``: the signed-in account of the browser session, else a 303 redirect to
  ``/signin?next=<this page>``; ``MaybePageUser`` is the same but None when signed out.
- ``CsrfChecked``: rejects a form without this session's ``csrf_token`` (403). Every router in
  ``crampwise.web.pages`` already gets it from the app factory, so page code needs nothing.
- ``templates``: Jinja2 over ``crampwise/web/templates``; every template sees ``csrf_token``
  (the string, for ``<input type="hidden" name="csrf_token" value="{{ csrf_token }}">``),
  ``current_username`` (None when signed out) and ``units`` ("metric" or "imperial").
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordBearer
from fastapi.templating import Jinja2Templates

from crampwise.services.accounts import Account
from crampwise.web import security

TEMPLATES = Path(__file__).parent / "templates"
UNITS_COOKIE = "crampwise_units"


async def get_db_url(request: Request) -> str:
    """The store URL the app was created with (async: no thread hop for an attribute read)."""
    url: str = request.app.state.database_url
    return url


DbUrl = Annotated[str, Depends(get_db_url)]

bearer = OAuth2PasswordBearer(tokenUrl="/api/v1/token", auto_error=False,
                              description="Get a token from POST /api/v1/token")


def api_user(url: DbUrl, token: Annotated[str | None, Depends(bearer)]) -> Account:
    """The account behind the bearer token; 401 with a JSON message otherwise."""
    if not token:
        raise HTTPException(status_code=401, headers={"WWW-Authenticate": "Bearer"},
                            detail="Sign in first: send 'Authorization: Bearer <token>' with a "
                                   "token from POST /api/v1/token.")
    account = security.account_from_token(url, token)
    if account is None:
        raise HTTPException(status_code=401, headers={"WWW-Authenticate": "Bearer"},
                            detail="The token is invalid, expired or revoked (for example by a "
                                   "password change); get a new one from POST /api/v1/token.")
    return account


ApiUser = Annotated[Account, Depends(api_user)]


class SignInRequired(Exception):
    """Raised by ``PageUser`` when nobody is signed in; the app redirects to the sign-in page."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path

    @property
    def location(self) -> str:
        return f"/signin?next={quote(self.next_path, safe='/')}"


def maybe_page_user(request: Request, url: DbUrl) -> Account | None:
    """The signed-in account, or None."""
    return security.session_account(request, url)


def page_user(request: Request, url: DbUrl) -> Account:
    """The signed-in account, or a redirect to the sign-in page that comes back here."""
    account = security.session_account(request, url)
    if account is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInRequired(target if request.method == "GET" else "/")
    return account


MaybePageUser = Annotated[Account | None, Depends(maybe_page_user)]
PageUser = Annotated[Account, Depends(page_user)]
CsrfChecked = Depends(security.csrf_protect)


def units(request: Request) -> str:
    """The display units this browser chose on the profile page ("metric" by default)."""
    return "imperial" if request.cookies.get(UNITS_COOKIE) == "imperial" else "metric"


def _template_context(request: Request) -> dict[str, Any]:
    username = request.session.get("un") if "session" in request.scope else None
    return {
        "csrf_token": security.csrf_token(request) if "session" in request.scope else "",
        "current_username": username if isinstance(username, str) else None,
        "units": units(request),
    }


templates = Jinja2Templates(directory=TEMPLATES, context_processors=[_template_context])
# Templates ship with the package: no need to stat every template file on every render.
templates.env.auto_reload = False
