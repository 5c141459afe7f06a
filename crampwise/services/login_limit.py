"""The sign-in rate limit: 5 failures per (username, client address) in 5 minutes, then wait.

Failures are kept in the store, not in process memory, so the limit is the same whether a club
runs one worker or eight on several hosts over one PostgreSQL. Two workers checking at the same
instant can each let one more guess through; Argon2's cost per guess keeps that harmless. The
clock is wall time (UTC) because it is shared between processes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from crampwise.store import login_failures
from crampwise.store.db import session_scope

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class LoginLimiter:
    """Count failed sign-ins per (username, address) in the store; too many in the window → wait."""

    def __init__(self, url: str, max_failures: int = 5, window_s: float = 300.0,
                 clock: Clock = _utc_now) -> None:
        self.url = url
        self.max_failures = max_failures
        self.window = dt.timedelta(seconds=window_s)
        self.clock = clock

    @staticmethod
    def key(username: str, address: str) -> str:
        """A digest of the name as typed (case and spaces folded) and the address."""
        folded = username.strip().lower()[:64]
        return hashlib.sha256(f"{folded}\x00{address}".encode()).hexdigest()

    def retry_after(self, username: str, address: str) -> int | None:
        """Seconds to wait before another try, or None when a try is allowed now."""
        now = self.clock()
        with session_scope(self.url) as session:
            count, oldest = login_failures.recent(session, self.key(username, address),
                                                  now - self.window)
        if count < self.max_failures or oldest is None:
            return None
        left = (oldest + self.window - now).total_seconds()
        return max(1, int(left + 0.999))

    def failed(self, username: str, address: str) -> None:
        now = self.clock()
        with session_scope(self.url) as session:
            login_failures.prune(session, now - self.window)
            login_failures.record(session, self.key(username, address), now)

    def succeeded(self, username: str, address: str) -> None:
        with session_scope(self.url) as session:
            login_failures.clear(session, self.key(username, address))
