"""When each red-flag rule fires (research/evidence.md §6.13 and §6.14), as pure predicates.

A rule looks at a ``TriageInput`` and either stays silent (``None``) or returns the words that
fill its ``because`` template in knowledge/data/red_flags.toml. Every rule also declares the
input keys it reads and the flags it cannot fire without, so the interactive triage can tell
which questions could still change the answer. Rules only ever fire on a flag answered *yes*:
a flag that is absent or *no* never makes a rule fire, so adding a red flag never lowers the
level.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from crampwise.domain.triage import TriageInput
from crampwise.domain.vocabulary import VocabularyError, canonical_muscle, muscle_region
from crampwise.engine.triage_words import (
    Fields,
    duration_words,
    found,
    join,
    medicine_classes,
    where,
)
from crampwise.knowledge.red_flags import medicine_label

#: A cramp that lasts longer than this is no longer ordinary (NHS: "longer than 10 minutes").
PROLONGED_S = 600
SEVERE_PAIN = 7
FREQUENT_PER_WEEK = 3
PERSISTENT_WEEKS = 2
LONG_RUNNING_WEEKS = 4
MIN_FREQUENT_PER_WEEK = 2
LEG_REGIONS = frozenset({"lower leg", "thigh", "foot"})
ARM_REGIONS = frozenset({"arm", "hand"})
FACE_MUSCLES = frozenset({"face", "eyelid"})
HAND_MUSCLES = frozenset({"hand", "fingers", "forearm"})
FEET = frozenset({"foot", "toes"})
TETANUS_MUSCLES = frozenset({"face", "neck", "abdomen", "upper_back"})
#: Medicine classes that can lower blood potassium or magnesium (evidence.md §6.10).
SALT_LOSING = ("loop_diuretic", "thiazide_diuretic", "potassium_sparing_diuretic", "ppi")
#: Heat exhaustion should be clearly better within 30 minutes of cooling (NHS).
HEAT_RECOVERY_S = 1800


@dataclass(frozen=True)
class Rule:
    """A rule's firing condition and what the interactive triage needs to know about it."""

    id: str
    level: str
    check: Callable[[TriageInput], Fields | None]
    uses: frozenset[str]
    gate_all: frozenset[str] = field(default_factory=frozenset)
    gate_any: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = frozenset({"twitch", "spasm"})
    #: When set, the rule can only fire for these muscles / when these yes-no keys are yes.
    muscles: frozenset[str] = frozenset()
    needs_yes: frozenset[str] = frozenset()

    def possible(self, answers: Mapping[str, Any], kind: str) -> bool:
        """False when the episode kind or the answers so far already rule this rule out."""
        if kind not in self.kinds:
            return False
        if self.muscles and not self.muscles & _named_muscles(answers.get("muscles")):
            return False
        if any(answers.get(key) is False for key in self.needs_yes):
            return False
        flags = answers.get("flags") or {}
        if any(flags.get(f) is False for f in self.gate_all):
            return False
        return not (self.gate_any and all(flags.get(f) is False for f in self.gate_any))


# --- helpers -------------------------------------------------------------------------------

def _named_muscles(raw: Any) -> frozenset[str]:
    names = [raw] if isinstance(raw, str) else raw if isinstance(raw, list | tuple) else []
    out = set()
    for name in names:
        try:
            out.add(canonical_muscle(name))
        except (VocabularyError, TypeError, AttributeError):
            continue
    return frozenset(out)


def _legs(inp: TriageInput) -> tuple[str, ...]:
    return tuple(m for m in inp.muscles if muscle_region(m) in LEG_REGIONS)


def _severe(inp: TriageInput) -> bool:
    return inp.pain is not None and inp.pain >= SEVERE_PAIN


# --- emergency ------------------------------------------------------------------------------

def _chest(inp: TriageInput) -> Fields | None:
    what = found(inp, [("chest_pain", "chest pain"), ("short_of_breath", "shortness of breath")])
    return {"what": join(what)} if what else None


def _confusion(inp: TriageInput) -> Fields | None:
    if not inp.flag("confusion"):
        return None
    context = found(inp, [
        ("high_body_temperature", " with a high body temperature"),
        ("fever", " with a fever"),
        ("vomiting_or_headache_after_heavy_drinking",
         " after vomiting or a headache following heavy drinking"),
    ])
    return {"context": "".join(context)}


def _rhabdo(inp: TriageInput) -> Fields | None:
    if not inp.flag("dark_urine"):
        return None
    what = ([f"severe pain ({inp.pain}/10)"] if _severe(inp) else []) + found(inp, [
        ("weakness", "weakness"), ("swelling", "swelling"),
        ("severe_pain_tense_limb", "a tense, very painful limb")])
    return {"what": join(what)} if what else None


def _compartment(inp: TriageInput) -> Fields | None:
    if not inp.flag("severe_pain_tense_limb"):
        return None
    return {"context": " after an injury" if inp.flag("injury_or_trauma") else ""}


def _cauda(inp: TriageInput) -> Fields | None:
    return {} if inp.flag("saddle_numbness_or_bladder_change") else None


def _stroke(inp: TriageInput) -> Fields | None:
    what = found(inp, [("speech_or_swallowing_trouble", "trouble speaking or swallowing")])
    if inp.flag("weakness") and FACE_MUSCLES & set(inp.muscles):
        what.append("weakness of the face")
    regions = {muscle_region(m) for m in inp.muscles}
    if inp.flag("weakness") and inp.side in ("left", "right") and regions & ARM_REGIONS \
            and regions & LEG_REGIONS:
        what.append(f"weakness of the {inp.side} arm and leg")
    return {"what": join(what)} if what else None


def _heat_not_improving(inp: TriageInput) -> Fields | None:
    lasting = inp.duration_s is not None and inp.duration_s >= HEAT_RECOVERY_S
    if inp.flag("high_body_temperature") and lasting and inp.self_care_helped is not True:
        return {}
    return None


# --- urgent ---------------------------------------------------------------------------------

def _dark_urine(inp: TriageInput) -> Fields | None:
    if not inp.flag("dark_urine"):
        return None
    after = inp.during in ("exercise", "after_exercise")
    return {"context": " after exertion" if after else ""}


def _one_sided_leg(inp: TriageInput) -> tuple[str, ...]:
    return _legs(inp) if inp.side != "both" else ()


def _risk_context(inp: TriageInput) -> str:
    risks = found(inp, [("recent_immobility_or_long_travel",
                         "after recent immobility or long travel")])
    if inp.pregnant:
        risks.append("during pregnancy")
    return f" {join(risks)}" if risks else ""


def _dvt(inp: TriageInput) -> Fields | None:
    legs = _one_sided_leg(inp)
    what = found(inp, [("swelling", "swelling"), ("warmth", "warmth"), ("redness", "redness")])
    if not legs or not what:
        return None
    side = "one-sided " if inp.side in ("left", "right") else ""
    return {"what": side + join(what), "where": where(inp, legs), "context": _risk_context(inp)}


def _dvt_risk(inp: TriageInput) -> Fields | None:
    legs = _one_sided_leg(inp)
    if not (legs and inp.flag("recent_immobility_or_long_travel")):
        return None
    if inp.self_care_helped is True or _dvt(inp) is not None:
        return None  # released like a cramp, or already covered by visible DVT signs
    if inp.self_care_helped is None and inp.duration_s is not None \
            and inp.duration_s <= PROLONGED_S:
        return None  # a few minutes so far: behaving like an ordinary cramp
    return {"where": where(inp, legs), "kind": "pain or cramp"}


def _pregnancy_swelling(inp: TriageInput) -> Fields | None:
    return {} if inp.pregnant and inp.flag("swelling") else None


def _infection(inp: TriageInput) -> Fields | None:
    what = found(inp, [("redness", "redness"), ("warmth", "warmth"), ("swelling", "swelling")])
    if _severe(inp):
        what.append(f"severe pain ({inp.pain}/10)")  # deep muscle infection hurts out of scale
    return {"what": join(what)} if inp.flag("fever") and what else None


def _stiff_neck_fever(inp: TriageInput) -> Fields | None:
    return {} if inp.flag("fever") and "neck" in inp.muscles else None


def _heat(inp: TriageInput) -> Fields | None:
    if not inp.flag("high_body_temperature"):
        return None
    during = {"exercise": " during exercise", "after_exercise": " after exercise"}
    return {"context": during.get(inp.during or "", "")}


def _hyponatraemia(inp: TriageInput) -> Fields | None:
    return {} if inp.flag("vomiting_or_headache_after_heavy_drinking") else None


def _injury(inp: TriageInput) -> Fields | None:
    if not inp.flag("injury_or_trauma"):
        return None
    what = ([f"severe pain ({inp.pain}/10)"] if _severe(inp) else []) + found(
        inp, [("swelling", "swelling"), ("weakness", "weakness")])
    if not what and "calf" in inp.muscles:
        # The question includes "felt like being kicked in the calf", the typical sign of a
        # calf or Achilles tear, which evidence.md §6.14 routes to urgent on its own.
        what = ["sudden pain, like a blow or a kick"]
    return {"what": join(what)} if what else None


def _both_legs_worse(inp: TriageInput) -> Fields | None:
    if not (inp.side == "both" and _legs(inp)):
        return None
    what = found(inp, [("weakness", "weakness"), ("numbness_tingling", "numbness or tingling")])
    # Weakness and numbness together in both legs count unless known not to be getting worse
    # (NHS sciatica: numbness or weakness in both legs that is severe or getting worse).
    both = len(what) == 2 and inp.flags.get("progressive") is not False
    if not what or not (inp.flag("progressive") or both):
        return None
    return {"what": join(what), "context": " that is getting worse" if inp.flag("progressive")
            else " (not known whether it is getting worse)"}


def _not_settling(inp: TriageInput) -> Fields | None:
    if inp.duration_s is None or inp.duration_s <= PROLONGED_S or inp.self_care_helped is True:
        return None
    context = (" and has not eased with stretching" if inp.self_care_helped is False
               else " and is taken as still going on (not known whether it has eased)")
    return {"context": context}


def _tetany(inp: TriageInput) -> Fields | None:
    muscles = set(inp.muscles)
    # Hand spasm with tingling around the mouth, or hands and feet together (carpopedal spasm).
    if inp.flag("numbness_tingling") and muscles & HAND_MUSCLES \
            and muscles & (FACE_MUSCLES | FEET):
        involved = tuple(m for m in inp.muscles if m in HAND_MUSCLES | FACE_MUSCLES | FEET)
        return {"where": where(inp, involved)}
    return None


def _tetanus(inp: TriageInput) -> Fields | None:
    trunk = tuple(m for m in inp.muscles if m in TETANUS_MUSCLES)
    return {"where": where(inp, trunk)} if trunk and inp.flag("injury_or_trauma") else None


def _weakness_urgent(inp: TriageInput) -> Fields | None:
    # Nerve-root weakness that is getting worse (with numbness, or new within days, like a new
    # foot drop), or marked weakness with numbness and severe pain in one leg (nerve or blood
    # supply) is urgent (§6.6, §6.9). Muscles slowly getting weaker without numbness stay
    # see_doctor (NHS leg cramps §6.0; twitches §6.8, §6.14).
    if not inp.flag("weakness") or _both_legs_worse(inp) is not None:
        return None
    numb = inp.flag("numbness_tingling")
    weeks = inp.weeks_ongoing
    new = inp.kind == "spasm" and weeks is not None and weeks < PERSISTENT_WEEKS
    if inp.flag("progressive") and (numb or new):
        return {"what": "weakness that is getting worse" + (" with numbness" if numb else "")}
    if numb and _severe(inp) and _one_sided_leg(inp) and inp.side is not None:
        return {"what": f"weakness and numbness with severe pain ({inp.pain}/10)"}
    return None


def _pregnancy_abdomen(inp: TriageInput) -> Fields | None:
    # Tummy cramps in pregnancy are not the leg cramps of §2.12: unless they were mild and
    # eased, the midwife or maternity unit should hear about them today (NHS).
    if not (inp.pregnant and "abdomen" in inp.muscles):
        return None
    if inp.self_care_helped is True and inp.pain is not None and inp.pain < SEVERE_PAIN:
        return None
    pain = f" with pain of {inp.pain}/10" if _severe(inp) else ""
    eased = " that has not eased" if inp.self_care_helped is False else ""
    return {"context": pain + eased}


def _rest_pain(inp: TriageInput) -> Fields | None:
    if inp.flag("calf_pain_on_walking_eases_at_rest") and inp.during in ("rest", "sleep"):
        return {"when": "night" if inp.during == "sleep" else "rest"}
    return None


def _muscle_breakdown(inp: TriageInput) -> Fields | None:
    # Severe pain with swelling or real weakness after exertion that stretching did not ease is
    # how exertional rhabdomyolysis looks before (or without) dark urine (§6.1).
    if inp.during not in (None, "exercise", "after_exercise") or inp.self_care_helped is True:
        return None
    what = found(inp, [("swelling", "swelling"), ("weakness", "weakness")])
    if not (_severe(inp) and what):
        return None
    return {"what": f"severe pain ({inp.pain}/10) with {join(what)}"}


def _salt_losing_weakness(inp: TriageInput) -> Fields | None:
    # Diuretics and long-term PPIs can lower potassium or magnesium; weakness with cramps on
    # them needs same-day blood tests (§6.10).
    classes = medicine_classes(inp)
    names = [n for k in SALT_LOSING for n in classes.get(k, [])]
    return {"medicines": join(names)} if names and inp.flag("weakness") else None


def _statin_weakness(inp: TriageInput) -> Fields | None:
    statins = medicine_classes(inp).get("statin")
    return {"medicines": join(statins)} if statins and inp.flag("weakness") else None


# --- see a doctor ---------------------------------------------------------------------------

def _was_prolonged(inp: TriageInput) -> Fields | None:
    long = inp.duration_s is not None and inp.duration_s > PROLONGED_S
    return {} if long and inp.self_care_helped is True else None


def _twitch_weakness(inp: TriageInput) -> Fields | None:
    what = found(inp, [("weakness", "weakness"), ("muscle_wasting", "muscles getting smaller")])
    return {"what": join(what)} if what else None


def _twitch_persistent(inp: TriageInput) -> Fields | None:
    what = []
    if inp.weeks_ongoing is not None and inp.weeks_ongoing > PERSISTENT_WEEKS:
        what.append(f"for about {inp.weeks_ongoing:g} weeks")
    if inp.flag("progressive"):
        what.append("that is getting worse")
    if set(inp.muscles) >= FACE_MUSCLES:
        what.append("that has spread to other parts of the face")
    return {"what": join(what)} if what else None


def _frequent(inp: TriageInput) -> Fields | None:
    per_week = inp.episodes_per_week
    weeks = inp.weeks_ongoing
    if per_week is None or per_week < MIN_FREQUENT_PER_WEEK:
        return None
    if per_week < FREQUENT_PER_WEEK and (weeks is None or weeks < LONG_RUNNING_WEEKS):
        return None  # twice a week counts as frequent only once it has gone on for a month
    if weeks is not None and weeks < PERSISTENT_WEEKS:
        return None
    why = []
    if inp.self_care_helped is False:
        why.append("not relieved by self-care")
    if inp.during == "sleep":
        why.append("disturbing sleep")
    if not why:
        return None
    span = f" for {weeks:g} weeks" if weeks is not None else ""
    return {"frequency": f"about {per_week:g} cramps a week{span}, {join(why)}"}


def _numbness_one(inp: TriageInput) -> Fields | None:
    return {} if inp.flag("numbness_tingling") and len(inp.muscles) == 1 else None


def _numbness_several(inp: TriageInput) -> Fields | None:
    return {} if inp.flag("numbness_tingling") and len(inp.muscles) > 1 else None


def _weakness_wasting(inp: TriageInput) -> Fields | None:
    return _twitch_weakness(inp)


def _getting_worse(inp: TriageInput) -> Fields | None:
    return {} if inp.flag("progressive") else None


def _claudication(inp: TriageInput) -> Fields | None:
    return {} if inp.flag("calf_pain_on_walking_eases_at_rest") else None


def _both_legs_swollen(inp: TriageInput) -> Fields | None:
    if not (inp.flag("swelling") and inp.side == "both" and _legs(inp)):
        return None
    weeks = inp.weeks_ongoing
    return {"context": f" that has built up over {weeks:g} weeks" if weeks else ""}


def _local_signs(inp: TriageInput) -> Fields | None:
    what = found(inp, [("swelling", "swelling"), ("redness", "redness"), ("warmth", "warmth")])
    targets = [m for m in inp.muscles if muscle_region(m) not in LEG_REGIONS]
    if inp.side == "both" and (inp.flag("redness") or inp.flag("warmth")):
        targets += list(_legs(inp))  # one-sided legs are the DVT rule's; both-leg swelling too
    if not (what and targets):
        return None
    ordered = tuple(m for m in inp.muscles if m in targets)
    return {"what": join(what), "where": where(inp, ordered)}


def _medicine(inp: TriageInput) -> Fields | None:
    linked = medicine_classes(inp)
    if not linked:
        return None
    names = [f"{join(names)} ({medicine_label(k).split(' (')[0]})" for k, names in linked.items()]
    return {"medicines": join(names)}


# --- self-care ------------------------------------------------------------------------------

def _ordinary_cramp(inp: TriageInput) -> Fields:
    bits = []
    if inp.duration_s is not None:
        bits.append(f" that lasted {duration_words(inp.duration_s)}")
    if inp.self_care_helped is True:
        bits.append(" and eased with stretching")
    return {"context": "".join(bits)}


def _ordinary_twitch(inp: TriageInput) -> Fields:
    return {"context": ""}


def _pregnancy_cramps(inp: TriageInput) -> Fields | None:
    return {} if inp.pregnant and _legs(inp) else None


def _r(rule_id: str, level: str, check: Callable[[TriageInput], Fields | None], uses: str,
       gate_all: str = "", gate_any: str = "", kinds: str = "twitch spasm",
       muscles: str = "", needs_yes: str = "") -> Rule:
    def words(text: str) -> frozenset[str]:
        return frozenset(text.split())
    return Rule(rule_id, level, check, words(uses), words(gate_all), words(gate_any),
                words(kinds), words(muscles), words(needs_yes))


RULES: tuple[Rule, ...] = (
    _r("chest_pain_or_breathless", "emergency", _chest,
       "flags.chest_pain flags.short_of_breath", gate_any="chest_pain short_of_breath"),
    _r("confusion", "emergency", _confusion, "flags.confusion", gate_all="confusion"),
    _r("rhabdomyolysis_signs", "emergency", _rhabdo,
       "flags.dark_urine pain flags.weakness flags.swelling flags.severe_pain_tense_limb",
       gate_all="dark_urine"),
    _r("compartment_syndrome", "emergency", _compartment, "flags.severe_pain_tense_limb",
       gate_all="severe_pain_tense_limb"),
    _r("cauda_equina", "emergency", _cauda, "flags.saddle_numbness_or_bladder_change",
       gate_all="saddle_numbness_or_bladder_change"),
    _r("stroke_signs", "emergency", _stroke,
       "flags.speech_or_swallowing_trouble flags.weakness muscles side",
       gate_any="speech_or_swallowing_trouble weakness"),
    _r("stiff_neck_with_fever", "emergency", _stiff_neck_fever, "flags.fever muscles",
       gate_all="fever", muscles="neck"),
    _r("heat_not_improving", "emergency", _heat_not_improving,
       "flags.high_body_temperature duration_s", gate_all="high_body_temperature"),
    _r("dark_urine", "urgent", _dark_urine, "flags.dark_urine", gate_all="dark_urine"),
    _r("dvt_signs", "urgent", _dvt, "flags.swelling flags.warmth flags.redness side muscles",
       gate_any="swelling warmth redness"),
    _r("dvt_risk_leg_pain", "urgent", _dvt_risk,
       "flags.recent_immobility_or_long_travel side muscles duration_s",
       gate_all="recent_immobility_or_long_travel", kinds="spasm"),
    _r("pregnancy_swelling", "urgent", _pregnancy_swelling, "pregnant flags.swelling",
       gate_all="swelling"),
    _r("infection_signs", "urgent", _infection,
       "flags.fever flags.redness flags.warmth flags.swelling pain", gate_all="fever"),
    _r("heat_illness", "urgent", _heat, "flags.high_body_temperature",
       gate_all="high_body_temperature"),
    _r("hyponatraemia_warning", "urgent", _hyponatraemia,
       "flags.vomiting_or_headache_after_heavy_drinking",
       gate_all="vomiting_or_headache_after_heavy_drinking"),
    _r("injury_severe", "urgent", _injury,
       "flags.injury_or_trauma pain flags.swelling flags.weakness", gate_all="injury_or_trauma"),
    _r("progressive_leg_weakness", "urgent", _both_legs_worse,
       "flags.progressive flags.weakness flags.numbness_tingling side muscles",
       gate_any="weakness numbness_tingling"),
    _r("weakness_worsening_or_marked", "urgent", _weakness_urgent,
       "flags.weakness flags.progressive flags.numbness_tingling pain side muscles weeks_ongoing",
       gate_all="weakness", gate_any="progressive numbness_tingling"),
    _r("cramp_not_settling", "urgent", _not_settling, "duration_s", kinds="spasm"),
    _r("tetany_signs", "urgent", _tetany, "flags.numbness_tingling muscles",
       gate_all="numbness_tingling", kinds="spasm"),
    _r("tetanus_risk", "urgent", _tetanus, "flags.injury_or_trauma muscles",
       gate_all="injury_or_trauma", kinds="spasm"),
    _r("pregnancy_abdominal_cramp", "urgent", _pregnancy_abdomen,
       "pregnant muscles pain self_care_helped", kinds="spasm", muscles="abdomen",
       needs_yes="pregnant"),
    _r("claudication_rest_pain", "urgent", _rest_pain,
       "flags.calf_pain_on_walking_eases_at_rest during",
       gate_all="calf_pain_on_walking_eases_at_rest"),
    _r("statin_muscle_weakness", "urgent", _statin_weakness, "medications flags.weakness",
       gate_all="weakness"),
    _r("muscle_breakdown_suspected", "urgent", _muscle_breakdown,
       "pain during self_care_helped flags.swelling flags.weakness",
       gate_any="swelling weakness", kinds="spasm"),
    _r("salt_losing_medicine_weakness", "urgent", _salt_losing_weakness,
       "medications flags.weakness", gate_all="weakness"),
    _r("cramp_was_prolonged", "see_doctor", _was_prolonged, "duration_s", kinds="spasm"),
    _r("twitch_with_weakness", "see_doctor", _twitch_weakness,
       "flags.weakness flags.muscle_wasting", gate_any="weakness muscle_wasting", kinds="twitch"),
    _r("twitch_persistent", "see_doctor", _twitch_persistent,
       "weeks_ongoing flags.progressive muscles", kinds="twitch"),
    _r("frequent_cramps", "see_doctor", _frequent,
       "episodes_per_week during self_care_helped",
       kinds="spasm"),
    _r("numbness_tingling", "see_doctor", _numbness_one, "flags.numbness_tingling",
       gate_all="numbness_tingling"),
    _r("several_areas_with_numbness", "see_doctor", _numbness_several,
       "flags.numbness_tingling muscles", gate_all="numbness_tingling"),
    _r("weakness_or_wasting", "see_doctor", _weakness_wasting,
       "flags.weakness flags.muscle_wasting", gate_any="weakness muscle_wasting", kinds="spasm"),
    _r("getting_worse", "see_doctor", _getting_worse, "flags.progressive",
       gate_all="progressive", kinds="spasm"),
    _r("claudication", "see_doctor", _claudication, "flags.calf_pain_on_walking_eases_at_rest",
       gate_all="calf_pain_on_walking_eases_at_rest"),
    _r("bilateral_leg_swelling", "see_doctor", _both_legs_swollen, "flags.swelling side",
       gate_all="swelling"),
    _r("swelling_redness_warmth", "see_doctor", _local_signs,
       "flags.swelling flags.redness flags.warmth", gate_any="swelling redness warmth"),
    _r("medicine_linked", "see_doctor", _medicine, "medications"),
    _r("cramp_self_limiting", "self_care", _ordinary_cramp, "kind", kinds="spasm"),
    _r("twitch_benign", "self_care", _ordinary_twitch, "kind", kinds="twitch"),
    _r("pregnancy_cramps", "self_care", _pregnancy_cramps, "pregnant", kinds="spasm"),
)

#: Rules that are the baseline answer rather than a finding; never repeated in also_consider.
BASELINE = frozenset({"cramp_self_limiting", "twitch_benign"})
