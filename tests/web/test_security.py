"""Security properties: cookie flags, CSRF, login rate limit, Argon2 hashes, tokens, headers."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from crampwise.services import accounts
from crampwise.services.login_limit import LoginLimiter
from crampwise.store.db import session_scope
from crampwise.store.tables import LoginFailure
from crampwise.store.users import user_by_name
from crampwise.web import security
from tests.web._accounts import (
    PASSWORD,
    app_routes,
    csrf_of,
    new_client,
    sign_in_page,
    sign_up,
    token_headers,
)


def _session_cookie(client: TestClient) -> str:
    response = client.get("/signin")
    cookies = response.headers.get_list("set-cookie")
    found = [c for c in cookies if c.startswith(f"{security.SESSION_COOKIE}=")]
    assert found, cookies
    return found[0].lower()


def test_session_cookie_is_httponly_and_samesite_lax_without_secure_over_http(
        sqlite_url: str) -> None:
    cookie = _session_cookie(new_client(sqlite_url))
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
    assert "secure" not in cookie


def test_session_cookie_is_secure_over_https(sqlite_url: str) -> None:
    cookie = _session_cookie(new_client(sqlite_url, base_url="https://testserver"))
    assert "secure" in cookie
    assert "httponly" in cookie


def test_secure_cookies_setting_marks_cookies_secure_even_over_http(
        sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from crampwise import config

    monkeypatch.setenv("CRAMPWISE_SECURE_COOKIES", "true")
    config.get_settings.cache_clear()
    try:
        cookie = _session_cookie(new_client(sqlite_url))
    finally:
        monkeypatch.delenv("CRAMPWISE_SECURE_COOKIES")
        config.get_settings.cache_clear()
    assert "secure" in cookie


def test_every_page_form_route_rejects_a_post_without_the_csrf_token(sqlite_url: str) -> None:
    client = new_client(sqlite_url)
    sign_up(client, "ana")
    sign_in_page(client, "ana")
    page_posts = [path for path, methods, _ in app_routes(client.app)
                  if not path.startswith("/api/") and methods & {"POST", "PUT", "PATCH", "DELETE"}]
    assert "/signout" in page_posts and "/account/password" in page_posts
    for path in page_posts:
        concrete = path.replace("{", "").replace("}", "")  # any value: CSRF is checked first
        answer = client.post(concrete, data={"confirm": "delete", "password": PASSWORD},
                             follow_redirects=False)
        assert answer.status_code == 403, (path, answer.status_code)
    # Still signed in, and the data is all there: nothing above was acted on.
    assert client.get("/account", follow_redirects=False).status_code == 200


def test_a_token_from_another_session_is_rejected(sqlite_url: str) -> None:
    victim, attacker = new_client(sqlite_url), new_client(sqlite_url)
    sign_up(victim, "ana")
    sign_in_page(victim, "ana")
    forged = csrf_of(attacker)  # the attacker's own, valid for the attacker's session only
    answer = victim.post("/signout", data={"csrf_token": forged}, follow_redirects=False)
    assert answer.status_code == 403
    good = victim.post("/signout", data={"csrf_token": csrf_of(victim, "/account")},
                       follow_redirects=False)
    assert good.status_code == 303
    assert victim.get("/account", follow_redirects=False).status_code == 303


def test_api_token_rate_limit_answers_429_with_retry_after(sqlite_url: str) -> None:
    client = new_client(sqlite_url)
    sign_up(client, "ana")
    codes = [client.post("/api/v1/token", data={"username": "ana", "password": "wrong guess!"}
                         ).status_code for _ in range(6)]
    assert codes == [401] * 5 + [429]
    limited = client.post("/api/v1/token", data={"username": "ana", "password": PASSWORD})
    assert limited.status_code == 429  # even the right password waits
    assert 0 < int(limited.headers["retry-after"]) <= 300
    assert "detail" in limited.json()
    # Another username from the same address is not affected.
    sign_up(client, "bea")


def test_sign_in_page_is_rate_limited_too(sqlite_url: str) -> None:
    client = new_client(sqlite_url)
    sign_up(client, "ana")
    token = csrf_of(client)
    codes = [client.post("/signin", data={"username": "ana", "password": "nope nope nope",
                                          "csrf_token": token}).status_code for _ in range(6)]
    assert codes == [401] * 5 + [429]
    answer = client.post("/signin", data={"username": "ana", "password": PASSWORD,
                                          "csrf_token": token}, follow_redirects=False)
    assert answer.status_code == 429
    assert 'role="alert"' in answer.text


def test_limiter_forgets_failures_after_the_window(db_url: str) -> None:
    clock = [dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)]
    limiter = LoginLimiter(db_url, max_failures=3, window_s=60, clock=lambda: clock[0])
    for _ in range(3):
        assert limiter.retry_after("Ana", "1.2.3.4") is None
        limiter.failed("Ana", "1.2.3.4")
    assert limiter.retry_after("ana ", "1.2.3.4") == 60  # the name as typed, case folded
    assert limiter.retry_after("ana", "5.6.7.8") is None
    clock[0] += dt.timedelta(seconds=59)
    assert limiter.retry_after("ana", "1.2.3.4") == 1
    clock[0] += dt.timedelta(seconds=1)
    assert limiter.retry_after("ana", "1.2.3.4") is None
    limiter.failed("ana", "9.9.9.9")  # a later failure prunes the expired ones
    with session_scope(db_url) as session:
        kept = session.scalars(select(LoginFailure)).all()
    assert [row.key for row in kept] == [LoginLimiter.key("ana", "9.9.9.9")]
    assert "ana" not in kept[0].key  # a digest: a password typed as a username is not kept


def test_a_success_clears_the_failures(db_url: str) -> None:
    limiter = LoginLimiter(db_url, max_failures=2)
    limiter.failed("ana", "1.2.3.4")
    limiter.succeeded("ana", "1.2.3.4")
    limiter.failed("ana", "1.2.3.4")
    assert limiter.retry_after("ana", "1.2.3.4") is None


def test_workers_over_one_store_share_the_limit(db_url: str) -> None:
    """Two app instances stand for two worker processes (or hosts) over one database."""
    first, second = new_client(db_url), new_client(db_url)
    sign_up(first, "ana")
    codes = [client.post("/api/v1/token", data={"username": "ana", "password": "wrong guess!"}
                         ).status_code for client in (first, second, first, second, first)]
    assert codes == [401] * 5
    assert second.post("/api/v1/token", data={"username": "ana", "password": PASSWORD}
                       ).status_code == 429
    token = csrf_of(second)
    page = second.post("/signin", data={"username": "ana", "password": PASSWORD,
                                        "csrf_token": token}, follow_redirects=False)
    assert page.status_code == 429


def test_passwords_are_stored_as_argon2id_hashes(db_url: str) -> None:
    accounts.sign_up(db_url, "ana", PASSWORD)
    with session_scope(db_url) as session:
        user = user_by_name(session, "ana")
        assert user is not None and user.password_hash is not None
        stored = user.password_hash
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert accounts.authenticate(db_url, "ana", PASSWORD) is not None
    assert accounts.authenticate(db_url, "ana", PASSWORD + "x") is None


def test_tampered_expired_and_revoked_tokens_get_401(sqlite_url: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    client = new_client(sqlite_url)
    headers = sign_up(client, "ana")
    assert client.get("/api/v1/users/me", headers=headers).status_code == 200
    token = headers["Authorization"].removeprefix("Bearer ")
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    for bad in (tampered, "nonsense", ""):
        answer = client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {bad}"})
        assert answer.status_code == 401
        assert answer.headers["www-authenticate"] == "Bearer"
        assert answer.json()["detail"]
    monkeypatch.setattr(security, "TOKEN_MAX_AGE_S", -1)
    assert client.get("/api/v1/users/me", headers=headers).status_code == 401
    monkeypatch.undo()
    changed = client.post("/api/v1/users/me/password", headers=headers,
                          json={"current_password": PASSWORD,
                                "new_password": "a brand new passphrase"})
    assert changed.status_code == 204
    assert client.get("/api/v1/users/me", headers=headers).status_code == 401
    fresh = token_headers(client, "ana", "a brand new passphrase")
    assert client.get("/api/v1/users/me", headers=fresh).status_code == 200


def test_secret_key_is_generated_once_and_shared_by_apps_on_the_same_store(
        sqlite_url: str) -> None:
    first, second = new_client(sqlite_url), new_client(sqlite_url)
    headers = sign_up(first, "ana")
    assert second.get("/api/v1/users/me", headers=headers).status_code == 200
    path = security.secret_file(sqlite_url)
    assert path is not None and path.exists()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert len(path.read_text().strip()) >= 40


def test_strict_content_security_policy_on_pages_and_api(sqlite_url: str) -> None:
    client = new_client(sqlite_url)
    for path in ("/", "/signin", "/api/v1/openapi.json", "/api/v1/entries"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy
        assert "unsafe-inline" not in policy and "http" not in policy
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_sign_in_never_redirects_to_another_site(sqlite_url: str) -> None:
    client = new_client(sqlite_url)
    sign_up(client, "ana")
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        answer = client.post("/signin", data={"username": "ana", "password": PASSWORD,
                                              "csrf_token": csrf_of(client), "next": target},
                             follow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"] == "/"
        client.post("/signout", data={"csrf_token": csrf_of(client, "/account")})
