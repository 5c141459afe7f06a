"""The History page checks the signed-in user in the same statement as its cache version.

It does not use ``PageUser`` (that would be a second database session per request), so these
tests pin that it behaves exactly like it: signed out, revoked by a password change and deleted
accounts are sent to the sign-in page, even when the page is already cached, and the version
read with the user is the one the journal's own version check gives.
"""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from crampwise.domain.parsing import parse_entry
from crampwise.services import accounts, journal
from crampwise.services import history as reads
from crampwise.store.db import session_scope
from crampwise.store.history import journal_version
from crampwise.web.app import create_app
from tests.web._helpers import PASSWORD, csrf, signed_in_client


def _log_episode(client: TestClient, hours_ago: int) -> None:
    time = (dt.datetime.now() - dt.timedelta(hours=hours_ago)).strftime("%Y-%m-%dT%H:%M")
    answer = client.post("/log/episode", data={"csrf_token": csrf(client), "time": time,
                                               "kind": "spasm", "muscle": "calf"})
    assert answer.status_code < 400


def _is_sign_in_redirect(client: TestClient, path: str) -> str:
    answer = client.get(path, follow_redirects=False)
    assert answer.status_code == 303, answer.status_code
    location: str = answer.headers["location"]
    return location


def test_signed_out_history_redirects_like_every_page(db_url: str) -> None:
    client = TestClient(create_app(db_url))
    redirect = _is_sign_in_redirect(client, "/history?period=90")
    assert redirect == "/signin?next=/history%3Fperiod%3D90"
    assert _is_sign_in_redirect(client, "/history") == "/signin?next=/history"


def test_password_change_signs_out_a_cached_history_page(db_url: str) -> None:
    client = signed_in_client(db_url)
    _log_episode(client, 3)
    assert client.get("/history").status_code == 200
    assert client.get("/history").status_code == 200  # now answered from the cache
    account = accounts.find_account(db_url, "ana")
    assert account is not None
    accounts.change_password(db_url, account.id, PASSWORD, "a completely new passphrase")
    assert _is_sign_in_redirect(client, "/history") == "/signin?next=/history"


def test_deleted_account_is_signed_out_of_history(db_url: str) -> None:
    client = signed_in_client(db_url)
    assert client.get("/history").status_code == 200
    account = accounts.find_account(db_url, "ana")
    assert account is not None
    accounts.delete_account(db_url, account.id, PASSWORD)
    assert _is_sign_in_redirect(client, "/history").startswith("/signin?next=")


def test_each_person_sees_only_their_own_history(db_url: str) -> None:
    ana = signed_in_client(db_url, "ana")
    ben = signed_in_client(db_url, "ben")
    _log_episode(ana, 2)
    assert "Nothing logged in this period" in ben.get("/history").text
    assert "Nothing logged in this period" not in ana.get("/history").text


def test_signed_in_version_matches_the_journal_version_and_the_account(db_url: str) -> None:
    account = accounts.sign_up(db_url, "ana", PASSWORD)
    now = dt.datetime.now(dt.UTC)
    for hours in (1, 30, 24 * 40):
        when = (now - dt.timedelta(hours=hours)).isoformat()
        journal.log_entry(db_url, "ana", parse_entry({"type": "fluid", "time": when,
                                                      "ml": 250, "drink": "water"}))
    since = now - dt.timedelta(days=30)
    found = reads.signed_in(db_url, account.id, since)
    assert found is not None
    user, window = found
    assert user == account
    with session_scope(db_url) as session:
        assert window == reads.Window(*journal_version(session, account.id, since))
    assert window.version.startswith("2-")
    all_time = reads.signed_in(db_url, account.id)
    assert all_time is not None and all_time[1].version.startswith("3-")
    assert reads.signed_in(db_url, account.id + 999) is None
