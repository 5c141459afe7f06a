"""Turn raw journal objects into entry models, with errors people can act on.

Every problem becomes an ``EntryProblem``: which key, what was wrong, what was expected. The
JSONL importer adds the line number; the API returns the same problems as JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated, Any, Union
from zoneinfo import ZoneInfo

from pydantic import Field, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from crampwise.domain.journal import ENTRY_TYPES, MODELS, Entry
from crampwise.domain.vocabulary import Term, VocabularyError

_TYPES = Term("entry type", ENTRY_TYPES, {t: t for t in ENTRY_TYPES}, {})


@dataclass(frozen=True)
class EntryProblem:
    """One thing wrong with one entry."""

    key: str | None
    message: str

    def __str__(self) -> str:
        return f"key '{self.key}': {self.message}" if self.key else self.message


class EntryError(ValueError):
    """An entry that cannot be accepted, with every problem found in it."""

    def __init__(self, problems: list[EntryProblem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


def parse_entry(obj: Any, tz: ZoneInfo | None = None) -> Entry:
    """Validate one journal object (already decoded from JSON) into its entry model."""
    if not isinstance(obj, dict):
        raise EntryError([EntryProblem(None, f"expected a JSON object, got {_json_kind(obj)}")])
    kind = obj.get("type")
    if kind is None:
        raise EntryError([EntryProblem("type", "required key is missing (expected one of: "
                                               f"{', '.join(ENTRY_TYPES)})")])
    if not isinstance(kind, str):
        raise EntryError([EntryProblem("type", f"expected a string, got {_json_kind(kind)}")])
    try:
        canonical = _TYPES.canonical(kind)
    except VocabularyError as exc:
        raise EntryError([EntryProblem("type", str(exc))]) from None
    model = MODELS[canonical]
    if canonical != kind:
        obj = {**obj, "type": canonical}
    try:
        return model.model_validate(obj, context={"tz": tz} if tz else None)
    except ValidationError as exc:
        problems = list(dict.fromkeys(_problem(e, model) for e in exc.errors()))
        raise EntryError(problems) from None


def parse_line(text: str, tz: ZoneInfo | None = None) -> Entry | None:
    """Decode and validate one JSONL line; None for a blank line."""
    if not text.strip():
        return None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EntryError([EntryProblem(None, f"not valid JSON: {exc.msg} at column {exc.colno}")]
                         ) from None
    return parse_entry(obj, tz)


_ANY_ENTRY: TypeAdapter[Entry] = TypeAdapter(
    Annotated[Union[tuple(MODELS.values())],  # type: ignore[arg-type]  # noqa: UP007
              Field(discriminator="type")])


def parse_json_bytes(raw: bytes, tz: ZoneInfo | None = None) -> Entry | None:
    """``parse_line`` for one undecoded line, validated straight from the JSON bytes.

    The bulk import's fast path: one pass in pydantic-core instead of ``json.loads`` and then
    the model. Anything it does not accept (an error, an alias of a type name, a byte-order
    mark) goes through ``parse_line``, so every message is the same as there.
    """
    try:
        return _ANY_ENTRY.validate_json(raw, context={"tz": tz} if tz else None)
    except ValidationError:
        pass
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EntryError([EntryProblem(None, f"not UTF-8 text (byte {exc.start + 1} of the "
                                             f"line)")]) from None
    return parse_line(text, tz)


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "a string",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def _problem(error: ErrorDetails, model: type[Entry]) -> EntryProblem:
    loc = [str(part) for part in error["loc"]]
    # Union/annotated wrappers add type names to the location; keep the journal's keys only.
    keys = [p for p in loc if not p[:1].isupper() and not p.startswith(("function-", "lax-"))
            and p not in ("float", "int", "str", "bool", "date", "datetime", "literal[...]")]
    key = ".".join(keys) or None
    kind = error["type"]
    ctx = error.get("ctx") or {}
    got = error.get("input")
    shown = json.dumps(got, default=str)[:60] if kind not in ("missing",) else None
    if kind == "missing":
        message = "required key is missing"
    elif kind == "extra_forbidden":
        valid = ", ".join(k for k in model.model_fields if k != "type")
        message = f"unknown key (valid keys for {model.__name__.lower()}: type, {valid})"
        if key and "." in key:
            message = "unknown key"
    elif kind in ("less_than_equal", "greater_than_equal", "less_than", "greater_than"):
        bound = next(iter(ctx.values()))
        sign = {"less_than_equal": "≤", "greater_than_equal": "≥", "less_than": "<",
                "greater_than": ">"}[kind]
        message = f"expected a number {sign} {bound}, got {shown}"
    elif kind in ("float_type", "float_parsing", "int_type", "int_parsing", "int_from_float"):
        whole = "whole " if kind.startswith("int") else ""
        message = f"expected a {whole}number, got {shown}"
    elif kind in ("bool_type", "bool_parsing"):
        message = f"expected true or false, got {shown}"
    elif kind in ("string_type",):
        message = f"expected a string, got {shown}"
    elif kind == "string_unicode":
        message = "text must be valid Unicode (it holds a lone surrogate escape such as \\ud800)"
    elif kind in ("list_type",):
        message = f"expected a list, got {shown}"
    elif kind in ("dict_type", "model_type", "model_attributes_type"):
        message = f"expected an object, got {shown}"
    elif kind == "literal_error":
        message = f"expected one of {ctx.get('expected')}, got {shown}"
    elif kind in ("datetime_parsing", "datetime_type", "datetime_from_date_parsing",
                  "date_from_datetime_parsing", "date_parsing", "date_type"):
        message = (f"expected an ISO 8601 time with UTC offset such as "
                   f"2026-05-01T07:00:00+02:00, got {shown}")
    elif kind in ("string_too_long", "too_long"):
        message = f"too long: at most {ctx.get('max_length')} characters"
    elif kind in ("string_too_short", "too_short"):
        message = "must not be empty"
    elif kind == "string_pattern_mismatch":
        message = f"expected a USDA number like 09040, got {shown}"
    elif kind == "finite_number":
        message = "expected a finite number"
    elif kind == "value_error":
        message = str(ctx.get("error", error["msg"]))
    else:
        message = error["msg"]
    return EntryProblem(key, message)
