"""Training-load arithmetic hand-checked against the published definitions (evidence.md §4.6)."""

from __future__ import annotations

import datetime as dt

import pytest

from crampwise.engine import load as ld

D0 = dt.date(2026, 3, 1)


def test_session_rpe_load_foster() -> None:
    # Foster 2001: CR-10 session RPE x minutes; a "hard" (5) 60-min session = 300 AU.
    assert ld.session_load(5, 60) == 300
    assert ld.session_load(7, 105) == 735
    with pytest.raises(ValueError, match="CR-10"):
        ld.session_load(11, 30)


def _weeks(*weekly: float) -> dict[dt.date, float]:
    """One session per week on the first day of each week, oldest first."""
    return {D0 + dt.timedelta(days=7 * i): load for i, load in enumerate(weekly)}


def test_acwr_rolling_average_coupled() -> None:
    # Weekly loads 1000, 1000, 1000, then 1500 (Gabbett 2016's rolling-average form):
    # acute = 1500; chronic = (1000 + 1000 + 1000 + 1500) / 4 = 1125; ratio = 1.333.
    days = _weeks(1000, 1000, 1000, 1500)
    last = D0 + dt.timedelta(days=27)
    assert ld.acute_load(days, last) == 1500
    assert ld.chronic_load(days, last) == 1125
    assert ld.acwr_on(days, last) == pytest.approx(1.3333, abs=1e-4)
    # Uncoupled (Lolli 2019): chronic from the three weeks before = 1000; ratio 1.5.
    assert ld.acwr_on(days, last, uncoupled=True) == pytest.approx(1.5)


def test_acwr_undefined_without_chronic_load() -> None:
    assert ld.acwr(500, 0) is None


def test_monotony_and_strain_foster() -> None:
    # Week of daily loads 300, 0, 450, 0, 600, 200, 0 (sum 1550):
    # mean = 221.43; population SD = sqrt(mean of squares - mean^2)
    # = sqrt((90000 + 202500 + 360000 + 40000) / 7 - 221.43^2) = sqrt(98928.6 - 49030.6) = 223.38
    # monotony = 221.43 / 223.38 = 0.9913; strain = 1550 x 0.9913 = 1536.5.
    week = [300, 0, 450, 0, 600, 200, 0]
    assert ld.monotony(week) == pytest.approx(0.9913, abs=1e-3)
    assert ld.strain(week) == pytest.approx(1536.5, abs=1.0)
    assert ld.monotony([100] * 7) is None


def test_load_series_matches_direct_formulas() -> None:
    days = {D0 + dt.timedelta(days=i): float((i * 37) % 500) for i in range(0, 60, 2)}
    series = ld.LoadSeries(days)
    for offset in (0, 5, 27, 40, 59):
        day = D0 + dt.timedelta(days=offset)
        state = series.on(day)
        assert state.acute == pytest.approx(ld.acute_load(days, day))
        assert state.chronic == pytest.approx(ld.chronic_load(days, day))
        week = [days.get(day - dt.timedelta(days=k), 0.0) for k in range(7)]
        expected = ld.monotony(week)
        if expected is None:
            assert state.monotony is None
        else:
            assert state.monotony == pytest.approx(expected)
    assert series.on(D0 - dt.timedelta(days=3)).acute == 0
