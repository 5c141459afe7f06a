"""Stretches: one per muscle, holds within 15-30 s, and pictures that are valid, self-contained,
accessible SVG files which really render to a figure (rasterised in headless Chromium)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from lxml import etree
from pydantic import ValidationError

from crampwise.domain.vocabulary import MUSCLES
from crampwise.knowledge.base import read_toml
from crampwise.knowledge.stretches import HOLD_MAX_S, HOLD_MIN_S, Stretch, load_stretches, svg_text

SVG_NS = "{http://www.w3.org/2000/svg}"
PICTURES = Path(__file__).resolve().parents[2] / "crampwise" / "knowledge" / "data" / "stretches"
CHROMIUM = Path("/usr/bin/chromium")
STRETCHES = load_stretches()


def test_every_muscle_has_exactly_one_stretch() -> None:
    assert list(STRETCHES) == list(MUSCLES)
    assert len({s.id for s in STRETCHES.values()}) == len(MUSCLES)
    assert len(read_toml("stretches.toml")["stretch"]) == len(MUSCLES)


@pytest.mark.parametrize("muscle", MUSCLES)
def test_stretch_is_static_and_held_15_to_30_seconds(muscle: str) -> None:
    stretch = STRETCHES[muscle]
    low, high = stretch.hold_s
    assert HOLD_MIN_S == 15 and HOLD_MAX_S == 30
    assert 15 <= low <= high <= 30
    assert stretch.no_bouncing is True
    assert 1 <= stretch.repeat <= 5
    assert len(stretch.steps) >= 2 and all(len(s) > 15 for s in stretch.steps)
    assert stretch.references


def test_hold_outside_15_to_30_is_rejected() -> None:
    raw = dict(read_toml("stretches.toml")["stretch"][0])
    for bad in ([10, 30], [15, 45], [30, 15]):
        with pytest.raises(ValidationError, match="hold_s"):
            Stretch.model_validate({**raw, "hold_s": bad})
    with pytest.raises(ValidationError):
        Stretch.model_validate({**raw, "no_bouncing": False})
    with pytest.raises(ValidationError, match="unknown muscle"):
        Stretch.model_validate({**raw, "muscle": "elbow"})


def test_the_articles_examples_are_there() -> None:
    calf = STRETCHES["calf"]
    assert "wall" in calf.title.lower()
    assert any("opposite" in s for s in STRETCHES["fingers"].steps)
    face_words = " ".join(STRETCHES["eyelid"].steps + STRETCHES["face"].steps).lower()
    assert "blink" in face_words and "jaw" in face_words


def test_every_picture_file_belongs_to_a_stretch() -> None:
    on_disk = sorted(p.name for p in PICTURES.glob("*.svg"))
    assert on_disk == sorted(s.image for s in STRETCHES.values())


@pytest.mark.parametrize("muscle", MUSCLES)
def test_picture_is_accessible_self_contained_svg(muscle: str) -> None:
    stretch = STRETCHES[muscle]
    text = svg_text(stretch.image)
    root = etree.fromstring(text.encode("utf-8"))
    assert root.tag == f"{SVG_NS}svg"
    box = [float(v) for v in root.get("viewBox", "").split()]
    assert len(box) == 4 and box[2] > 0 and box[3] > 0
    title, desc = root.find(f"{SVG_NS}title"), root.find(f"{SVG_NS}desc")
    assert title is not None and title.text == stretch.title
    assert desc is not None and desc.text == stretch.image_alt
    for element in root.iter():
        tag = etree.QName(element).localname
        assert tag not in {"script", "image", "foreignObject", "use", "style"}, tag
        for name, value in element.attrib.items():
            assert not etree.QName(name).localname.startswith("on"), name
            if etree.QName(name).localname == "href":
                assert value.startswith("#"), value
            for ref in re.findall(r"url\(([^)]*)\)", value):
                assert ref.startswith("#"), ref
    assert "http://" not in text.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in text


def test_svg_text_refuses_unknown_names() -> None:
    with pytest.raises(KeyError):
        svg_text("../stretches.toml")


# Colours the pictures use for the highlighted muscle and the arrow (scripts/draw_stretches.py).
_RASTER_JS = """
async (svg) => {
  const img = new Image();
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  await img.decode();
  const c = document.createElement('canvas');
  c.width = 240; c.height = 200;
  const g = c.getContext('2d');
  g.fillStyle = '#fff'; g.fillRect(0, 0, 240, 200);
  g.drawImage(img, 0, 0, 240, 200);
  const d = g.getImageData(0, 0, 240, 200).data;
  let ink = 0, red = 0, blue = 0, dark = 0, minX = 240, maxX = 0, minY = 200, maxY = 0;
  for (let i = 0; i < d.length; i += 4) {
    const [r, gg, b] = [d[i], d[i + 1], d[i + 2]];
    if (r > 235 && gg > 235 && b > 235) continue;
    ink++;
    if (r < 90 && gg < 90 && b < 110) {  // the figure's outline colour: where the body is
      dark++;
      const x = (i / 4) % 240, y = Math.floor(i / 4 / 240);
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
    if (r > 180 && gg < 90 && b < 90) red++;
    if (b > 180 && r < 90 && gg < 150) blue++;
  }
  return {ink, red, blue, dark, width: maxX - minX, height: maxY - minY};
}
"""


@pytest.fixture(scope="module")
def chromium_page():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Debian chromium must be installed for the browser tests in CI")
        pytest.skip("no /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        page.set_content("<html><body></body></html>")
        yield page
        browser.close()


@pytest.mark.browser
def test_every_picture_renders_a_figure_with_muscle_and_arrow(chromium_page) -> None:  # type: ignore[no-untyped-def]
    for muscle in MUSCLES:
        stats = chromium_page.evaluate(_RASTER_JS, svg_text(STRETCHES[muscle].image))
        area = 240 * 200
        assert 0.03 * area < stats["ink"] < 0.6 * area, (muscle, stats)
        # The body spans a real part of the picture (a lying figure is long, a standing one tall).
        assert stats["dark"] > 1000, (muscle, stats)
        assert max(stats["width"], stats["height"]) > 80, (muscle, stats)
        assert min(stats["width"], stats["height"]) > 25, (muscle, stats)
        assert stats["red"] > 40, (muscle, "target muscle not visible", stats)
        assert stats["blue"] > 20, (muscle, "direction arrow not visible", stats)


@pytest.mark.browser
def test_blank_or_broken_svg_is_caught_by_the_raster_check(chromium_page) -> None:  # type: ignore[no-untyped-def]
    blank = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 200">'
             '<rect width="240" height="200" fill="#fff"/></svg>')
    stats = chromium_page.evaluate(_RASTER_JS, blank)
    assert stats["ink"] == 0 and stats["red"] == 0 and stats["dark"] == 0


def test_committed_pictures_match_the_generator(tmp_path: Path) -> None:
    """The SVGs are generated from the skeleton and stretches.toml; a hand edit or a changed title
    without regenerating would make them drift apart."""
    import runpy

    script = PICTURES.parents[3] / "scripts" / "draw_stretches.py"
    runpy.run_path(str(script), run_name="draw")["main"](tmp_path)
    for stretch in STRETCHES.values():
        assert (tmp_path / stretch.image).read_text("utf-8") == svg_text(stretch.image), \
            f"{stretch.image} is stale: run scripts/draw_stretches.py"
