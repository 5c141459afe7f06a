"""``crampwise serve``: the web app (uvicorn), on the same store as the CLI."""

from __future__ import annotations

import typer

from crampwise.cli.context import state


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_command(
        ctx: typer.Context,
        host: str = typer.Option("127.0.0.1", "--host"),
        port: int = typer.Option(8000, "--port", min=1, max=65535),
        workers: int = typer.Option(1, "--workers", min=1, max=64,
                                    help="Worker processes (use PostgreSQL for more than one)."),
    ) -> None:
        """Serve the web app."""
        import os

        import uvicorn

        cli = state(ctx)
        if cli.db:
            os.environ["CRAMPWISE_DATABASE_URL"] = cli.db  # the workers read settings anew
        uvicorn.run("crampwise.web.app:create_app", factory=True, host=host, port=port,
                    workers=workers, proxy_headers=True, log_level="info")
