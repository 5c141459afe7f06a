"""Run the real ``crampwise`` console script, as a person's shell would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CRAMPWISE = Path(sys.executable).parent / "crampwise"


def run(db_url: str, *args: str, user: str = "me", stdin: str | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "COLUMNS": "200", "TERM": "dumb", **(env or {})}
    full_env.pop("CRAMPWISE_DATABASE_URL", None)
    return subprocess.run([str(CRAMPWISE), "--db", db_url, "--user", user, *args],
                          input=stdin, capture_output=True, text=True, env=full_env,
                          timeout=120, check=False)
