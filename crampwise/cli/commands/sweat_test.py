"""``crampwise sweat-test``: a guided weigh-before / weigh-after test of your own sweat rate.

Asks for each number in turn (or takes them as options with ``--json``), logs the session through
``crampwise.services.sweat`` and shows the rate and the history of tests by conditions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from crampwise.cli.context import out, print_json, state
from crampwise.domain.parsing import EntryError
from crampwise.errors import UserError
from crampwise.services.sweat import record_sweat_test

STEPS = (
    ("pre_kg", "Body mass BEFORE the session, in kg (minimal clothing, after using the toilet)",
     None),
    ("duration_min", "Exercise time in minutes", None),
    ("activity", "Activity (running, cycling, …)", "running"),
    ("rpe", "How hard was it, 0-10 (Enter to skip)", ""),
    ("temperature_c", "Air temperature in °C (Enter to skip)", ""),
    ("humidity_pct", "Humidity in % (Enter to skip)", ""),
    ("fluid_ml", "Fluid drunk during the session, in ml", "0"),
    ("drink", "What did you drink (water, sports_drink, …)", "water"),
    ("urine_ml", "Urine passed during the session, in ml (0 if none)", "0"),
    ("post_kg", "Body mass AFTER, in kg (towel-dried, same clothing)", None),
)


def register(app: typer.Typer) -> None:
    @app.command("sweat-test")
    def sweat_test_command(
        ctx: typer.Context,
        pre_kg: str | None = typer.Option(None, "--pre-kg", help="Mass before (kg or '165 lb')."),
        post_kg: str | None = typer.Option(None, "--post-kg", help="Mass after."),
        duration_min: str | None = typer.Option(None, "--duration-min", help="Minutes."),
        activity: str = typer.Option("running", "--activity"),
        rpe: str | None = typer.Option(None, "--rpe", help="Effort 0-10 (CR-10)."),
        temperature_c: str | None = typer.Option(None, "--temperature-c"),
        humidity_pct: str | None = typer.Option(None, "--humidity-pct"),
        fluid_ml: str = typer.Option("0", "--fluid-ml", help="Drunk during (ml or '16 oz')."),
        drink: str = typer.Option("water", "--drink"),
        urine_ml: str = typer.Option("0", "--urine-ml", help="Urine passed during (ml)."),
        end: str | None = typer.Option(None, "--end", help="When the session ended (ISO 8601 "
                                       "with offset; default now)."),
        json_: bool = typer.Option(False, "--json", help="No questions; print JSON only."),
    ) -> None:
        """Measure your sweat rate: weigh before and after a session (ACSM method)."""
        cli = state(ctx)
        values: dict[str, Any] = {
            "pre_kg": pre_kg, "post_kg": post_kg, "duration_min": duration_min,
            "activity": activity, "rpe": rpe, "temperature_c": temperature_c,
            "humidity_pct": humidity_pct, "fluid_ml": fluid_ml, "drink": drink,
            "urine_ml": urine_ml}
        machine = cli.json or json_
        if machine:
            missing = [k for k in ("pre_kg", "post_kg", "duration_min") if values[k] is None]
            if missing:
                raise UserError("sweat-test --json needs " + ", ".join(
                    "--" + m.replace("_", "-") for m in missing))
        else:
            out.print("[bold]Sweat test[/]: weigh yourself just before and just after a session "
                      "of about an hour. Run this after the session.")
            for key, question, default in STEPS:
                if key in ("pre_kg", "post_kg", "duration_min") and values[key] is not None:
                    continue
                answer = typer.prompt(question, default=default if default is not None else
                                      None, show_default=bool(default))
                values[key] = answer if answer != "" else None
        try:
            finish = dt.datetime.fromisoformat(end) if end else None
            if finish is not None and finish.tzinfo is None:
                raise ValueError("--end needs a UTC offset, e.g. 2026-05-01T08:30:00+02:00")
            result = record_sweat_test(cli.database_url, cli.user, end=finish, **values)
        except (EntryError, ValueError) as exc:
            raise UserError(f"sweat-test: {exc}") from None
        if machine:
            print_json(result)
            return
        show(result)


def show(result: dict[str, Any]) -> None:
    """The new test, warnings, and the history table."""
    test = result["test"]
    out.print(f"\n[bold green]Your sweat rate: {test['rate_l_per_h']:.2f} L/h[/] "
              f"({test['sweat_l']:.2f} L over {test['duration_min']:g} min; "
              f"{test['mass_loss_pct']:.1f} % of body mass lost)")
    for warning in result["warnings"]:
        out.print(f"[yellow]! {escape(warning)}[/]")
    table = Table(title="Your sweat tests", title_justify="left")
    for name in ("Date", "Activity", "Minutes", "°C", "Effort", "Rate L/h", "Mass lost"):
        table.add_column(name)
    for t in result["history"]:
        table.add_row(t["time"][:10], escape(t["activity"]), f"{t['duration_min']:g}",
                      "—" if t["temperature_c"] is None else f"{t['temperature_c']:g}",
                      t["intensity_band"] or "—", f"{t['rate_l_per_h']:.2f}",
                      f"{t['mass_loss_pct']:.1f} %")
    out.print(table)
    out.print("[dim]Plans use the test closest to the day's temperature and effort "
              "(ACSM 2007 method: mass lost + fluid drunk − urine, per hour).[/]")
