"""POST /api/v1/token: the OAuth2 password flow (form fields username, password → bearer token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request

from crampwise.services import accounts
from crampwise.services.login_limit import LoginLimiter
from crampwise.web import security
from crampwise.web.deps import DbUrl
from crampwise.web.schemas import ErrorOut, TokenOut

router = APIRouter(prefix="/api/v1", tags=["accounts"])


@router.post("/token", response_model=TokenOut,
             responses={code: {"model": ErrorOut} for code in (401, 422, 429)})
def token(request: Request, url: DbUrl,
          username: Annotated[str, Form(max_length=64)],
          password: Annotated[str, Form(max_length=1024)]) -> TokenOut:
    """Exchange username and password for a bearer token valid 30 days."""
    limiter: LoginLimiter = request.app.state.login_limiter
    address = security.client_address(request)
    wait = limiter.retry_after(username, address)
    if wait is not None:
        raise security.too_many_attempts(wait)
    account = accounts.authenticate(url, username, password)
    if account is None:
        limiter.failed(username, address)
        raise HTTPException(status_code=401, headers={"WWW-Authenticate": "Bearer"},
                            detail="Wrong username or password.")
    limiter.succeeded(username, address)
    return TokenOut(access_token=security.issue_token(url, account))
