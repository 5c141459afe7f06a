"""``crampwise share`` and ``crampwise athletes``: sharing a journal with a coach, and the
coach's roster. The same shares as the web app's Account and Athletes pages."""

from __future__ import annotations

import typer
from rich.markup import escape
from rich.table import Table

from crampwise.cli.context import out, print_json, state
from crampwise.domain.vocabulary import disposition_label
from crampwise.errors import UserError
from crampwise.services import accounts, sharing


def _account(url: str, user: str) -> accounts.Account:
    found = accounts.find_account(url, user)
    if found is None:
        raise UserError(f"there is no user '{user}' yet (log or import something first, or run "
                        "account set-password)")
    return found


def register(app: typer.Typer) -> None:
    share = typer.Typer(help="Let a coach or physiotherapist read the --user's journal.",
                        no_args_is_help=True)
    app.add_typer(share, name="share")

    @share.command("add")
    def add_command(ctx: typer.Context, coach: str = typer.Argument(
            ..., help="The username of the coach or physiotherapist.")) -> None:
        """Share the --user's journal (report, analysis, warning signs; read-only)."""
        cli = state(ctx)
        done = sharing.share_with(cli.database_url, _account(cli.database_url, cli.user), coach)
        if cli.json:
            print_json({"owner": cli.user, "viewer": done.username,
                        "since": done.since.isoformat()})
        else:
            out.print(f"[bold]{escape(done.username)}[/] can now read the journal of "
                      f"{escape(cli.user)} (read-only).")

    @share.command("remove")
    def remove_command(ctx: typer.Context, coach: str = typer.Argument(...)) -> None:
        """Stop sharing the --user's journal with COACH."""
        cli = state(ctx)
        removed = sharing.stop_sharing(cli.database_url, _account(cli.database_url, cli.user),
                                       coach)
        if cli.json:
            print_json({"owner": cli.user, "viewer": coach, "removed": removed})
        elif removed:
            out.print(f"Stopped sharing with {escape(coach)}.")
        else:
            raise UserError(f"the journal of '{cli.user}' was not shared with '{coach}'")

    @share.command("list")
    def list_command(ctx: typer.Context) -> None:
        """Who reads the --user's journal, and whose journals the --user reads."""
        cli = state(ctx)
        me = _account(cli.database_url, cli.user)
        viewers = sharing.viewers(cli.database_url, me)
        athletes = sharing.athletes(cli.database_url, me)
        if cli.json:
            print_json({"shared_with": [{"username": s.username, "since": s.since.isoformat()}
                                        for s in viewers],
                        "shared_by": [{"username": s.username, "since": s.since.isoformat()}
                                      for s in athletes]})
            return
        out.print("Shared with: " + (", ".join(escape(s.username) for s in viewers)
                                     or "nobody"))
        out.print("Shared by: " + (", ".join(escape(s.username) for s in athletes) or "nobody"))

    @app.command("athletes")
    def athletes_command(ctx: typer.Context) -> None:
        """The roster of everyone who shares with the --user: who needs a doctor, the last 30
        days' episodes and each one's most likely cause."""
        cli = state(ctx)
        rows = sharing.roster(cli.database_url, _account(cli.database_url, cli.user))
        if cli.json:
            print_json([r.as_dict() for r in rows])
            return
        if not rows:
            out.print(f"Nobody shares a journal with {escape(cli.user)} yet (they run: "
                      f"crampwise --user THEM share add {escape(cli.user)}).")
            return
        table = Table(title=f"Athletes of {escape(cli.user)}: last {sharing.RECENT_DAYS} days")
        for column in ("athlete", "episodes", "last", "where", "triage", "warning signs",
                       "most likely cause"):
            table.add_column(column)
        for r in rows:
            cause = (f"{r.top_cause['label']} ({r.top_cause['confidence']:.0%}, evidence "
                     f"{r.top_cause['grade']})" if r.top_cause else "not enough data")
            triage = disposition_label(r.disposition) if r.disposition else "–"
            table.add_row(escape(r.username), str(r.episodes_30d),
                          f"{r.last_episode:%Y-%m-%d}" if r.last_episode else "none",
                          escape(", ".join(r.muscles)),
                          f"[bold]{triage}[/]" if r.needs_attention else triage,
                          escape("; ".join(r.warning_signs)) or "none", escape(cause))
        out.print(table)
