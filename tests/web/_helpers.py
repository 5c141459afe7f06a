"""Shared setup for page tests: an app on a fresh store and a person signed in through /signup."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from crampwise.web.app import create_app

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "correct horse battery staple"


def csrf(client: TestClient, page: str = "/now") -> str:
    """This session's CSRF token, read from a rendered form like a browser would."""
    found = CSRF.search(client.get(page).text)
    assert found, f"no csrf_token field on {page}"
    return found.group(1)


def signed_in_client(url: str, username: str = "ana") -> TestClient:
    """A client that signed up as ``username`` through the sign-up form."""
    client = TestClient(create_app(url))
    token = csrf(client, "/signup")
    response = client.post("/signup", data={"csrf_token": token, "username": username,
                                            "password": PASSWORD, "password_again": PASSWORD})
    assert response.status_code == 200, response.text[:500]
    return client
