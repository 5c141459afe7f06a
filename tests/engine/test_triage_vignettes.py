"""Triage against vignettes written from authoritative sources (tests/engine/vignettes.toml).

The safety bar of spec/triage.md: every emergency and urgent vignette answered at that level or
above, and at least 90 % exact agreement overall. A confusion matrix is printed for review.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from crampwise.domain.triage import LEVELS, parse_triage_input, urgency
from crampwise.engine.triage import triage

VIGNETTES = tomllib.loads((Path(__file__).parent / "vignettes.toml").read_text("utf-8"))["vignette"]


def _run() -> list[tuple[dict, str]]:
    return [(v, triage(parse_triage_input(v["input"])).disposition) for v in VIGNETTES]


def test_vignette_set_is_broad_and_sourced():
    assert len(VIGNETTES) >= 80
    assert len({v["id"] for v in VIGNETTES}) == len(VIGNETTES)
    counts = Counter(v["expected"] for v in VIGNETTES)
    assert all(counts[level] >= 15 for level in LEVELS), counts
    for v in VIGNETTES:
        assert len(v["source"]) > 5 and len(v["why"]) > 10, v["id"]


def test_confusion_matrix_and_safety_bar():
    results = _run()
    matrix = Counter((v["expected"], got) for v, got in results)
    width = max(map(len, LEVELS)) + 2
    print("\nexpected \\ got".ljust(width + 6) + "".join(level.ljust(width) for level in LEVELS))
    for expected in LEVELS:
        row = "".join(str(matrix[(expected, got)]).ljust(width) for got in LEVELS)
        print(f"{expected.ljust(width + 5)}{row}")
    misses = [(v["id"], v["expected"], got) for v, got in results if got != v["expected"]]
    for miss in misses:
        print("mismatch:", *miss)

    under = [(v["id"], v["expected"], got) for v, got in results
             if v["expected"] in ("emergency", "urgent")
             and urgency(got) > urgency(v["expected"])]
    assert not under, f"under-triaged: {under}"
    agreement = sum(got == v["expected"] for v, got in results) / len(results)
    print(f"exact agreement {agreement:.1%} on {len(results)} vignettes")
    assert agreement >= 0.90


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[v["id"] for v in VIGNETTES])
def test_vignette_within_what_its_source_allows(vignette):
    got = triage(parse_triage_input(vignette["input"])).disposition
    allowed = {vignette["expected"], *vignette.get("acceptable", [])}
    # A level more cautious than the source only counts as a miss, never as unsafe; a less
    # urgent one is unsafe for urgent/emergency cases.
    if vignette["expected"] in ("emergency", "urgent"):
        assert urgency(got) <= urgency(vignette["expected"]), (got, vignette["why"])
    else:
        assert got in allowed or urgency(got) < urgency(vignette["expected"]), got
