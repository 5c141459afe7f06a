"""Accounts over the API: sign up, who am I, change password, delete my data or my account."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, HTTPException, Response
from pydantic import BaseModel, ConfigDict, Field

from crampwise.services import accounts, journal
from crampwise.web.deps import ApiUser, DbUrl
from crampwise.web.schemas import ErrorOut, SignUpIn, UserOut

router = APIRouter(prefix="/api/v1", tags=["accounts"])
ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorOut} for code in (400, 401, 409, 422)}


class MeOut(UserOut):
    entries: dict[str, int] = Field(description="how many entries of each type are stored")


class PasswordIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)


class DeletedOut(BaseModel):
    deleted_entries: int


def _out(account: accounts.Account) -> UserOut:
    return UserOut(id=account.id, username=account.username, created_at=account.created_at)


@router.post("/users", status_code=201, response_model=UserOut, responses=ERRORS)
def sign_up(url: DbUrl, body: SignUpIn) -> UserOut:
    """Create an account (JSON {"username", "password"}); then get a token from /token."""
    try:
        account = accounts.sign_up(url, body.username, body.password)
    except accounts.UsernameTaken as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from None
    except accounts.AccountError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    return _out(account)


@router.get("/users/me", response_model=MeOut, responses=ERRORS)
def me(url: DbUrl, user: ApiUser) -> MeOut:
    """The signed-in account and how many entries it has."""
    return MeOut(**_out(user).model_dump(), entries=journal.counts(url, user.username))


@router.post("/users/me/password", status_code=204, responses=ERRORS)
def change_password(url: DbUrl, user: ApiUser, body: PasswordIn) -> Response:
    """Change the password; every token issued before (this one too) stops working."""
    try:
        accounts.change_password(url, user.id, body.current_password, body.new_password)
    except accounts.AccountError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    return Response(status_code=204)


@router.delete("/users/me/entries", response_model=DeletedOut, responses=ERRORS)
def delete_my_data(url: DbUrl, user: ApiUser) -> DeletedOut:
    """Delete every journal entry of this account (the account stays)."""
    return DeletedOut(deleted_entries=accounts.delete_my_data(url, user.id))


@router.delete("/users/me", status_code=204, responses=ERRORS)
def delete_account(url: DbUrl, user: ApiUser,
                   password: Annotated[str, Body(embed=True, max_length=1024)]) -> Response:
    """Delete the account and all its data (JSON {"password"} to confirm)."""
    try:
        accounts.delete_account(url, user.id, password)
    except accounts.AccountError as exc:
        raise HTTPException(status_code=403, detail=str(exc)) from None
    return Response(status_code=204)
