"""Words for triage explanations, built from what the person reported.

Kept apart from the rules so each rule reads as a condition, and so every explanation uses the
same phrasing for places, durations and medicines.
"""

from __future__ import annotations

from crampwise.domain.triage import TriageInput
from crampwise.domain.vocabulary import muscle_label
from crampwise.knowledge.red_flags import medicine_class

Fields = dict[str, str]


def found(inp: TriageInput, pairs: list[tuple[str, str]]) -> list[str]:
    """The words of each (flag, words) pair whose flag was answered yes."""
    return [words for flag, words in pairs if inp.flag(flag)]


def join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def where(inp: TriageInput, muscles: tuple[str, ...] | None = None) -> str:
    """'left calf', 'calf and hamstring on both sides'."""
    names = join([muscle_label(m).lower() for m in (muscles or inp.muscles)])
    if inp.side in ("left", "right"):
        return f"{inp.side} {names}"
    if inp.side == "both":
        return f"{names} on both sides"
    return names


def duration_words(seconds: float) -> str:
    """'12 minutes', '45 seconds', '2 hours'."""
    if seconds < 90:
        return f"{round(seconds)} seconds"
    if seconds < 2 * 3600:
        return f"{round(seconds / 60)} minutes"
    return f"{seconds / 3600:.1f} hours".replace(".0 hours", " hours")


def base_fields(inp: TriageInput) -> Fields:
    """Words every template may use."""
    return {
        "where": where(inp),
        "muscles": join([muscle_label(m).lower() for m in inp.muscles]),
        "kind": "cramp" if inp.kind == "spasm" else "twitch",
        "kinds": "cramps" if inp.kind == "spasm" else "twitches",
        "pain": "" if inp.pain is None else f"{inp.pain}/10",
        "duration": "" if inp.duration_s is None else duration_words(inp.duration_s),
        "context": "",
        "what": "",
        "medicines": "",
        "frequency": "",
        "when": "",
    }


def medicine_classes(inp: TriageInput) -> dict[str, list[str]]:
    """Recognised cramp-linked medicines, class -> names as the person wrote them."""
    found: dict[str, list[str]] = {}
    for name in inp.medications:
        klass = medicine_class(name)
        if klass is not None:
            found.setdefault(klass, []).append(name.strip())
    return found
