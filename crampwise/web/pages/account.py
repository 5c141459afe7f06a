"""Account pages: sign up, sign in, sign out, password, profile, and deleting data or the account.

Forms post back to the same address; errors re-render the form with the message in a
``role="alert"`` box. CSRF is checked for every POST by the app factory (see ``web.security``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crampwise.domain.parsing import EntryError
from crampwise.services import accounts, journal, sharing
from crampwise.services.login_limit import LoginLimiter
from crampwise.web import security
from crampwise.web.deps import UNITS_COOKIE, DbUrl, MaybePageUser, PageUser
from crampwise.web.pages._common import render

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form(max_length=1024)]
Optional = Annotated[str, Form(max_length=200)]
CONFIRM_WORD = "delete"


def safe_next(target: str | None) -> str:
    """A local path to go to after signing in (never another site)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _go(target: str) -> RedirectResponse:
    return RedirectResponse(target, status_code=303)


@router.get("/signup", response_class=HTMLResponse)
def signup_form(request: Request, user: MaybePageUser) -> Response:
    """The sign-up form."""
    if user is not None:
        return _go("/account")
    return render(request, "account/signup.html", None, username="", error=None,
                  min_password=accounts.MIN_PASSWORD, username_rule=accounts.USERNAME_RULE)


@router.post("/signup", response_class=HTMLResponse)
def signup(request: Request, url: DbUrl, username: Annotated[str, Form(max_length=64)],
           password: Text, password_again: Text) -> Response:
    """Create the account and sign in."""
    try:
        if password != password_again:
            raise accounts.AccountError("the two passwords are not the same")
        account = accounts.sign_up(url, username, password)
    except accounts.AccountError as exc:
        return render(request, "account/signup.html", None, status_code=422, username=username,
                      error=str(exc), min_password=accounts.MIN_PASSWORD,
                      username_rule=accounts.USERNAME_RULE)
    security.sign_in_session(request, account)
    return _go("/account/profile?welcome=1")


@router.get("/signin", response_class=HTMLResponse)
def signin_form(request: Request, user: MaybePageUser, next: str = "/") -> Response:  # noqa: A002
    """The sign-in form."""
    if user is not None:
        return _go(safe_next(next))
    return render(request, "account/signin.html", None, username="", error=None,
                  next=safe_next(next))


@router.post("/signin", response_class=HTMLResponse)
def signin(request: Request, url: DbUrl, username: Annotated[str, Form(max_length=64)],
           password: Text, next: Annotated[str, Form(max_length=2000)] = "/") -> Response:  # noqa: A002
    """Check the password (rate-limited) and sign in."""
    limiter: LoginLimiter = request.app.state.login_limiter
    address = security.client_address(request)
    wait = limiter.retry_after(username, address)
    if wait is not None:
        error = security.too_many_attempts(wait)
        page = render(request, "account/signin.html", None, status_code=429,
                      username=username, error=error.detail, next=safe_next(next))
        page.headers["Retry-After"] = str(wait)
        return page
    account = accounts.authenticate(url, username, password)
    if account is None:
        limiter.failed(username, address)
        return render(request, "account/signin.html", None, status_code=401, username=username,
                      error="Wrong username or password.", next=safe_next(next))
    limiter.succeeded(username, address)
    security.sign_in_session(request, account)
    return _go(safe_next(next))


@router.post("/signout")
def signout(request: Request) -> Response:
    """Forget the session (POST with the CSRF token, so no other site can sign you out)."""
    security.sign_out_session(request)
    return _go("/")


def _account_page(request: Request, url: str, user: accounts.Account, status_code: int = 200,
                  **messages: Any) -> Response:
    return render(request, "account/account.html", user, status_code=status_code,
                  counts=journal.counts(url, user.username), confirm_word=CONFIRM_WORD,
                  min_password=accounts.MIN_PASSWORD, viewers=sharing.viewers(url, user),
                  athletes=len(sharing.athletes(url, user)), **messages)


@router.get("/account", response_class=HTMLResponse)
def account_page(request: Request, url: DbUrl, user: PageUser) -> Response:
    """Password, data and account deletion."""
    done = request.query_params.get("done")
    notices = {"password": "Your password is changed. Other devices are signed out.",
               "data": "Your journal entries are deleted.",
               "shared": "Shared. They now see your journal under Athletes.",
               "unshared": "Stopped sharing. They no longer see your journal."}
    return _account_page(request, url, user, notice=notices.get(done or ""))


@router.post("/account/password", response_class=HTMLResponse)
def change_password(request: Request, url: DbUrl, user: PageUser, current_password: Text,
                    new_password: Text, new_password_again: Text) -> Response:
    """Change the password; keeps this browser signed in, signs out all others."""
    try:
        if new_password != new_password_again:
            raise accounts.AccountError("the two new passwords are not the same")
        account = accounts.change_password(url, user.id, current_password, new_password)
    except accounts.AccountError as exc:
        return _account_page(request, url, user, status_code=422, password_error=str(exc))
    security.sign_in_session(request, account)
    return _go("/account?done=password")


@router.post("/account/shares", response_class=HTMLResponse)
def share(request: Request, url: DbUrl, user: PageUser,
          coach: Annotated[str, Form(max_length=64)] = "") -> Response:
    """Let another account (a coach, a physiotherapist) read this journal."""
    try:
        sharing.share_with(url, user, coach)
    except sharing.ShareError as exc:
        return _account_page(request, url, user, status_code=422, share_error=str(exc))
    return _go("/account?done=shared#sharing-heading")


@router.post("/account/shares/remove")
def unshare(url: DbUrl, user: PageUser,
            coach: Annotated[str, Form(max_length=64)] = "") -> Response:
    """Withdraw a share."""
    sharing.stop_sharing(url, user, coach)
    return _go("/account?done=unshared#sharing-heading")


@router.post("/account/delete-data", response_class=HTMLResponse)
def delete_data(request: Request, url: DbUrl, user: PageUser,
                confirm: Annotated[str, Form(max_length=64)] = "") -> Response:
    """Delete every journal entry after the person typed the confirmation word."""
    if confirm.strip().lower() != CONFIRM_WORD:
        return _account_page(request, url, user, status_code=422,
                             data_error=f"Type the word {CONFIRM_WORD} to confirm; nothing was "
                                        "deleted.")
    accounts.delete_my_data(url, user.id)
    return _go("/account?done=data")


@router.post("/account/delete", response_class=HTMLResponse)
def delete_account(request: Request, url: DbUrl, user: PageUser, password: Text = "") -> Response:
    """Delete the account and everything in it, after checking the password."""
    try:
        accounts.delete_account(url, user.id, password)
    except accounts.AccountError as exc:
        return _account_page(request, url, user, status_code=422, account_error=str(exc))
    security.sign_out_session(request)
    return render(request, "account/deleted.html", None)


# --- profile ----------------------------------------------------------------------------------

PROFILE_FIELDS = ("sex", "birth_year", "body_mass_kg", "height_cm", "timezone", "pregnant",
                  "sweat_sodium_mmol_l")


def _profile_values(url: str, username: str) -> dict[str, str]:
    prof = journal.profile(url, username)
    data = prof.to_json() if prof is not None else {}
    values = {k: "" if data.get(k) is None else str(data[k]) for k in PROFILE_FIELDS}
    for key, unit in (("body_mass_kg", "kg"), ("height_cm", "cm")):
        number = data.get(key)
        values[key] = f"{round(float(number), 1):g} {unit}" if number is not None else ""
    values["pregnant"] = {"True": "yes", "False": "no"}.get(values["pregnant"], "")
    sodium = data.get("sweat_sodium_mmol_l")
    values["sweat_sodium_mmol_l"] = f"{float(sodium):g}" if sodium is not None else ""
    return values


@router.get("/account/profile", response_class=HTMLResponse)
def profile_form(request: Request, url: DbUrl, user: PageUser) -> Response:
    """The profile form (what the analysis and plan need to know about you)."""
    return render(request, "account/profile.html", user, values=_profile_values(url, user.username),
                  errors={}, welcome=request.query_params.get("welcome") == "1",
                  saved=request.query_params.get("saved") == "1")


@router.post("/account/profile", response_class=HTMLResponse)
def save_profile(request: Request, url: DbUrl, user: PageUser, sex: Optional = "",
                 birth_year: Optional = "", body_mass_kg: Optional = "", height_cm: Optional = "",
                 timezone: Optional = "", pregnant: Optional = "",
                 sweat_sodium_mmol_l: Optional = "", units: Optional = "metric") -> Response:
    """Store the profile as a journal profile entry; the units choice goes in a cookie."""
    imperial = units == "imperial"
    values = {"sex": sex, "birth_year": birth_year, "body_mass_kg": body_mass_kg,
              "height_cm": height_cm, "timezone": timezone, "pregnant": pregnant,
              "sweat_sodium_mmol_l": sweat_sodium_mmol_l}
    obj: dict[str, Any] = {"type": "profile"}
    if sex.strip():
        obj["sex"] = sex.strip()
    if birth_year.strip():
        obj["birth_year"] = int(birth_year) if birth_year.strip().isdigit() else birth_year
    if body_mass_kg.strip():
        number = body_mass_kg.strip()
        obj["body_mass_kg"] = number if any(c.isalpha() for c in number) else \
            f"{number} {'lb' if imperial else 'kg'}"
    if height_cm.strip():
        number = height_cm.strip()
        obj["height_cm"] = number if any(c.isalpha() for c in number) else \
            f"{number} {'inch' if imperial else 'cm'}"
    if timezone.strip():
        obj["timezone"] = timezone.strip()
    if pregnant in ("yes", "no"):
        obj["pregnant"] = pregnant == "yes"
    if sweat_sodium_mmol_l.strip():
        number = sweat_sodium_mmol_l.strip()
        obj["sweat_sodium_mmol_l"] = number if any(c.isalpha() for c in number) else \
            f"{number} mmol/L"
    try:
        journal.log_object(url, user.username, obj)
    except EntryError as exc:
        errors = {p.key or "form": p.message for p in exc.problems}
        return render(request, "account/profile.html", user, status_code=422, values=values,
                      errors=errors, welcome=False, saved=False)
    response = _go("/account/profile?saved=1")
    response.set_cookie(UNITS_COOKIE, "imperial" if imperial else "metric",
                        max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response
