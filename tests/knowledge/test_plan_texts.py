"""Plan texts: every item graded and referenced, placeholders fillable, tables cover the
vocabulary."""

from __future__ import annotations

import string

from crampwise.domain.vocabulary import ACTIVITIES
from crampwise.knowledge.plan_texts import (
    activity_muscles,
    check_tables,
    load_plan_texts,
    typical_sweat_rate,
)


def test_tables_cover_every_activity_and_muscle_names_are_known() -> None:
    check_tables()
    assert all(activity_muscles(a) for a in ACTIVITIES)
    assert all(0.3 <= typical_sweat_rate(a) <= 2.5 for a in ACTIVITIES)  # evidence.md §4.1 range


def test_every_text_renders_with_its_placeholders_and_keeps_grade_and_references() -> None:
    for text in load_plan_texts().values():
        names = {f for _, f, _, _ in string.Formatter().parse(text.text) if f}
        rendered = text.render(**dict.fromkeys(names, 1))
        assert "{" not in rendered["text"], text.id
        assert rendered["grade"] == text.grade.value and rendered["references"]


def test_texts_do_not_make_the_claims_evidence_md_says_to_avoid() -> None:
    joined = " ".join(t.text.lower() for t in load_plan_texts().values())
    for claim in ("prevents cramps", "quinine", "caused by dehydration", "bananas stop"):
        assert claim not in joined
