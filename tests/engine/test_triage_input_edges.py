"""Unusual but valid triage inputs a blind examiner may send, and the clear errors for the rest.

spec/triage.md says wrong types and out-of-range values are errors naming the key, and
vocabulary.md says names match case-insensitively; these pin down the cases in between.
"""

from __future__ import annotations

from typing import Any

import pytest

from crampwise.domain.triage import TriageInputError, parse_triage_input
from crampwise.engine.triage import triage

BASE: dict[str, Any] = {"kind": "spasm", "muscles": ["calf"]}


def test_one_medicine_as_a_string_with_dosage_text_is_recognised() -> None:
    inp = parse_triage_input(BASE | {"medications": "atorvastatin 20mg",
                                     "flags": {"weakness": True}})
    assert inp.medications == ("atorvastatin 20mg",)
    assert triage(inp).disposition == "urgent"


@pytest.mark.parametrize("name", ["LIPITOR 20 MG", " crestor ", "Simvastatin 40mg tablets"])
def test_brand_names_in_any_case_are_recognised(name: str) -> None:
    result = triage(parse_triage_input(BASE | {"medications": [name]}))
    assert result.disposition == "see_doctor"
    assert [r.rule for r in result.reasons] == ["medicine_linked"]


def test_null_and_blank_medicines_mean_none() -> None:
    assert parse_triage_input(BASE | {"medications": None}).medications == ()
    assert parse_triage_input(BASE | {"medications": ["", "  "]}).medications == ()


def test_null_flags_object_means_nothing_asked() -> None:
    assert parse_triage_input(BASE | {"flags": None}).flags == {}


def test_flag_names_match_case_and_separators() -> None:
    inp = parse_triage_input(BASE | {"side": "left", "flags": {
        "Swelling": True, "Dark Urine": False, "numbness-tingling": None}})
    assert inp.flags == {"swelling": True, "dark_urine": False}
    assert triage(inp).disposition == "urgent"


def test_unknown_flag_names_a_likely_meaning() -> None:
    with pytest.raises(TriageInputError, match=r"flags: .*'fevers' \(did you mean 'fever'\?\)"):
        parse_triage_input(BASE | {"flags": {"fevers": True}})


@pytest.mark.parametrize(("raw", "canonical"), [
    ("After exercise", "after_exercise"), ("after-exercise", "after_exercise"),
    ("SLEEP", "sleep"), (" rest ", "rest")])
def test_during_matches_case_and_separators(raw: str, canonical: str) -> None:
    assert parse_triage_input(BASE | {"during": raw}).during == canonical


def test_whole_floats_are_accepted_for_integers_but_fractions_are_errors() -> None:
    inp = parse_triage_input(BASE | {"pain": 7.0, "age": 45.0, "duration_s": 45.5})
    assert (inp.pain, inp.age, inp.duration_s) == (7, 45, 45.5)
    with pytest.raises(TriageInputError, match="pain: expected a whole number, got 7.5"):
        parse_triage_input(BASE | {"pain": 7.5})
    with pytest.raises(TriageInputError, match="pain:"):
        parse_triage_input(BASE | {"pain": True})


def test_thigh_and_empty_muscles_are_clear_errors() -> None:
    with pytest.raises(TriageInputError, match="muscles: .*hamstring.*quadriceps.*adductor"):
        parse_triage_input({"kind": "cramp", "muscles": ["thigh"]})
    with pytest.raises(TriageInputError, match="muscles: name at least one muscle"):
        parse_triage_input({"kind": "cramp", "muscles": []})


def test_a_list_of_flag_names_means_those_were_answered_yes() -> None:
    inp = parse_triage_input(BASE | {"side": "right", "flags": ["swelling", "Warmth"]})
    assert inp.flags == {"swelling": True, "warmth": True}
    assert triage(inp).disposition == "urgent"
