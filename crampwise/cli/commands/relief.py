"""``crampwise relief MUSCLE``: the relief routine step by step, with a live hold timer.

The routine comes from ``crampwise.services.relief`` (engine + the journal's last workout); this
module only gathers the options and one quick red-flag question, and shows the result: Rich panels
per step and a countdown for each hold of the stretch. ``--json`` prints only the routine.
"""

from __future__ import annotations

import math
import sys
import time
from typing import Any

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.progress import BarColumn, Progress, TextColumn

from crampwise.cli.context import out, print_json, state
from crampwise.domain.vocabulary import canonical_kind, muscle_label
from crampwise.errors import UserError
from crampwise.services.relief import relief_for

GRADE_STYLE = {"high": "green", "moderate": "green", "low": "yellow", "very low": "yellow",
               "expert opinion": "cyan", "not supported by evidence": "red"}


def register(app: typer.Typer) -> None:
    @app.command("relief")
    def relief_command(
        ctx: typer.Context,
        muscle: str = typer.Argument(..., help="The muscle, e.g. calf, hamstring, fingers."),
        kind: str = typer.Option("spasm", "--kind", help="spasm (cramp) or twitch."),
        swelling: bool = typer.Option(False, "--swelling", help="The area is swollen."),
        redness: bool = typer.Option(False, "--redness", help="The area is red."),
        warmth: bool = typer.Option(False, "--warmth", help="The area is warm to the touch."),
        injury: bool = typer.Option(False, "--injury", help="It may be a strain or injury."),
        no_timer: bool = typer.Option(False, "--no-timer", help="Show the routine only."),
        auto: bool = typer.Option(False, "--auto", help="Start each hold without waiting for "
                                  "Enter (also works when not in a terminal)."),
        hold_s: int | None = typer.Option(None, "--hold-s", min=1, max=120,
                                          help="Seconds per hold (default: the stretch's "
                                          "upper bound, 30)."),
        rest_s: int = typer.Option(5, "--rest-s", min=0, max=60,
                                   help="Seconds of rest between holds."),
        json_: bool = typer.Option(False, "--json", help="Print the routine as JSON only."),
    ) -> None:
        """Relieve a cramp or twitch now: stretch with a hold timer, then the other steps."""
        cli = state(ctx)
        kind = canonical_kind(kind)
        interactive = sys.stdin.isatty() and not (cli.json or json_)
        flags = {k: True for k, v in (("swelling", swelling), ("redness", redness),
                                      ("warmth", warmth), ("injury_or_trauma", injury)) if v}
        if interactive and not flags and not auto and not no_timer:
            flags = _ask_local_signs()
        routine = relief_for(cli.database_url, cli.user, muscle, kind, flags=flags or None)
        if cli.json or json_:
            print_json(routine)
            return
        timer = not no_timer and (auto or interactive)
        _show(routine, timer=timer, auto=auto, hold_override=hold_s, rest_s=rest_s)


def _ask_local_signs() -> dict[str, bool]:
    """One quick question that changes the advice (heat and massage), asked before anything."""
    answer = out.input("Is the area [bold]swollen, red or warm[/] to the touch? [y/N] ")
    if not answer.strip().lower().startswith("y"):
        return {}
    which = out.input("Which? letters [s]welling [r]edness [w]armth (Enter = all three): ")
    letters = which.strip().lower() or "srw"
    names = {"s": "swelling", "r": "redness", "w": "warmth"}
    return {names[c]: True for c in letters if c in names} or {n: True for n in names.values()}


def _grade(grade: str) -> str:
    return f"[{GRADE_STYLE.get(grade, 'white')}]evidence: {escape(grade)}[/]"


def _step_panel(step: dict[str, Any], number: int, total: int) -> Panel:
    lines = [f"{i}. {escape(text)}" for i, text in enumerate(step["instructions"], 1)]
    if step["hold_s"]:
        low, high = step["hold_s"]
        lines.append(f"\n[bold]Hold {low}–{high} s, no bouncing × {step['repeat']}[/]")
    if step["image"]:
        lines.append(f"[dim]Picture: {escape(step['image'])} (shown in the web app)[/]")
    lines += [f"[yellow]! {escape(c)}[/]" for c in step["cautions"]]
    title = f"Step {number} of {total}: {escape(step['title'])}"
    return Panel("\n".join(lines), title=title, title_align="left",
                 subtitle=_grade(step["grade"]), subtitle_align="right")


def _show(routine: dict[str, Any], *, timer: bool, auto: bool, hold_override: int | None,
          rest_s: int) -> None:
    kind_word = "twitch" if routine["kind"] == "twitch" else "cramp (spasm)"
    out.rule(f"[bold]Relief for {escape(muscle_label(routine['muscle']))} — {kind_word}[/]")
    steps = routine["steps"]
    for number, step in enumerate(steps, 1):
        out.print(_step_panel(step, number, len(steps)))
        if timer and step["hold_s"]:
            hold = hold_override or step["hold_s"][1]
            _run_holds(hold, step["hold_s"][0], step["repeat"], auto=auto, rest_s=rest_s)
    if routine["notes"]:
        out.print(Panel("\n".join(f"• {escape(n)}" for n in routine["notes"]),
                        title="Good to know", title_align="left"))
    out.print(Panel("\n".join(f"• {escape(p)}" for p in routine["see_doctor_if"]),
                    title="[bold red]See a doctor if[/]", title_align="left", border_style="red"))
    if not timer:
        out.print("[dim]Run in a terminal (or with --auto) for the hold timer.[/]")


def _run_holds(hold: int, minimum: int, repeat: int, *, auto: bool, rest_s: int) -> None:
    """Count down each hold live; Enter starts a hold unless --auto; Ctrl-C stops cleanly."""
    try:
        for rep in range(1, repeat + 1):
            if not auto:
                out.input(f"[bold]Press Enter to start hold {rep} of {repeat}[/] ")
            _countdown(f"Hold {rep}/{repeat}", hold, minimum if hold > minimum else None)
            out.print("[bold green]Release slowly.[/]")
            if rep < repeat and rest_s:
                _countdown("Rest, breathe", rest_s, None)
    except KeyboardInterrupt:
        out.print("\n[bold]Stopped. Release the stretch slowly.[/]")
        raise typer.Exit(130) from None
    except EOFError:
        raise UserError("input closed; use --auto or --no-timer when not in a terminal") from None


def _countdown(label: str, seconds: int, minimum: int | None) -> None:
    columns = [TextColumn("[bold]{task.description}"), BarColumn(),
               TextColumn("{task.fields[left]:>3} s left  {task.fields[hint]}")]
    with Progress(*columns, console=out, refresh_per_second=10) as progress:
        task = progress.add_task(label, total=seconds, left=seconds, hint="")
        start = time.monotonic()
        while (elapsed := time.monotonic() - start) < seconds:
            hint = ("you may release once it has eased" if minimum is not None
                    and elapsed >= minimum else "")
            progress.update(task, completed=elapsed, left=math.ceil(seconds - elapsed),
                            hint=hint)
            time.sleep(0.1)
        progress.update(task, completed=seconds, left=0, hint="")
