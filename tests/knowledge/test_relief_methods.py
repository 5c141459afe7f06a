"""Relief methods: the article's five plus the evidence-based extras, each graded and referenced,
with what the research says where it disagrees with the article."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from crampwise.domain.vocabulary import RELIEF_METHODS
from crampwise.knowledge.base import Grade, read_toml
from crampwise.knowledge.relief_methods import ReliefMethod, load_relief_methods, methods_for

METHODS = load_relief_methods()


def _text(method: ReliefMethod) -> str:
    return " ".join([method.title, method.summary, *method.instructions, *method.cautions,
                     method.evidence_says, *method.tools, *method.options, *method.foods]).lower()


def test_the_articles_five_methods_are_present_with_their_details() -> None:
    for key in ("stretching", "massage", "heat", "rehydration", "magnesium"):
        assert key in METHODS
    assert "15 to 30 seconds" in _text(METHODS["stretching"])
    assert "bounce" in _text(METHODS["stretching"])
    massage = _text(METHODS["massage"])
    for word in ("circles", "moderate pressure", "whole", "foam roller", "massage ball",
                 "rolling pin"):
        assert word in massage, word
    heat = _text(METHODS["heat"])
    for word in ("warm", "towel", "heating pad", "bath", "swollen", "red", "hot", "injured",
                 "after exercise"):
        assert word in heat, word
    drinks = _text(METHODS["rehydration"])
    for word in ("water", "electrolyte drink", "coconut water", "sports drink",
                 "oral rehydration solution"):
        assert word in drinks, word
    magnesium = METHODS["magnesium"]
    assert {"spinach", "almonds", "dark chocolate"} <= set(magnesium.foods)


def test_magnesium_says_what_the_evidence_says() -> None:
    magnesium = METHODS["magnesium"]
    assert magnesium.supplement_upper_limit_mg_per_day == 350
    assert "350 mg" in _text(magnesium)
    assert "cochrane" in magnesium.evidence_says.lower()
    assert "older adults" in magnesium.evidence_says
    assert "pregnancy" in magnesium.evidence_says and "unclear" in magnesium.evidence_says
    assert magnesium.article_says  # we record the claim we disagree with
    assert magnesium.role == "not_recommended"
    assert magnesium.grade is Grade.NOT_SUPPORTED


def test_extras_beyond_the_article() -> None:
    assert METHODS["antagonist_contraction"].method == "stretching"
    assert METHODS["walking_it_off"].method == "walking_it_off"
    assert METHODS["cold"].method == "cold"
    pickle = METHODS["pickle_juice"]
    assert pickle.grade in (Grade.LOW, Grade.VERY_LOW)
    assert pickle.role == "optional"
    quinine = METHODS["quinine"]
    assert quinine.grade is Grade.NOT_SUPPORTED and quinine.role == "not_recommended"


def test_rehydration_is_honest_about_a_cramp_in_progress() -> None:
    rehydration = METHODS["rehydration"]
    assert rehydration.role == "after"
    assert "does not end a cramp in progress" in rehydration.evidence_says
    assert any("hyponatraemia" in c for c in rehydration.cautions)


@pytest.mark.parametrize("method_id", list(METHODS))
def test_every_method_is_graded_referenced_and_uses_the_vocabulary(method_id: str) -> None:
    method = METHODS[method_id]
    assert method.references and all(r.section for r in method.references)
    assert method.method in RELIEF_METHODS
    assert set(method.kinds) <= {"spasm", "twitch"}
    assert method.instructions and method.evidence_says


def test_not_recommended_items_cannot_carry_a_supportive_grade() -> None:
    raw = next(m for m in read_toml("relief_methods.toml")["method"] if m["id"] == "quinine")
    with pytest.raises(ValidationError, match="not_recommended"):
        ReliefMethod.model_validate({**raw, "grade": "moderate"})
    with pytest.raises(ValidationError, match="unknown relief method"):
        ReliefMethod.model_validate({**raw, "method": "acupuncture"})
    with pytest.raises(ValidationError):
        ReliefMethod.model_validate({**raw, "references": []})


def test_methods_for_kind() -> None:
    spasm = {m.id for m in methods_for("spasm")}
    twitch = {m.id for m in methods_for("twitch")}
    assert "pickle_juice" in spasm and "pickle_juice" not in twitch
    assert "twitch_triggers" in twitch and "twitch_triggers" not in spasm
    assert "stretching" in spasm & twitch
