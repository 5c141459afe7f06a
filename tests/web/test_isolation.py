"""Two accounts: neither can read, change or delete the other's data through any route.

The routes are enumerated from the app itself. Every path parameter is filled with the other
person's values (their entry ids), every form and JSON body carries their ids, and afterwards
the victim's journal must be byte-for-byte what it was, with none of it shown to the attacker.
A route with a path parameter this test does not know how to fill fails the test, so a new
route cannot slip through unexercised.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient

from crampwise.web.app import create_app
from tests.web._accounts import (
    PASSWORD,
    app_routes,
    csrf_of,
    episode,
    sign_in_page,
    sign_up,
    workout,
)

SECRET = "victim-secret-note-7f3a"
UNSAFE = ("POST", "PUT", "PATCH", "DELETE")
# Routes that end the attacker's session or account: exercised last.
ENDING = ("/signout", "/account/delete", "/api/v1/users/me")
NOT_DATA = {"/api/v1/openapi.json"}


def _victim_journal() -> list[dict[str, Any]]:
    return [
        workout(1, notes=SECRET, temperature_c=31),
        episode(1, notes=SECRET, pain=7, flags={"swelling": True}),
        {"type": "fluid", "time": "2026-05-01T09:00:00+02:00", "ml": 500, "drink": "water",
         "notes": SECRET},
        {"type": "sleep", "time": "2026-05-01T23:00:00+02:00", "hours": 7, "notes": SECRET},
        {"type": "body_mass", "time": "2026-05-02T07:00:00+02:00", "kg": 71.3, "notes": SECRET},
        {"type": "supplement", "time": "2026-05-02T08:00:00+02:00", "name": "magnesium",
         "magnesium_mg": 300, "notes": SECRET},
        {"type": "medication", "name": "victimol", "start": "2026-04-01", "notes": SECRET},
        {"type": "profile", "sex": "female", "birth_year": 1990, "timezone": "Europe/Oslo",
         "notes": SECRET},
    ]


def _export(client: TestClient, headers: dict[str, str]) -> list[str]:
    answer = client.get("/api/v1/export", headers=headers)
    assert answer.status_code == 200
    return sorted(answer.text.splitlines())


def _victim_import_job(victim: TestClient) -> str | None:
    """Start an import as the victim through the Import page; its job id (None: no such page)."""
    token = sign_in_page(victim, "bea-victim")
    line = json.dumps({"type": "fluid", "time": "2026-05-03T09:00:00+02:00", "ml": 250,
                       "notes": SECRET})
    answer = victim.post("/transfer/import", data={"csrf_token": token},
                         files={"file": (f"{SECRET}.jsonl", line.encode(), "text/plain")},
                         follow_redirects=False)
    if answer.status_code == 404:
        return None
    assert answer.status_code == 303, answer.text
    job_id = answer.headers["location"].rsplit("=", 1)[1]
    for _ in range(200):
        state = victim.get(f"/transfer/jobs/{job_id}/json").json()
        if state.get("state") in ("finished", "failed"):
            break
        time.sleep(0.05)
    return job_id


def _fill(path: str, values: dict[str, str]) -> tuple[str, list[str]]:
    unknown = []

    def one(match: re.Match[str]) -> str:
        name = match.group(1).split(":")[0]
        if name not in values:
            unknown.append(name)
            return "x"
        return values[name]

    return re.sub(r"{([^}]+)}", one, path), unknown


def _order(item: tuple[str, str]) -> tuple[int, str]:
    path, method = item
    if path in ENDING:
        return (3, path)
    return ({"GET": 0, "POST": 1, "PUT": 1, "PATCH": 1, "DELETE": 2}[method], path)


@pytest.mark.parametrize("victim_first", [True, False], ids=["victim-older", "victim-newer"])
def test_no_route_reaches_the_other_accounts_data(db_url: str, victim_first: bool) -> None:
    app = create_app(db_url)
    attacker = TestClient(app, raise_server_exceptions=False)
    victim = TestClient(app)
    names = ["bea-victim", "ana-attacker"] if victim_first else ["ana-attacker", "bea-victim"]
    headers = {name: sign_up(victim if name == "bea-victim" else attacker, name)
               for name in names}
    victim_headers, attacker_headers = headers["bea-victim"], headers["ana-attacker"]
    stored = victim.post("/api/v1/entries", headers=victim_headers, json=_victim_journal())
    assert stored.status_code == 201
    victim_ids = [str(item["entry_id"]) for item in stored.json()["entries"]]
    attacker.post("/api/v1/entries", headers=attacker_headers, json=[workout(3), episode(3)])
    job_id = _victim_import_job(victim)
    before = _export(victim, victim_headers)
    assert SECRET in "".join(before)
    sign_in_page(attacker, "ana-attacker")
    # What to put in each path parameter: the victim's own ids, or harmless public names.
    values = {"entry_id": victim_ids[:3], "job_id": [job_id or "0"], "muscle": ["calf"],
              "kind": ["workout", "episode", "profile"], "image": ["calf"],
              "username": ["bea-victim"]}

    calls: list[tuple[str, str]] = []
    unknown_params: dict[str, list[str]] = {}
    for path, methods, _ in app_routes(app):
        if path in NOT_DATA:
            continue
        _, unknown = _fill(path, {name: options[0] for name, options in values.items()})
        if unknown:
            unknown_params[path] = unknown
            continue
        calls.extend((path, method) for method in methods)
    assert not unknown_params, (
        f"teach test_isolation how to fill these path parameters: {unknown_params}")
    assert len(calls) >= 20

    leaks, wrong_status = [], []
    for path, method in sorted(calls, key=_order):
        is_api = path.startswith("/api/")
        names = [n for n in values if "{" + n + "}" in path]
        for combination in itertools.product(*(values[n] for n in names)):
            url, _ = _fill(path, dict(zip(names, combination, strict=True)))
            victim_id = victim_ids[0]
            ids = {"entry_id": victim_id, "id": victim_id, "entry": victim_id,
                   "ids": victim_id, "password": PASSWORD, "confirm": "delete"}
            if is_api:
                answer = attacker.request(method, url, headers=attacker_headers,
                                          json=ids if method in UNSAFE else None)
            elif method == "GET":
                answer = attacker.get(url, follow_redirects=False)
            else:
                token = csrf_of(attacker, "/signin")
                answer = attacker.request(method, url, data={**ids, "csrf_token": token},
                                          follow_redirects=False)
            if SECRET in answer.text or "victimol" in answer.text \
                    or "bea-victim" in answer.text:
                leaks.append(f"{method} {path}")
            owned = "{entry_id}" in path or "{job_id}" in path
            if owned and answer.status_code not in (303, 400, 403, 404, 422):
                wrong_status.append(f"{method} {path} → {answer.status_code}")
            if is_api and answer.status_code >= 500 and answer.status_code != 503:
                wrong_status.append(f"{method} {path} → {answer.status_code} (server error)")

    assert not leaks, f"the other account's data was shown by: {leaks}"
    assert not wrong_status, f"another account's entry id was not refused: {wrong_status}"
    assert _export(victim, victim_headers) == before, "the victim's journal changed"
    assert victim.get("/api/v1/users/me", headers=victim_headers).status_code == 200
