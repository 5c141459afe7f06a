"""The conditions behind each red-flag rule (research/evidence.md §6.13 and §6.14).

Each check looks at a ``TriageInput`` and either stays silent (``None``) or returns the words
that fill its rule's ``because`` template in knowledge/data/red_flags.toml. They live apart from
the rule table in ``triage_rules`` so each file stays readable; a check only ever fires on a flag
answered *yes*, so adding a red flag never lowers the level.
"""

from __future__ import annotations

from crampwise.domain.triage import TriageInput
from crampwise.domain.vocabulary import muscle_region
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
#: Over-the-counter decongestants in the stimulant class (evidence.md §2.11).
DECONGESTANT_WORDS = ("pseudoephedrine", "sudafed", "phenylephrine")
#: Heat exhaustion should be clearly better within 30 minutes of cooling (NHS).
HEAT_RECOVERY_S = 1800


def legs(inp: TriageInput) -> tuple[str, ...]:
    """The reported muscles that are in a leg or foot."""
    return tuple(m for m in inp.muscles if muscle_region(m) in LEG_REGIONS)


def severe(inp: TriageInput) -> bool:
    """Worst pain reported as 7/10 or more."""
    return inp.pain is not None and inp.pain >= SEVERE_PAIN


# --- emergency ------------------------------------------------------------------------------

def chest(inp: TriageInput) -> Fields | None:
    """Chest pain or shortness of breath."""
    what = found(inp, [("chest_pain", "chest pain"), ("short_of_breath", "shortness of breath")])
    return {"what": join(what)} if what else None


def confusion(inp: TriageInput) -> Fields | None:
    """Confusion, with the context that may explain it."""
    if not inp.flag("confusion"):
        return None
    context = found(inp, [
        ("high_body_temperature", " with a high body temperature"),
        ("fever", " with a fever"),
        ("vomiting_or_headache_after_heavy_drinking",
         " after vomiting or a headache following heavy drinking"),
    ])
    return {"context": "".join(context)}


def rhabdo(inp: TriageInput) -> Fields | None:
    """Dark urine with severe pain, weakness, swelling or a tense limb."""
    if not inp.flag("dark_urine"):
        return None
    what = ([f"severe pain ({inp.pain}/10)"] if severe(inp) else []) + found(inp, [
        ("weakness", "weakness"), ("swelling", "swelling"),
        ("severe_pain_tense_limb", "a tense, very painful limb")])
    return {"what": join(what)} if what else None


def compartment(inp: TriageInput) -> Fields | None:
    """A tense, extremely painful limb."""
    if not inp.flag("severe_pain_tense_limb"):
        return None
    return {"context": " after an injury" if inp.flag("injury_or_trauma") else ""}


def cauda(inp: TriageInput) -> Fields | None:
    """Saddle numbness or a new bladder or bowel change."""
    return {} if inp.flag("saddle_numbness_or_bladder_change") else None


def stroke(inp: TriageInput) -> Fields | None:
    """Speech or swallowing trouble, or face or one-sided arm-and-leg weakness."""
    what = found(inp, [("speech_or_swallowing_trouble", "trouble speaking or swallowing")])
    if inp.flag("weakness") and FACE_MUSCLES & set(inp.muscles):
        what.append("weakness of the face")
    regions = {muscle_region(m) for m in inp.muscles}
    if inp.flag("weakness") and inp.side in ("left", "right") and regions & ARM_REGIONS \
            and regions & LEG_REGIONS:
        what.append(f"weakness of the {inp.side} arm and leg")
    return {"what": join(what)} if what else None


def heat_not_improving(inp: TriageInput) -> Fields | None:
    """A high body temperature still there after 30 minutes."""
    lasting = inp.duration_s is not None and inp.duration_s >= HEAT_RECOVERY_S
    if inp.flag("high_body_temperature") and lasting and inp.self_care_helped is not True:
        return {}
    return None


# --- urgent ---------------------------------------------------------------------------------

def dark_urine(inp: TriageInput) -> Fields | None:
    """Dark (tea or cola coloured) urine on its own."""
    if not inp.flag("dark_urine"):
        return None
    after = inp.during in ("exercise", "after_exercise")
    return {"context": " after exertion" if after else ""}


def one_sided_leg(inp: TriageInput) -> tuple[str, ...]:
    """Leg muscles when the complaint is not on both sides."""
    return legs(inp) if inp.side != "both" else ()


def risk_context(inp: TriageInput) -> str:
    """Words for the clot risk factors reported."""
    risks = found(inp, [("recent_immobility_or_long_travel",
                         "after recent immobility or long travel")])
    if inp.pregnant:
        risks.append("during pregnancy")
    return f" {join(risks)}" if risks else ""


def dvt(inp: TriageInput) -> Fields | None:
    """Swelling, warmth or redness of one leg."""
    legs = one_sided_leg(inp)
    what = found(inp, [("swelling", "swelling"), ("warmth", "warmth"), ("redness", "redness")])
    if not legs or not what:
        return None
    side = "one-sided " if inp.side in ("left", "right") else ""
    return {"what": side + join(what), "where": where(inp, legs), "context": risk_context(inp)}


def dvt_risk(inp: TriageInput) -> Fields | None:
    """Leg pain after travel or immobility that is not behaving like a cramp."""
    legs = one_sided_leg(inp)
    if not (legs and inp.flag("recent_immobility_or_long_travel")):
        return None
    if inp.self_care_helped is True or dvt(inp) is not None:
        return None  # released like a cramp, or already covered by visible DVT signs
    if inp.self_care_helped is None and inp.duration_s is not None \
            and inp.duration_s <= PROLONGED_S:
        return None  # a few minutes so far: behaving like an ordinary cramp
    return {"where": where(inp, legs), "kind": "pain or cramp"}


def pregnancy_swelling(inp: TriageInput) -> Fields | None:
    """Any swelling during pregnancy."""
    return {} if inp.pregnant and inp.flag("swelling") else None


def infection(inp: TriageInput) -> Fields | None:
    """Fever with redness, warmth, swelling or severe pain."""
    what = found(inp, [("redness", "redness"), ("warmth", "warmth"), ("swelling", "swelling")])
    if severe(inp):
        what.append(f"severe pain ({inp.pain}/10)")  # deep muscle infection hurts out of scale
    return {"what": join(what)} if inp.flag("fever") and what else None


def stiff_neck_fever(inp: TriageInput) -> Fields | None:
    """A cramping neck with a fever."""
    return {} if inp.flag("fever") and "neck" in inp.muscles else None


def heat(inp: TriageInput) -> Fields | None:
    """A high body temperature without confusion."""
    if not inp.flag("high_body_temperature"):
        return None
    during = {"exercise": " during exercise", "after_exercise": " after exercise"}
    return {"context": during.get(inp.during or "", "")}


def hyponatraemia(inp: TriageInput) -> Fields | None:
    """Vomiting or headache after heavy drinking during a long event."""
    return {} if inp.flag("vomiting_or_headache_after_heavy_drinking") else None


def injury(inp: TriageInput) -> Fields | None:
    """An injury with severe pain, swelling or weakness, or a kick-like calf pain."""
    if not inp.flag("injury_or_trauma"):
        return None
    what = ([f"severe pain ({inp.pain}/10)"] if severe(inp) else []) + found(
        inp, [("swelling", "swelling"), ("weakness", "weakness")])
    if not what and "calf" in inp.muscles and inp.self_care_helped is not True:
        # The question includes "felt like being kicked in the calf", the typical sign of a
        # calf or Achilles tear, which evidence.md §6.14 routes to urgent on its own.
        what = ["sudden pain, like a blow or a kick"]
    return {"what": join(what)} if what else None


def both_legs_worse(inp: TriageInput) -> Fields | None:
    """Weakness or numbness in both legs that is getting worse or marked."""
    if not (inp.side == "both" and legs(inp)):
        return None
    what = found(inp, [("weakness", "weakness"), ("numbness_tingling", "numbness or tingling")])
    # Weakness and numbness together in both legs count unless known not to be getting worse
    # (NHS sciatica: numbness or weakness in both legs that is severe or getting worse).
    both = len(what) == 2 and inp.flags.get("progressive") is not False
    if not what or not (inp.flag("progressive") or both):
        return None
    return {"what": join(what), "context": " that is getting worse" if inp.flag("progressive")
            else " (not known whether it is getting worse)"}


def not_settling(inp: TriageInput) -> Fields | None:
    """A cramp past 10 minutes that has not eased (or not known to have)."""
    if inp.duration_s is None or inp.duration_s <= PROLONGED_S or inp.self_care_helped is True:
        return None
    context = (" and has not eased with stretching" if inp.self_care_helped is False
               else " and is taken as still going on (not known whether it has eased)")
    return {"context": context}


def tetany(inp: TriageInput) -> Fields | None:
    """Hand spasm with tingling around the mouth, or hands and feet together."""
    muscles = set(inp.muscles)
    # Hand spasm with tingling around the mouth, or hands and feet together (carpopedal spasm).
    if inp.flag("numbness_tingling") and muscles & HAND_MUSCLES \
            and muscles & (FACE_MUSCLES | FEET):
        involved = tuple(m for m in inp.muscles if m in HAND_MUSCLES | FACE_MUSCLES | FEET)
        return {"where": where(inp, involved)}
    return None


def tetanus(inp: TriageInput) -> Fields | None:
    """Spasms of the jaw, neck or trunk after an injury or wound."""
    trunk = tuple(m for m in inp.muscles if m in TETANUS_MUSCLES)
    return {"where": where(inp, trunk)} if trunk and inp.flag("injury_or_trauma") else None


def weakness_urgent(inp: TriageInput) -> Fields | None:
    """Nerve weakness that is getting worse, or marked with numbness and pain."""
    # Nerve-root weakness that is getting worse (with numbness, or new within days, like a new
    # foot drop), or marked weakness with numbness and severe pain in one leg (nerve or blood
    # supply) is urgent (§6.6, §6.9). Muscles slowly getting weaker without numbness stay
    # see_doctor (NHS leg cramps §6.0; twitches §6.8, §6.14).
    if not inp.flag("weakness") or both_legs_worse(inp) is not None:
        return None
    numb = inp.flag("numbness_tingling")
    weeks = inp.weeks_ongoing
    new = inp.kind == "spasm" and weeks is not None and weeks < PERSISTENT_WEEKS
    if inp.flag("progressive") and (numb or new):
        return {"what": "weakness that is getting worse" + (" with numbness" if numb else "")}
    if numb and severe(inp) and one_sided_leg(inp) and inp.side is not None:
        return {"what": f"weakness and numbness with severe pain ({inp.pain}/10)"}
    return None


def pregnancy_abdomen(inp: TriageInput) -> Fields | None:
    """Tummy cramps in pregnancy that were not mild and eased."""
    # Tummy cramps in pregnancy are not the leg cramps of §2.12: unless they were mild and
    # eased, the midwife or maternity unit should hear about them today (NHS).
    if not (inp.pregnant and "abdomen" in inp.muscles):
        return None
    if inp.self_care_helped is True and inp.pain is not None and inp.pain < SEVERE_PAIN:
        return None
    pain = f" with pain of {inp.pain}/10" if severe(inp) else ""
    eased = " that has not eased" if inp.self_care_helped is False else ""
    return {"context": pain + eased}


def rest_pain(inp: TriageInput) -> Fields | None:
    """Claudication with pain at rest or at night."""
    if inp.flag("calf_pain_on_walking_eases_at_rest") and inp.during in ("rest", "sleep"):
        return {"when": "night" if inp.during == "sleep" else "rest"}
    return None


def muscle_breakdown(inp: TriageInput) -> Fields | None:
    """Severe pain with swelling or weakness after exertion, not eased."""
    # Severe pain with swelling or real weakness after exertion that stretching did not ease is
    # how exertional rhabdomyolysis looks before (or without) dark urine (§6.1).
    if inp.during not in (None, "exercise", "after_exercise") or inp.self_care_helped is True:
        return None
    what = found(inp, [("swelling", "swelling"), ("weakness", "weakness")])
    if not (severe(inp) and what):
        return None
    return {"what": f"severe pain ({inp.pain}/10) with {join(what)}"}


def salt_losing_weakness(inp: TriageInput) -> Fields | None:
    """Weakness while taking a diuretic or a PPI."""
    # Diuretics and long-term PPIs can lower potassium or magnesium; weakness with cramps on
    # them needs same-day blood tests (§6.10).
    classes = medicine_classes(inp)
    names = [n for k in SALT_LOSING for n in classes.get(k, [])]
    return {"medicines": join(names)} if names and inp.flag("weakness") else None


def statin_weakness(inp: TriageInput) -> Fields | None:
    """Weakness while taking a statin."""
    statins = medicine_classes(inp).get("statin")
    return {"medicines": join(statins)} if statins and inp.flag("weakness") else None


# --- see a doctor ---------------------------------------------------------------------------

def was_prolonged(inp: TriageInput) -> Fields | None:
    """A cramp that lasted over 10 minutes before it eased."""
    long = inp.duration_s is not None and inp.duration_s > PROLONGED_S
    return {} if long and inp.self_care_helped is True else None


def twitch_weakness(inp: TriageInput) -> Fields | None:
    """Weakness or muscle wasting reported."""
    what = found(inp, [("weakness", "weakness"), ("muscle_wasting", "muscles getting smaller")])
    return {"what": join(what)} if what else None


def twitch_persistent(inp: TriageInput) -> Fields | None:
    """A twitch lasting over two weeks, getting worse or spreading."""
    what = []
    if inp.weeks_ongoing is not None and inp.weeks_ongoing > PERSISTENT_WEEKS:
        what.append(f"for about {inp.weeks_ongoing:g} weeks")
    if inp.flag("progressive"):
        what.append("that is getting worse")
    if set(inp.muscles) >= FACE_MUSCLES:
        what.append("that has spread to other parts of the face")
    return {"what": join(what)} if what else None


def frequent(inp: TriageInput) -> Fields | None:
    """Frequent cramps over weeks that self-care does not relieve or that wake."""
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


def numbness_one(inp: TriageInput) -> Fields | None:
    """Numbness or tingling with one muscle."""
    return {} if inp.flag("numbness_tingling") and len(inp.muscles) == 1 else None


def numbness_several(inp: TriageInput) -> Fields | None:
    """Numbness or tingling with several muscles."""
    return {} if inp.flag("numbness_tingling") and len(inp.muscles) > 1 else None


def weakness_wasting(inp: TriageInput) -> Fields | None:
    """Cramps with weakness or muscles getting smaller."""
    return twitch_weakness(inp)


def getting_worse(inp: TriageInput) -> Fields | None:
    """Cramps that are getting worse."""
    return {} if inp.flag("progressive") else None


def claudication(inp: TriageInput) -> Fields | None:
    """Calf pain on walking that eases at rest."""
    return {} if inp.flag("calf_pain_on_walking_eases_at_rest") else None


def both_legs_swollen(inp: TriageInput) -> Fields | None:
    """Swelling of both legs."""
    if not (inp.flag("swelling") and inp.side == "both" and legs(inp)):
        return None
    weeks = inp.weeks_ongoing
    return {"context": f" that has built up over {weeks:g} weeks" if weeks else ""}


def local_signs(inp: TriageInput) -> Fields | None:
    """Swelling, redness or warmth not covered by the clot rules."""
    what = found(inp, [("swelling", "swelling"), ("redness", "redness"), ("warmth", "warmth")])
    targets = [m for m in inp.muscles if muscle_region(m) not in LEG_REGIONS]
    if inp.side == "both" and (inp.flag("redness") or inp.flag("warmth")):
        targets += list(legs(inp))  # one-sided legs are the DVT rule's; both-leg swelling too
    if not (what and targets):
        return None
    ordered = tuple(m for m in inp.muscles if m in targets)
    return {"what": join(what), "where": where(inp, ordered)}


def decongestants(inp: TriageInput) -> list[str]:
    """Over-the-counter decongestants named, as the person wrote them."""
    return [n for n in medicine_classes(inp).get("stimulant", [])
            if any(w in n.lower() for w in DECONGESTANT_WORDS)]


def medicine(inp: TriageInput) -> Fields | None:
    """A medicine linked to cramps or twitching."""
    linked = medicine_classes(inp)
    if inp.kind == "twitch" and "stimulant" in linked:
        # A short course of a decongestant that makes muscles twitchy needs no appointment:
        # stopping it is the advice (§2.11); prescribed stimulants still go to the prescriber.
        rest = [n for n in linked["stimulant"] if n not in decongestants(inp)]
        linked = {k: v for k, v in linked.items() if k != "stimulant"} | (
            {"stimulant": rest} if rest else {})
    if not linked:
        return None
    names = [f"{join(names)} ({medicine_label(k).split(' (')[0]})" for k, names in linked.items()]
    return {"medicines": join(names)}


# --- self-care ------------------------------------------------------------------------------

def ordinary_cramp(inp: TriageInput) -> Fields:
    """The baseline: a cramp with none of the warning signs."""
    bits = []
    if inp.duration_s is not None:
        bits.append(f" that lasted {duration_words(inp.duration_s)}")
    if inp.self_care_helped is True:
        bits.append(" and eased with stretching")
    return {"context": "".join(bits)}


def ordinary_twitch(inp: TriageInput) -> Fields:
    """The baseline: a twitch with none of the warning signs."""
    return {"context": ""}


def decongestant_twitch(inp: TriageInput) -> Fields | None:
    """Twitching while taking an over-the-counter decongestant."""
    names = decongestants(inp) if inp.kind == "twitch" else []
    return {"medicines": join(names)} if names else None


def pregnancy_cramps(inp: TriageInput) -> Fields | None:
    """Leg cramps during pregnancy."""
    return {} if inp.pregnant and legs(inp) else None
