"""The five jobs, end to end in a real Chromium, as a new user on a phone and on a desktop.

Sign up → "I'm cramping" → calf on the body map → no warning signs → stretch and running hold
timer → "it let go" → the episode in the History chart; a red-flag answer → the emergency screen;
log a workout with body mass and fluids; import a real TCX file (progress, then the report);
export JSONL; the doctor report. Screenshots go to ``artifacts/screenshots/`` (gitignored).
Every request must stay on the app's own origin and the console must stay free of errors
(which also proves the Content-Security-Policy allows everything the pages need).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.web._server import CHROMIUM, CHROMIUM_ARGS, live_server

pytestmark = pytest.mark.browser

ROOT = Path(__file__).parent.parent.parent
SHOTS = ROOT / "artifacts" / "screenshots"
TCX = ROOT / "tests" / "data" / "tcx" / "tcxparser_forerunner410_run_hr.tcx"
PASSWORD = "correct horse battery staple"
VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 860}}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make test does)")
    with live_server(tmp_path_factory.mktemp("browser")) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(params=sorted(VIEWPORTS))
def page(request: pytest.FixtureRequest, browser, server: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=VIEWPORTS[request.param], base_url=server,
                                  accept_downloads=True)
    tab = context.new_page()
    tab.problems = []  # console errors, failed or outside requests
    tab.width = request.param

    def on_console(message):  # type: ignore[no-untyped-def]
        if message.type == "error":
            tab.problems.append(f"console: {message.text}")

    def on_request(req):  # type: ignore[no-untyped-def]
        if not (req.url.startswith(server) or req.url.startswith(("data:", "blob:"))):
            tab.problems.append(f"outside request: {req.url}")

    tab.on("console", on_console)
    tab.on("request", on_request)
    tab.on("pageerror", lambda exc: tab.problems.append(f"page error: {exc}"))
    tab.on("response", lambda res: res.status >= 400 and tab.problems.append(
        f"HTTP {res.status}: {res.url}"))
    yield tab
    context.close()


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{page.width}.png"), full_page=True)


def sign_up(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.get_by_role("link", name="Create an account").click()
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.fill("#password_again", PASSWORD)
    page.get_by_role("button", name="Create the account").click()
    page.goto("/now")
    assert page.locator("#cramping").is_visible()


def test_cramp_relief_and_history(page) -> None:  # type: ignore[no-untyped-def]
    sign_up(page, f"calf-{page.width}")
    shot(page, "01-now")
    page.click("#cramping")
    page.locator('svg a[data-muscle="calf"] .map-region').first.click()
    assert page.locator("h1").inner_text().startswith("Calf cramp")
    first_question = page.locator("#triage-form .check").first.inner_text()
    assert "chest pain" in first_question.lower()
    shot(page, "02-emergency-signs")
    page.click("#continue")
    assert page.locator("#disposition").get_attribute("data-disposition") == "self_care"
    picture = page.locator("#relief figure img")
    assert picture.get_attribute("src").startswith("/stretches/calf-")
    assert picture.bounding_box()["height"] > 100  # loaded (a failed load is a recorded 404)
    timer = page.locator("#timer")
    assert timer.locator(".count").inner_text() == "30"
    timer.get_by_role("button", name="Start hold").click()
    expect(timer).to_have_attribute("data-state", "running")
    expect(timer.locator(".count")).to_have_text("28", timeout=5000)
    assert "Holding" in timer.locator(".status").inner_text()
    timer.get_by_role("button", name="Pause").click()
    left = int(timer.locator(".count").inner_text())
    page.wait_for_timeout(1200)
    assert int(timer.locator(".count").inner_text()) == left  # paused means paused
    shot(page, "03-relief-timer")
    page.click("#let-go")
    assert "Saved to your journal" in page.locator("#logged").inner_text()
    page.get_by_role("link", name="See history").click()
    expect(page.locator("#history-chart")).to_have_attribute("data-rendered", "true")
    assert page.locator("#history-chart svg .episodes_marks path").count() == 1
    assert "calf" in page.locator("#episode-table").inner_text()
    shot(page, "04-history")
    assert page.problems == []


def test_red_flag_leads_to_the_emergency_screen(page) -> None:  # type: ignore[no-untyped-def]
    sign_up(page, f"flag-{page.width}")
    page.click("#cramping")
    page.locator('.muscle-list a[data-muscle="calf"]').click()
    page.get_by_label("Do you have any chest pain?").check()
    page.click("#continue")
    assert page.locator("#disposition").get_attribute("data-disposition") == "emergency"
    assert page.get_by_role("link", name="Call 112").is_visible()
    assert page.locator("#timer").count() == 0
    shot(page, "05-emergency")
    assert page.problems == []


def test_keyboard_reaches_the_skip_link_and_the_body_map(page) -> None:  # type: ignore[no-untyped-def]
    sign_up(page, f"keys-{page.width}")
    page.goto("/now")
    page.keyboard.press("Tab")
    expect(page.locator("a.skip")).to_be_focused()
    page.goto("/now/where?kind=twitch")
    calf = page.locator('svg a[data-muscle="calf"]')
    calf.focus()
    expect(calf).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url("**/now/check?kind=twitch&muscle=calf")
    assert page.locator("h1").inner_text().startswith("Calf twitch")
    assert page.problems == []


def test_log_import_export_and_report(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sign_up(page, f"log-{page.width}")
    page.goto("/log/workout")
    page.select_option("#f-activity", "running")
    page.fill("#f-duration_min", "60")
    page.fill("#f-mass_before_kg", "70.4")
    page.fill("#f-mass_after_kg", "69.5")
    page.fill("#f-fluid_ml", "600")
    shot(page, "06-log-workout")
    page.click("#save")
    assert page.locator("#saved").is_visible()
    page.goto("/transfer")
    page.set_input_files("#file", str(TCX))
    page.click("#import")
    expect(page.locator("#job-result")).to_be_visible(timeout=30_000)
    assert "1 workout" in page.locator("#job-result").inner_text()
    shot(page, "07-import")
    with page.expect_download() as download:
        page.click("#export")
    saved = tmp_path / "export.jsonl"
    download.value.save_as(saved)
    lines = [json.loads(line) for line in saved.read_text().splitlines()]
    assert sorted(line["type"] for line in lines) == ["body_mass", "body_mass", "fluid",
                                                      "workout", "workout"]
    page.goto("/history?period=all")
    expect(page.locator("#history-chart")).to_have_attribute("data-rendered", "true")
    page.goto("/report")
    assert page.get_by_role("button", name="Print or save as PDF").is_visible()
    shot(page, "08-report")
    page.emulate_media(media="print")  # the print stylesheet keeps only the report
    assert not page.locator("header.top").is_visible()
    assert not page.locator("#print").is_visible()
    assert page.locator("#report-h").is_visible()
    shot(page, "09-report-print")
    assert page.problems == []


def test_athlete_shares_and_the_coach_reads_the_roster(page, browser, server: str) -> None:  # type: ignore[no-untyped-def]
    coach_context = browser.new_context(viewport=VIEWPORTS[page.width], base_url=server)
    coach = coach_context.new_page()
    coach.width = page.width
    errors: list[str] = []
    coach.on("console", lambda m: m.type == "error" and errors.append(m.text))
    coach.on("response", lambda r: r.status >= 400 and errors.append(f"{r.status} {r.url}"))
    sign_up(coach, f"coach-{page.width}")
    athlete = f"ana-{page.width}"
    sign_up(page, athlete)
    page.click("#cramping")
    page.locator('.muscle-list a[data-muscle="calf"]').click()
    page.click("#continue")
    page.click("#let-go")
    assert "Saved to your journal" in page.locator("#logged").inner_text()
    page.goto("/account")
    page.get_by_label("Their username").fill(f"coach-{page.width}")
    page.get_by_role("button", name="Share my journal").click()
    expect(page.get_by_role("button", name=f"Stop sharing with coach-{page.width}")
           ).to_be_visible()

    coach.get_by_role("link", name="Athletes").click()
    row = coach.locator(f'#roster tr[data-athlete="{athlete}"]')
    expect(row).to_be_visible()
    assert "Manage at home" in row.inner_text() and "Calf" in row.inner_text()
    shot(coach, "10-athletes")
    row.get_by_role("link", name="Report").click()
    expect(coach.locator("#report-h")).to_be_visible()
    assert f"reading {athlete}'s journal" in coach.locator("main").inner_text()
    assert "cramp" in coach.locator("#report-episodes").inner_text()
    coach.go_back()
    coach.get_by_role("button", name=f"Remove {athlete}").click()
    expect(coach.locator(f'#roster tr[data-athlete="{athlete}"]')).to_have_count(0)
    coach_context.close()
    assert errors == [] and page.problems == []


def test_screenshots_are_kept_as_artefacts() -> None:
    if not SHOTS.exists():
        if os.environ.get("CI"):
            pytest.fail("the browser tests must save their screenshots in CI")
        pytest.skip("run with the other browser tests")
    shots = {p.name: p.read_bytes() for p in SHOTS.glob("*.png")}
    assert {"03-relief-timer-phone.png", "03-relief-timer-desktop.png"} <= set(shots)
    for name, data in shots.items():
        assert data.startswith(b"\x89PNG") and len(data) > 5000, name
