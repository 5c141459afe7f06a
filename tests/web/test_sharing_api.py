"""Sharing over the REST API: shares, the roster and an athlete's analysis, and nothing more."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from crampwise.web.app import create_app
from tests.web._accounts import sign_up


def test_share_roster_analysis_and_revoke(db_url: str) -> None:
    client = TestClient(create_app(db_url))
    ana, kim, eve = (sign_up(client, n) for n in ("ana", "coach-kim", "eve"))
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    assert client.post("/api/v1/entries", headers=ana, json=[
        {"type": "episode", "time": when.isoformat(), "kind": "spasm", "muscle": "calf",
         "flags": {"chest_pain": True}}]).status_code == 201

    refused = client.post("/api/v1/shares", headers=ana, json={"username": "nobody"})
    assert refused.status_code == 422 and "no account named" in refused.json()["detail"]
    made = client.post("/api/v1/shares", headers=ana, json={"username": "coach-kim"})
    assert made.status_code == 201
    assert [s["username"] for s in made.json()["shared_with"]] == ["coach-kim"]
    assert [s["username"] for s in client.get("/api/v1/shares", headers=kim).json()
            ["shared_by"]] == ["ana"]

    roster = client.get("/api/v1/athletes", headers=kim).json()
    assert [(r["username"], r["disposition"], r["episodes_30d"]) for r in roster] == [
        ("ana", "emergency", 1)]
    analysis = client.get("/api/v1/athletes/ana/analysis", headers=kim)
    assert analysis.status_code == 200 and analysis.json()["episodes"] == 1
    # Someone she did not share with, and sharing does not run backwards.
    assert client.get("/api/v1/athletes/ana/analysis", headers=eve).status_code == 404
    assert client.get("/api/v1/athletes/coach-kim/analysis", headers=ana).status_code == 404
    assert client.get("/api/v1/athletes", headers=eve).json() == []

    assert client.delete("/api/v1/shares/coach-kim", headers=ana).status_code == 204
    assert client.delete("/api/v1/shares/coach-kim", headers=ana).status_code == 404
    assert client.get("/api/v1/athletes/ana/analysis", headers=kim).status_code == 404
    assert client.get("/api/v1/athletes", headers=kim).json() == []
