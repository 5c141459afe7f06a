"""``crampwise plan``: the personal prevention plan as Rich sections, JSON, or a calendar file.

The plan is computed by ``crampwise.services.plan``; this module only renders it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from crampwise.cli.context import out, print_json, state
from crampwise.errors import UserError
from crampwise.services.plan import plan, plan_with_ics

GRADE_STYLE = {"high": "green", "moderate": "green", "low": "yellow", "very low": "yellow",
               "expert opinion": "cyan", "not supported by evidence": "red"}
TITLES = {"hydration": "Hydration and sodium", "nutrition": "Nutrition", "warm_up": "Warm-up",
          "cool_down": "Cool-down", "training": "Training load", "posture": "Posture",
          "rest": "Rest", "sleep": "Sleep"}


def register(app: typer.Typer) -> None:
    @app.command("plan")
    def plan_command(
        ctx: typer.Context,
        ics: Path | None = typer.Option(None, "--ics", help="Also write the reminders as an "
                                        "iCalendar file (import it into your calendar)."),
        json_: bool = typer.Option(False, "--json", help="Print the plan as JSON only."),
    ) -> None:
        """Your personal prevention plan: hydration, sodium, food, warm-up, load, rest, sleep."""
        cli = state(ctx)
        if ics is None:
            result = plan(cli.database_url, cli.user)
        else:
            result, calendar = plan_with_ics(cli.database_url, cli.user)
            try:
                ics.write_bytes(calendar)
            except OSError as exc:
                raise UserError(f"--ics: cannot write {ics}: {exc.strerror}") from None
        if cli.json or json_:
            print_json(result)
            return
        show_plan(result)
        if ics is not None:
            out.print(f"Wrote {len(result['reminders'])} reminders to {escape(str(ics))}")


def advice_lines(items: list[dict[str, Any]]) -> list[str]:
    """Rich lines for graded advice items: the text, then its grade in colour."""
    lines = []
    for item in items:
        style = GRADE_STYLE.get(item["grade"], "white")
        lines.append(f"• {escape(item['text'])} [{style}]({escape(item['grade'])})[/]")
    return lines


def _numbers(section: str, data: dict[str, Any]) -> list[str]:
    if section == "hydration":
        na = data["sodium_mg_per_hour"]
        lines = [f"[bold]During:[/] {data['ml_per_15_min']} ml every 15 min "
                 f"({data['ml_per_hour']} ml/h, at most {data['max_ml_per_hour']} ml/h)",
                 f"[bold]Sodium:[/] {na['intake_mg_per_hour'][0]}–{na['intake_mg_per_hour'][1]}"
                 f" mg/h on long or hot sessions (sweat loss ~{na['loss_mg_per_hour']} mg/h)"]
        if data.get("warning"):
            lines.append(f"[yellow]{escape(data['warning'])}[/]")
        return lines
    if section == "nutrition":
        lines = []
        for gap in data["gaps"]:
            lines.append(f"[bold]{gap['nutrient']}[/]: {gap['usual_mg']} of {gap['reference_mg']}"
                         f" mg/day ({gap['percent']} %)")
            for food in gap.get("foods", []):
                lines.append(f"   {escape(food['food'])}: {escape(food['portion'])} "
                             f"({food['grams']} g) = {food['mg_per_portion']} mg")
        return lines
    if section in ("warm_up",):
        return [f"{escape(', '.join(s.get('for', [])) or s['step'])}: {escape(s['do'])}"
                for s in data["steps"]]
    if section == "cool_down":
        return [f"{escape(s['title'])}: hold {s['hold_s'][0]}–{s['hold_s'][1]} s × {s['repeat']}"
                for s in data["stretches"]]
    if section == "training" and data.get("next_week_load"):
        low, high = data["next_week_load"]
        return [f"[bold]Next week's load:[/] {low}–{high} AU (now {data['status']})"]
    if section == "posture" and data.get("included"):
        return [f"{e['name']}: {e['sets']} sets" for e in data["exercises"]]
    if section == "rest":
        n = data['rest_days_per_week']
        return [f"[bold]{n}[/] rest or low-impact day{'' if n == 1 else 's'} a week"]
    if section == "sleep":
        return [f"[bold]Target:[/] {data['target_hours'][0]:g}–{data['target_hours'][1]:g} h"]
    return []


def show_plan(result: dict[str, Any]) -> None:
    """Print each plan section as a panel: numbers, graded advice, data gaps."""
    for key, title in TITLES.items():
        data = result[key]
        if key == "posture" and not data.get("included"):
            out.print(Panel(escape(data["reason"]), title=title))
            continue
        lines = _numbers(key, data) + advice_lines(data.get("advice", []))
        lines += [f"[dim]To improve this: {escape(g)}[/]" for g in data.get("data_gaps", [])]
        out.print(Panel("\n".join(lines), title=title))
    table = Table(title="Reminders")
    for column in ("time", "repeats", "what"):
        table.add_column(column)
    for r in result["reminders"]:
        table.add_row(r["time"], r["rrule"].replace("FREQ=", "").lower(), escape(r["title"]))
    out.print(table)
    out.print(advice_lines([result["see_doctor"]])[0])
