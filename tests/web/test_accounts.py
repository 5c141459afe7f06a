"""Accounts: sign-up rules, the same users as the CLI, password changes, deleting data."""

from __future__ import annotations

import json

import pytest

from crampwise.services import accounts
from tests.cli.helpers import run
from tests.web._accounts import (
    PASSWORD,
    csrf_of,
    episode,
    new_client,
    sign_in_page,
    sign_up,
    token_headers,
    workout,
)


@pytest.mark.parametrize("username", ["a", " x", "has space", "Ümlaut", "-dash", "x" * 33, ""])
def test_sign_up_rejects_bad_usernames(sqlite_url: str, username: str) -> None:
    client = new_client(sqlite_url)
    answer = client.post("/api/v1/users", json={"username": username, "password": PASSWORD})
    assert answer.status_code == 422
    assert "username" in answer.json()["detail"]


@pytest.mark.parametrize(("password", "why"), [
    ("short", "at least 10"), ("password123", "attacker"), ("aaaaaaaaaaaa", "attacker"),
    ("ana-is-my-name-2026", "username")])
def test_sign_up_rejects_weak_passwords(sqlite_url: str, password: str, why: str) -> None:
    client = new_client(sqlite_url)
    answer = client.post("/api/v1/users", json={"username": "ana", "password": password})
    assert answer.status_code == 422
    assert why in answer.json()["detail"]


def test_usernames_are_case_insensitive_and_unique(db_url: str) -> None:
    client = new_client(db_url)
    made = client.post("/api/v1/users", json={"username": "Ana", "password": PASSWORD})
    assert made.status_code == 201 and made.json()["username"] == "ana"
    again = client.post("/api/v1/users", json={"username": "ANA", "password": PASSWORD})
    assert again.status_code == 409 and "taken" in again.json()["detail"]
    assert token_headers(client, "Ana")  # signing in ignores case as well


def test_cli_user_gets_a_password_and_then_signs_in_to_the_same_journal(db_url: str) -> None:
    logged = run(db_url, "--json", "log", "episode", "--muscle", "calf", "--kind", "spasm",
                 "--time", "2026-05-01T08:00:00+02:00", user="me")
    assert logged.returncode == 0, logged.stderr
    client = new_client(db_url)
    taken = client.post("/api/v1/users", json={"username": "me", "password": PASSWORD})
    assert taken.status_code == 409 and "set-password" in taken.json()["detail"]
    no_password = client.post("/api/v1/token", data={"username": "me", "password": PASSWORD})
    assert no_password.status_code == 401
    done = run(db_url, "account", "set-password", "--password-stdin", user="me",
               stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    headers = token_headers(client, "me")
    entries = client.get("/api/v1/entries", headers=headers).json()
    assert [(e["type"], e["muscle"]) for e in entries] == [("episode", "calf")]
    shown = run(db_url, "--json", "account", "show", user="me")
    assert json.loads(shown.stdout)["has_password"] is True


def test_cli_refuses_a_weak_password(sqlite_url: str) -> None:
    done = run(sqlite_url, "account", "set-password", "--password-stdin", stdin="short\n")
    assert done.returncode == 2 and "at least 10" in done.stderr


def test_sign_up_page_signs_in_and_profile_is_saved_in_chosen_units(db_url: str) -> None:
    client = new_client(db_url)
    token = csrf_of(client, "/signup")
    mismatch = client.post("/signup", data={"username": "ana", "password": PASSWORD,
                                            "password_again": PASSWORD + "!",
                                            "csrf_token": token})
    assert mismatch.status_code == 422 and 'role="alert"' in mismatch.text
    made = client.post("/signup", data={"username": "ana", "password": PASSWORD,
                                        "password_again": PASSWORD, "csrf_token": token},
                       follow_redirects=False)
    assert made.status_code == 303 and made.headers["location"].startswith("/account/profile")
    token = csrf_of(client, "/account/profile")
    saved = client.post("/account/profile", data={
        "csrf_token": token, "units": "imperial", "sex": "female", "birth_year": "1985",
        "body_mass_kg": "150", "height_cm": "65", "timezone": "Europe/Berlin", "pregnant": "no"},
        follow_redirects=False)
    assert saved.status_code == 303
    assert "crampwise_units=imperial" in saved.headers["set-cookie"]
    profile = [e for e in client.get("/api/v1/entries", headers=token_headers(client, "ana"),
                                     params={"type": "profile"}).json()]
    assert len(profile) == 1
    assert profile[0]["body_mass_kg"] == pytest.approx(68.04, abs=0.01)
    assert profile[0]["height_cm"] == pytest.approx(165.1, abs=0.01)
    assert (profile[0]["timezone"], profile[0]["pregnant"]) == ("Europe/Berlin", False)
    bad = client.post("/account/profile", data={"csrf_token": token, "timezone": "Mars/Base",
                                                "birth_year": "1700"})
    assert bad.status_code == 422
    assert 'role="alert"' in bad.text and "time zone" in bad.text and "1900" in bad.text


def test_measured_sweat_sodium_is_saved_shown_and_checked(db_url: str) -> None:
    client = new_client(db_url)
    sign_up(client, "ana")
    token = sign_in_page(client, "ana")
    saved = client.post("/account/profile", data={"csrf_token": token, "sex": "female",
                                                   "sweat_sodium_mmol_l": "58"},
                        follow_redirects=False)
    assert saved.status_code == 303
    profile = client.get("/api/v1/entries", headers=token_headers(client, "ana"),
                         params={"type": "profile"}).json()
    assert profile[0]["sweat_sodium_mmol_l"] == 58
    assert 'name="sweat_sodium_mmol_l" value="58"' in client.get("/account/profile").text
    bad = client.post("/account/profile", data={"csrf_token": token,
                                                 "sweat_sodium_mmol_l": "400"})
    assert bad.status_code == 422 and "150" in bad.text


def test_password_change_signs_out_other_browsers_and_tokens(db_url: str) -> None:
    laptop, phone = new_client(db_url), new_client(db_url)
    old_token = sign_up(laptop, "ana")
    token = sign_in_page(laptop, "ana")
    sign_in_page(phone, "ana")
    wrong = laptop.post("/account/password", data={
        "csrf_token": token, "current_password": "not it at all",
        "new_password": "another long phrase", "new_password_again": "another long phrase"})
    assert wrong.status_code == 422 and "current password" in wrong.text
    changed = laptop.post("/account/password", data={
        "csrf_token": token, "current_password": PASSWORD,
        "new_password": "another long phrase", "new_password_again": "another long phrase"},
        follow_redirects=False)
    assert changed.status_code == 303
    assert laptop.get("/account", follow_redirects=False).status_code == 200  # still signed in
    assert phone.get("/account", follow_redirects=False).status_code == 303  # signed out
    assert laptop.get("/api/v1/users/me", headers=old_token).status_code == 401
    assert accounts.authenticate(db_url, "ana", "another long phrase") is not None


def test_delete_my_data_keeps_the_account(db_url: str) -> None:
    client = new_client(db_url)
    headers = sign_up(client, "ana")
    client.post("/api/v1/entries", headers=headers, json=[workout(1), episode(1)])
    token = sign_in_page(client, "ana")
    refused = client.post("/account/delete-data", data={"csrf_token": token, "confirm": "yes"})
    assert refused.status_code == 422
    assert len(client.get("/api/v1/entries", headers=headers).json()) == 2
    done = client.post("/account/delete-data", data={"csrf_token": token, "confirm": "delete"},
                       follow_redirects=False)
    assert done.status_code == 303
    assert client.get("/api/v1/entries", headers=headers).json() == []
    client.post("/api/v1/entries", headers=headers, json=workout(2))
    api_delete = client.delete("/api/v1/users/me/entries", headers=headers)
    assert api_delete.json() == {"deleted_entries": 1}
    assert client.get("/api/v1/users/me", headers=headers).status_code == 200


def test_delete_account_needs_the_password_and_removes_everything(db_url: str) -> None:
    client = new_client(db_url)
    headers = sign_up(client, "ana")
    client.post("/api/v1/entries", headers=headers, json=workout(1))
    wrong = client.request("DELETE", "/api/v1/users/me", headers=headers,
                           json={"password": "not the password"})
    assert wrong.status_code == 403
    token = sign_in_page(client, "ana")
    gone = client.post("/account/delete", data={"csrf_token": token, "password": PASSWORD})
    assert gone.status_code == 200 and "deleted" in gone.text
    assert client.get("/api/v1/users/me", headers=headers).status_code == 401
    assert accounts.find_account(db_url, "ana") is None
    again = client.post("/api/v1/users", json={"username": "ana", "password": PASSWORD})
    assert again.status_code == 201  # the name is free again, with an empty journal
    assert client.get("/api/v1/entries", headers=token_headers(client, "ana")).json() == []


def test_sign_out_needs_post(sqlite_url: str) -> None:
    client = new_client(sqlite_url)
    sign_up(client, "ana")
    token = sign_in_page(client, "ana")
    assert client.get("/signout").status_code == 405
    assert client.get("/account", follow_redirects=False).status_code == 200
    client.post("/signout", data={"csrf_token": token})
    assert client.get("/account", follow_redirects=False).headers["location"] == \
        "/signin?next=/account"
