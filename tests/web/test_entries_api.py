"""The entries API on both stores: round trips, all-or-nothing lists, duplicates, filters."""

from __future__ import annotations

import importlib
import json

import pytest
from fastapi.testclient import TestClient

from tests.web._accounts import episode, new_client, sign_up, workout


@pytest.fixture
def api(db_url: str) -> tuple[TestClient, dict[str, str]]:
    client = new_client(db_url)
    return client, sign_up(client, "ana")


def _count(client: TestClient, headers: dict[str, str]) -> int:
    return sum(client.get("/api/v1/users/me", headers=headers).json()["entries"].values())


def test_one_object_round_trips_with_its_entry_id(api: tuple[TestClient, dict[str, str]]) -> None:
    client, headers = api
    sent = episode(2, side="left", pain=6, flags={"swelling": False}, notes="after hills")
    stored = client.post("/api/v1/entries", headers=headers, json=sent)
    assert stored.status_code == 201
    item = stored.json()["entries"][0]
    assert item["status"] == "added" and item["index"] == 0
    got = client.get(f"/api/v1/entries/{item['entry_id']}", headers=headers).json()
    assert got.pop("entry_id") == item["entry_id"]
    assert got == sent


def test_units_and_aliases_come_back_canonical(api: tuple[TestClient, dict[str, str]]) -> None:
    client, headers = api
    sent = {"type": "fluid", "time": "2026-05-01T09:00:00Z", "ml": "1 l", "drink": "water"}
    entry_id = client.post("/api/v1/entries", headers=headers, json=sent).json()["entries"][0][
        "entry_id"]
    got = client.get(f"/api/v1/entries/{entry_id}", headers=headers).json()
    assert got["ml"] == 1000
    assert got["time"] == "2026-05-01T09:00:00Z" or got["time"].endswith("+00:00")


def test_a_list_is_all_or_nothing_with_every_problem_by_index_and_key(
        api: tuple[TestClient, dict[str, str]]) -> None:
    client, headers = api
    batch = [workout(1), episode(1, muscle="thigh"), workout(2, duration_min=-5), {"type": "nap"}]
    answer = client.post("/api/v1/entries", headers=headers, json=batch)
    assert answer.status_code == 422
    body = answer.json()
    where = {(p["index"], p["key"]) for p in body["problems"]}
    assert (1, "muscle") in where and (2, "duration_min") in where and (3, "type") in where
    assert not any(p["index"] == 0 for p in body["problems"])
    assert "nothing was stored" in body["detail"]
    assert _count(client, headers) == 0


def test_duplicates_are_reported_with_the_stored_id_not_as_errors(
        api: tuple[TestClient, dict[str, str]]) -> None:
    client, headers = api
    first = client.post("/api/v1/entries", headers=headers, json=[workout(1), workout(2)]).json()
    again = client.post("/api/v1/entries", headers=headers,
                        json=[workout(2), workout(3), workout(3)])
    assert again.status_code == 201
    body = again.json()
    assert (body["added"], body["duplicates"]) == (1, 2)
    assert body["entries"][0] == {"index": 0, "entry_id": first["entries"][1]["entry_id"],
                                  "status": "duplicate"}
    assert body["entries"][1]["status"] == "added"
    assert body["entries"][2]["entry_id"] == body["entries"][1]["entry_id"]
    only_dupes = client.post("/api/v1/entries", headers=headers, json=workout(1))
    assert only_dupes.status_code == 200
    assert _count(client, headers) == 3


def test_filters_by_type_and_time(api: tuple[TestClient, dict[str, str]]) -> None:
    client, headers = api
    client.post("/api/v1/entries", headers=headers,
                json=[workout(d) for d in (1, 2, 3, 4)] + [episode(2), episode(4)])
    episodes = client.get("/api/v1/entries", headers=headers, params={"type": "episode"}).json()
    assert [e["type"] for e in episodes] == ["episode", "episode"]
    window = client.get("/api/v1/entries", headers=headers, params={
        "since": "2026-05-02T00:00:00+02:00", "until": "2026-05-04T00:00:00+02:00"}).json()
    assert sorted(e["time"][:10] for e in window) == ["2026-05-02", "2026-05-02", "2026-05-03"]
    both = client.get("/api/v1/entries", headers=headers,
                      params=[("type", "episode"), ("type", "workout"), ("limit", "2")]).json()
    assert [e["time"][:10] for e in both] == ["2026-05-01", "2026-05-02"]  # time order


@pytest.mark.parametrize("params", [
    {"since": "2026-05-02T00:00:00"}, {"type": "nap"}, {"limit": "0"},
    {"since": "2026-05-03T00:00:00Z", "until": "2026-05-02T00:00:00Z"}, {"since": "yesterday"},
])
def test_bad_filters_are_422_with_a_message(sqlite_url: str, params: dict[str, str]) -> None:
    client = new_client(sqlite_url)
    answer = client.get("/api/v1/entries", headers=sign_up(client, "ana"), params=params)
    assert answer.status_code == 422
    assert isinstance(answer.json()["detail"], str) and answer.json()["detail"]


def test_bad_bodies_are_4xx_never_500(sqlite_url: str) -> None:
    client = new_client(sqlite_url)
    headers = sign_up(client, "ana")
    cases = [b"{not json", b"42", b"[1, 2]", b'{"type": "workout"}', b'"text"',
             json.dumps(workout(1, notes="a\u0000b")).encode(),
             json.dumps(workout(1, time="0001-01-01T00:00:00+14:00")).encode()]
    for body in cases:
        answer = client.post("/api/v1/entries", headers={**headers, "content-type":
                                                          "application/json"}, content=body)
        assert 400 <= answer.status_code < 500, (body, answer.text)
        assert answer.json()["detail"]
    assert _count(client, headers) == 0


def test_naive_times_take_the_profile_time_zone(api: tuple[TestClient, dict[str, str]]) -> None:
    client, headers = api
    profile = {"type": "profile", "timezone": "America/Chicago"}
    assert client.post("/api/v1/entries", headers=headers, json=profile).status_code == 201
    naive = workout(1, time="2026-05-01T07:00:00")
    entry_id = client.post("/api/v1/entries", headers=headers, json=naive).json()["entries"][0][
        "entry_id"]
    assert client.get(f"/api/v1/entries/{entry_id}", headers=headers).json()["time"] == \
        "2026-05-01T07:00:00-05:00"


def test_get_and_delete_unknown_ids_are_404(api: tuple[TestClient, dict[str, str]]) -> None:
    client, headers = api
    entry_id = client.post("/api/v1/entries", headers=headers, json=workout(1)).json()[
        "entries"][0]["entry_id"]
    assert client.delete(f"/api/v1/entries/{entry_id}", headers=headers).status_code == 204
    for method in ("GET", "DELETE"):
        answer = client.request(method, f"/api/v1/entries/{entry_id}", headers=headers)
        assert answer.status_code == 404 and str(entry_id) in answer.json()["detail"]
    assert client.get("/api/v1/entries/99999999999999999999", headers=headers).status_code == 422


def test_export_is_the_journal_as_jsonl(api: tuple[TestClient, dict[str, str]]) -> None:
    client, headers = api
    sent = [workout(1), episode(1), {"type": "profile", "sex": "female"}]
    client.post("/api/v1/entries", headers=headers, json=sent)
    lines = client.get("/api/v1/export", headers=headers).text.splitlines()
    assert sorted(json.loads(line)["type"] for line in lines) == ["episode", "profile",
                                                                  "workout"]


def test_every_api_route_but_sign_up_and_token_needs_a_token(sqlite_url: str) -> None:
    client = new_client(sqlite_url)
    open_routes = {"/api/v1/users", "/api/v1/token", "/api/v1/openapi.json"}
    from tests.web._accounts import app_routes

    checked = 0
    for path, methods, _ in app_routes(client.app):
        if not path.startswith("/api/") or path in open_routes:
            continue
        for method in methods:
            concrete = path.replace("{entry_id}", "1").replace("{muscle}", "calf")
            answer = client.request(method, concrete, json={})
            assert answer.status_code == 401, (method, path, answer.status_code)
            assert answer.json()["detail"]
            checked += 1
    assert checked >= 10


def test_triage_answers_and_rejects_bad_input(sqlite_url: str) -> None:
    client = new_client(sqlite_url)
    headers = sign_up(client, "ana")
    calm = client.post("/api/v1/triage", headers=headers,
                       json={"kind": "spasm", "muscles": ["calf"], "duration_s": 60,
                             "self_care_helped": True})
    assert calm.status_code == 200 and calm.json()["disposition"] == "self_care"
    alarming = client.post("/api/v1/triage", headers=headers,
                           json={"kind": "spasm", "muscles": ["calf"],
                                 "flags": {"chest_pain": True}})
    assert alarming.status_code == 200
    assert alarming.json()["disposition"] == "emergency"
    bad = client.post("/api/v1/triage", headers=headers, json={"kind": "spasm", "muscles": [],
                                                                "colour": "red"})
    assert bad.status_code == 422 and "colour" in bad.json()["detail"]


def test_relief_routine_and_unknown_muscles(sqlite_url: str) -> None:
    client = new_client(sqlite_url)
    headers = sign_up(client, "ana")
    routine = client.get("/api/v1/relief/calves", headers=headers, params={"kind": "spasm"})
    assert routine.status_code == 200
    assert routine.json()["muscle"] == "calf" and routine.json()["steps"]
    for muscle in ("thigh", "elbowz"):
        answer = client.get(f"/api/v1/relief/{muscle}", headers=headers)
        assert answer.status_code == 422 and answer.json()["detail"]


@pytest.mark.parametrize(("path", "module", "name"), [
    ("/api/v1/analysis", "insights", "analyze"), ("/api/v1/plan", "plan", "plan"),
    ("/api/v1/plan.ics", "plan", "plan_ics"), ("/api/v1/analysis?since=2026-04-01", "insights",
                                               "analyze")])
def test_analysis_and_plan_answer_or_say_they_are_not_there_yet(
        sqlite_url: str, path: str, module: str, name: str) -> None:
    client = new_client(sqlite_url)
    headers = sign_up(client, "ana")
    client.post("/api/v1/entries", headers=headers, json=[workout(1), episode(1)])
    try:
        ready = hasattr(importlib.import_module(f"crampwise.services.{module}"), name)
    except ImportError:
        ready = False
    answer = client.get(path, headers=headers)
    assert answer.status_code == (200 if ready else 503), answer.text


def test_import_upload_adds_entries_and_rejects_garbage(db_url: str) -> None:
    client = new_client(db_url)
    headers = sign_up(client, "ana")
    lines = "\n".join(json.dumps(e) for e in [workout(1), episode(1), workout(2)]) + "\n"
    answer = client.post("/api/v1/imports", headers=headers,
                         files={"file": ("journal.jsonl", lines.encode(), "text/plain")})
    assert answer.status_code == 200, answer.text
    assert answer.json()["added"] == {"workout": 2, "episode": 1}
    again = client.post("/api/v1/imports", headers=headers,
                        files={"file": ("journal.jsonl", lines.encode(), "text/plain")})
    assert again.json()["skipped_duplicate"] == {"workout": 2, "episode": 1}
    for name, body in (("x.fit", b"\x0e\x10garbage"), ("x.gpx", b"<gpx><trk>"),
                       ("notes.txt", b"hello")):
        bad = client.post("/api/v1/imports", headers=headers,
                          files={"file": (name, body, "application/octet-stream")})
        assert bad.status_code == 422, (name, bad.text)
        assert bad.json()["detail"] and "/tmp" not in bad.json()["detail"]
    assert _count(client, headers) == 3


def test_prepare_checks_its_input(sqlite_url: str) -> None:
    client = new_client(sqlite_url)
    headers = sign_up(client, "ana")
    good = client.get("/api/v1/plan/prepare", headers=headers,
                      params={"activity": "running", "duration_min": 90, "temperature_c": 28})
    assert good.status_code == 200, good.text
    for params in ({"activity": "running", "duration_min": 0},
                   {"activity": "levitation", "duration_min": 60}):
        bad = client.get("/api/v1/plan/prepare", headers=headers, params=params)
        assert bad.status_code == 422 and bad.json()["detail"]
