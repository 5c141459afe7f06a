"""``crampwise import PATH…``: each file its own unit, a summary per file, exit 2 if any failed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table

from crampwise.cli.context import err, out, print_json, state
from crampwise.services.importing import FileReport, import_files

LARGE_FILE = 2 * 1024 * 1024  # show a progress bar from this size on


def _summary(reports: list[FileReport]) -> Table:
    table = Table(title="Import summary", show_lines=False)
    for column in ("file", "format", "result", "added", "duplicates", "unused", "invalid"):
        table.add_column(column)
    for r in reports:
        result = "[red]failed[/]" if r.failed else "[green]ok[/]"
        table.add_row(escape(Path(r.path).name), r.format or "?", result,
                      _counts(r.added) + _counts(r.updated, " updated"), _counts(r.duplicates),
                      _counts(r.unused), str(r.skipped_invalid or ""))
    return table


def _counts(counter: dict[str, int], suffix: str = "") -> str:
    return ", ".join(f"{n} {k}{suffix}" for k, n in sorted(counter.items()) if n) or ""


def register(app: typer.Typer) -> None:
    @app.command("import")
    def import_command(
        ctx: typer.Context,
        paths: list[Path] = typer.Argument(..., help="Files: journal JSONL, Apple Health "
                                           "export.zip/export.xml, .fit, .gpx, .tcx"),
        tz: str | None = typer.Option(None, "--tz", help="Time zone for times without an "
                                      "offset (IANA name, e.g. Europe/Paris)."),
        skip_invalid: bool = typer.Option(False, "--skip-invalid",
                                          help="Import the valid lines; report skipped ones."),
    ) -> None:
        """Import files; the format is recognised from the content."""
        cli = state(ctx)
        progress = Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                            TransferSpeedColumn(), TimeRemainingColumn(), console=err,
                            transient=True, disable=cli.json)

        def tracker(path: Path) -> Callable[[int, int], None]:
            task = None

            def update(done: int, total: int) -> None:
                nonlocal task
                if total < LARGE_FILE:
                    return
                if task is None:
                    task = progress.add_task(escape(path.name), total=total)
                progress.update(task, completed=done)
            return update

        with progress:
            reports = import_files(cli.database_url, cli.user, paths, tz=tz,
                                   skip_invalid=skip_invalid, progress=tracker)
        failed = any(r.failed for r in reports)
        if cli.json:
            print_json({"files": [r.to_json() for r in reports], "ok": not failed})
        else:
            out.print(_summary(reports))
            for r in reports:
                for warning in r.warnings:
                    out.print(f"[yellow]warning[/] {escape(Path(r.path).name)}: "
                              f"{escape(warning)}")
                if r.errors:
                    head = "not imported" if r.failed else "skipped"
                    err.print(f"[red]{head}:[/] {escape(r.path)}")
                    for line in r.errors:
                        err.print(f"  {escape(line)}", soft_wrap=True)
                    more = r.error_count - len(r.errors)
                    if more > 0:
                        err.print(f"  … and {more} more problems")
        if failed:
            raise typer.Exit(2)
