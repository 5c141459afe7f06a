"""No page or asset refers to another host: crampwise must work offline on a home server.

Every page a signed-in person can reach is rendered with data in it; every URL in an attribute
(src, href, action, ...) and every CSS url() must be local. Static files (CSS, JS, SVG, the stretch
pictures) may not contain any absolute URL except the few inert strings listed below, which are
names rather than addresses and are never fetched.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from crampwise.knowledge.stretches import load_stretches
from crampwise.web.app import STATIC
from tests.web._helpers import csrf, signed_in_client

#: Absolute URLs that are identifiers, not resources (checked by exact string).
INERT = {
    "http://www.w3.org/2000/svg",  # XML namespace names
    "http://www.w3.org/1999/xlink",
    "http://www.w3.org/2000/xmlns/",
    "http://www.w3.org/1999/xhtml",
    "https://vega.github.io/schema/vega/v5.json",  # vega-lite stamps this $schema id on output
    "https://github.com/vega/vega-lite/issues/2415",  # inside a vega-lite warning message
}
ABSOLUTE = re.compile(r"""(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s"'`)<>\\]*""")
ATTRIBUTE = re.compile(
    r"""\b(?:src|href|action|formaction|poster|data|srcset|xlink:href|content)\s*=\s*["']([^"']*)["']""",
    re.I)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)""", re.I)

PAGES = ["/", "/now", "/now/where?kind=spasm", "/now/check?kind=spasm&muscle=calf", "/log",
         "/log/workout", "/log/episode", "/log/fluid", "/log/body_mass", "/log/sleep",
         "/log/meal", "/log/supplement", "/log/medication", "/history", "/history?period=all",
         "/insights", "/plan", "/plan?activity=running&duration_min=90", "/transfer",
         "/report", "/account", "/account/profile"]


def outside(text: str) -> list[str]:
    """Absolute URLs in a text that are not on the inert list."""
    return sorted({u for u in ABSOLUTE.findall(text) if u.split("#")[0] not in INERT
                   and not u.startswith("//#")})


def local(url: str) -> bool:
    url = url.strip()
    return not re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", url, re.I) or url.startswith("tel:")


@pytest.fixture
def client(sqlite_url: str) -> TestClient:
    client = signed_in_client(sqlite_url)
    token = csrf(client)
    client.post("/log/workout", data={"csrf_token": token, "time": "2026-06-14T07:00",
                                      "activity": "running", "duration_min": "45"})
    client.post("/log/episode", data={"csrf_token": token, "time": "2026-06-14T08:00",
                                      "kind": "spasm", "muscle": "calf"})
    return client


def test_pages_only_reference_this_server(client: TestClient) -> None:
    referenced: set[str] = set()
    html_pages = list(PAGES)
    result = client.get("/now/check?kind=spasm&muscle=calf")
    assert result.status_code == 200
    for page in html_pages:
        response = client.get(page)
        assert response.status_code == 200, page
        html = response.text
        for url in ATTRIBUTE.findall(html):
            if url.startswith(("http", "//")) or "://" in url:
                assert local(url), f"{page} refers to {url}"
            if url.startswith("/static/") or url.startswith("/stretches/"):
                referenced.add(url.split("?")[0])
        assert outside(html) == [], page
    for url in sorted(referenced):  # every referenced asset exists and is itself clean
        asset = client.get(url)
        assert asset.status_code == 200, url
        assert outside(asset.text) == [], url


def test_static_files_and_pictures_have_no_outside_urls() -> None:
    checked = 0
    for path in sorted(STATIC.rglob("*")):
        if path.suffix not in (".css", ".js", ".svg", ".html"):
            continue
        text = path.read_text("utf-8")
        assert outside(text) == [], path.name
        if path.suffix == ".css":
            assert all(local(u) for u in CSS_URL.findall(text)), path.name
        checked += 1
    assert checked >= 6
    templates = Path(STATIC).parent / "templates"
    for path in templates.rglob("*.*"):
        assert outside(path.read_text("utf-8")) == [], path.name
    from crampwise.knowledge.stretches import svg_text

    for stretch in load_stretches().values():
        assert outside(svg_text(stretch.image)) == [], stretch.image


def test_the_checker_catches_an_outside_reference() -> None:
    assert outside('<script src="https://cdn.example.com/x.js"></script>') == [
        "https://cdn.example.com/x.js"]
    assert outside("@import url(//fonts.example.org/css)") == ["//fonts.example.org/css"]
    assert not local("https://cdn.example.com/htmx.js")
    assert local("/static/app.css") and local("tel:112")
