"""The crampwise journal (JSON Lines, spec/journal.md): the canonical import format."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from crampwise.domain.journal import Profile
from crampwise.domain.parsing import EntryError, EntryProblem, parse_line
from crampwise.importers.base import ImportFailed, ReadContext, ReadItem


class JournalImporter:
    name = "journal"
    label = "crampwise journal (JSONL)"
    all_or_nothing = True

    def detect(self, head: bytes, path: Path) -> bool:
        """A file whose first non-blank line is a JSON object with a "type" key."""
        text = head.lstrip(b"\xef\xbb\xbf")
        for raw in text.splitlines():
            if raw.strip():
                try:
                    obj = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError):
                    return raw.lstrip().startswith(b"{") and b'"type"' in raw
                return isinstance(obj, dict) and "type" in obj
        return False

    def read(self, path: Path, context: ReadContext) -> Iterator[ReadItem]:
        tz = context.tz
        profile_line: int | None = None
        done = 0
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                done += len(raw)
                if number % 4096 == 0:
                    context.on_progress(done)
                where = f"line {number}"
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield ReadItem(where, problems=[EntryProblem(
                        None, f"not UTF-8 text (byte {exc.start + 1} of the line)")])
                    continue
                if number == 1:
                    text = text.lstrip("\ufeff")
                try:
                    entry = parse_line(text, tz)
                except EntryError as exc:
                    yield ReadItem(where, problems=exc.problems)
                    continue
                if entry is None:
                    continue
                if isinstance(entry, Profile):
                    if profile_line is not None:
                        yield ReadItem(where, problems=[EntryProblem(
                            "type", f"duplicate profile: a journal has at most one (the first "
                                    f"is on line {profile_line})")])
                        continue
                    profile_line = number
                    if tz is None and entry.timezone:
                        from zoneinfo import ZoneInfo

                        tz = ZoneInfo(entry.timezone)
                yield ReadItem(where, entry=entry)
        context.on_progress(done)
        if done == 0:
            raise ImportFailed(str(path), "the file is empty", "one JSON object per line")
