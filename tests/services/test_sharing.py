"""Sharing a journal with a coach: who may read what, the roster, and what deleting removes."""

from __future__ import annotations

import datetime as dt

import pytest

from crampwise.errors import NotFound
from crampwise.services import accounts, sharing
from crampwise.services.journal import log_object

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    monkeypatch.setattr(accounts, "_hasher",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def _episode(url: str, user: str, days_ago: float, **extra: object) -> None:
    when = NOW - dt.timedelta(days=days_ago)
    log_object(url, user, {"type": "episode", "time": when.isoformat(), "kind": "spasm",
                           "muscle": "calf", **extra})


def test_share_is_idempotent_and_can_be_withdrawn(db_url: str) -> None:
    ana = accounts.sign_up(db_url, "ana", PASSWORD)
    kim = accounts.sign_up(db_url, "coach-kim", PASSWORD)
    first = sharing.share_with(db_url, ana, " Coach-Kim ")  # as a person might type it
    again = sharing.share_with(db_url, ana, "coach-kim")
    assert first.username == again.username == "coach-kim" and first.since == again.since
    assert [s.username for s in sharing.viewers(db_url, ana)] == ["coach-kim"]
    assert [s.username for s in sharing.athletes(db_url, kim)] == ["ana"]
    assert sharing.athlete(db_url, kim, "ANA") == "ana"
    with pytest.raises(NotFound) as unshared:
        sharing.athlete(db_url, ana, "coach-kim")  # sharing goes one way only
    with pytest.raises(NotFound) as unknown:
        sharing.athlete(db_url, kim, "nobody")
    assert str(unshared.value) == str(unknown.value)  # no probing for account names
    assert sharing.stop_sharing(db_url, ana, "coach-kim") is True
    assert sharing.stop_sharing(db_url, ana, "coach-kim") is False
    assert sharing.athletes(db_url, kim) == []
    with pytest.raises(NotFound):
        sharing.athlete(db_url, kim, "ana")


@pytest.mark.parametrize(("name", "message"), [
    ("", "type the username"),
    ("nobody-here", "there is no account named 'nobody-here'"),
    ("ana", "that is your own account"),
])
def test_share_refuses_with_a_reason(db_url: str, name: str, message: str) -> None:
    ana = accounts.sign_up(db_url, "ana", PASSWORD)
    with pytest.raises(sharing.ShareError, match=message):
        sharing.share_with(db_url, ana, name)
    assert sharing.viewers(db_url, ana) == []


def test_coach_can_drop_an_athlete(db_url: str) -> None:
    ana = accounts.sign_up(db_url, "ana", PASSWORD)
    kim = accounts.sign_up(db_url, "coach-kim", PASSWORD)
    sharing.share_with(db_url, ana, "coach-kim")
    assert sharing.drop_athlete(db_url, kim, "ana") is True
    assert sharing.viewers(db_url, ana) == []


def test_deleting_either_account_ends_the_share(db_url: str) -> None:
    ana = accounts.sign_up(db_url, "ana", PASSWORD)
    bea = accounts.sign_up(db_url, "bea", PASSWORD)
    kim = accounts.sign_up(db_url, "coach-kim", PASSWORD)
    sharing.share_with(db_url, ana, "coach-kim")
    sharing.share_with(db_url, bea, "coach-kim")
    accounts.delete_account(db_url, ana.id, PASSWORD)
    assert [s.username for s in sharing.athletes(db_url, kim)] == ["bea"]
    accounts.delete_account(db_url, kim.id, PASSWORD)
    assert sharing.viewers(db_url, bea) == []


def test_roster_puts_the_athlete_who_needs_care_first(db_url: str) -> None:
    kim = accounts.sign_up(db_url, "coach-kim", PASSWORD)
    for name in ("ana", "bea", "cai", "dee"):
        sharing.share_with(db_url, accounts.sign_up(db_url, name, PASSWORD), "coach-kim")
    # ana: three plain cramps, the latest yesterday; bea: one twitch long ago and a cramp
    # with calf swelling last week; cai: nothing logged; dee: weakness, two weeks ago.
    for days in (1, 3, 6):
        _episode(db_url, "ana", days)
    _episode(db_url, "bea", 45, kind="twitch")
    _episode(db_url, "bea", 7, flags={"swelling": True, "redness": False})
    _episode(db_url, "dee", 14, muscle="hamstring", flags={"weakness": True})
    rows = sharing.roster(db_url, kim, now=NOW)
    assert [r.username for r in rows] == ["bea", "dee", "ana", "cai"]
    bea, dee, ana, cai = rows
    assert (bea.disposition, bea.episodes_30d, bea.warning_signs) == ("urgent", 1, ["Swelling"])
    assert bea.needs_attention
    assert (dee.disposition, dee.muscles) == ("see_doctor", ["Hamstring"])
    assert ana.disposition == "self_care" and not ana.needs_attention
    assert (ana.episodes_30d, ana.cramps_30d) == (3, 3)
    assert ana.last_episode == NOW - dt.timedelta(days=1)
    assert cai.disposition is None and cai.episodes_30d == 0 and cai.top_cause is None
    assert ana.as_dict()["last_episode"] == (NOW - dt.timedelta(days=1)).isoformat()
