"""Errors meant for people: what was wrong, where, and what was expected.

The faces turn ``UserError`` into exit code 2 (CLI) or a 4xx answer (web); anything else is a bug
and becomes exit 1 / 500 without a traceback unless debugging.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or usage; the message is shown as it is."""


class NotFound(UserError):
    """The thing asked for does not exist for this user."""
