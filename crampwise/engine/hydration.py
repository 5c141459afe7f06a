"""Fluid and sodium arithmetic around a workout: sweat rate, body-mass loss, sweat sodium, heat.

Every formula here is a published one, named where it is defined, so that plan, prepare and
analyze all compute the same numbers:

- Sweat rate and the 2 % body-mass threshold: ACSM position stand on exercise and fluid
  replacement (Sawka et al. 2007; evidence.md §4.1). 1 kg of mass lost ~ 1 L of sweat.
- Sweat sodium concentration: ACSM average ~35 mmol/L, range ~10-70 mmol/L (evidence.md §4.2;
  Baker et al. 2016, Barnes et al. 2019). 1 mmol sodium = 23 mg (the atomic mass of sodium).
- Heat index: the US National Weather Service regression of Rothfusz (1990), "The heat index
  equation", NWS Technical Attachment SR 90-23, with the NWS low-humidity and high-humidity
  adjustments and the simple Steadman formula below 80 degF, as published on the NWS Weather
  Prediction Center page "The Heat Index Equation".

Pure functions: numbers in, numbers out; no I/O.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SODIUM_MG_PER_MMOL = 23.0
SWEAT_SODIUM_MMOL_PER_L = 35.0
"""ACSM average whole-body sweat sodium (evidence.md §4.2)."""
SWEAT_SODIUM_RANGE_MMOL_PER_L = (10.0, 70.0)
"""ACSM typical range between people (evidence.md §4.2)."""
SWEAT_SODIUM_MG_PER_L = SWEAT_SODIUM_MMOL_PER_L * SODIUM_MG_PER_MMOL  # 805 mg/L
SWEAT_SODIUM_RANGE_MG_PER_L = (SWEAT_SODIUM_RANGE_MMOL_PER_L[0] * SODIUM_MG_PER_MMOL,
                               SWEAT_SODIUM_RANGE_MMOL_PER_L[1] * SODIUM_MG_PER_MMOL)
BODY_MASS_LOSS_LIMIT_PCT = 2.0
"""ACSM: drink to avoid losing more than ~2 % of body mass (evidence.md §4.1)."""
REHYDRATION_L_PER_KG = 1.5
"""ACSM: after exercise replace ~1.5 L for each kg lost (evidence.md §4.1)."""
POPULATION_SWEAT_RATE_L_PER_H = 1.0
"""A mid-range population figure (ACSM: ~0.3 to over 2 L/h; endurance ~1.3, team sports ~0.9-1.0);
only used, with a warning, when a person has no sweat test."""


def sweat_rate_l_per_h(pre_kg: float, post_kg: float, fluid_ml: float = 0.0,
                       urine_ml: float = 0.0, duration_min: float = 60.0) -> float:
    """Sweat rate (L/h) = (pre − post [kg] + fluid drunk [L] − urine [L]) / time [h] (ACSM 2007)."""
    if duration_min <= 0:
        raise ValueError(f"duration_min must be > 0, got {duration_min}")
    sweat_l = sweat_loss_l(pre_kg, post_kg, fluid_ml, urine_ml)
    return sweat_l / (duration_min / 60.0)


def sweat_loss_l(pre_kg: float, post_kg: float, fluid_ml: float = 0.0,
                 urine_ml: float = 0.0) -> float:
    """Sweat lost over a session in litres (1 kg ~ 1 L), never below zero."""
    return max(0.0, (pre_kg - post_kg) + fluid_ml / 1000.0 - urine_ml / 1000.0)


def body_mass_loss_pct(pre_kg: float, post_kg: float) -> float:
    """Body mass lost over a session as % of the mass before it (negative: mass gained)."""
    if pre_kg <= 0:
        raise ValueError(f"pre_kg must be > 0, got {pre_kg}")
    return (pre_kg - post_kg) / pre_kg * 100.0


def sweat_sodium_mg_per_l(measured_mmol_l: float | None) -> float:
    """The person's sweat sodium (mg/L): their measured value, else the ACSM average.

    Sweat sodium varies several-fold between people and little within a person (evidence.md
    §4.2), so one measurement serves every later estimate.
    """
    if measured_mmol_l is None:
        return SWEAT_SODIUM_MG_PER_L
    return measured_mmol_l * SODIUM_MG_PER_MMOL


def sweat_sodium_loss_mg(sweat_l: float,
                         sodium_mg_per_l: float = SWEAT_SODIUM_MG_PER_L) -> float:
    """Sodium lost in ``sweat_l`` litres of sweat (default: ACSM average 35 mmol/L = 805 mg/L)."""
    return max(0.0, sweat_l) * sodium_mg_per_l


def sweat_sodium_loss_range_mg(sweat_l: float) -> tuple[float, float]:
    """The low and high sodium loss for the ACSM range of sweat sodium (10-70 mmol/L)."""
    low, high = SWEAT_SODIUM_RANGE_MG_PER_L
    return sweat_sodium_loss_mg(sweat_l, low), sweat_sodium_loss_mg(sweat_l, high)


def rehydration_ml(mass_lost_kg: float) -> float:
    """Fluid to drink after exercise: ~1.5 L per kg lost (ACSM 2007), 0 when nothing was lost."""
    return max(0.0, mass_lost_kg) * REHYDRATION_L_PER_KG * 1000.0


@dataclass(frozen=True)
class FluidBalance:
    """Water and sodium in and out over one session."""

    sweat_l: float
    fluid_l: float
    net_fluid_l: float
    """Drunk minus sweated: negative is a deficit."""
    sodium_lost_mg: float
    sodium_in_mg: float
    net_sodium_mg: float
    """Taken in minus lost: negative is a deficit."""
    replaced_fluid_pct: float | None
    replaced_sodium_pct: float | None


def fluid_balance(sweat_l: float, fluid_ml: float, sodium_in_mg: float,
                  sodium_mg_per_l: float = SWEAT_SODIUM_MG_PER_L) -> FluidBalance:
    """Fluid and sodium balance of a session from sweat volume and what was drunk/eaten."""
    lost_na = sweat_sodium_loss_mg(sweat_l, sodium_mg_per_l)
    fluid_l = fluid_ml / 1000.0
    return FluidBalance(
        sweat_l=sweat_l, fluid_l=fluid_l, net_fluid_l=fluid_l - sweat_l,
        sodium_lost_mg=lost_na, sodium_in_mg=sodium_in_mg, net_sodium_mg=sodium_in_mg - lost_na,
        replaced_fluid_pct=fluid_l / sweat_l * 100.0 if sweat_l > 0 else None,
        replaced_sodium_pct=sodium_in_mg / lost_na * 100.0 if lost_na > 0 else None,
    )


def _c_to_f(temp_c: float) -> float:
    return temp_c * 9.0 / 5.0 + 32.0


def _f_to_c(temp_f: float) -> float:
    return (temp_f - 32.0) * 5.0 / 9.0


def heat_index_f(temp_f: float, humidity_pct: float) -> float:
    """NWS heat index (degF): Steadman's simple formula, or Rothfusz's regression from 80 degF."""
    t, rh = temp_f, humidity_pct
    simple = 0.5 * (t + 61.0 + (t - 68.0) * 1.2 + rh * 0.094)
    if (simple + t) / 2.0 < 80.0:
        return simple
    hi = (-42.379 + 2.04901523 * t + 10.14333127 * rh - 0.22475541 * t * rh
          - 0.00683783 * t * t - 0.05481717 * rh * rh + 0.00122874 * t * t * rh
          + 0.00085282 * t * rh * rh - 0.00000199 * t * t * rh * rh)
    if rh < 13.0 and 80.0 <= t <= 112.0:
        hi -= (13.0 - rh) / 4.0 * math.sqrt((17.0 - abs(t - 95.0)) / 17.0)
    elif rh > 85.0 and 80.0 <= t <= 87.0:
        hi += (rh - 85.0) / 10.0 * (87.0 - t) / 5.0
    return hi


def heat_index_c(temp_c: float, humidity_pct: float | None) -> float:
    """NWS heat index in degC; without humidity the air temperature itself."""
    if humidity_pct is None:
        return temp_c
    return _f_to_c(heat_index_f(_c_to_f(temp_c), humidity_pct))


HEAT_INDEX_CAUTION_C = _f_to_c(80.0)
"""NWS "caution" category starts at a heat index of 80 degF (26.7 degC)."""
HEAT_INDEX_EXTREME_CAUTION_C = _f_to_c(90.0)
"""NWS "extreme caution" starts at 90 degF (32.2 degC)."""
HEAT_INDEX_DANGER_C = _f_to_c(103.0)
"""NWS "danger" starts at 103 degF (39.4 degC)."""
