"""The confidence behind every data-driven cause, on contrasts taken from real blind journals."""

from __future__ import annotations

import pytest

from crampwise.engine.contrast import BELOW_MIN_CAP, MIN_LIKELY_EXPOSED, Contrast, RateContrast


@pytest.mark.parametrize("counts", [(3, 3, 7, 40), (3, 4, 1, 17), (2, 3, 17, 87)])
def test_a_link_seen_before_fewer_than_four_episodes_is_never_likely(
        counts: tuple[int, int, int, int]) -> None:
    # chance findings of blind null journals: 3 of 3 sessions vs 7 of 40, 3 of 4 vs 1 of 17, ...
    con = Contrast(*counts)
    assert con.a < MIN_LIKELY_EXPOSED
    assert 0 < con.confidence <= BELOW_MIN_CAP < 0.5


@pytest.mark.parametrize("counts", [(5, 9, 16, 143), (4, 7, 15, 106), (7, 9, 10, 65)])
def test_planted_links_with_four_or_more_episodes_read_likely(
        counts: tuple[int, int, int, int]) -> None:
    # planted causes of blind journals: 5 of 9 sessions lost > 2 % vs 16 of 143, ...
    assert Contrast(*counts).confidence >= 0.5


def test_no_difference_or_too_few_units_gives_no_confidence() -> None:
    assert Contrast(5, 20, 25, 100).confidence < 0.1  # 25 % vs 25 %
    assert Contrast(2, 2, 0, 3).confidence == 0.0  # fewer than 5 other units: not comparable
    assert Contrast(0, 10, 5, 50).confidence == 0.0


def test_rate_after_a_medicine_start() -> None:
    # 2 episodes in 41 days before, 10 in 80 days after: 2.4 times the rate
    assert RateContrast(2, 41, 10, 80).confidence > 0.5
    # a steady rate says nothing for the medicine
    assert RateContrast(10, 100, 11, 100).confidence < 0.25
    # two weeks on each side are needed
    assert not RateContrast(0, 10, 8, 100).enough
