"""The ``crampwise`` command: global options, error handling, and the command modules.

Each module in ``crampwise.cli.commands`` exposes ``register(app)``; they are found by name so a
new command is one new file.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback

import typer
from rich.markup import escape

from crampwise.cli import commands
from crampwise.cli.context import CliState, err
from crampwise.domain.vocabulary import VocabularyError
from crampwise.errors import UserError

app = typer.Typer(
    name="crampwise",
    help="Relief, red-flag triage, causes and prevention for muscle twitches and cramps.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def main(
    ctx: typer.Context,
    db: str | None = typer.Option(None, "--db", help="SQLAlchemy URL of the store "
                                  "(default: CRAMPWISE_DATABASE_URL or a SQLite file)."),
    user: str | None = typer.Option(None, "--user", help="Whose journal (default: me)."),
    json_: bool = typer.Option(False, "--json", help="Print JSON on stdout and nothing else."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors."),
) -> None:
    from crampwise.config import get_settings

    ctx.obj = CliState(db=db, user=user or get_settings().user, json=json_, debug=debug)


for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
    importlib.import_module(f"{commands.__name__}.{info.name}").register(app)


def run() -> None:
    """Console-script entry: map errors to exit codes (2 bad input, 1 anything else)."""
    debug = "--debug" in sys.argv
    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except (UserError, VocabularyError) as exc:
        if debug:
            traceback.print_exc()
        err.print(f"[bold red]error:[/] {escape(str(exc))}", soft_wrap=True)
        sys.exit(2)
    except typer.Abort:
        err.print("aborted")
        sys.exit(130)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence for people
        if hasattr(exc, "show") and isinstance(getattr(exc, "exit_code", None), int):
            exc.show()  # a usage error from Typer's bundled click: exit code 2
            sys.exit(int(getattr(exc, "exit_code", 2)))
        if debug:
            traceback.print_exc()
        err.print(f"[bold red]error:[/] {type(exc).__name__}: {escape(str(exc))} "
                  "(run with --debug for details)", soft_wrap=True)
        sys.exit(1)
