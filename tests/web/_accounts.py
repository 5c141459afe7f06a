"""Helpers for the account, API, security and isolation tests: real sign-up, real tokens."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from crampwise.web.app import create_app

PASSWORD = "correct horse battery staple"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def new_client(url: str, base_url: str = "http://testserver") -> TestClient:
    """A client on a fresh app over ``url`` (apps over one store share its login limit)."""
    return TestClient(create_app(url), base_url=base_url)


def sign_up(client: TestClient, username: str, password: str = PASSWORD) -> dict[str, str]:
    """Sign up over the API and return the bearer headers of a fresh token."""
    made = client.post("/api/v1/users", json={"username": username, "password": password})
    assert made.status_code == 201, made.text
    return token_headers(client, username, password)


def token_headers(client: TestClient, username: str, password: str = PASSWORD) -> dict[str, str]:
    answer = client.post("/api/v1/token", data={"username": username, "password": password})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def csrf_of(client: TestClient, page: str = "/signin") -> str:
    """This browser session's CSRF token, read from a rendered form."""
    found = CSRF.search(client.get(page).text)
    assert found, f"no csrf_token field on {page}"
    return found.group(1)


def sign_in_page(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Sign in through the form like a browser; returns the session's CSRF token afterwards."""
    answer = client.post("/signin", data={"username": username, "password": password,
                                          "csrf_token": csrf_of(client), "next": "/account"},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return csrf_of(client, "/account")


def workout(day: int = 1, **extra: Any) -> dict[str, Any]:
    return {"type": "workout", "time": f"2026-05-{day:02d}T07:00:00+02:00",
            "duration_min": 60, "activity": "running", **extra}


def episode(day: int = 1, **extra: Any) -> dict[str, Any]:
    return {"type": "episode", "time": f"2026-05-{day:02d}T08:10:00+02:00", "kind": "spasm",
            "muscle": "calf", **extra}


def app_routes(app: Any) -> list[tuple[str, set[str], Any]]:
    """(path, methods, route) of every HTTP route of the app, from included routers too."""
    from fastapi.routing import iter_route_contexts

    found = []
    for context in iter_route_contexts(app.routes):
        path, methods = context.path, context.methods
        if path is not None and methods:
            found.append((path, set(methods) - {"HEAD"}, context))
    return found
