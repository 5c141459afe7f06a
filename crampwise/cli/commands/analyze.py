"""``crampwise analyze``: likely causes and personal triggers from the journal, or their JSON.

The numbers come from ``crampwise.services.insights.analyze``; this module only renders them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from crampwise.cli.context import out, print_json, state
from crampwise.errors import UserError
from crampwise.services.insights import analyze

GRADE_STYLE = {"high": "green", "moderate": "green", "low": "yellow", "very low": "yellow",
               "expert opinion": "cyan", "not supported by evidence": "red"}


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{option}: expected a date like 2026-05-01, got {value!r}") from None


def register(app: typer.Typer) -> None:
    @app.command("analyze")
    def analyze_command(
        ctx: typer.Context,
        since: str | None = typer.Option(None, "--since", help="First day (YYYY-MM-DD)."),
        until: str | None = typer.Option(None, "--until", help="Last day (YYYY-MM-DD)."),
        json_: bool = typer.Option(False, "--json", help="Print the analysis as JSON only."),
    ) -> None:
        """Likely causes of your cramps and your personal triggers, from your own journal."""
        cli = state(ctx)
        start, end = _date(since, "--since"), _date(until, "--until")
        if start and end and end < start:
            raise UserError("--until is before --since")
        result = analyze(cli.database_url, cli.user, start, end)
        if cli.json or json_:
            print_json(result)
            return
        show(result)


def _bar(confidence: float, width: int = 10) -> str:
    filled = round(confidence * width)
    style = "red" if confidence >= 0.5 else "yellow"
    return f"[{style}]{'█' * filled}[/][dim]{'░' * (width - filled)}[/] {confidence:.2f}"


def show(result: dict[str, Any]) -> None:
    """Render an analysis: causes, triggers, relief that worked, data gaps."""
    period = result["period"]
    noun = "cramps" if result.get("kind", "spasm") == "spasm" else "twitch episodes"
    out.print(f"[bold]{result['episodes']} {noun}[/] logged from {period['start'] or '—'} "
              f"to {period['end'] or '—'}")
    _causes(result["causes"])
    _triggers(result["triggers"])
    _relief(result.get("relief_effectiveness", []))
    if result["data_gaps"]:
        out.print("\n[bold]What your journal cannot tell yet[/]")
        for gap in result["data_gaps"]:
            out.print(f"  • {escape(gap)}")
    out.print("\n[dim]Confidence 0.5 or more reads \"more likely than not a contributor\". "
              "These are patterns in your own data, not a diagnosis; see a doctor if cramps "
              "are frequent, severe, or come with weakness, swelling or numbness.[/]")


def _causes(causes: list[dict[str, Any]]) -> None:
    if not causes:
        out.print("\nNo cause has support in your data yet.")
        return
    table = Table(title="Likely contributors", show_lines=True, title_justify="left")
    table.add_column("Cause", style="bold")
    table.add_column("Confidence", no_wrap=True)
    table.add_column("From your data, and what to do")
    for cause in causes:
        grade = cause.get("grade") or "—"
        style = GRADE_STYLE.get(grade, "white")
        lines = [f"• {escape(line)}" for line in cause["evidence"]]
        if cause.get("address"):
            lines.append(f"[green]→[/] {escape(cause['address'])} [{style}](evidence: "
                         f"{escape(grade)})[/]")
        table.add_row(escape(cause.get("label") or cause["cause"]), _bar(cause["confidence"]),
                      "\n".join(lines))
    out.print(table)


def _triggers(triggers: list[dict[str, Any]]) -> None:
    if not triggers:
        return
    table = Table(title="Personal triggers (episode days vs your other days)",
                  title_justify="left")
    for name in ("Factor", "Odds ratio", "95 % CI", "Episodes", ""):
        table.add_column(name)
    for t in triggers:
        ci = t.get("ci95") or [None, None]
        ci_text = "—" if ci[0] is None else f"{ci[0]:.2g}–{ci[1]:.2g}"
        odds = t.get("odds_ratio")
        table.add_row(escape(t["factor"]), "—" if odds is None else f"{odds:.2g}", ci_text,
                      str(t.get("episodes", "")),
                      "[bold]significant[/]" if t.get("significant") else "")
    out.print(table)


def _relief(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = Table(title="What stopped your episodes", title_justify="left")
    for name in ("Method", "Tried", "Stopped it", "Median duration"):
        table.add_column(name)
    for r in rows:
        pct = r.get("stopped_pct")
        stopped = "—" if pct is None else f"{r['stopped']} of {r['outcome_known']} ({pct} %)"
        dur = r.get("median_duration_s")
        table.add_row(escape(str(r["method"])), str(r["tried"]), stopped,
                      "—" if dur is None else f"{dur} s")
    out.print(table)
    out.print("[dim]When several methods were tried together, each is counted.[/]")
