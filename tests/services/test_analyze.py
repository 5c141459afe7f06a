"""analyze through the store: the cli.md JSON shape, windows, and the fast read path."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from crampwise.domain.journal import Entry, Episode, Meal, MealItem, Medication, Profile, Sleep
from crampwise.services.insights import analyze
from crampwise.store import entries as store
from crampwise.store.db import session_scope
from crampwise.store.snapshot import read_journal
from tests.engine.scenarios import journal


def _store(url: str, entries: list[Entry], user: str = "me") -> None:
    with session_scope(url) as session:
        found = store.get_or_create_user(session, user)
        store.add_entries(session, found.id, entries)


@pytest.fixture(scope="module")
def heat_journal() -> list[Entry]:
    return journal("heat", 3)


def test_analyze_has_the_cli_md_shape(sqlite_url: str, heat_journal: list[Entry]) -> None:
    _store(sqlite_url, heat_journal)
    result = analyze(sqlite_url, "me")
    assert {"episodes", "period", "causes", "triggers", "data_gaps"} <= set(result)
    spasms = sum(1 for e in heat_journal if isinstance(e, Episode) and e.kind == "spasm")
    assert result["episodes"] == spasms
    assert result["period"]["start"] < result["period"]["end"]
    top = result["causes"][0]
    assert top["cause"] == "heat" and top["confidence"] >= 0.5
    assert top["address"] and top["grade"] and top["evidence"]
    confidences = [c["confidence"] for c in result["causes"]]
    assert confidences == sorted(confidences, reverse=True)
    assert all(0 <= c <= 1 for c in confidences)
    for trigger in result["triggers"]:
        assert {"factor", "odds_ratio", "ci95", "episodes"} <= set(trigger)
    assert any(t["factor"] == "hot_session" for t in result["triggers"])
    assert result["relief_effectiveness"][0]["tried"] >= 1
    assert result["sweat_tests"], "weighed sessions in the journal are sweat tests"
    json.dumps(result)  # plain JSON all the way down


def test_window_limits_episodes_and_period(sqlite_url: str, heat_journal: list[Entry]) -> None:
    _store(sqlite_url, heat_journal)
    since, until = dt.date(2025, 6, 1), dt.date(2025, 8, 31)
    result = analyze(sqlite_url, "me", since, until)
    inside = sum(1 for e in heat_journal if isinstance(e, Episode) and e.kind == "spasm"
                 and since <= e.time.date() <= until)
    assert abs(result["episodes"] - inside) <= 1  # a UTC-midnight edge may move one
    assert result["period"]["start"] >= since.isoformat()
    assert result["period"]["end"] <= until.isoformat()


def test_unknown_user_and_empty_journal(sqlite_url: str) -> None:
    result = analyze(sqlite_url, "nobody")
    assert result["episodes"] == 0 and result["causes"] == []
    assert any("no cramps" in g for g in result["data_gaps"])


def test_medication_started_before_the_window_still_counts(sqlite_url: str) -> None:
    t0 = dt.datetime(2026, 1, 1, 8, tzinfo=dt.UTC)
    entries: list[Entry] = [Profile(sex="female", birth_year=1960),
                            Medication(name="bendroflumethiazide", start=dt.date(2026, 2, 1))]
    for day in range(120):
        if (day >= 31 and day % 4 == 0) or day in (5, 20):
            entries.append(Episode(time=t0 + dt.timedelta(days=day, hours=18), kind="spasm",
                                   muscle="calf", during="sleep"))
    _store(sqlite_url, entries)
    whole = analyze(sqlite_url, "me")
    med = [c for c in whole["causes"] if c["cause"] == "medication"]
    assert med and med[0]["confidence"] >= 0.5
    assert any("bendroflumethiazide" in line for line in med[0]["evidence"])
    assert any("doctor" in line for line in med[0]["evidence"])


def test_fast_read_gives_the_same_entries(db_url: str, heat_journal: list[Entry]) -> None:
    extra: list[Entry] = [
        Meal(time=dt.datetime(2025, 5, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2))),
             items=[MealItem(food="banana, raw", grams=120)], magnesium_mg=10),
        Sleep(time=dt.datetime(2025, 5, 1, 23, tzinfo=dt.UTC),
              end=dt.datetime(2025, 5, 2, 6, 30, tzinfo=dt.UTC), quality=3),
        Medication(name="omeprazole", start=dt.datetime(2025, 4, 1, 9, tzinfo=dt.UTC),
                   end=dt.date(2025, 9, 1))]
    _store(db_url, heat_journal + extra)
    with session_scope(db_url) as session:
        user = store.find_user(session, "me")
        assert user is not None
        slow = sorted(json.dumps(e.to_json(), sort_keys=True)
                      for _, e in store.iter_entries(session, user.id))
        fast = sorted(json.dumps(e.to_json(), sort_keys=True)
                      for e in read_journal(session, user.id))
    assert fast == slow


def test_cached_analysis_follows_every_change_to_the_journal(
        db_url: str, heat_journal: list[Entry], monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole-journal analysis is cached per journal revision: a repeat is not recomputed,
    and adding, deleting, changing the profile or deleting and re-creating the user all are."""
    from crampwise.services import accounts, insights
    from crampwise.services import journal as journal_service

    _store(db_url, heat_journal)
    runs = []
    real = insights._analyze
    monkeypatch.setattr(insights, "_analyze", lambda *a: runs.append(a) or real(*a))
    first = analyze(db_url, "me")
    first["causes"].clear()  # a caller changing its copy does not change the cache
    again = analyze(db_url, "me")
    assert len(runs) == 1 and again["causes"] and again["episodes"] == first["episodes"]

    when = heat_journal[-1].time + dt.timedelta(days=1)  # type: ignore[union-attr]
    _store(db_url, [Episode(time=when, kind="spasm", muscle="calf")])
    added = analyze(db_url, "me")
    assert len(runs) == 2 and added["episodes"] == again["episodes"] + 1
    _store(db_url, [Episode(time=when, kind="spasm", muscle="calf")])  # a duplicate: no change
    assert analyze(db_url, "me") == added and len(runs) == 2

    newest = max(i for i, _ in journal_service.entries(db_url, "me", types=["episode"]))
    assert journal_service.delete_entry(db_url, "me", newest)
    assert analyze(db_url, "me")["episodes"] == again["episodes"] and len(runs) == 3

    _store(db_url, [Profile(sex="female", birth_year=1970, body_mass_kg=58)])
    analyze(db_url, "me")
    assert len(runs) == 4

    account = accounts.set_password(db_url, "me", "correct horse battery staple")
    accounts.delete_account(db_url, account.id, "correct horse battery staple")
    assert analyze(db_url, "me")["episodes"] == 0  # gone, not served from the cache
    _store(db_url, [Episode(time=when, kind="spasm", muscle="calf")])
    assert analyze(db_url, "me")["episodes"] == 1  # a new user of the same name
