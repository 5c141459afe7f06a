"""Red-flag triage: one disposition for what a person reports, and exactly why.

``triage`` runs every rule of ``triage_rules`` and answers the most urgent level any rule
reached (spec/triage.md). Under-triage is the worst error, so unknown answers never count as
"no" and a cramp whose end is unknown is taken as still going on. ``next_question`` drives the
interactive flows (CLI and web): it asks emergency-level questions first and stops as soon as no
further answer could raise the level. Pure functions: the same input always gives the same
output.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crampwise.domain.triage import (
    LEVELS,
    EvidenceRef,
    Reason,
    TriageInput,
    TriageResult,
    parse_triage_input,
    urgency,
)
from crampwise.domain.vocabulary import canonical_kind, canonical_muscle, muscle_label
from crampwise.engine.triage_rules import BASELINE, RULES, Rule
from crampwise.engine.triage_words import Fields, base_fields
from crampwise.knowledge.red_flags import (
    Question,
    RedFlagRule,
    load_questions,
    load_red_flags,
    load_rules,
)

__all__ = ["Question", "answer", "best_level", "next_question", "questions", "rule_ids",
           "triage"]


def rule_ids() -> tuple[str, ...]:
    """Every rule id the engine can fire, in evaluation order."""
    return tuple(r.id for r in RULES)


def _fill(template: str, inp: TriageInput, fields: Fields) -> str:
    words = base_fields(inp) | fields
    return template.format_map(words)


def _fired(inp: TriageInput) -> list[tuple[Rule, str]]:
    texts = load_rules()
    fired = []
    for rule in RULES:
        if inp.kind not in rule.kinds:
            continue
        fields = rule.check(inp)
        if fields is not None:
            fired.append((rule, _fill(texts[rule.id].because, inp, fields)))
    return fired


def triage(inp: TriageInput) -> TriageResult:
    """The disposition for ``inp``, with the rules that reached it and what to do."""
    fired = _fired(inp)
    top = min(urgency(rule.level) for rule, _ in fired)
    disposition = LEVELS[top]
    texts = load_rules()
    main = [(rule, because) for rule, because in fired if urgency(rule.level) == top]
    lower = [(rule, because) for rule, because in fired
             if urgency(rule.level) > top and rule.id not in BASELINE]
    reasons = [Reason(rule=rule.id, because=because) for rule, because in main]
    also = [f"{because} — {texts[rule.id].advice}" for rule, because in lower]
    advice = _advice(disposition, inp, [texts[rule.id] for rule, _ in main])
    evidence = _evidence([texts[rule.id] for rule, _ in main + lower])
    return TriageResult(disposition=disposition, reasons=reasons, advice=advice,
                        also_consider=also, evidence=evidence)


def _evidence(rules: list[RedFlagRule]) -> list[EvidenceRef]:
    seen: dict[str, EvidenceRef] = {}
    for rule in rules:
        for ref in rule.references:
            seen.setdefault(ref.source, EvidenceRef(source=ref.source, grade=rule.grade.value))
    return list(seen.values())


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _advice(disposition: str, inp: TriageInput, rules: list[RedFlagRule]) -> str:
    data = load_red_flags()
    headline = data.dispositions[disposition].headline  # type: ignore[index]
    emergency = "Call emergency services if you notice: " + "; ".join(
        data.watch_for["emergency"]) + "."
    urgent = "Get help the same day if: " + "; ".join(data.watch_for["urgent"]) + "."
    parts = [headline]
    if disposition == "self_care":
        parts.append(_relief_pointer(inp))
    parts += _unique([rule.advice for rule in rules])
    if disposition in ("see_doctor", "self_care"):
        parts.append(urgent)
    if disposition != "emergency":
        parts.append(emergency)
    return " ".join(parts)


def _relief_pointer(inp: TriageInput) -> str:
    commands = ", ".join(f"`crampwise relief {m}`" for m in inp.muscles)
    names = ", ".join(muscle_label(m).lower() for m in inp.muscles)
    if inp.kind == "spasm":
        return (f"Relief routine for the {names}: {commands} — stretch the muscle gently and "
                "hold 15-30 seconds without bouncing until it lets go, then massage it; "
                "warmth can ease leftover tightness (not on a swollen, hot or injured area).")
    return (f"If the {names} also feels tight, the relief routine is at {commands}; twitches "
            "themselves need no treatment.")


# --- interactive triage ---------------------------------------------------------------------

def questions() -> tuple[Question, ...]:
    """The interactive questions in the order they are asked (emergency-level first)."""
    return load_questions()


def _answered(question: Question, answers: Mapping[str, Any]) -> bool:
    if question.key.startswith("flags."):
        flags = answers.get("flags") or {}
        return question.key.removeprefix("flags.") in flags
    return answers.get(question.key) is not None


def _best_level(question: Question, answers: Mapping[str, Any], kind: str) -> int:
    return _best_urgency(question.key, answers, kind)


def _best_urgency(key: str, answers: Mapping[str, Any], kind: str) -> int:
    levels = [urgency(rule.level) for rule in RULES
              if key in rule.uses and rule.possible(answers, kind)]
    return min(levels, default=len(LEVELS))


def best_level(question_key: str, answers: Mapping[str, Any]) -> str | None:
    """The most urgent disposition an answer to ``question_key`` could still lead to, or None.

    ``answers`` is a partial triage input (a missing ``kind`` counts as a cramp); None means no
    rule that reads this question is still possible, so its answer cannot change the outcome.
    Interactive flows use it to group questions that matter at the same level.
    """
    kind = canonical_kind(str(answers.get("kind") or "spasm"))
    best = _best_urgency(question_key, answers, kind)
    return LEVELS[best] if best < len(LEVELS) else None


def next_question(answers: Mapping[str, Any]) -> Question | None:
    """The next question worth asking, or None once no answer could raise the disposition.

    ``answers`` has the shape of a triage input (red flags under ``"flags"``), possibly partial;
    invalid answers raise ``TriageInputError`` naming the key.
    """
    pending = [q for q in questions() if not _answered(q, answers)]
    for q in pending:
        if q.key in ("kind", "muscles"):
            return q
    inp = parse_triage_input(dict(answers))
    current = urgency(triage(inp).disposition)
    if current == 0:
        return None
    for q in pending:
        if _best_level(q, answers, inp.kind) < current:
            return q
    return None


_YES = {"y", "yes", "true", "1"}
_NO = {"n", "no", "false", "0"}


def answer(answers: Mapping[str, Any], question: Question, raw: str) -> dict[str, Any]:
    """A copy of ``answers`` with ``raw`` (what the person typed) parsed into the question's key.

    Raises ``ValueError`` with a message fit to show when ``raw`` is not a valid answer.
    """
    text = raw.strip()
    value: Any
    if question.type == "bool":
        if text.lower() not in _YES | _NO:
            raise ValueError("please answer yes or no")
        value = text.lower() in _YES
    elif question.type == "choice":
        options = {o.lower(): o for o in question.options}
        aliases = {"cramp": "spasm", "fasciculation": "twitch"}
        key = aliases.get(text.lower(), text.lower())
        if key not in options:
            raise ValueError(f"please answer one of: {', '.join(question.options)}")
        value = options[key]
    elif question.type in ("int", "number"):
        value = _number(question, text)
    elif question.type == "muscles":
        value = [canonical_muscle(p) for p in text.split(",") if p.strip()]
        if not value:
            raise ValueError("please name at least one muscle")
    else:
        value = [p.strip() for p in text.split(",") if p.strip()]
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in answers.items()}
    if question.key.startswith("flags."):
        out.setdefault("flags", {})[question.key.removeprefix("flags.")] = value
    else:
        out[question.key] = value
    return out


def _number(question: Question, text: str) -> int | float:
    try:
        number = float(text)
    except ValueError:
        raise ValueError("please answer with a number") from None
    if question.min is not None and number < question.min:
        raise ValueError(f"please answer {question.min:g} or more")
    if question.max is not None and number > question.max:
        raise ValueError(f"please answer {question.max:g} or less")
    if question.type == "int":
        if number != int(number):
            raise ValueError("please answer with a whole number")
        return int(number)
    return number * question.scale
