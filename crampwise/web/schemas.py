"""API schemas, separate from the tables: errors, accounts, tokens, and entries with their id.

Entries in and out are the journal models of spec/journal.md; the output adds the server's
``entry_id``. Request bodies are validated by ``crampwise.domain.parsing`` (for its clear, keyed
messages), so their schemas are added to the OpenAPI document here rather than by FastAPI.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, create_model

from crampwise.domain.journal import MODELS, Entry


class Problem(BaseModel):
    """One thing wrong with the input: where (index in a list, key) and what."""

    index: int | None = None
    key: str | None = None
    message: str


class ErrorOut(BaseModel):
    """Every API error: a sentence for people, and the individual problems when there are some."""

    detail: str
    problems: list[Problem] | None = None


class SignUpIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(max_length=64, pattern=r"^\s*[A-Za-z0-9][A-Za-z0-9._-]{1,31}\s*$",
                          description="2-32 letters, digits, . _ - (stored in lower case)")
    password: str = Field(min_length=10, max_length=1024,
                          description="at least 10 characters, not a common one")


class UserOut(BaseModel):
    id: int
    username: str
    created_at: dt.datetime


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type


def _with_id(model: type[Entry]) -> type[BaseModel]:
    return create_model(f"{model.__name__}Out", __base__=model,
                        entry_id=(int, Field(description="the server's id of this entry")))


ENTRY_OUT_MODELS = {kind: _with_id(model) for kind, model in MODELS.items()}
#: One stored entry as the API returns it (documentation; the handlers build the dicts).
EntryOut: Any = Annotated[Union[tuple(ENTRY_OUT_MODELS.values())],  # noqa: UP007
                          Field(discriminator="type")]
_EntryIn: Any = Annotated[Union[tuple(MODELS.values())], Field(discriminator="type")]  # noqa: UP007


class StoredOut(BaseModel):
    """The result of POST /entries: what was stored, and what was already there."""

    added: int
    duplicates: int
    updated: int
    entries: list[dict[str, Any]] = Field(description="each posted entry in order, with its "
                                                      "entry_id and status")


def entry_out(entry_id: int, entry: Entry) -> dict[str, Any]:
    """The JSON object of one stored entry: entry_id, then the journal keys."""
    return {"entry_id": entry_id, **entry.to_json()}


def entries_in_schema() -> tuple[dict[str, Any], dict[str, Any]]:
    """(request body schema, components) for "one journal entry or a list of them"."""
    adapter: TypeAdapter[Any] = TypeAdapter(_EntryIn | list[_EntryIn])
    schema = adapter.json_schema(ref_template="#/components/schemas/{model}In")
    defs = {f"{name}In": sub for name, sub in schema.pop("$defs", {}).items()}
    return schema, defs


def triage_input_schema() -> tuple[dict[str, Any], dict[str, Any]]:
    """(TriageInput schema, its sub-schemas) with the vocabulary's names spelled out."""
    from crampwise.domain.triage import TriageInput
    from crampwise.domain.vocabulary import FLAGS, MUSCLES

    schema = TriageInput.model_json_schema(ref_template="#/components/schemas/{model}")
    defs = schema.pop("$defs", {})
    properties = schema.get("properties", {})
    if "muscles" in properties:
        properties["muscles"]["items"] = {
            "type": "string", "enum": sorted(MUSCLES),
            "description": "a muscle name (aliases such as 'calves' are accepted too)"}
    if "flags" in properties:
        properties["flags"]["propertyNames"] = {"enum": sorted(FLAGS)}
    return schema, defs
