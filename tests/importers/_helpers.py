"""Shared helpers of the importer tests: sample paths, import and export in one call."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from crampwise.services.importing import FileReport, import_file
from crampwise.services.journal import counts, export_journal

DATA = Path(__file__).resolve().parents[1] / "data"


def sample(kind: str, name: str) -> Path:
    """A copied sample file under tests/data/<kind>/."""
    path = DATA / kind / name
    assert path.exists(), path
    return path


def exported(url: str, user: str = "me") -> list[dict[str, Any]]:
    """The journal as exported, one dict per entry."""
    buffer = io.StringIO()
    export_journal(url, user, buffer)
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def imported(url: str, path: Path, **kwargs: Any) -> tuple[FileReport, list[dict[str, Any]]]:
    """Import ``path`` and return the report with the journal afterwards."""
    report = import_file(url, "me", path, **kwargs)
    return report, exported(url)


def stored(url: str) -> dict[str, int]:
    """Entries per type in the store."""
    return counts(url, "me")
