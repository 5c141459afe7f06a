"""Web security in one place: the secret key, API tokens, sessions, CSRF, login rate limit, headers.

- The secret key signs session cookies and API tokens. ``CRAMPWISE_SECRET_KEY`` wins; otherwise a
  random key is generated once and kept in a file beside the SQLite store (``<store>.secret``) or,
  for PostgreSQL, in the user data folder — so restarts and several workers on one host share it.
  Deployments on several hosts must set ``CRAMPWISE_SECRET_KEY``.
- API tokens are itsdangerous signatures of (user id, token_version), valid 30 days; changing the
  password bumps token_version and so revokes them.
- Sessions are Starlette's signed cookie (HttpOnly, SameSite=Lax); ``Secure`` is added when
  ``CRAMPWISE_SECURE_COOKIES`` is set or the request came over HTTPS.
- CSRF: one random token per session, sent back by every form as ``csrf_token``.
- Login rate limit: 5 failures per (username, client address) in 5 minutes, then 429 with
  Retry-After (``crampwise.services.login_limit``: kept in the store, so every worker and host
  shares it).
"""

from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
from pathlib import Path
from typing import Any

import platformdirs
from fastapi import HTTPException, Request
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crampwise.config import get_settings
from crampwise.services.accounts import Account, get_account

TOKEN_MAX_AGE_S = 30 * 24 * 3600
SESSION_MAX_AGE_S = 14 * 24 * 3600
SESSION_COOKIE = "crampwise_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
_UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_TOKEN_SALT = "crampwise.api-token.v1"  # noqa: S105 - a namespace, not a secret

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)

# --- the secret key ---------------------------------------------------------------------------

_key_lock = threading.Lock()
_memory_keys: dict[str, str] = {}


def secret_file(url: str) -> Path | None:
    """Where a generated key is kept for this store (None for an in-memory SQLite store)."""
    if url.startswith("sqlite"):
        database = url.partition(":///")[2].partition("?")[0]
        if not database or database == ":memory:":
            return None
        store = Path(database).expanduser()
        return store.with_name(store.name + ".secret")
    return Path(platformdirs.user_data_dir("crampwise", appauthor=False)) / "secret_key"


def secret_key(url: str) -> str:
    """The key that signs sessions and tokens: the setting, else generated once and kept."""
    configured = get_settings().secret_key
    if configured:
        return configured
    with _key_lock:
        path = secret_file(url)
        if path is None:
            return _memory_keys.setdefault(url, secrets.token_urlsafe(48))
        return _read_or_create(path)


def _read_or_create(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # another worker may be writing it right now
            text = path.read_text(encoding="utf-8").strip()
            if text:
                return text
            time.sleep(0.02)
        raise RuntimeError(f"the secret key file {path} is empty; delete it or set "
                           "CRAMPWISE_SECRET_KEY") from None
    key = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    return key


# --- API tokens -------------------------------------------------------------------------------


def _serializer(url: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key(url), salt=_TOKEN_SALT)


def issue_token(url: str, account: Account) -> str:
    """A bearer token for this account, valid 30 days or until the password changes."""
    return _serializer(url).dumps({"u": account.id, "v": account.token_version})


def account_from_token(url: str, token: str) -> Account | None:
    """The account a token was issued to, if it is genuine, fresh and not revoked."""
    try:
        data = _serializer(url).loads(token, max_age=TOKEN_MAX_AGE_S)
    except (BadSignature, SignatureExpired, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        return None
    account = get_account(url, data["u"])
    if account is None or account.token_version != data.get("v"):
        return None
    return account


# --- sessions ---------------------------------------------------------------------------------


def sign_in_session(request: Request, account: Account) -> None:
    """Mark the browser session as signed in (a fresh CSRF token too: no fixation)."""
    request.session.clear()
    request.session.update({"uid": account.id, "tv": account.token_version,
                            "un": account.username, "csrf": secrets.token_urlsafe(32)})


def sign_out_session(request: Request) -> None:
    request.session.clear()


def session_account(request: Request, url: str) -> Account | None:
    """The signed-in account of this browser session, or None (also after a password change)."""
    uid = request.session.get("uid")
    if not isinstance(uid, int):
        return None
    account = get_account(url, uid)
    if account is None or account.token_version != request.session.get("tv"):
        return None
    return account


class SecureCookieOnHttps:
    """Add ``Secure`` to every cookie set on a request that arrived over HTTPS."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("scheme") != "https":
            await self.app(scope, receive, send)
            return

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = []
                for name, value in message.get("headers", []):
                    if name.lower() == b"set-cookie" and b"secure" not in value.lower():
                        value += b"; secure"
                    headers.append((name, value))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_secure)


class SecurityHeaders:
    """A strict Content-Security-Policy (own origin only) and the usual hardening headers."""

    HEADERS = (
        (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"same-origin"),
        (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in self.HEADERS if n not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_headers)


# --- CSRF -------------------------------------------------------------------------------------


def csrf_token(request: Request) -> str:
    """This session's CSRF token (created on first use); put it in every form as csrf_token."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def csrf_protect(request: Request) -> None:
    """Reject a POST/PUT/PATCH/DELETE whose form field (or X-CSRF-Token header) is not ours."""
    if request.method not in _UNSAFE:
        return
    expected = request.session.get("csrf")
    sent: Any = request.headers.get(CSRF_HEADER)
    if sent is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            sent = (await request.form()).get(CSRF_FIELD)
    if not (isinstance(expected, str) and isinstance(sent, str)
            and hmac.compare_digest(expected.encode(), sent.encode())):
        raise HTTPException(status_code=403, detail=(
            "This form has expired or did not come from this site. Reload the page and try "
            "again."))


# --- login rate limit (kept in the store: crampwise.services.login_limit) ---------------------


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def too_many_attempts(seconds: int) -> HTTPException:
    """The 429 answer for a rate-limited sign-in."""
    minutes = max(1, round(seconds / 60))
    return HTTPException(status_code=429, headers={"Retry-After": str(seconds)}, detail=(
        f"Too many failed sign-ins for this username. Wait about {minutes} minute"
        f"{'s' if minutes != 1 else ''} and try again."))
