"""The state of the "I'm cramping" flow: answers so far, the next screen of questions, the episode.

The triage engine asks one question at a time (``next_question``); a person in pain should tap as
little as possible, so a screen shows the next few questions that share the same most urgent
possible outcome (emergency signs together first), as a tick list where an unticked box means
"no". The answers travel in the URL as compact JSON, so the flow needs no server-side session.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from typing import Any

from crampwise.domain.triage import LEVELS, TriageResult, parse_triage_input, urgency
from crampwise.domain.vocabulary import FLAGS

MAX_PER_SCREEN = 9


def encode(answers: dict[str, Any]) -> str:
    """Answers as a URL-safe token."""
    raw = json.dumps(answers, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(token: str | None) -> dict[str, Any]:
    """The answers in a token (an empty dict for a missing or damaged one)."""
    if not token:
        return {}
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, binascii.Error):
        return {}
    return data if isinstance(data, dict) else {}


def start(kind: str, muscle: str) -> dict[str, Any]:
    """The answers once the person has said what and where."""
    return {"kind": kind, "muscles": [muscle]}


def best_level(key: str, answers: dict[str, Any]) -> int:
    """The most urgent outcome (0 = emergency) an answer to ``key`` could still lead to."""
    from crampwise.engine import triage

    level = triage.best_level(key, answers)
    return urgency(level) if level is not None else len(LEVELS)


def _assume(answers: dict[str, Any], key: str) -> dict[str, Any]:
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in answers.items()}
    if key.startswith("flags."):
        out.setdefault("flags", {})[key.removeprefix("flags.")] = False
    return out


def screen(answers: dict[str, Any], skipped: frozenset[str] = frozenset()) -> list[Any]:
    """The next questions to show together (empty when triage has nothing more worth asking).

    Yes/no questions are grouped while they share the first one's most urgent possible
    outcome; any other kind of question (pain score, side, ...) ends the screen.
    """
    from crampwise.engine.triage import next_question

    shown: list[Any] = []
    level: int | None = None
    trial = answers
    while len(shown) < MAX_PER_SCREEN:
        question = next_question(trial)
        if question is None or question.key in skipped:
            break
        this_level = best_level(question.key, trial)
        if level is not None and (this_level != level or question.type != "bool"):
            break
        level = this_level if level is None else level
        shown.append(question)
        if question.type != "bool":
            break
        trial = _assume(trial, question.key)
    return shown


def apply(answers: dict[str, Any], asked: list[str], form: dict[str, str]) -> dict[str, Any]:
    """Fold one submitted screen into the answers (an unticked yes/no box means "no")."""
    from crampwise.engine.triage import answer, questions

    by_key = {q.key: q for q in questions()}
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in answers.items()}
    for key in asked:
        question = by_key.get(key)
        if question is None:
            continue
        if question.type == "bool":
            out = answer(out, question, "yes" if form.get(key) else "no")
            continue
        raw = (form.get(key) or "").strip()
        if raw or question.type == "medicines":
            try:
                out = answer(out, question, raw)
            except ValueError:
                continue
    return out


def assess(answers: dict[str, Any]) -> TriageResult:
    """The triage answer for what is known so far."""
    from crampwise.engine.triage import triage

    return triage(parse_triage_input(answers))


AFTER_EXERCISE = dt.timedelta(hours=2)


def during_from(workout: Any, when: dt.datetime) -> str | None:
    """"exercise" or "after_exercise" when the last workout explains the timing, else None."""
    start, end = getattr(workout, "time", None), getattr(workout, "end", None)
    if start is None or end is None:
        return None
    if start <= when <= end:
        return "exercise"
    if end < when <= end + AFTER_EXERCISE:
        return "after_exercise"
    return None


def episode(answers: dict[str, Any], when: dt.datetime, token: str,
            relieved: bool | None = None, during: str | None = None) -> dict[str, Any]:
    """The journal episode these answers describe (answered red flags become its flags)."""
    flags = {k: v for k, v in (answers.get("flags") or {}).items() if k in FLAGS}
    obj: dict[str, Any] = {
        "type": "episode", "id": f"web-now-{token}", "time": when.isoformat(),
        "kind": answers["kind"], "muscle": answers["muscles"][0],
    }
    for key in ("side", "pain", "during", "duration_s"):
        if answers.get(key) is not None:
            obj[key] = answers[key]
    if "during" not in obj and during is not None:
        obj["during"] = during  # from the workout log, not asked
    if relieved is None:
        relieved = answers.get("self_care_helped")
    if relieved is not None:
        obj["relieved"] = relieved
    if answers.get("kind") == "spasm":
        obj["relief"] = ["stretching"]
    if flags:
        obj["flags"] = flags
    return obj
