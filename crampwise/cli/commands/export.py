"""``crampwise export``: the whole journal as JSONL, the canonical format of journal.md."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from crampwise.cli.context import err, state
from crampwise.services.journal import export_journal


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export_command(
        ctx: typer.Context,
        output: Path | None = typer.Option(None, "-o", "--output",
                                           help="Write to this file instead of stdout."),
    ) -> None:
        """Write the whole journal as JSON Lines (stdout by default)."""
        cli = state(ctx)
        if output is None:
            export_journal(cli.database_url, cli.user, sys.stdout)
            return
        tmp = output.with_name(output.name + ".part")
        with tmp.open("w", encoding="utf-8") as handle:
            count = export_journal(cli.database_url, cli.user, handle)
        tmp.replace(output)  # never leave a half-written export under the real name
        err.print(f"exported {count} entries to {output}")
