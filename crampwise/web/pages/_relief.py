"""The relief routine in the shape the Now page renders.

The steps, notes and "see a doctor if" list come from ``crampwise.engine.relief.relief_routine``
(the same routine as ``crampwise relief``); the page adds the stretch picture's alt text, which
lives with the stretch in the knowledge files.
"""

from __future__ import annotations

from typing import Any

from crampwise.domain.journal import Entry
from crampwise.engine.relief import relief_routine
from crampwise.knowledge.stretches import load_stretches


def relief_view(muscle: str, kind: str, flags: dict[str, bool],
                last_workout: Entry | None) -> dict[str, Any]:
    """The routine for this episode, its first pictured step split out as ``stretch``."""
    routine = relief_routine(muscle, kind, flags,
                             last_workout.to_json() if last_workout is not None else None)
    steps = list(routine["steps"])
    stretch = next((s for s in steps if s.get("image")), None)
    if stretch is not None:
        steps.remove(stretch)
        known = load_stretches()[routine["muscle"]]
        stretch = {**stretch, "image": str(stretch["image"]).removesuffix(".svg"),
                   "image_alt": known.image_alt, "hold_s": stretch.get("hold_s") or [15, 30],
                   "repeat": stretch.get("repeat") or 1}
    return {"stretch": stretch, "steps": steps, "notes": routine.get("notes", []),
            "see_doctor_if": routine.get("see_doctor_if", []), "grade": routine.get("grade")}
