"""Everything a person can use is documented: CLI commands, settings, API routes."""

from __future__ import annotations

import re
from pathlib import Path

from crampwise.cli.main import app as cli_app
from crampwise.config import Settings
from crampwise.web.app import create_app

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    names = [c.name or c.callback.__name__ for c in cli_app.registered_commands]
    names += [g.name for g in cli_app.registered_groups if g.name]
    return sorted(n for n in names if n)


def test_every_cli_command_is_in_the_readme() -> None:
    commands = _commands()
    assert len(commands) >= 12
    missing = [c for c in commands if not re.search(rf"`{re.escape(c)}[ `\\]", README)]
    assert missing == []


def test_every_log_type_is_in_the_readme() -> None:
    from crampwise.cli.commands.log import COMMANDS

    table_row = next(line for line in README.splitlines() if line.startswith("| `log "))
    assert [c for c in COMMANDS if c not in table_row] == []


def test_every_setting_is_in_the_readme() -> None:
    missing = [name for name in Settings.model_fields
               if f"CRAMPWISE_{name.upper()}" not in README]
    assert missing == []


def test_every_api_operation_is_described_and_the_main_ones_are_in_the_readme() -> None:
    document = create_app().openapi()
    operations = [(path, method, op) for path, item in document["paths"].items()
                  for method, op in item.items() if path.startswith("/api/v1")]
    assert len(operations) >= 12
    undocumented = [f"{m.upper()} {p}" for p, m, op in operations
                    if not (op.get("summary") or op.get("description"))]
    assert undocumented == []
    for path in ("/api/v1/users", "/api/v1/token", "/api/v1/entries", "/api/v1/triage",
                 "/api/v1/relief/{muscle}", "/api/v1/analysis", "/api/v1/plan",
                 "/api/v1/openapi.json"):
        assert path in README
