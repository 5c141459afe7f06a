"""Shared setup for page tests: an app on a fresh store with one signed-in person."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from crampwise.services.accounts import sign_up
from crampwise.web.app import create_app
from crampwise.web.deps import page_user

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def signed_in_client(url: str, username: str = "ana") -> TestClient:
    """A client whose page requests run as a freshly signed-up ``username``."""
    account = sign_up(url, username, "correct horse battery staple")
    app = create_app(url)
    app.dependency_overrides[page_user] = lambda: account
    return TestClient(app)


def csrf(client: TestClient, page: str = "/now") -> str:
    """This session's CSRF token, read from a rendered form like a browser would."""
    found = CSRF.search(client.get(page).text)
    assert found, f"no csrf_token field on {page}"
    return found.group(1)
