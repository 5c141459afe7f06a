"""The red-flag rule table: which check fires at which level, and what it needs to be asked.

The conditions themselves are in ``triage_checks`` (research/evidence.md §6.13 and §6.14); the
words shown are in knowledge/data/red_flags.toml under the same ids. Every rule declares the
input keys it reads and the flags it cannot fire without, so the interactive triage can tell
which questions could still change the answer. Rules only ever fire on a flag answered *yes*:
a flag that is absent or *no* never makes a rule fire on its own, so adding a red flag never
lowers the level.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from crampwise.domain.triage import TriageInput
from crampwise.domain.vocabulary import VocabularyError, canonical_muscle
from crampwise.engine import triage_checks as c
from crampwise.engine.triage_words import Fields


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


def _r(rule_id: str, level: str, check: Callable[[TriageInput], Fields | None], uses: str,
       gate_all: str = "", gate_any: str = "", kinds: str = "twitch spasm",
       muscles: str = "", needs_yes: str = "") -> Rule:
    def words(text: str) -> frozenset[str]:
        return frozenset(text.split())
    return Rule(rule_id, level, check, words(uses), words(gate_all), words(gate_any),
                words(kinds), words(muscles), words(needs_yes))


RULES: tuple[Rule, ...] = (
    _r("chest_pain_or_breathless", "emergency", c.chest,
       "flags.chest_pain flags.short_of_breath", gate_any="chest_pain short_of_breath"),
    _r("confusion", "emergency", c.confusion, "flags.confusion", gate_all="confusion"),
    _r("rhabdomyolysis_signs", "emergency", c.rhabdo,
       "flags.dark_urine pain flags.weakness flags.swelling flags.severe_pain_tense_limb",
       gate_all="dark_urine"),
    _r("compartment_syndrome", "emergency", c.compartment, "flags.severe_pain_tense_limb",
       gate_all="severe_pain_tense_limb"),
    _r("cauda_equina", "emergency", c.cauda, "flags.saddle_numbness_or_bladder_change",
       gate_all="saddle_numbness_or_bladder_change"),
    _r("stroke_signs", "emergency", c.stroke,
       "flags.speech_or_swallowing_trouble flags.weakness muscles side",
       gate_any="speech_or_swallowing_trouble weakness"),
    _r("stiff_neck_with_fever", "emergency", c.stiff_neck_fever, "flags.fever muscles",
       gate_all="fever", muscles="neck"),
    _r("heat_not_improving", "emergency", c.heat_not_improving,
       "flags.high_body_temperature duration_s", gate_all="high_body_temperature"),
    _r("dark_urine", "urgent", c.dark_urine, "flags.dark_urine", gate_all="dark_urine"),
    _r("dvt_signs", "urgent", c.dvt, "flags.swelling flags.warmth flags.redness side muscles",
       gate_any="swelling warmth redness"),
    _r("dvt_risk_leg_pain", "urgent", c.dvt_risk,
       "flags.recent_immobility_or_long_travel side muscles duration_s",
       gate_all="recent_immobility_or_long_travel", kinds="spasm"),
    _r("pregnancy_swelling", "urgent", c.pregnancy_swelling, "pregnant flags.swelling",
       gate_all="swelling"),
    _r("infection_signs", "urgent", c.infection,
       "flags.fever flags.redness flags.warmth flags.swelling pain", gate_all="fever"),
    _r("heat_illness", "urgent", c.heat, "flags.high_body_temperature",
       gate_all="high_body_temperature"),
    _r("hyponatraemia_warning", "urgent", c.hyponatraemia,
       "flags.vomiting_or_headache_after_heavy_drinking",
       gate_all="vomiting_or_headache_after_heavy_drinking"),
    _r("injury_severe", "urgent", c.injury,
       "flags.injury_or_trauma pain flags.swelling flags.weakness muscles self_care_helped",
       gate_all="injury_or_trauma"),
    _r("progressive_leg_weakness", "urgent", c.both_legs_worse,
       "flags.progressive flags.weakness flags.numbness_tingling side muscles",
       gate_any="weakness numbness_tingling"),
    _r("weakness_worsening_or_marked", "urgent", c.weakness_urgent,
       "flags.weakness flags.progressive flags.numbness_tingling pain side muscles weeks_ongoing",
       gate_all="weakness", gate_any="progressive numbness_tingling"),
    _r("cramp_not_settling", "urgent", c.not_settling, "duration_s", kinds="spasm"),
    _r("tetany_signs", "urgent", c.tetany, "flags.numbness_tingling muscles",
       gate_all="numbness_tingling", kinds="spasm"),
    _r("tetanus_risk", "urgent", c.tetanus, "flags.injury_or_trauma muscles",
       gate_all="injury_or_trauma", kinds="spasm"),
    _r("pregnancy_abdominal_cramp", "urgent", c.pregnancy_abdomen,
       "pregnant muscles pain self_care_helped", kinds="spasm", muscles="abdomen",
       needs_yes="pregnant"),
    _r("claudication_rest_pain", "urgent", c.rest_pain,
       "flags.calf_pain_on_walking_eases_at_rest during",
       gate_all="calf_pain_on_walking_eases_at_rest"),
    _r("statin_muscle_weakness", "urgent", c.statin_weakness, "medications flags.weakness",
       gate_all="weakness"),
    _r("muscle_breakdown_suspected", "urgent", c.muscle_breakdown,
       "pain during self_care_helped flags.swelling flags.weakness",
       gate_any="swelling weakness", kinds="spasm"),
    _r("salt_losing_medicine_weakness", "urgent", c.salt_losing_weakness,
       "medications flags.weakness", gate_all="weakness"),
    _r("cramp_was_prolonged", "see_doctor", c.was_prolonged, "duration_s", kinds="spasm"),
    _r("twitch_with_weakness", "see_doctor", c.twitch_weakness,
       "flags.weakness flags.muscle_wasting", gate_any="weakness muscle_wasting", kinds="twitch"),
    _r("twitch_persistent", "see_doctor", c.twitch_persistent,
       "weeks_ongoing flags.progressive muscles", kinds="twitch"),
    _r("frequent_cramps", "see_doctor", c.frequent,
       "episodes_per_week during self_care_helped",
       kinds="spasm"),
    _r("numbness_tingling", "see_doctor", c.numbness_one, "flags.numbness_tingling",
       gate_all="numbness_tingling"),
    _r("several_areas_with_numbness", "see_doctor", c.numbness_several,
       "flags.numbness_tingling muscles", gate_all="numbness_tingling"),
    _r("weakness_or_wasting", "see_doctor", c.weakness_wasting,
       "flags.weakness flags.muscle_wasting", gate_any="weakness muscle_wasting", kinds="spasm"),
    _r("getting_worse", "see_doctor", c.getting_worse, "flags.progressive",
       gate_all="progressive", kinds="spasm"),
    _r("claudication", "see_doctor", c.claudication, "flags.calf_pain_on_walking_eases_at_rest",
       gate_all="calf_pain_on_walking_eases_at_rest"),
    _r("bilateral_leg_swelling", "see_doctor", c.both_legs_swollen, "flags.swelling side",
       gate_all="swelling"),
    _r("swelling_redness_warmth", "see_doctor", c.local_signs,
       "flags.swelling flags.redness flags.warmth", gate_any="swelling redness warmth"),
    _r("medicine_linked", "see_doctor", c.medicine, "medications"),
    _r("cramp_self_limiting", "self_care", c.ordinary_cramp, "kind", kinds="spasm"),
    _r("twitch_benign", "self_care", c.ordinary_twitch, "kind", kinds="twitch"),
    _r("decongestant_twitch", "self_care", c.decongestant_twitch, "medications",
       kinds="twitch"),
    _r("pregnancy_cramps", "self_care", c.pregnancy_cramps, "pregnant", kinds="spasm"),
)

#: Rules that are the baseline answer rather than a finding; never repeated in also_consider.
BASELINE = frozenset({"cramp_self_limiting", "twitch_benign"})
