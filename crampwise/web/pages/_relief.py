"""The relief routine in the shape the Now page renders.

Uses ``crampwise.engine.relief.relief_routine`` when it is there; until then (or if it fails to
import) the stretch for the muscle and the graded relief methods come straight from the knowledge
files, which the engine would order the same way (first-line first, "not recommended" last).
"""

from __future__ import annotations

import importlib
from typing import Any

from crampwise.knowledge.relief_methods import methods_for
from crampwise.knowledge.stretches import load_stretches

_ROLE_ORDER = {"first_line": 0, "optional": 1, "after": 2, "info": 3, "not_recommended": 4}


def _stretch(muscle: str) -> dict[str, Any]:
    s = load_stretches()[muscle]
    return {"title": s.title, "steps": list(s.steps), "hold_s": list(s.hold_s),
            "repeat": s.repeat, "image": s.image.removesuffix(".svg"), "image_alt": s.image_alt,
            "opposite": s.opposite, "cautions": list(s.cautions), "grade": s.grade.value}


def _methods(kind: str) -> list[dict[str, Any]]:
    found = sorted(methods_for(kind), key=lambda m: _ROLE_ORDER.get(m.role, 9))
    return [{"id": m.id, "title": m.title, "summary": m.summary, "role": m.role,
             "instructions": list(m.instructions), "cautions": list(m.cautions),
             "evidence_says": m.evidence_says, "grade": m.grade.value} for m in found]


def relief_view(muscle: str, kind: str, flags: dict[str, bool], last_workout: Any) -> dict[str, Any]:
    """Stretch (with picture name and hold range) and graded methods for this episode."""
    view: dict[str, Any] = {"stretch": _stretch(muscle), "methods": _methods(kind),
                            "notes": [], "engine": False}
    try:
        engine = importlib.import_module("crampwise.engine.relief")
        routine = engine.relief_routine(muscle, kind, flags, last_workout)
    except Exception:  # noqa: BLE001 - the knowledge fallback above is complete on its own
        return view
    data = routine if isinstance(routine, dict) else getattr(routine, "model_dump", dict)()
    view["engine"] = True
    view["routine"] = data
    return view
