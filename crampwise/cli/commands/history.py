"""``crampwise history``: the latest entries as a table, or JSON."""

from __future__ import annotations

import typer
from rich.markup import escape
from rich.table import Table

from crampwise.cli.context import out, print_json, state
from crampwise.domain.journal import ENTRY_TYPES
from crampwise.errors import UserError
from crampwise.services.journal import history


def register(app: typer.Typer) -> None:
    @app.command("history")
    def history_command(
        ctx: typer.Context,
        limit: int = typer.Option(20, "--limit", "-n", min=1, max=100000),
        type_: list[str] | None = typer.Option(None, "--type", help="Only these entry types."),
    ) -> None:
        """Show the most recent journal entries, newest first."""
        cli = state(ctx)
        for kind in type_ or []:
            if kind not in ENTRY_TYPES:
                raise UserError(f"--type: unknown entry type {kind!r} "
                                f"(expected one of: {', '.join(ENTRY_TYPES)})")
        rows = history(cli.database_url, cli.user, limit=limit, types=type_ or None)
        if cli.json:
            print_json([{"entry_id": i, **e.to_json()} for i, e in rows])
            return
        table = Table(title=f"Journal of {escape(cli.user)}")
        for column in ("id", "when", "type", "details"):
            table.add_column(column)
        for entry_id, entry in rows:
            data = entry.to_json()
            when = data.pop("time", data.pop("start", ""))
            kind = data.pop("type")
            details = ", ".join(f"{k}={v}" for k, v in data.items())
            table.add_row(str(entry_id), str(when), kind, escape(details))
        out.print(table)
