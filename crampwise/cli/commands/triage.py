"""`crampwise triage`: red-flag triage from a JSON object, or by asking the questions itself.

With ``--json FILE`` (or ``-`` for stdin), or the global ``--json`` with ``--input FILE``, it reads
a triage input object (spec/triage.md) and prints the output object. Without them it asks the
emergency-level questions first and stops as soon as no answer could change the outcome.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.prompt import Prompt
from rich.table import Table

from crampwise.cli.context import err, out, print_json, state
from crampwise.domain.triage import TriageResult, parse_triage_input
from crampwise.engine.triage import Question, answer, next_question, triage
from crampwise.errors import UserError
from crampwise.knowledge.base import read_toml

COLOURS = {"emergency": "bold white on red", "urgent": "bold dark_orange",
           "see_doctor": "bold cyan", "self_care": "bold green"}


def register(app: typer.Typer) -> None:
    """Add the ``triage`` command."""
    app.command("triage")(triage_command)


def triage_command(
    ctx: typer.Context,
    json_path: str | None = typer.Option(
        None, "--json", metavar="FILE|-",
        help="Read a triage input object from FILE (or - for stdin) and print the result as JSON."),
    input_path: str | None = typer.Option(
        None, "--input", "-i", metavar="FILE|-",
        help="Read a triage input object from FILE (or - for stdin)."),
) -> None:
    """Should I worry? Red-flag triage: emergency, urgent, see a doctor, or self-care.

    Without options it asks the questions itself, the most serious first.
    """
    source = json_path or input_path
    as_json = json_path is not None or state(ctx).json
    if source is None and state(ctx).json:
        source = "-"
    if source is not None:
        result = triage(parse_triage_input(_read_object(source)))
        if as_json:
            print_json(result.model_dump(mode="json"))
        else:
            render(result)
        return
    render(_interactive())


def _read_object(source: str) -> Any:
    if source == "-":
        text, where = sys.stdin.read(), "stdin"
    else:
        path = Path(source)
        try:
            text, where = path.read_text("utf-8"), str(path)
        except FileNotFoundError:
            raise UserError(f"{source}: no such file (expected a JSON triage input)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"{source}: cannot read it ({exc})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"{where}: not valid JSON at line {exc.lineno}, column {exc.colno}: "
                        f"{exc.msg}") from None


def _prompt_text(q: Question) -> str:
    hint = {"bool": " [dim](y/n)[/]", "choice": f" [dim]({'/'.join(q.options)})[/]",
            "int": f" [dim]({q.min:g}-{q.max:g})[/]" if q.max is not None else ""}
    return escape(q.text) + hint.get(q.type, "")


def _interactive() -> TriageResult:
    out.print("[bold]If someone has collapsed, is confused, or has chest pain or trouble "
              "breathing, call emergency services now.[/]\n"
              "Answer a few questions (the most serious first); it stops as soon as the answer "
              "cannot change.")
    answers: dict[str, Any] = {}
    while (question := next_question(answers)) is not None:
        try:
            raw = Prompt.ask(_prompt_text(question), console=out, default="",
                             show_default=False)
        except EOFError:
            raise UserError("input ended before the triage questions were answered") from None
        if not raw.strip() and question.type == "medicines":
            answers = answer(answers, question, "")
            continue
        try:
            answers = answer(answers, question, raw)
        except ValueError as exc:
            err.print(f"[yellow]{escape(str(exc))}[/]")
    out.print()
    return triage(parse_triage_input(answers))


def render(result: TriageResult) -> None:
    """Print a triage result for people: disposition in colour, reasons, advice, evidence."""
    meaning = read_toml("vocabulary.toml")["dispositions"][result.disposition]
    label = f"{result.disposition}: {meaning}"
    out.print(Panel(f"[{COLOURS[result.disposition]}] {escape(label)} [/]",
                    title="crampwise triage", expand=False))
    out.print("[bold]Why[/]")
    for reason in result.reasons:
        out.print(f"  • {escape(reason.because)} [dim]({reason.rule})[/]")
    out.print(f"\n[bold]What to do[/]\n{escape(result.advice)}")
    if result.also_consider:
        out.print("\n[bold]Also consider[/]")
        for text in result.also_consider:
            out.print(f"  • {escape(text)}")
    table = Table("source", "evidence grade", title="Evidence", title_justify="left")
    for ref in result.evidence:
        table.add_row(escape(ref.source), ref.grade)
    out.print()
    out.print(table)
    out.print("[dim]crampwise does not diagnose; when in doubt, ask a doctor or NHS 111.[/]")
