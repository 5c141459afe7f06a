"""The web app factory: middleware, error handlers, and every router found in ``pages`` and ``api``.

Each module in ``crampwise.web.pages`` and ``crampwise.web.api`` exposes ``router``; they are
included by name, so a new page or endpoint is one new module. Page routers get CSRF checking on
every unsafe method; API routers authenticate with bearer tokens instead (no cookies, no CSRF).
Errors under ``/api`` are JSON ``{"detail": "...", "problems": [...]}`` with a 4xx status; bad
input never becomes a 500.
"""

from __future__ import annotations

import html
import importlib
import logging
import pkgutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio.to_thread
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from crampwise.config import get_settings
from crampwise.domain.parsing import EntryError
from crampwise.domain.vocabulary import VocabularyError
from crampwise.errors import NotFound, UserError
from crampwise.services.login_limit import LoginLimiter
from crampwise.web import api, pages, security
from crampwise.web.deps import SignInRequired
from crampwise.web.schemas import ErrorOut, entries_in_schema, triage_input_schema

STATIC = Path(__file__).parent / "static"
log = logging.getLogger(__name__)

REQUEST_THREADS = 8
"""Threads that run the (synchronous) page and API code of one worker process.

Starlette's default is 40. Request work here is short and CPU-bound under the GIL, and each
thread holds a pooled database connection while it reads: 40 threads fight over the GIL (slow
tails) and overflow the connection pool (5 kept, 10 more opened and closed per use, each new
SQLite connection paying its PRAGMAs). Long jobs (imports) run in their own threads.
"""


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    anyio.to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
    yield


def create_app(database_url: str | None = None) -> FastAPI:
    """The app on ``database_url`` (default: the settings' store)."""
    settings = get_settings()
    url = database_url or settings.database_url
    app = FastAPI(title="crampwise", version="1", openapi_url="/api/v1/openapi.json",
                  docs_url=None, redoc_url=None, lifespan=_lifespan,
                  description="Journal, triage, relief, analysis and plan for muscle twitches "
                              "and cramps. Authenticate with a bearer token from POST "
                              "/api/v1/token.")
    app.state.database_url = url
    app.state.login_limiter = LoginLimiter(url)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for package in (api, pages):
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            router = getattr(module, "router", None)
            if router is None:
                continue
            if package is pages:
                app.include_router(router, dependencies=[Depends(security.csrf_protect)])
            else:
                app.include_router(router)
    # Last added runs first: headers wrap everything, then Secure-on-HTTPS, then the session.
    app.add_middleware(SessionMiddleware, secret_key=security.secret_key(url),
                       session_cookie=security.SESSION_COOKIE,
                       max_age=security.SESSION_MAX_AGE_S, same_site="lax",
                       https_only=settings.secure_cookies)
    app.add_middleware(security.SecureCookieOnHttps)
    app.add_middleware(security.SecurityHeaders)
    _add_error_handlers(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, detail: str, problems: list[dict[str, Any]] | None = None,
           headers: dict[str, str] | None = None) -> Response:
    if _is_api(request):
        body = ErrorOut(detail=detail, problems=problems).model_dump(exclude_none=True)
        return JSONResponse(body, status_code=status, headers=headers)
    text = html.escape(detail)
    page = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{status} · "
            f"crampwise</title><link rel='stylesheet' href='/static/app.css'></head><body><main>"
            f"<h1>Something was not right</h1><p role='alert'>{text}</p>"
            f"<p><a href='/'>Back to the start page</a></p></main></body></html>")
    return HTMLResponse(page, status_code=status, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(SignInRequired)
    async def _sign_in(request: Request, exc: SignInRequired) -> Response:
        return RedirectResponse(exc.location, status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        return _error(request, exc.status_code, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [_validation_problem(e) for e in exc.errors()]
        summary = "; ".join(f"{p['key']}: {p['message']}" if p.get("key") else p["message"]
                            for p in problems[:5])
        return _error(request, 422, f"The request is not valid: {summary}", problems)

    @app.exception_handler(EntryError)
    async def _entry(request: Request, exc: EntryError) -> Response:
        problems = [{"key": p.key, "message": p.message} for p in exc.problems]
        return _error(request, 422, f"The entry is not valid: {exc}", problems)

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(UserError)
    async def _user(request: Request, exc: UserError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(VocabularyError)
    async def _vocabulary(request: Request, exc: VocabularyError) -> Response:
        return _error(request, 422, str(exc))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(request, 500, "Something went wrong on our side; it has been logged.")


def _validation_problem(error: Any) -> dict[str, Any]:
    loc = [str(part) for part in error.get("loc", ())]
    where = {"body": "body", "query": "query", "path": "path", "header": "header"}
    key = ".".join(loc[1:] if loc and loc[0] in where else loc) or None
    if loc and loc[0] in ("query", "path", "header") and key:
        key = f"{loc[0]}.{key}"
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    if error.get("type") == "missing":
        message = "required, but missing"
    return {"key": key, "message": message}


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, with validation errors shown in the shape we really send."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description,
                         routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    error_schema = ErrorOut.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, sub in error_schema.pop("$defs", {}).items():
        components[name] = sub
    components["ErrorOut"] = error_schema
    components["HTTPValidationError"] = error_schema
    components.pop("ValidationError", None)
    components.update(entries_in_schema()[1])
    triage_schema, triage_defs = triage_input_schema()
    components.update(triage_defs)
    components["TriageInput"] = triage_schema
    app.openapi_schema = schema
    return schema
