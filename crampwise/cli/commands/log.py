"""``crampwise log TYPE --key value …``: one journal entry from the command line.

The options are built from the journal models themselves, so every key of journal.md is an option
of the same name and validation (ranges, vocabulary, units such as ``--ml "16 oz"``) is the
model's own.
"""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

import typer
from rich.markup import escape

from crampwise.cli.context import out, print_json, state
from crampwise.domain.journal import MODELS
from crampwise.domain.parsing import EntryError, parse_entry
from crampwise.errors import UserError

COMMANDS = {"episode": "episode", "workout": "workout", "fluid": "fluid", "mass": "body_mass",
            "sleep": "sleep", "meal": "meal", "supplement": "supplement",
            "medication": "medication", "profile": "profile"}
_SPECIAL = {"type", "items", "flags"}


def _option_name(field: str) -> str:
    return "--" + field.replace("_", "-")


def _params_for(entry_type: str) -> list[inspect.Parameter]:
    model = MODELS[entry_type]
    params = [inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                annotation=typer.Context)]
    for name, info in model.model_fields.items():
        if name in _SPECIAL:
            continue
        help_text = "time (ISO 8601; default now)" if name in ("time", "start") else name
        annotation = info.annotation
        if "bool" in str(annotation).lower():
            option = typer.Option(None, f"{_option_name(name)}/--not-{name.replace('_', '-')}",
                                  help=help_text)
            kind: Any = bool | None
        elif "list" in str(annotation):
            option = typer.Option(None, _option_name(name), help=f"{name} (repeat or comma-list)")
            kind = list[str] | None
        else:
            option = typer.Option(None, _option_name(name), help=help_text)
            kind = str | None
        params.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option,
                                        annotation=kind))
    if entry_type == "episode":
        params.append(inspect.Parameter(
            "flag", inspect.Parameter.KEYWORD_ONLY, annotation=list[str] | None,
            default=typer.Option(None, "--flag", help="a red flag that is present (repeat)")))
        params.append(inspect.Parameter(
            "no_flag", inspect.Parameter.KEYWORD_ONLY, annotation=list[str] | None,
            default=typer.Option(None, "--no-flag", help="a red flag that is absent (repeat)")))
    if entry_type == "meal":
        params.append(inspect.Parameter(
            "item", inspect.Parameter.KEYWORD_ONLY, annotation=list[str] | None,
            default=typer.Option(None, "--item",
                                 help='food and grams, "banana, raw:120" or "09040:120"')))
    return params


def _build_object(entry_type: str, values: dict[str, Any]) -> dict[str, Any]:
    obj: dict[str, Any] = {"type": entry_type}
    flags: dict[str, bool] = {}
    for name in values.pop("flag", None) or []:
        flags.update({f.strip(): True for f in name.split(",") if f.strip()})
    for name in values.pop("no_flag", None) or []:
        flags.update({f.strip(): False for f in name.split(",") if f.strip()})
    if flags:
        obj["flags"] = flags
    items = []
    for text in values.pop("item", None) or []:
        food, sep, grams = text.rpartition(":")
        if not sep or not food.strip():
            raise UserError(f"--item {text!r}: expected FOOD:GRAMS, e.g. 'banana, raw:120'")
        key = "ndb_no" if food.strip().isdigit() else "food"
        items.append({key: food.strip(), "grams": grams.strip()})
    if items:
        obj["items"] = items
    for name, value in values.items():
        if value is None or value == []:
            continue
        if isinstance(value, list):
            value = [v.strip() for part in value for v in part.split(",") if v.strip()]
        obj[name] = value
    time_key = MODELS[entry_type].time_key
    if time_key and time_key not in obj:
        now = dt.datetime.now().astimezone()
        obj[time_key] = now.date().isoformat() if time_key == "start" else \
            now.replace(microsecond=0).isoformat()
    return obj


def _make_command(command: str, entry_type: str) -> Any:
    def log_command(ctx: typer.Context, **values: Any) -> None:
        from crampwise.services import journal

        cli = state(ctx)
        try:
            obj = _build_object(entry_type, values)
            entry = parse_entry(obj, journal._profile_tz(cli.database_url, cli.user))
        except EntryError as exc:
            raise UserError("; ".join(
                f"--{p.key.replace('_', '-')}: {p.message}" if p.key else p.message
                for p in exc.problems)) from None
        triage_result = _triage_first(entry, cli)
        entry_id, added = journal.log_entry(cli.database_url, cli.user, entry)
        if cli.json:
            data = {"entry_id": entry_id, "added": added, "entry": entry.to_json()}
            if triage_result is not None:
                data["triage"] = triage_result
            print_json(data)
            return
        verb = "logged" if added else "already in the journal:"
        out.print(f"[green]{verb}[/] {entry_type} #{entry_id} "
                  f"{escape(str(entry.to_json()))}")

    log_command.__signature__ = inspect.Signature(_params_for(entry_type))  # type: ignore[attr-defined]
    log_command.__doc__ = f"Add one {entry_type.replace('_', ' ')} entry (time defaults to now)."
    log_command.__name__ = f"log_{command}"
    return log_command


def _triage_first(entry: Any, cli: Any) -> dict[str, Any] | None:
    """An episode with any red flag shows the triage result before anything else."""
    if getattr(entry, "type", None) != "episode" or not any((entry.flags or {}).values()):
        return None
    from crampwise.cli.commands.triage import render
    from crampwise.services.triage import triage_logged_episode

    result = triage_logged_episode(cli.database_url, cli.user, entry)
    if not cli.json:
        render(result)
    return result.model_dump(mode="json")


def register(app: typer.Typer) -> None:
    log_app = typer.Typer(help="Add one journal entry (episode, workout, fluid, mass, ...).",
                          no_args_is_help=True)
    for command, entry_type in COMMANDS.items():
        log_app.command(command)(_make_command(command, entry_type))
    app.add_typer(log_app, name="log")
