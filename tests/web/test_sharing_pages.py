"""Sharing through the pages: an athlete shares from Account, the coach reads the roster and the
athlete's report and insights (read-only), and stopping the share closes every view again."""

from __future__ import annotations

import datetime as dt
import html
import re

from fastapi.testclient import TestClient

from crampwise.services.sharing import NOT_SHARED
from crampwise.web.app import create_app
from tests.web._accounts import csrf_of, sign_in_page, sign_up


def _pair(url: str) -> tuple[TestClient, TestClient, dict[str, str]]:
    app = create_app(url)
    athlete, coach = TestClient(app), TestClient(app)
    headers = sign_up(athlete, "ana")
    sign_up(coach, "coach-kim")
    sign_in_page(athlete, "ana")
    sign_in_page(coach, "coach-kim")
    return athlete, coach, headers


def _share(athlete: TestClient, coach_name: str) -> str:
    answer = athlete.post("/account/shares", data={"coach": coach_name,
                                                   "csrf_token": csrf_of(athlete, "/account")})
    return answer.text


def _text(page: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def test_share_roster_read_only_views_and_withdrawal(db_url: str) -> None:
    athlete, coach, headers = _pair(db_url)
    yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    logged = athlete.post("/api/v1/entries", headers=headers, json=[
        {"type": "profile", "sex": "female", "birth_year": 1992},
        {"type": "episode", "time": yesterday.isoformat(), "kind": "spasm", "muscle": "calf",
         "pain": 6, "flags": {"swelling": True}, "notes": "left calf after the long run"}])
    assert logged.status_code == 201
    assert "Nobody shares with you yet" in coach.get("/athletes").text
    assert coach.get("/athletes/ana/report").status_code == 404

    page = _share(athlete, "Coach-Kim")
    assert "Shared." in page and "Stop sharing with coach-kim" in page

    roster = coach.get("/athletes")
    row = re.search(r'<tr class="attention" data-athlete="ana">(.*?)</tr>', roster.text, re.S)
    assert row, roster.text
    cells = _text(row.group(1))
    assert "1 (1 cramp)" in cells and "Calf" in cells and "Be seen today" in cells
    assert "Swelling" in cells

    report = coach.get("/athletes/ana/report")
    assert report.status_code == 200
    words = _text(report.text)
    assert "You are reading ana 's journal because they shared it with you" in words
    assert "ana, born 1992, female" in words
    episodes = report.text[report.text.index('id="report-episodes"'):]
    assert "<td>swelling</td>" in episodes and "<td>6</td>" in episodes
    assert 'action="/athletes/ana/report"' in report.text  # the period form stays on this view
    insights = coach.get("/athletes/ana/insights")
    assert insights.status_code == 200 and "Insights: ana" in insights.text
    assert 'href="/log/' not in insights.text  # read-only: no logging links into her journal

    # The coach's own pages stay theirs.
    assert "ana, born" not in _text(coach.get("/report").text)

    withdrawn = athlete.post("/account/shares/remove", data={
        "coach": "coach-kim", "csrf_token": csrf_of(athlete, "/account")})
    assert "Stopped sharing." in withdrawn.text and "Nobody sees your journal but you." in \
        withdrawn.text
    for path in ("/athletes/ana/report", "/athletes/ana/insights"):
        gone = coach.get(path)
        assert gone.status_code == 404 and "swelling" not in gone.text
    assert 'data-athlete="ana"' not in coach.get("/athletes").text


def test_unshared_and_unknown_names_read_the_same(db_url: str) -> None:
    athlete, coach, _ = _pair(db_url)
    unshared = coach.get("/athletes/ana/insights")
    unknown = coach.get("/athletes/no-such-person/insights")
    assert unshared.status_code == unknown.status_code == 404
    assert NOT_SHARED in unshared.text and NOT_SHARED in unknown.text
    assert "ana" not in _text(unshared.text).replace("coach-kim", "")


def test_share_form_errors_are_shown(db_url: str) -> None:
    athlete, _, _ = _pair(db_url)
    page = _share(athlete, "nobody-at-all")
    assert 'role="alert"' in page
    assert "there is no account named 'nobody-at-all'" in _text(page)
    assert "that is your own account" in _text(_share(athlete, "ana"))
    assert "Nobody sees your journal but you." in athlete.get("/account").text


def test_coach_removes_an_athlete(db_url: str) -> None:
    athlete, coach, _ = _pair(db_url)
    _share(athlete, "coach-kim")
    assert 'data-athlete="ana"' in coach.get("/athletes").text
    answer = coach.post("/athletes/remove", data={"athlete": "ana",
                                                  "csrf_token": csrf_of(coach, "/athletes")})
    assert "Removed from your athletes." in answer.text and 'data-athlete="ana"' not in answer.text
    assert "Nobody sees your journal but you." in athlete.get("/account").text
