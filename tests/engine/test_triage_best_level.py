"""``best_level``: the public question-ranking helper the web "I'm cramping" flow groups by."""

from __future__ import annotations

from crampwise.engine.triage import best_level


def test_chest_pain_can_still_reach_an_emergency() -> None:
    assert best_level("flags.chest_pain", {"kind": "spasm", "muscles": ["calf"]}) == "emergency"


def test_a_no_answer_rules_out_the_rules_it_gates() -> None:
    # Chest pain and breathlessness both answered "no": the rule reading them cannot fire.
    answers = {"kind": "spasm", "muscles": ["calf"],
               "flags": {"chest_pain": False, "short_of_breath": False}}
    assert best_level("flags.chest_pain", answers) is None


def test_kind_aliases_and_a_missing_kind_count_as_a_cramp() -> None:
    key = "flags.recent_immobility_or_long_travel"  # a rule for cramps (spasms) only
    assert best_level(key, {"muscles": ["calf"]}) == best_level(
        key, {"kind": "cramp", "muscles": ["calf"]}) is not None
    assert best_level(key, {"kind": "twitch", "muscles": ["calf"]}) is None


def test_a_question_no_rule_reads_leads_nowhere() -> None:
    assert best_level("no_such_question", {"kind": "spasm"}) is None
