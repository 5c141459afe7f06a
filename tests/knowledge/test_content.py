"""Every knowledge file of crampwise's own content validates, is graded and is complete."""

from __future__ import annotations

import re

import pytest

from crampwise.domain.vocabulary import CAUSES
from crampwise.knowledge.base import Grade, Graded
from crampwise.knowledge.content import (
    STRATEGIES,
    load_causes,
    load_prevention,
    load_twitch_vs_spasm,
)
from crampwise.knowledge.intakes import load_intakes, reference_intake
from crampwise.knowledge.red_flags import load_questions, load_red_flags


def _graded_items() -> list[Graded]:
    items: list[Graded] = [*load_causes().values(), load_twitch_vs_spasm(),
                           *load_twitch_vs_spasm().concerns, *load_red_flags().rule,
                           *load_intakes().values()]
    for strategy in load_prevention().values():
        items += [strategy, *strategy.actions]
    return items


def test_every_item_has_a_grade_and_a_reference():
    items = _graded_items()
    assert len(items) > 80
    for item in items:
        assert isinstance(item.grade, Grade), item.id
        assert item.references and all(len(r.source) > 5 for r in item.references), item.id


def test_all_ten_causes_with_mechanism_signs_and_address():
    causes = load_causes()
    assert tuple(causes) == CAUSES and len(causes) == 10
    for cause in causes.values():
        assert cause.signs_in_data and cause.address and cause.mechanism
    # Where research disagrees with the article, the file says so and grades the claim.
    assert causes["dehydration"].article_claim_grade == Grade.NOT_SUPPORTED
    assert causes["electrolyte_loss"].article_claim_grade == Grade.NOT_SUPPORTED
    assert "not" in causes["dehydration"].research_disagrees.lower()
    assert causes["muscle_fatigue"].grade in (Grade.MODERATE, Grade.HIGH)


def test_all_seven_prevention_strategies_with_graded_actions():
    strategies = load_prevention()
    assert tuple(strategies) == STRATEGIES
    for strategy in strategies.values():
        assert len(strategy.actions) >= 2
        assert len({a.id for a in strategy.actions}) == len(strategy.actions)
    assert "untested" in strategies["warm_up_cool_down"].evidence.lower() \
        or "no study" in strategies["warm_up_cool_down"].evidence.lower()
    # The evidence against routine magnesium is graded high (Cochrane 2020).
    actions = {a.id: a for a in strategies["balanced_nutrition"].actions}
    assert actions["no_routine_supplements"].grade == Grade.HIGH


def test_twitch_vs_spasm_covers_the_article_differences():
    content = load_twitch_vs_spasm()
    aspects = {d.aspect for d in content.differences}
    assert {"size", "force", "pain", "duration", "visibility"} <= aspects
    assert any(c.kind == "twitch" and c.disposition != "self_care" for c in content.concerns)


def test_red_flag_questions_fill_real_input_keys():
    from crampwise.domain.triage import TriageInput
    from crampwise.domain.vocabulary import FLAGS

    for q in load_questions():
        if q.key.startswith("flags."):
            assert q.key.removeprefix("flags.") in FLAGS
        else:
            assert q.key in TriageInput.model_fields


def test_no_quinine_or_banana_cure_advice():
    texts = [a.text for s in load_prevention().values() for a in s.actions]
    texts += [c.address for c in load_causes().values()]
    texts += [r.advice for r in load_red_flags().rule]
    for text in texts:
        assert not re.search(r"take quinine|bananas? (stop|cure|prevent)", text, re.I), text


# Hand-checked against research/evidence.md §5.1-5.5.
@pytest.mark.parametrize(("nutrient", "age", "sex", "pregnant", "amount", "upper"), [
    ("magnesium", 25, "male", False, 400, 350),
    ("magnesium", 45, "male", False, 420, 350),
    ("magnesium", 19, "female", False, 310, 350),
    ("magnesium", 31, "female", False, 320, 350),
    ("magnesium", 28, "female", True, 350, 350),
    ("magnesium", 35, "female", True, 360, 350),
    ("magnesium", 30, "other", False, 400, 350),
    ("potassium", 40, "male", False, 3400, None),
    ("potassium", 40, "female", False, 2600, None),
    ("potassium", 30, "female", True, 2900, None),
    ("potassium", 60, "other", False, 3400, None),
    ("calcium", 30, "male", False, 1000, 2500),
    ("calcium", 50, "female", False, 1000, 2500),
    ("calcium", 60, "male", False, 1000, 2000),
    ("calcium", 60, "female", False, 1200, 2000),
    ("calcium", 75, "male", False, 1200, 2000),
    ("calcium", 55, "other", False, 1200, 2000),
    ("sodium", 35, "female", False, 1500, 2300),
    ("water", 35, "male", False, 3700, None),
    ("water", 35, "female", False, 2700, None),
    ("water", 32, "female", True, 3000, None),
    # teenagers (IOM 1997 and 2011, NASEM 2019, IOM 2005: the 14-18 bands)
    ("magnesium", 16, "male", False, 410, 350),
    ("magnesium", 15, "female", False, 360, 350),
    ("magnesium", 17, "female", True, 400, 350),
    ("potassium", 16, "male", False, 3000, None),
    ("potassium", 14, "female", False, 2300, None),
    ("potassium", 18, "other", False, 3000, None),
    ("calcium", 15, "male", False, 1300, 3000),
    ("calcium", 18, "female", False, 1300, 3000),
    ("sodium", 16, "male", False, 1500, 2300),
    ("water", 16, "male", False, 3300, None),
    ("water", 16, "female", False, 2300, None),
    ("calcium", 19, "male", False, 1000, 2500),
    # children 9-13 (the same reports' bands; NASEM 2019 for sodium and potassium)
    ("magnesium", 11, "male", False, 240, 350),
    ("magnesium", 9, "female", False, 240, 350),
    ("potassium", 12, "male", False, 2500, None),
    ("potassium", 13, "female", False, 2300, None),
    ("potassium", 10, "other", False, 2500, None),
    ("calcium", 10, "female", False, 1300, 3000),
    ("sodium", 12, "male", False, 1200, 1800),
    ("sodium", 14, "male", False, 1500, 2300),
    ("water", 11, "male", False, 2400, None),
    ("water", 13, "female", False, 2100, None),
])
def test_reference_intakes_match_evidence(nutrient, age, sex, pregnant, amount, upper):
    intake = reference_intake(nutrient, age, sex, pregnant=pregnant)
    assert intake.rda_or_ai_mg == amount
    assert intake.upper_limit_mg == upper


def test_intake_kinds_units_and_scopes():
    assert reference_intake("magnesium", 40, "male").kind == "RDA"
    assert reference_intake("potassium", 40, "male").kind == "AI"
    assert reference_intake("water", 40, "male").unit == "mL"
    assert "supplement" in (reference_intake("magnesium", 40, "male").upper_limit_scope or "")


@pytest.mark.parametrize(("args", "message"), [
    (("iron", 30, "male"), "unknown nutrient"),
    (("magnesium", 8, "male"), "ages 9-120"),
    (("magnesium", 13, "female", True), "no pregnancy reference intakes under 14"),
    (("magnesium", 30, "x"), "unknown sex"),
    (("magnesium", 30, "male", True), "pregnant"),
])
def test_intake_lookup_errors(args, message):
    with pytest.raises(ValueError, match=message):
        reference_intake(*args)
