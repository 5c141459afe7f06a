"""What every command needs from the global options: the store URL, the user, output mode."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

import typer
from rich.console import Console

from crampwise.config import get_settings


@dataclass
class CliState:
    db: str | None = None
    user: str = "me"
    json: bool = False
    debug: bool = False

    @property
    def database_url(self) -> str:
        return self.db or get_settings().database_url


out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def state(ctx: typer.Context) -> CliState:
    root = ctx.find_root()
    if not isinstance(root.obj, CliState):
        root.obj = CliState()
    return root.obj


def print_json(data: Any) -> None:
    """Machine output: JSON on stdout and nothing else there."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
