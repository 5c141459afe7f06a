"""The crampwise journal (JSON Lines, spec/journal.md): the canonical import format.

Small files are parsed in this process. A large file is parsed by a worker process in chunks
while this process writes to the store, so validation and inserts run on two cores at once; the
worker hands back database-ready rows (``store.entries.Prepared``), and at most a few chunks are
in flight, so memory stays flat whatever the file size.
"""

from __future__ import annotations

import json
import multiprocessing
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from crampwise.domain.journal import Entry, Profile
from crampwise.domain.parsing import EntryError, EntryProblem, parse_line
from crampwise.importers.base import ImportFailed, ReadContext, ReadItem

PARALLEL_FROM_BYTES = 16 * 1024 * 1024
CHUNK_LINES = 4000
IN_FLIGHT = 3


def _parse_raw(raw: bytes, number: int, tz: ZoneInfo | None) -> Entry | list[EntryProblem] | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [EntryProblem(None, f"not UTF-8 text (byte {exc.start + 1} of the line)")]
    if number == 1:
        text = text.lstrip("\ufeff")
    try:
        return parse_line(text, tz)
    except EntryError as exc:
        return exc.problems


def _parse_chunk(first: int, lines: list[bytes], tz_name: str | None,
                 dialect: str) -> list[tuple[int, Any, list[EntryProblem] | None]]:
    """Worker: (line number, prepared rows or a profile, problems) for each non-blank line."""
    from crampwise.store.entries import prepare

    tz = ZoneInfo(tz_name) if tz_name else None
    out: list[tuple[int, Any, list[EntryProblem] | None]] = []
    for offset, raw in enumerate(lines):
        number = first + offset
        parsed = _parse_raw(raw, number, tz)
        if parsed is None:
            continue
        if isinstance(parsed, list):
            out.append((number, None, parsed))
        else:
            out.append((number, prepare(parsed, dialect), None))
    return out


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
        size = path.stat().st_size
        if size == 0:
            raise ImportFailed(str(path), "the file is empty", "one JSON object per line")
        if size >= PARALLEL_FROM_BYTES and context.dialect:
            yield from self._read_parallel(path, context)
        else:
            yield from self._read_here(path, context)

    def _read_here(self, path: Path, context: ReadContext) -> Iterator[ReadItem]:
        tz = context.tz
        profile_line: int | None = None
        done = 0
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                done += len(raw)
                if number % 4096 == 0:
                    context.on_progress(done)
                parsed = _parse_raw(raw, number, tz)
                if parsed is None:
                    continue
                where = f"line {number}"
                if isinstance(parsed, list):
                    yield ReadItem(where, problems=parsed)
                    continue
                if isinstance(parsed, Profile):
                    duplicate = _duplicate_profile(profile_line)
                    if duplicate:
                        yield ReadItem(where, problems=duplicate)
                        continue
                    profile_line = number
                    if tz is None and parsed.timezone:
                        tz = ZoneInfo(parsed.timezone)
                yield ReadItem(where, entry=parsed)
        context.on_progress(done)

    def _read_parallel(self, path: Path, context: ReadContext) -> Iterator[ReadItem]:
        tz = context.tz or _first_profile_zone(path)
        tz_name = getattr(tz, "key", None)
        profile_line: int | None = None
        done = 0
        pool = multiprocessing.get_context("forkserver").Pool(1)
        try:
            pending: deque[tuple[int, Any]] = deque()
            with path.open("rb") as handle:
                chunks = _chunks(handle)
                for first, lines, size in chunks:
                    pending.append((size, pool.apply_async(
                        _parse_chunk, (first, lines, tz_name, context.dialect))))
                    if len(pending) >= IN_FLIGHT:
                        size_done, job = pending.popleft()
                        done += size_done
                        profile_line = yield from _items(job.get(), profile_line)
                        context.on_progress(done)
                while pending:
                    size_done, job = pending.popleft()
                    done += size_done
                    profile_line = yield from _items(job.get(), profile_line)
                    context.on_progress(done)
        finally:
            pool.terminate()
            pool.join()


def _items(results: list[tuple[int, Any, list[EntryProblem] | None]],
           profile_line: int | None) -> Any:
    for number, ready, problems in results:
        where = f"line {number}"
        if problems is not None:
            yield ReadItem(where, problems=problems)
        elif isinstance(ready, Profile):
            duplicate = _duplicate_profile(profile_line)
            if duplicate:
                yield ReadItem(where, problems=duplicate)
                continue
            profile_line = number
            yield ReadItem(where, entry=ready)
        else:
            yield ReadItem(where, prepared=ready)
    return profile_line


def _duplicate_profile(first_line: int | None) -> list[EntryProblem] | None:
    if first_line is None:
        return None
    return [EntryProblem("type", f"duplicate profile: a journal has at most one (the first is "
                                 f"on line {first_line})")]


def _chunks(handle: Any) -> Iterator[tuple[int, list[bytes], int]]:
    number, lines, size = 1, [], 0
    for raw in handle:
        lines.append(raw)
        size += len(raw)
        if len(lines) >= CHUNK_LINES:
            yield number, lines, size
            number, lines, size = number + len(lines), [], 0
    if lines:
        yield number, lines, size


def _first_profile_zone(path: Path, scan_lines: int = 2000) -> ZoneInfo | None:
    """A large file's profile time zone, found before the parallel parse starts."""
    with path.open("rb") as handle:
        for _, raw in zip(range(scan_lines), handle, strict=False):
            if b'"profile"' in raw:
                try:
                    obj = json.loads(raw)
                    zone = obj.get("timezone") if isinstance(obj, dict) else None
                    return ZoneInfo(zone) if isinstance(zone, str) else None
                except (ValueError, KeyError):
                    return None
    return None
