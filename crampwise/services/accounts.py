"""Accounts: sign up, sign in, change password, delete data — for the web app and the CLI.

The CLI's ``--user NAME`` and the web app's accounts are the same rows: a user the CLI created has
no password until ``crampwise account set-password`` (or sign-up is refused as "taken"). Passwords
are hashed with Argon2id (argon2-cffi); a password change bumps ``token_version``, which revokes
every API token and signed-in session issued before it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from crampwise.errors import UserError
from crampwise.store import entries as entry_store
from crampwise.store import users as user_store
from crampwise.store.db import session_scope
from crampwise.store.tables import User

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MIN_PASSWORD = 10
MAX_PASSWORD = 1024
USERNAME_RULE = ("2 to 32 characters: lower-case letters, digits, '.', '_' or '-', "
                 "starting with a letter or digit")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")

# Long enough to pass the length rule, yet among the first guesses of any attacker.
COMMON_PASSWORDS = frozenset({
    "0123456789", "1234567890", "12345678910", "0987654321", "1111111111", "123123123123",
    "1q2w3e4r5t", "1qaz2wsx3edc", "abc1234567", "abcdefghij", "abcd123456", "administrator",
    "changeme123", "football123", "iloveyou123", "letmein123", "monkey12345", "passw0rd123",
    "password12", "password123", "password1234", "password1!", "princess123", "qwerty1234",
    "qwerty12345", "qwertyuiop", "qwertyuiop123", "qazwsxedcrfv", "sunshine123", "welcome123",
    "zaq12wsxcde", "trustno1234", "dragon12345", "baseball123", "superman123", "michael123",
    "starwars123", "asdfghjkl1", "asdfghjkl;", "zxcvbnm123", "11223344556", "1234512345",
    "crampwise123", "crampwise1",
})

_hasher = PasswordHasher()  # Argon2id with the library's recommended (RFC 9106 low-memory) cost


@cache
def _dummy_hash() -> str:
    """A hash to verify against when the user is unknown, so timing does not reveal it.

    Made on first use: hashing at import would cost every CLI command a third of a second.
    """
    return _hasher.hash("not a real password, used to even out timing")


class AccountError(UserError):
    """A sign-up, sign-in or password request that cannot be done; the message says why."""


class UsernameTaken(AccountError):
    """Sign-up with a name somebody (or the CLI) already uses."""


@dataclass(frozen=True)
class Account:
    """A signed-in person as the faces see them (no hash, no ORM object)."""

    id: int
    username: str
    token_version: int
    has_password: bool
    created_at: dt.datetime


def _account(user: User) -> Account:
    return Account(id=user.id, username=user.username, token_version=user.token_version or 0,
                   has_password=user.password_hash is not None, created_at=user.created_at)


def hash_password(password: str) -> str:
    """An Argon2id hash of ``password``."""
    return _hasher.hash(password)


def normalise_username(username: str) -> str:
    return username.strip().lower()


def check_username(username: str) -> str:
    """The normalised name, or AccountError saying what the rule is."""
    name = normalise_username(username)
    if not _USERNAME.match(name):
        raise AccountError(f"username must be {USERNAME_RULE}")
    return name


def check_password(password: str, username: str = "") -> None:
    """Raise AccountError when a new password is too short, too long or too easy to guess."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password must be at least {MIN_PASSWORD} characters long")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"password must be at most {MAX_PASSWORD} characters long")
    lowered = password.lower()
    if lowered in COMMON_PASSWORDS or len(set(password)) < 4:
        raise AccountError("that password is one of the first an attacker would try; "
                           "choose a longer phrase of unrelated words")
    if username and normalise_username(username) in lowered:
        raise AccountError("the password must not contain the username")


def sign_up(url: str, username: str, password: str) -> Account:
    """Create an account with a password; AccountError if the name is taken or rules fail."""
    name = check_username(username)
    check_password(password, name)
    hashed = hash_password(password)
    with session_scope(url) as session:
        if user_store.user_by_name(session, name) is not None:
            raise UsernameTaken(f"the username '{name}' is taken; choose another (if it is yours "
                               "from the command line, run: crampwise --user "
                               f"{name} account set-password)")
        return _account(user_store.create_user(session, name, hashed))


def lookup_user(session: Session, username: str) -> User | None:
    """The user as typed, else as normalised (None for a name that cannot be stored)."""
    if "\x00" in username or len(username.strip()) > 64:
        return None  # cannot be a stored name (and PostgreSQL text cannot hold NUL)
    user = user_store.user_by_name(session, username.strip())
    if user is None:
        user = user_store.user_by_name(session, normalise_username(username))
    return user


def _verify(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _dummy_hash(), password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def authenticate(url: str, username: str, password: str) -> Account | None:
    """The account if the password is right, else None (same work whether the name exists)."""
    if not username or len(password) > MAX_PASSWORD:
        return None
    with session_scope(url) as session:
        user = lookup_user(session, username)
        stored = user.password_hash if user is not None else None
        if not _verify(stored, password) or user is None or stored is None:
            return None
        if _hasher.check_needs_rehash(stored):
            user_store.set_password_hash(session, user.id, hash_password(password), revoke=False)
        return _account(user)


def get_account(url: str, user_id: int) -> Account | None:
    """The account with this id, or None (deleted)."""
    with session_scope(url) as session:
        user = user_store.user_by_id(session, user_id)
        return _account(user) if user is not None else None


def find_account(url: str, username: str) -> Account | None:
    """The account with this name (as the CLI's --user spells it), or None."""
    with session_scope(url) as session:
        user = lookup_user(session, username)
        return _account(user) if user is not None else None


def change_password(url: str, user_id: int, current: str, new: str) -> Account:
    """Replace the password after checking the current one; revokes tokens and sessions."""
    with session_scope(url) as session:
        user = user_store.user_by_id(session, user_id)
        if user is None:
            raise AccountError("this account no longer exists")
        if user.password_hash is not None and not _verify(user.password_hash, current):
            raise AccountError("the current password is not right")
        check_password(new, user.username)
        user_store.set_password_hash(session, user.id, hash_password(new))
        session.refresh(user)
        return _account(user)


def set_password(url: str, username: str, new: str) -> Account:
    """Set a password for a (CLI) user without asking the old one; creates the user if absent."""
    with session_scope(url) as session:
        user = lookup_user(session, username)
        if user is None:
            user = entry_store.get_or_create_user(session, username.strip())
        check_password(new, user.username)
        user_store.set_password_hash(session, user.id, hash_password(new))
        session.refresh(user)
        return _account(user)


def delete_my_data(url: str, user_id: int) -> int:
    """Remove every journal entry of this account (the account stays); returns how many."""
    with session_scope(url) as session:
        return entry_store.delete_all(session, user_id)


def delete_account(url: str, user_id: int, password: str) -> None:
    """Remove the account and all its data after checking the password."""
    with session_scope(url) as session:
        user = user_store.user_by_id(session, user_id)
        if user is None:
            return
        if user.password_hash is not None and not _verify(user.password_hash, password):
            raise AccountError("the password is not right; nothing was deleted")
        user_store.delete_user(session, user_id)
