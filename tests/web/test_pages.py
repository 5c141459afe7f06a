"""Server-rendered product pages through the real app: Now, Log, History, Import/export, Plan."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from crampwise.domain.vocabulary import MUSCLES
from crampwise.services import journal
from crampwise.web.app import create_app
from tests.web._helpers import csrf, signed_in_client

DATA = Path(__file__).parent.parent / "data"
TCX = DATA / "tcx" / "tcxparser_forerunner410_run_hr.tcx"


@pytest.fixture
def client(db_url: str) -> TestClient:
    return signed_in_client(db_url)


def hidden(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert found, f"no hidden field {name}"
    return found.group(1)


def asked(html: str) -> list[str]:
    return re.findall(r'name="asked" value="([^"]+)"', html)


def episodes(url: str) -> list:
    return [e for _, e in journal.entries(url, "ana", types=["episode"])]


def start_flow(client: TestClient, kind: str = "spasm", muscle: str = "calf") -> str:
    page = client.get("/now")
    assert 'href="/now/where?kind=spasm"' in page.text
    where = client.get(f"/now/where?kind={kind}")
    assert where.status_code == 200
    for name in MUSCLES:  # every muscle is reachable from the list fallback
        assert f'data-muscle="{name}"' in where.text
    check = client.get(f"/now/check?kind={kind}&muscle={muscle}")
    assert check.status_code == 200
    return check.text


def answer(client: TestClient, html: str, ticked: dict[str, str] | None = None):
    data = {"csrf_token": csrf(client), "a": hidden(html, "a"), "t": hidden(html, "t"),
            "w": hidden(html, "w"), "e": hidden(html, "e"), "asked": asked(html)}
    data.update(ticked or {})
    return client.post("/now/answer", data=data)


def disposition(html: str) -> str:
    found = re.search(r'data-disposition="(\w+)"', html)
    assert found
    return found.group(1)


# --- Now ---------------------------------------------------------------------------------


def test_now_asks_emergency_signs_first_and_reaches_the_stretch_in_one_screen(
        client: TestClient, db_url: str) -> None:
    check = start_flow(client)
    keys = asked(check)
    assert keys[:2] == ["flags.chest_pain", "flags.short_of_breath"]
    assert all(k.startswith("flags.") for k in keys)
    result = answer(client, check)
    assert result.status_code == 200
    assert disposition(result.text) == "self_care"
    assert '<img src="/stretches/calf-' in result.text
    assert 'class="timer" data-seconds="30"' in result.text
    stored = episodes(db_url)
    assert len(stored) == 1
    assert stored[0].muscle == "calf" and stored[0].kind == "spasm"
    assert stored[0].flags and set(stored[0].flags) == {k.removeprefix("flags.") for k in keys}
    assert not any(stored[0].flags.values())


def test_a_red_flag_answer_leads_to_the_emergency_screen(client: TestClient,
                                                         db_url: str) -> None:
    result = answer(client, start_flow(client), {"flags.chest_pain": "yes"})
    assert disposition(result.text) == "emergency"
    assert 'href="tel:112"' in result.text
    assert 'class="timer"' not in result.text  # no stretching advice on the emergency screen
    assert episodes(db_url)[0].flags["chest_pain"] is True


def test_later_answers_update_the_same_episode(client: TestClient, db_url: str) -> None:
    first = answer(client, start_flow(client))
    let_go = answer(client, first.text.split('id="relief"')[1], {"self_care_helped": "yes"})
    assert [e.relieved for e in episodes(db_url)] == [True]
    page = let_go.text
    for _ in range(6):  # answer the non-yes/no questions until a warning-sign screen comes
        screen = page.split('id="more-h"')[1]
        flags = [k for k in asked(screen) if k.startswith("flags.")]
        if flags:
            break
        choices = {"side": "left", "during": "exercise", "kind": "spasm"}
        page = answer(client, screen, {k: choices.get(k, "3") for k in asked(screen)}).text
    second = answer(client, screen, {flags[0]: "yes"})
    flag = flags[0]
    assert second.status_code == 200
    stored = episodes(db_url)
    assert len(stored) == 1, "re-answering replaces the episode instead of adding one"
    assert stored[0].flags[flag.removeprefix("flags.")] is True
    assert stored[0].relieved is True  # earlier answers are kept


def test_submitting_the_first_screen_twice_logs_one_episode(client: TestClient,
                                                            db_url: str) -> None:
    check = start_flow(client)
    answer(client, check)
    answer(client, check, {"flags.weakness": "yes"})
    stored = episodes(db_url)
    assert len(stored) == 1 and stored[0].flags["weakness"] is True


def test_a_stale_form_never_deletes_another_entry(client: TestClient, db_url: str) -> None:
    first = answer(client, start_flow(client))
    (entry_id, _), = journal.history(db_url, "ana", types=["episode"])
    journal.delete_entry(db_url, "ana", entry_id)
    client.post("/log/fluid", data={"csrf_token": csrf(client), "time": "2026-06-14T07:00",
                                    "ml": "250"})
    answer(client, first.text.split('id="relief"')[1], {"self_care_helped": "yes"})
    assert journal.counts(db_url, "ana") == {"fluid": 1, "episode": 1}


def test_an_episode_right_after_a_workout_is_logged_as_after_exercise(
        client: TestClient, db_url: str) -> None:
    started = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=90)
    journal.log_object(db_url, "ana", {"type": "workout", "time": started.isoformat(),
                                       "duration_min": 60, "activity": "running"})
    answer(client, start_flow(client))
    assert episodes(db_url)[0].during == "after_exercise"


def test_the_start_page_offers_the_last_muscle_again(client: TestClient) -> None:
    assert 'id="again"' not in client.get("/now").text
    answer(client, start_flow(client, "spasm", "hamstring"))
    page = client.get("/").text
    assert 'href="/now/check?kind=spasm&amp;muscle=hamstring" id="again"' in page


def test_twitch_of_the_eyelid_logs_a_twitch(client: TestClient, db_url: str) -> None:
    result = answer(client, start_flow(client, "twitch", "eyelid"))
    assert result.status_code == 200
    assert episodes(db_url)[0].kind == "twitch"
    assert episodes(db_url)[0].during is None  # no workout logged: nothing guessed


def test_now_rejects_unknown_muscle_and_damaged_state(client: TestClient, db_url: str) -> None:
    assert client.get("/now/check?kind=spasm&muscle=spleen",
                      follow_redirects=False).status_code == 303
    assert client.get("/now/result?a=garbage", follow_redirects=False).status_code == 303
    check = start_flow(client)
    tampered = check.replace(hidden(check, "w"), "yesterday").replace(hidden(check, "t"), "x'")
    assert answer(client, tampered).status_code == 200
    stored = episodes(db_url)
    assert len(stored) == 1 and stored[0].id.startswith("web-now-") and "'" not in stored[0].id


# --- Log ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["workout", "episode", "body_mass", "fluid", "sleep", "meal",
                                  "supplement", "medication"])
def test_every_log_form_labels_every_input(client: TestClient, kind: str) -> None:
    html = client.get(f"/log/{kind}").text
    ids = re.findall(r'<(?:input|select|textarea)[^>]*\bid="(f-[^"]+)"', html)
    assert ids
    for field_id in ids:
        assert f'for="{field_id}"' in html or re.search(
            rf'<label class="check"><input[^>]*id="{field_id}"', html), field_id


def test_workout_form_logs_body_masses_and_fluid(client: TestClient, db_url: str) -> None:
    token = csrf(client)
    response = client.post("/log/workout", data={
        "csrf_token": token, "time": "2026-06-14T07:00", "activity": "running",
        "duration_min": "60", "rpe": "7", "mass_before_kg": "70.0", "mass_after_kg": "69.1",
        "fluid_ml": "500", "fluid_drink": "sports_drink", "muscle_groups": ["calf", "hamstring"]})
    assert response.status_code == 200 and "saved=" in str(response.url)
    counts = journal.counts(db_url, "ana")
    assert counts == {"workout": 1, "body_mass": 2, "fluid": 1}
    masses = sorted((e.time, e.kg, e.context) for _, e in
                    journal.entries(db_url, "ana", types=["body_mass"]))
    assert [m[2] for m in masses] == ["pre_workout", "post_workout"]
    assert masses[1][0] - masses[0][0] == dt.timedelta(minutes=60)
    workout = journal.last_entry(db_url, "ana", "workout")
    assert workout.muscle_groups == ["calf", "hamstring"]
    # the next form remembers the activity and drink, but not one-off values
    again = client.get("/log/workout").text
    assert re.search(r'<option value="running" selected>', again)
    assert 'id="f-mass_before_kg" name="mass_before_kg" value=""' in again


def test_imperial_units_convert_form_values(client: TestClient, db_url: str) -> None:
    token = csrf(client)
    switched = client.post("/prefs/units", data={"csrf_token": token, "system": "imperial",
                                                 "next": "/log/fluid"})
    assert "Amount (fl oz)" in switched.text
    client.post("/log/fluid", data={"csrf_token": token, "time": "2026-06-14T07:00",
                                    "ml": "16", "drink": "water"})
    client.post("/log/body_mass", data={"csrf_token": token, "time": "2026-06-14T07:00",
                                        "kg": "165"})
    fluid = journal.last_entry(db_url, "ana", "fluid")
    mass = journal.last_entry(db_url, "ana", "body_mass")
    assert fluid.ml == pytest.approx(473.2, abs=0.1)
    assert mass.kg == pytest.approx(74.84, abs=0.01)
    assert 'value="165"' in client.get("/log/body_mass").text  # shown back in pounds


def test_invalid_form_shows_the_problem_and_stores_nothing(client: TestClient,
                                                          db_url: str) -> None:
    response = client.post("/log/fluid", data={"csrf_token": csrf(client),
                                               "time": "2026-06-14T07:00", "ml": "lots"})
    assert response.status_code == 422
    assert 'id="errors"' in response.text and "ml" in response.text
    assert journal.counts(db_url, "ana") == {}


def test_editing_replaces_the_entry(client: TestClient, db_url: str) -> None:
    token = csrf(client)
    client.post("/log/episode", data={"csrf_token": token, "time": "2026-06-14T09:10",
                                      "kind": "spasm", "muscle": "calf", "pain": "7"})
    (entry_id, _), = journal.history(db_url, "ana", types=["episode"])
    form = client.get(f"/log/episode?edit={entry_id}").text
    assert 'value="7"' in form
    client.post("/log/episode", data={"csrf_token": token, "edit": str(entry_id),
                                      "time": "2026-06-14T09:10", "kind": "spasm",
                                      "muscle": "calf", "pain": "4", "side": "left"})
    stored = episodes(db_url)
    assert len(stored) == 1 and stored[0].pain == 4 and stored[0].side == "left"


def test_meal_items_are_matched_to_foods(client: TestClient, db_url: str) -> None:
    response = client.post("/log/meal", data={"csrf_token": csrf(client),
                                              "time": "2026-06-14T12:30",
                                              "items": "120 banana, raw\n60 g spinach, raw"})
    assert response.status_code == 200
    meal = journal.last_entry(db_url, "ana", "meal")
    assert [i.grams for i in meal.items] == [120, 60]


# --- History -----------------------------------------------------------------------------


def chart_spec(html: str) -> dict:
    found = re.search(r'id="history-spec">(.*?)</script>', html, re.S)
    assert found
    return json.loads(found.group(1))


def test_history_chart_has_episodes_and_fluid_balance(client: TestClient) -> None:
    token = csrf(client)
    day = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    client.post("/log/workout", data={"csrf_token": token, "time": f"{day}T08:00",
                                      "activity": "running", "duration_min": "60",
                                      "rpe": "6", "mass_before_kg": "70",
                                      "mass_after_kg": "69", "fluid_ml": "500"})
    client.post("/log/episode", data={"csrf_token": token, "time": f"{day}T09:30",
                                      "kind": "spasm", "muscle": "calf"})
    client.post("/log/episode", data={"csrf_token": token, "time": f"{day}T10:30",
                                      "kind": "twitch", "muscle": "eyelid"})
    spec = chart_spec(client.get("/history").text)
    marks = spec["vconcat"][0]["layer"][1]["data"]["values"]
    rows = spec["vconcat"][1]["data"]["values"]
    assert sorted(m["muscle"] for m in marks) == ["calf", "eyelid"]
    by_what = {r["what"]: r["value"] for r in rows if r["date"] == day}
    assert by_what["drunk"] == 500
    # sweat = 1 kg lost + 0.5 L drunk = 1.5 L; balance = 0.5 - 1.5 L
    assert by_what["balance (drunk − sweat)"] == -1000
    assert by_what["training"] == 60
    assert by_what["session load"] == 360  # effort 6 x 60 minutes
    calf_only = chart_spec(client.get("/history?muscle=calf").text)
    assert [m["muscle"] for m in calf_only["vconcat"][0]["layer"][1]["data"]["values"]] == [
        "calf"]


def test_history_without_data_says_what_to_log(client: TestClient) -> None:
    html = client.get("/history").text
    assert "Nothing logged in this period" in html and 'id="history-spec"' not in html


def test_history_shows_an_edit_of_the_latest_entry_at_once(client: TestClient,
                                                            db_url: str) -> None:
    # The drawn period is cached per journal version; an edit deletes the entry and stores the
    # new one (on SQLite often under the same id), and the page must show the new values.
    token = csrf(client)
    when = (dt.datetime.now() - dt.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")
    client.post("/log/episode", data={"csrf_token": token, "time": when, "kind": "spasm",
                                      "muscle": "calf", "pain": "7"})
    first = chart_spec(client.get("/history").text)["vconcat"][0]["layer"][1]["data"]["values"]
    assert [m["pain"] for m in first] == [7]
    (entry_id, _), = journal.history(db_url, "ana", types=["episode"])
    client.post("/log/episode", data={"csrf_token": token, "edit": str(entry_id), "time": when,
                                      "kind": "spasm", "muscle": "calf", "pain": "4"})
    page = client.get("/history").text
    after = chart_spec(page)["vconcat"][0]["layer"][1]["data"]["values"]
    assert [m["pain"] for m in after] == [4]
    assert "<td>4</td>" in page.split('id="episode-table"')[1]
    client.post("/log/episode", data={"csrf_token": token, "time": when, "kind": "twitch",
                                      "muscle": "eyelid"})
    marks = chart_spec(client.get("/history").text)["vconcat"][0]["layer"][1]["data"]["values"]
    assert sorted(m["muscle"] for m in marks) == ["calf", "eyelid"]


def test_history_periods_and_units_are_drawn_separately(client: TestClient) -> None:
    token = csrf(client)
    old = (dt.date.today() - dt.timedelta(days=60)).isoformat()
    client.post("/log/fluid", data={"csrf_token": token, "time": f"{old}T09:00", "ml": "500",
                                    "drink": "water"})
    assert "Nothing logged in this period" in client.get("/history").text
    rows = chart_spec(client.get("/history?period=90").text)["vconcat"][1]["data"]["values"]
    assert [(r["date"], r["value"]) for r in rows] == [(old, 500)]
    client.post("/prefs/units", data={"csrf_token": token, "system": "imperial"})
    rows = chart_spec(client.get("/history?period=90").text)["vconcat"][1]["data"]["values"]
    assert [(r["date"], r["series"], r["value"]) for r in rows] == [(old, "Fluid (fl oz)", 17)]


def test_history_days_and_times_are_in_the_profile_time_zone(client: TestClient) -> None:
    token = csrf(client)
    saved = client.post("/account/profile", data={"csrf_token": token,
                                                   "timezone": "Pacific/Kiritimati"},
                        follow_redirects=False)
    assert saved.status_code == 303
    day = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=14) - dt.timedelta(days=3)).date()
    client.post("/log/episode", data={"csrf_token": token, "time": f"{day}T02:00",
                                      "kind": "spasm", "muscle": "calf"})
    marks = chart_spec(client.get("/history").text)["vconcat"][0]["layer"][1]["data"]["values"]
    # 02:00 at UTC+14 is 12:00 the day before in UTC: the page keeps the person's day and hour.
    assert [(m["date"], m["time"]) for m in marks] == [(day.isoformat(),
                                                        f"{day}T02:00:00+14:00")]


def test_history_cache_stays_bounded(client: TestClient,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from crampwise.web.pages import history

    monkeypatch.setattr(history, "CACHE_SIZE", 2)
    token = csrf(client)
    day = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    client.post("/log/fluid", data={"csrf_token": token, "time": f"{day}T09:00", "ml": "300",
                                    "drink": "water"})
    for period in ("7", "30", "90", "365", "all", "7"):
        rows = chart_spec(client.get(f"/history?period={period}").text)["vconcat"][1]["data"]
        assert [(r["date"], r["value"]) for r in rows["values"]] == [(day, 300)], period
        assert len(history._cache) <= 2
    assert history._cached_chars == sum(len(body) for body in history._cache.values())
    # a size bound too: room for four and a half pages keeps the newest four
    size = len(next(iter(history._cache.values())))
    monkeypatch.setattr(history, "CACHE_CHARS", 4 * size + size // 2)
    monkeypatch.setattr(history, "CACHE_SIZE", 10)
    for muscle in ("calf", "hamstring", "quadriceps", "foot", "eyelid"):
        client.get(f"/history?muscle={muscle}")
    assert len(history._cache) == 4 and history._cached_chars <= history.CACHE_CHARS
    assert all(key[2] != "calf" for key in history._cache)


def test_units_switch_never_redirects_off_site(client: TestClient) -> None:
    token = csrf(client)
    for target in ("/\\evil.example", "//evil.example/x", "https://evil.example/", "evil"):
        done = client.post("/prefs/units", data={"csrf_token": token, "system": "metric",
                                                 "next": target}, follow_redirects=False)
        assert done.status_code == 303 and done.headers["location"] == "/", target
    kept = client.post("/prefs/units", data={"csrf_token": token, "system": "metric",
                                             "next": "/history?period=90"},
                       follow_redirects=False)
    assert kept.headers["location"] == "/history?period=90"


# --- other pages -------------------------------------------------------------------------


def test_stretch_pictures_are_served_as_svg(client: TestClient) -> None:
    picture = client.get("/stretches/calf-wall-stretch.svg")
    assert picture.headers["content-type"].startswith("image/svg+xml")
    assert picture.text.lstrip().startswith("<svg")
    assert client.get("/stretches/nope.svg").status_code == 404


def test_plan_insights_and_report(client: TestClient) -> None:
    answer(client, start_flow(client), {"flags.chest_pain": "yes"})
    client.post("/log/workout", data={"csrf_token": csrf(client), "time": "2026-06-14T07:00",
                                      "activity": "running", "duration_min": "75",
                                      "mass_before_kg": "70", "mass_after_kg": "69.2",
                                      "fluid_ml": "400"})  # a sweat test feeds the plan
    plan = client.get("/plan")
    assert plan.status_code == 200 and "evidence:" in plan.text
    ics = client.get("/plan.ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    assert ics.text.startswith("BEGIN:VCALENDAR")
    prepared = client.get("/plan?activity=running&duration_min=90&temperature_c=28")
    assert 'id="prepared"' in prepared.text and 'id="fluid-schedule"' in prepared.text
    assert client.get("/insights").status_code == 200
    report = client.get("/report")
    assert "chest pain" in report.text.lower() and 'id="report-flags"' in report.text


def test_pages_need_sign_in_and_forms_need_the_csrf_token(db_url: str) -> None:
    anonymous = TestClient(create_app(db_url))
    for page in ("/now", "/log", "/history", "/transfer", "/plan", "/report", "/insights"):
        response = anonymous.get(page, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith(
            "/signin"), page
    assert "Create an account" in anonymous.get("/").text
    client = signed_in_client(db_url)
    forged = client.post("/log/fluid", data={"time": "2026-06-14T07:00", "ml": "250"})
    assert forged.status_code == 403


def test_insights_show_causes_with_their_grade(client: TestClient) -> None:
    from crampwise.domain.vocabulary import cause_label

    token = csrf(client)
    client.post("/log/medication", data={"csrf_token": token, "name": "atorvastatin",
                                         "start": "2026-01-01"})
    client.post("/log/episode", data={"csrf_token": token, "time": "2026-06-14T09:10",
                                      "kind": "spasm", "muscle": "calf"})
    page = client.get("/insights").text
    section = page.split('id="insights"')[1]
    assert cause_label("medication") in section
    assert "evidence:" in section and "atorvastatin" in section
    assert "Medicines" in client.get("/report").text


# --- accessibility basics ----------------------------------------------------------------

A11Y_PAGES = ["/now", "/now/where?kind=spasm", "/now/check?kind=spasm&muscle=calf", "/log",
              "/log/workout", "/log/episode", "/log/fluid", "/log/body_mass", "/log/sleep",
              "/log/meal", "/log/supplement", "/log/medication", "/history", "/insights",
              "/plan", "/transfer", "/report"]


def test_pages_have_landmarks_one_h1_and_labelled_controls(client: TestClient) -> None:
    from lxml import html as lxml_html

    result = answer(client, start_flow(client))
    for path in [*A11Y_PAGES, str(result.url)]:
        doc = lxml_html.fromstring(client.get(path).text)
        assert doc.get("lang") == "en", path
        assert len(doc.xpath("//main[@id='main']")) == 1, path
        assert doc.xpath("//a[@class='skip' and @href='#main']"), path
        assert doc.xpath("//nav[@aria-label='Main']"), path
        assert len(doc.xpath("//h1")) == 1, path
        labels = {label.get("for") for label in doc.xpath("//label[@for]")}
        for control in doc.xpath("//input[not(@type='hidden')] | //select | //textarea"):
            named = (control.get("id") in labels or control.get("aria-label")
                     or control.xpath("ancestor::label"))
            assert named, f"{path}: unlabelled {lxml_html.tostring(control)[:80]!r}"
        for image in doc.xpath("//img"):
            assert image.get("alt"), f"{path}: image without alt text"
