"""``crampwise account``: give a CLI user a password for the web app, see or delete an account.

The CLI's ``--user NAME`` and the web app's accounts are the same users; a user the CLI created
has no password until ``crampwise --user NAME account set-password``.
"""

from __future__ import annotations

import sys

import typer
from rich.markup import escape

from crampwise.cli.context import err, out, print_json, state
from crampwise.errors import UserError
from crampwise.services import accounts, journal


def _read_new_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = typer.prompt("New password", hide_input=True)
    again = typer.prompt("New password again", hide_input=True)
    if first != again:
        raise UserError("the two passwords are not the same; nothing was changed")
    return str(first)


def register(app: typer.Typer) -> None:
    account = typer.Typer(help="Accounts shared with the web app (password, data).",
                          no_args_is_help=True)
    app.add_typer(account, name="account")

    @account.command("set-password")
    def set_password_command(
        ctx: typer.Context,
        password_stdin: bool = typer.Option(False, "--password-stdin",
                                            help="Read the password from the first line of "
                                                 "standard input (for scripts)."),
    ) -> None:
        """Set the --user's password so they can sign in to the web app (revokes old tokens)."""
        cli = state(ctx)
        done = accounts.set_password(cli.database_url, cli.user,
                                     _read_new_password(password_stdin))
        if cli.json:
            print_json({"username": done.username, "password_set": True})
        else:
            out.print(f"Password set for [bold]{escape(done.username)}[/]; sign in to the web "
                      "app with this username.")

    @account.command("show")
    def show_command(ctx: typer.Context) -> None:
        """Show the --user's account: whether it has a password, and its entries per type."""
        cli = state(ctx)
        found = accounts.find_account(cli.database_url, cli.user)
        if found is None:
            raise UserError(f"there is no user '{cli.user}' yet (log or import something first, "
                            "or run account set-password)")
        counts = journal.counts(cli.database_url, found.username)
        data = {"username": found.username, "has_password": found.has_password,
                "created_at": found.created_at.isoformat(), "entries": counts}
        if cli.json:
            print_json(data)
            return
        out.print(f"[bold]{escape(found.username)}[/] (since {found.created_at:%Y-%m-%d}); "
                  f"web sign-in {'enabled' if found.has_password else 'not set up'}; "
                  f"{sum(counts.values())} entries")

    @account.command("delete-data")
    def delete_data_command(
        ctx: typer.Context,
        yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
    ) -> None:
        """Delete every journal entry of the --user (the account stays)."""
        cli = state(ctx)
        found = accounts.find_account(cli.database_url, cli.user)
        if found is None:
            raise UserError(f"there is no user '{cli.user}'")
        if not yes and not typer.confirm(f"Delete every entry of '{found.username}'?"):
            err.print("nothing deleted")
            raise typer.Exit(1)
        removed = accounts.delete_my_data(cli.database_url, found.id)
        if cli.json:
            print_json({"username": found.username, "deleted_entries": removed})
        else:
            out.print(f"Deleted {removed} entries of {escape(found.username)}.")
