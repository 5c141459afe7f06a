"""Unit and property tests of the triage engine (crampwise.engine.triage)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampwise.domain.triage import LEVELS, TriageInputError, parse_triage_input, urgency
from crampwise.domain.vocabulary import FLAGS, MUSCLES
from crampwise.engine.triage import answer, next_question, questions, rule_ids, triage
from crampwise.engine.triage_rules import RULES
from crampwise.knowledge.red_flags import load_rules, medicine_class


def run(**data):
    return triage(parse_triage_input(data))


# --- input contract ---------------------------------------------------------------------------

def test_input_canonicalises_aliases():
    inp = parse_triage_input({"kind": "Cramp", "muscles": ["Calves", "quads", "calf"],
                              "side": "LEFT"})
    assert (inp.kind, inp.muscles, inp.side) == ("spasm", ("calf", "quadriceps"), "left")


@pytest.mark.parametrize(("data", "key"), [
    ({"kind": "spasm", "muscles": ["calf"], "colour": "red"}, "colour"),
    ({"kind": "spasm", "muscles": ["calf"], "pain": 11}, "pain"),
    ({"kind": "spasm", "muscles": ["calf"], "pain": "5"}, "pain"),
    ({"kind": "spasm", "muscles": ["calf"], "flags": {"swollen": True}}, "flags"),
    ({"kind": "spasm", "muscles": ["calf"], "flags": {"swelling": "yes"}}, "flags.swelling"),
    ({"kind": "spasm", "muscles": ["thigh"]}, "muscles"),
    ({"kind": "spasm", "muscles": []}, "muscles"),
    ({"kind": "shake", "muscles": ["calf"]}, "kind"),
    ({"muscles": ["calf"]}, "kind"),
    ({"kind": "spasm", "muscles": ["calf"], "duration_s": -1}, "duration_s"),
    ({"kind": "spasm", "muscles": ["calf"], "during": "lunch"}, "during"),
    ({"kind": "spasm", "muscles": ["calf"], "self_care_helped": "no"}, "self_care_helped"),
])
def test_bad_input_names_the_key(data, key):
    with pytest.raises(TriageInputError) as caught:
        parse_triage_input(data)
    assert f"{key}:" in str(caught.value)


def test_non_object_input_is_rejected():
    with pytest.raises(TriageInputError, match="JSON object"):
        parse_triage_input([1, 2])


# --- policy nuances (evidence.md §6.14) ---------------------------------------------------------

def test_cramp_over_10_min_is_urgent_while_going_on_and_see_doctor_once_over():
    ongoing = run(kind="spasm", muscles=["calf"], duration_s=660, self_care_helped=False)
    over = run(kind="spasm", muscles=["calf"], duration_s=660, self_care_helped=True)
    unknown = run(kind="spasm", muscles=["calf"], duration_s=660)
    short = run(kind="spasm", muscles=["calf"], duration_s=540, self_care_helped=False)
    assert ongoing.disposition == "urgent" and ongoing.reasons[0].rule == "cramp_not_settling"
    assert "11 minutes" in ongoing.reasons[0].because
    assert over.disposition == "see_doctor"
    assert unknown.disposition == "urgent"  # an unknown end is taken as still going on
    assert short.disposition == "self_care"


def test_dark_urine_alone_urgent_with_severe_pain_emergency():
    assert run(kind="spasm", muscles=["calf"], flags={"dark_urine": True}).disposition == "urgent"
    assert run(kind="spasm", muscles=["calf"], pain=6,
               flags={"dark_urine": True}).disposition == "urgent"
    for extra in ({"pain": 8}, {"flags": {"dark_urine": True, "weakness": True}},
                  {"flags": {"dark_urine": True, "swelling": True}}):
        data = {"kind": "spasm", "muscles": ["calf"], "flags": {"dark_urine": True}} | extra
        assert run(**data).disposition == "emergency", extra


def test_dvt_one_sided_but_not_both_legs():
    one = run(kind="spasm", muscles=["calf"], side="left", pain=2,
              flags={"swelling": True, "recent_immobility_or_long_travel": True})
    assert one.disposition == "urgent"
    assert one.reasons[0].rule == "dvt_signs"
    assert "left calf" in one.reasons[0].because and "travel" in one.reasons[0].because
    both = run(kind="spasm", muscles=["calf"], side="both", weeks_ongoing=6,
               flags={"swelling": True})
    assert both.disposition == "see_doctor"
    assert [r.rule for r in both.reasons] == ["bilateral_leg_swelling"]


@pytest.mark.parametrize("name", [
    "atorvastatin", "Lipitor", "simvastatin", "rosuvastatin", "Crestor 10 mg", "furosemide",
    "Lasix", "hydrochlorothiazide", "bendroflumethiazide", "salbutamol", "albuterol",
    "raloxifene", "teriparatide", "pregabalin", "zolpidem", "nifedipine", "Ventolin inhaler",
    "atorvastin",  # misspelt
])
def test_cramp_linked_medicines_are_recognised(name):
    assert medicine_class(name) is not None
    result = run(kind="spasm", muscles=["calf"], duration_s=30, self_care_helped=True,
                 medications=[name])
    assert result.disposition == "see_doctor"
    assert result.reasons[0].rule == "medicine_linked"
    assert "do not stop the medicine without advice" in result.advice.lower()


@pytest.mark.parametrize("name", ["paracetamol", "vitamin d", "ibuprofen", "metformin", ""])
def test_unrelated_medicines_are_not_flagged(name):
    assert medicine_class(name) is None


def test_statin_with_weakness_is_urgent():
    result = run(kind="spasm", muscles=["quadriceps"], medications=["simvastatin"],
                 flags={"weakness": True})
    assert result.disposition == "urgent"
    assert "statin_muscle_weakness" in [r.rule for r in result.reasons]


def test_twitch_rules():
    assert run(kind="twitch", muscles=["eyelid"], weeks_ongoing=1).disposition == "self_care"
    assert run(kind="twitch", muscles=["eyelid"], weeks_ongoing=3).disposition == "see_doctor"
    assert run(kind="twitch", muscles=["eyelid", "face"]).disposition == "see_doctor"
    assert run(kind="twitch", muscles=["calf"], flags={"progressive": True}).disposition \
        == "see_doctor"
    assert run(kind="twitch", muscles=["forearm"],
               flags={"weakness": True}).disposition == "see_doctor"


def test_several_areas_with_numbness_and_frequent_unrelieved():
    several = run(kind="spasm", muscles=["hand", "calf"], flags={"numbness_tingling": True})
    assert [r.rule for r in several.reasons] == ["several_areas_with_numbness"]
    frequent = run(kind="spasm", muscles=["calf"], episodes_per_week=4, weeks_ongoing=5,
                   self_care_helped=False, duration_s=60)
    assert frequent.disposition == "see_doctor"
    assert "4 cramps a week for 5 weeks" in frequent.reasons[0].because
    relieved = run(kind="spasm", muscles=["calf"], episodes_per_week=4, weeks_ongoing=5,
                   self_care_helped=True, during="exercise", duration_s=60)
    assert relieved.disposition == "self_care"


def test_pregnancy_night_cramps_mention_midwife():
    result = run(kind="spasm", muscles=["calf"], pregnant=True, during="sleep", duration_s=60,
                 self_care_helped=True)
    assert result.disposition == "self_care"
    assert "pregnancy_cramps" in [r.rule for r in result.reasons]
    assert "midwife" in result.advice


def test_self_care_points_to_relief_and_names_escalations():
    result = run(kind="spasm", muscles=["calf", "hamstring"], pain=9, duration_s=60,
                 self_care_helped=True)
    assert result.disposition == "self_care"
    assert "crampwise relief calf" in result.advice
    assert "crampwise relief hamstring" in result.advice
    assert "10 minutes" in result.advice and "swollen" in result.advice
    assert "chest pain" in result.advice
    assert result.also_consider == []


def test_reasons_are_the_top_level_rules_and_lower_ones_go_to_also_consider():
    result = run(kind="spasm", muscles=["calf"], side="right", medications=["Lasix"],
                 flags={"swelling": True, "numbness_tingling": True})
    assert result.disposition == "urgent"
    assert {r.rule for r in result.reasons} == {"dvt_signs"}
    assert any("Lasix" in text for text in result.also_consider)
    assert any("numbness" in text for text in result.also_consider)
    sources = [e.source for e in result.evidence]
    assert any("Deep vein" in s for s in sources) and any("Garrison" in s for s in sources)
    assert len(sources) == len(set(sources))


# --- properties ---------------------------------------------------------------------------------

MEDICINES = ["atorvastatin", "Lasix", "paracetamol", "salbutamol", "omeprazole", "metformin"]

inputs = st.fixed_dictionaries(
    {"kind": st.sampled_from(["twitch", "spasm"]),
     "muscles": st.lists(st.sampled_from(MUSCLES), min_size=1, max_size=3, unique=True)},
    optional={
        "side": st.sampled_from(["left", "right", "both"]),
        "duration_s": st.floats(0, 5000, allow_nan=False),
        "pain": st.integers(0, 10),
        "during": st.sampled_from(["exercise", "after_exercise", "rest", "sleep"]),
        "episodes_per_week": st.floats(0, 14, allow_nan=False),
        "weeks_ongoing": st.floats(0, 60, allow_nan=False),
        "self_care_helped": st.booleans(),
        "flags": st.dictionaries(st.sampled_from(FLAGS), st.booleans(), max_size=5),
        "medications": st.lists(st.sampled_from(MEDICINES), max_size=2),
        "age": st.integers(16, 95),
        "pregnant": st.booleans(),
    },
)


@settings(max_examples=300, deadline=None)
@given(inputs, st.sampled_from(FLAGS))
def test_adding_a_red_flag_never_lowers_the_disposition(data, flag):
    before = run(**data)
    raised = data | {"flags": {**data.get("flags", {}), flag: True}}
    after = run(**raised)
    assert urgency(after.disposition) <= urgency(before.disposition)


@settings(max_examples=150, deadline=None)
@given(inputs)
def test_output_is_deterministic_and_well_formed(data):
    first, second = run(**data), run(**data)
    assert first == second
    assert first.disposition in LEVELS
    assert first.reasons and first.advice and first.evidence
    texts = load_rules()
    for reason in first.reasons:
        assert texts[reason.rule].disposition == first.disposition
        assert "{" not in reason.because and reason.because.strip()


def test_every_rule_has_text_and_a_source_and_vice_versa():
    texts = load_rules()
    assert set(rule_ids()) == set(texts)
    for rule in RULES:
        assert texts[rule.id].disposition == rule.level, rule.id
        assert texts[rule.id].references, rule.id
        assert all(key.removeprefix("flags.") in FLAGS for key in rule.uses
                   if key.startswith("flags.")), rule.id


# --- interactive questions ----------------------------------------------------------------------

def test_questions_cover_valid_keys_and_emergency_first():
    keys = [q.key for q in questions()]
    assert keys[:2] == ["kind", "muscles"]
    assert len(keys) == len(set(keys))
    emergency_flags = {"chest_pain", "short_of_breath", "confusion", "severe_pain_tense_limb",
                       "saddle_numbness_or_bladder_change", "speech_or_swallowing_trouble"}
    positions = {q.key.removeprefix("flags."): i for i, q in enumerate(questions())}
    assert max(positions[f] for f in emergency_flags) < positions["duration_s"]
    assert max(positions[f] for f in emergency_flags) < positions["medications"]


def _answer_all(script):
    answers: dict = {}
    asked = []
    while (q := next_question(answers)) is not None:
        asked.append(q.id)
        answers = answer(answers, q, script.get(q.id, "no"))
        assert len(asked) < 60
    return asked, answers


def test_next_question_stops_at_an_emergency_answer():
    asked, answers = _answer_all({"kind": "cramp", "muscles": "calf", "chest_pain": "yes"})
    assert asked == ["kind", "muscles", "chest_pain"]
    assert triage(parse_triage_input(answers)).disposition == "emergency"


def test_next_question_skips_what_cannot_raise_the_level():
    # Urgent after dark urine: only questions that could still reach emergency are asked.
    asked, answers = _answer_all({"kind": "cramp", "muscles": "calf", "dark_urine": "yes",
                                  "pain": "3", "swelling": "no", "weakness": "no"})
    assert triage(parse_triage_input(answers)).disposition == "urgent"
    assert "medications" not in asked and "episodes_per_week" not in asked
    assert "pain" in asked


def test_benign_path_asks_everything_relevant_then_stops():
    script = {"kind": "cramp", "muscles": "calf", "side": "right", "self_care_helped": "yes",
              "duration": "1", "medications": "", "episodes_per_week": "1",
              "weeks_ongoing": "1", "during": "exercise"}
    asked, answers = _answer_all(script)
    assert triage(parse_triage_input(answers)).disposition == "self_care"
    assert "duration" in asked and "medications" in asked
    assert "pain" not in asked  # pain alone never raises the level without dark urine/injury
    assert answers["duration_s"] == 60


def test_answer_rejects_bad_values():
    q = {x.id: x for x in questions()}
    with pytest.raises(ValueError, match="yes or no"):
        answer({}, q["chest_pain"], "maybe")
    with pytest.raises(ValueError, match="10 or less"):
        answer({}, q["pain"], "12")
    with pytest.raises(ValueError):
        answer({}, q["muscles"], "thigh")


def test_null_flag_means_not_asked():
    inp = parse_triage_input({"kind": "spasm", "muscles": ["calf"],
                              "flags": {"swelling": None, "dark_urine": True}})
    assert inp.flags == {"dark_urine": True}


def _candidates(q):
    if q.type == "bool":
        return ["yes", "no"]
    if q.type == "choice":
        return list(q.options)
    if q.type == "int":
        return ["0", "5", "10"]
    if q.type == "number":
        return ["0", "1", "5", "15", "40"]
    if q.type == "medicines":
        return ["", "simvastatin", "Lasix", "omeprazole"]
    return ["calf", "hand, foot", "eyelid, face", "forearm, quadriceps", "calf, hamstring"]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_when_questions_stop_no_single_answer_could_raise_the_level(data):
    answers: dict = {}
    while (q := next_question(answers)) is not None:
        answers = answer(answers, q, data.draw(st.sampled_from(_candidates(q)), label=q.id))
    final = urgency(triage(parse_triage_input(answers)).disposition)
    for q in questions():
        key = q.key.removeprefix("flags.")
        if key in answers or key in answers.get("flags", {}):
            continue
        for raw in _candidates(q):
            more = urgency(triage(parse_triage_input(answer(answers, q, raw))).disposition)
            assert more >= final, (q.id, raw, answers)


def test_next_question_accepts_aliases_from_web_clients():
    by_alias = next_question({"kind": "cramp", "muscles": ["calves"]})
    assert by_alias is not None and by_alias.id == "chest_pain"
    twitch = {"kind": "fasciculation", "muscles": ["eye"],
              "flags": {f: False for f in FLAGS}}
    asked = next_question(twitch)
    assert asked is not None and asked.key in ("weeks_ongoing", "medications")
