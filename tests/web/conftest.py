"""Web test fixtures: a cheap Argon2 cost so sign-ups and sign-ins do not dominate the suite.

Production keeps argon2-cffi's recommended cost (crampwise.services.accounts); the hash format
(Argon2id) is the same, which tests/web/test_security.py checks.
"""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from crampwise.services import accounts


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", cheap)
    dummy = cheap.hash("dummy password for timing")
    monkeypatch.setattr(accounts, "_dummy_hash", lambda: dummy)
