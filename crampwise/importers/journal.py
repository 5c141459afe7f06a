"""The crampwise journal (JSON Lines, spec/journal.md): the canonical import format.

Small files are parsed in this process. A large file is cut into whole-line byte ranges that
worker processes read and parse themselves, handing back database-ready row tuples
(``store.rows.Prepared``) while this process writes to the store: validation runs on every core
and the writer ships no text. At most a few ranges are in flight, so memory stays flat whatever
the file size.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from crampwise.domain.journal import Entry, Profile
from crampwise.domain.parsing import EntryError, EntryProblem, parse_json_bytes
from crampwise.importers.base import ImportFailed, ReadContext, ReadItem

PARALLEL_FROM_BYTES = 16 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024
#: Parsing processes. Into SQLite the writer needs about a third of a core, so parsers take
#: every core; a PostgreSQL server (often on this machine) needs a core of its own.
PARSERS = {"sqlite": max(1, min(4, os.cpu_count() or 1)),
           "postgresql": max(1, min(4, (os.cpu_count() or 1) - 1))}


def _parse_raw(raw: bytes, number: int, tz: ZoneInfo | None) -> Entry | list[EntryProblem] | None:
    if number == 1:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return parse_json_bytes(raw, tz)
    except EntryError as exc:
        return exc.problems


def _parse_range(path: str, first: int, start: int, length: int, tz_name: str | None,
                 dialect: str) -> tuple[list[tuple[int, Any]], list[Any]]:
    """Worker: parse the lines in ``length`` bytes from ``start`` (line ``first`` onwards).

    Returns the rare items in line order, (line number, problems or a profile), and the
    database-ready rows of every other line. The worker reads the file itself, so the writer
    process spends no time shipping text.
    """
    from crampwise.store.rows import prepare

    tz = ZoneInfo(tz_name) if tz_name else None
    with open(path, "rb") as handle:
        handle.seek(start)
        lines = handle.read(length).split(b"\n")  # as the sequential reader splits
    if lines and not lines[-1]:
        lines.pop()
    rare: list[tuple[int, Any]] = []
    rows: list[Any] = []
    for number, raw in enumerate(lines, start=first):
        parsed = _parse_raw(raw, number, tz)
        if parsed is None:
            continue
        if isinstance(parsed, list | Profile):
            rare.append((number, parsed))
        else:
            rows.append(prepare(parsed, dialect))
    return rare, rows


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
        assert context.dialect is not None
        tz = context.tz or _first_profile_zone(path)
        tz_name = getattr(tz, "key", None)
        profile_line: int | None = None
        done = 0
        parsers = PARSERS.get(context.dialect, 1)
        in_flight = parsers + 2
        pool = multiprocessing.get_context("forkserver").Pool(parsers)
        try:
            pending: deque[tuple[int, Any]] = deque()
            for first, start, length in _ranges(path):
                pending.append((length, pool.apply_async(
                    _parse_range, (str(path), first, start, length, tz_name, context.dialect))))
                if len(pending) >= in_flight:
                    profile_line, done = yield from _oldest(pending, profile_line, done, context)
            while pending:
                profile_line, done = yield from _oldest(pending, profile_line, done, context)
        finally:
            pool.terminate()
            pool.join()


def _oldest(pending: deque[tuple[int, Any]], profile_line: int | None, done: int,
            context: ReadContext) -> Any:
    """Wait for the oldest range in flight and yield its items, in file order."""
    size, job = pending.popleft()
    profile_line = yield from _items(job.get(), profile_line)
    context.on_progress(done + size)
    return profile_line, done + size


def _items(parsed_range: tuple[list[tuple[int, Any]], list[Any]],
           profile_line: int | None) -> Any:
    """ReadItems for one parsed range: problems and profiles in line order, then its rows."""
    rare, rows = parsed_range
    for number, parsed in rare:
        where = f"line {number}"
        if isinstance(parsed, list):
            yield ReadItem(where, problems=parsed)
            continue
        duplicate = _duplicate_profile(profile_line)
        if duplicate:
            yield ReadItem(where, problems=duplicate)
            continue
        profile_line = number
        yield ReadItem(where, entry=parsed)
    if rows:
        yield ReadItem("", prepared=rows)
    return profile_line


def _duplicate_profile(first_line: int | None) -> list[EntryProblem] | None:
    if first_line is None:
        return None
    return [EntryProblem("type", f"duplicate profile: a journal has at most one (the first is "
                                 f"on line {first_line})")]


def _ranges(path: Path) -> Iterator[tuple[int, int, int]]:
    """(first line number, byte offset, byte length) of whole-line ranges of about CHUNK_BYTES."""
    number, offset = 1, 0
    with path.open("rb") as handle:
        carry = b""
        while True:
            block = handle.read(CHUNK_BYTES)
            if not block:
                break
            block = carry + block
            cut = block.rfind(b"\n") + 1
            if cut == 0:  # one line longer than a block: read on
                carry = block
                continue
            yield number, offset, cut
            number += block.count(b"\n", 0, cut)
            offset += cut
            carry = block[cut:]
        if carry:
            yield number, offset, len(carry)


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
