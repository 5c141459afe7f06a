"""``crampwise prepare``: the pre-workout plan for one session — fluid and sodium schedule,
warm-up for the muscles at risk, and a risk level with its reasons.

The plan comes from ``crampwise.services.plan.prepare``; this module only renders it.
"""

from __future__ import annotations

from typing import Any

import typer
from rich.markup import escape
from rich.panel import Panel

from crampwise.cli.commands.plan import advice_lines
from crampwise.cli.context import out, print_json, state
from crampwise.services.plan import prepare

RISK_STYLE = {"low": "green", "moderate": "yellow", "high": "red"}


def register(app: typer.Typer) -> None:
    @app.command("prepare")
    def prepare_command(
        ctx: typer.Context,
        activity: str = typer.Option(..., "--activity", help="e.g. running, cycling."),
        duration_min: float = typer.Option(..., "--duration-min", help="Planned minutes."),
        temperature_c: float | None = typer.Option(None, "--temperature-c",
                                                   help="Expected air temperature (°C)."),
        humidity_pct: float | None = typer.Option(None, "--humidity-pct",
                                                  help="Expected relative humidity (%)."),
        json_: bool = typer.Option(False, "--json", help="Print the plan as JSON only."),
    ) -> None:
        """Before a session: what to drink when, sodium, warm-up and your risk today."""
        cli = state(ctx)
        result = prepare(cli.database_url, cli.user, activity, duration_min, temperature_c,
                         humidity_pct)
        if cli.json or json_:
            print_json(result)
            return
        _show(result)


def _step(step: dict[str, Any]) -> str:
    ml = step["ml"]
    amount = f"{ml[0]}–{ml[1]} ml" if isinstance(ml, list) else f"{ml} ml"
    when = f"{step['at_min'] // 60:+d} h" if step["at_min"] < 0 else f"{step['at_min']} min"
    return f"{when:>8}  {amount:>12}  {escape(step['what'])}"


def _show(result: dict[str, Any]) -> None:
    risk = result["risk"]
    style = RISK_STYLE[risk["level"]]
    out.print(Panel("\n".join([f"[bold {style}]{risk['level'].upper()}[/]"]
                              + [f"• {escape(r)}" for r in risk["reasons"]]
                              + advice_lines(risk["advice"])), title="Risk"))
    fluid = result["fluid_schedule"]
    lines = [_step(s) for s in fluid["steps"]]
    lines += [f"[yellow]{escape(w)}[/]" for w in fluid["warnings"]]
    out.print(Panel("\n".join(lines + advice_lines(fluid["advice"])), title="Fluid schedule"))
    na = result["sodium_mg_per_hour"]
    head = (f"{na['intake_mg_per_hour'][0]}–{na['intake_mg_per_hour'][1]} mg per hour"
            if na["recommended"] else "Not needed for this session: water is enough")
    out.print(Panel("\n".join([f"[bold]{head}[/]"] + advice_lines(na["advice"])),
                    title="Sodium"))
    warm = result["warm_up"]
    steps = [f"{escape(', '.join(s.get('for', [])) or s['step'])}: {escape(s['do'])}"
             for s in warm["steps"]]
    out.print(Panel("\n".join(steps + advice_lines(warm["advice"])), title="Warm-up"))
    out.print(advice_lines([result["see_doctor"]])[0])
