"""The History page's reads: a cheap journal version first, the chart's rows only when needed.

The page is opened far more often than the journal changes, so the web layer caches what it
drew under ``version`` and calls ``rows`` only on a miss. Both read the same window and the
profile's time zone in one short session each (``version`` in a single statement).
``signed_in`` is ``version`` plus the signed-in user's account in that same statement, read
without a transaction: a cached History view then costs the database one round trip.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from crampwise.services.accounts import Account
from crampwise.store import history as store
from crampwise.store.db import read_connection, session_scope
from crampwise.store.history import HistoryRows

__all__ = ["HistoryRows", "Window", "rows", "signed_in", "version"]


class Window(NamedTuple):
    """A period of one journal: its profile's time zone and a fingerprint of its entries."""

    timezone: str | None
    version: str


def version(url: str, user_id: int, since: dt.datetime | None = None,
            until: dt.datetime | None = None) -> Window:
    """The time zone and the fingerprint of the shown entries in [since, until)."""
    with session_scope(url) as session:
        return Window(*store.journal_version(session, user_id, since, until))


def signed_in(url: str, user_id: int, since: dt.datetime | None = None,
              until: dt.datetime | None = None) -> tuple[Account, Window] | None:
    """The account with this id and its window's version, or None when it no longer exists."""
    with read_connection(url) as connection:
        found = store.signed_in_version(connection, user_id, since, until)
    if found is None:
        return None
    user, zone, fingerprint = found
    return Account(*user), Window(zone, fingerprint)


def rows(url: str, user_id: int, since: dt.datetime | None = None,
         until: dt.datetime | None = None) -> tuple[Window, HistoryRows]:
    """The window's version and the rows the chart needs, read together (one snapshot)."""
    with session_scope(url) as session:
        window = Window(*store.journal_version(session, user_id, since, until))
        return window, store.history_rows(session, user_id, since, until)
