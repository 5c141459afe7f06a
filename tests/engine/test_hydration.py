"""Hydration arithmetic vs worked examples (ACSM 2007, evidence.md §4.1-4.2; NWS heat index)."""

from __future__ import annotations

import pytest

from crampwise.engine import hydration as h


def test_sweat_rate_worked_example_from_journal_spec() -> None:
    # journal.md example: 61.4 kg before, 59.6 kg after a 105-min run, 250 ml drunk, no urine.
    # ACSM formula by hand: (61.4 - 59.6 + 0.250 - 0) L / 1.75 h = 2.05 / 1.75 = 1.1714 L/h.
    assert h.sweat_rate_l_per_h(61.4, 59.6, 250, 0, 105) == pytest.approx(1.1714, abs=1e-4)


def test_sweat_rate_subtracts_urine() -> None:
    # 70.0 -> 69.0 kg, 1.0 L drunk, 0.3 L urine, 90 min: (1.0 + 1.0 - 0.3) / 1.5 = 1.1333 L/h.
    assert h.sweat_rate_l_per_h(70.0, 69.0, 1000, 300, 90) == pytest.approx(1.1333, abs=1e-4)


def test_sweat_rate_rejects_zero_duration() -> None:
    with pytest.raises(ValueError, match="duration_min"):
        h.sweat_rate_l_per_h(70, 69, 0, 0, 0)


def test_body_mass_loss_pct_matches_acsm_two_percent_line() -> None:
    # 61.4 -> 59.6 kg is 1.8 / 61.4 = 2.93 %, above the ACSM ~2 % line.
    assert h.body_mass_loss_pct(61.4, 59.6) == pytest.approx(2.9316, abs=1e-4)
    assert h.body_mass_loss_pct(70, 70.7) == pytest.approx(-1.0)


def test_sweat_sodium_default_is_acsm_average() -> None:
    # ACSM: ~35 mmol/L x 23 mg/mmol = 805 mg/L ("~800 mg/L", evidence.md §4.2).
    assert round(h.SWEAT_SODIUM_MG_PER_L) == 805
    assert h.sweat_sodium_loss_mg(2.0) == pytest.approx(1610)
    assert h.sweat_sodium_loss_range_mg(1.0) == pytest.approx((230, 1610))


def test_sweat_sodium_matches_football_hourly_loss() -> None:
    # evidence.md §4.2: ~56 mmol/h (~1,290 mg) in American football; 1 L/h of sweat at 56 mmol/L.
    assert h.sweat_sodium_loss_mg(1.0, 56 * h.SODIUM_MG_PER_MMOL) == pytest.approx(1288)


def test_sweat_sodium_matches_stofan_cramp_prone_projection() -> None:
    # Stofan 2005 (evidence.md §2.2): ~55 mmol/L, ~5.1 g over a 2.5-h practice, which implies
    # ~4.0 L of sweat (1.6 L/h, in the football range of §4.1): 4.0 x 55 x 23 = 5,060 mg.
    assert h.sweat_sodium_loss_mg(4.0, 55 * 23) == pytest.approx(5060)
    assert h.sweat_sodium_loss_mg(4.0, 55 * 23) == pytest.approx(5100, rel=0.02)


def test_fluid_balance_deficits() -> None:
    bal = h.fluid_balance(sweat_l=2.0, fluid_ml=500, sodium_in_mg=230)
    assert bal.net_fluid_l == pytest.approx(-1.5)
    assert bal.sodium_lost_mg == pytest.approx(1610)
    assert bal.net_sodium_mg == pytest.approx(-1380)
    assert bal.replaced_fluid_pct == pytest.approx(25)
    assert h.rehydration_ml(1.2) == pytest.approx(1800)


@pytest.mark.parametrize(("temp_f", "rh", "table_f"), [
    # NWS heat index chart (weather.gov): 90 degF/70 % -> 106; 96 degF/65 % -> 121;
    # 84 degF/40 % -> 84; 100 degF/40 % -> 109.
    (90, 70, 106), (96, 65, 121), (84, 40, 84), (100, 40, 109),
])
def test_heat_index_matches_nws_chart(temp_f: float, rh: float, table_f: float) -> None:
    assert h.heat_index_f(temp_f, rh) == pytest.approx(table_f, abs=1.0)


def test_heat_index_celsius_and_cool_air() -> None:
    # 32.2 degC (90 degF) at 70 % -> ~106 degF = 41.1 degC.
    assert h.heat_index_c(32.2222, 70) == pytest.approx(41.1, abs=0.6)
    # Cool air: the simple formula, close to the air temperature.
    assert h.heat_index_c(15, 50) == pytest.approx(14.4, abs=0.6)
    assert h.heat_index_c(25, None) == 25
