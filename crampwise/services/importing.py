"""Importing files into a person's journal: the rules both faces rely on.

- Journal files are all-or-nothing: one transaction; any invalid line and nothing is written
  (unless ``skip_invalid``), with every problem listed (the first 50, then a count).
- Wearable exports are committed in batches with a checkpoint row, so a crash or Ctrl-C leaves
  whole batches only, and a re-run completes the import (the dedupe keys skip what is there).
- Re-importing anything adds nothing: every entry has a dedupe key under a unique constraint.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from crampwise.domain.journal import Entry, Profile
from crampwise.importers.base import ImportFailed, ReadContext, ReadItem
from crampwise.importers.registry import detect
from crampwise.store import entries as store
from crampwise.store.db import bulk_session_scope, session_scope
from crampwise.store.tables import ImportCheckpoint

MAX_LISTED_ERRORS = 50


@dataclass
class FileReport:
    """What happened to one file."""

    path: str
    format: str | None = None
    added: Counter[str] = field(default_factory=Counter)
    duplicates: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unused: Counter[str] = field(default_factory=Counter)
    skipped_invalid: int = 0
    errors: list[str] = field(default_factory=list)
    error_count: int = 0
    warnings: list[str] = field(default_factory=list)
    failed: bool = False
    resumed_after: int = 0

    def note_problem(self, item: ReadItem) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_LISTED_ERRORS:
            self.errors.extend(f"{item.where}: {p}" for p in item.problems or [])

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path, "format": self.format, "ok": not self.failed,
            "added": dict(self.added), "skipped_duplicate": dict(self.duplicates),
            "updated": dict(self.updated), "skipped_unused": dict(self.unused),
            "skipped_invalid": self.skipped_invalid, "errors": self.errors,
            "error_count": self.error_count, "warnings": self.warnings,
        }


ProgressFn = Callable[[int, int], None]  # (bytes done, bytes total)


def import_files(url: str, username: str, paths: Iterable[Path], tz: str | None = None,
                 skip_invalid: bool = False,
                 progress: Callable[[Path], ProgressFn] | None = None) -> list[FileReport]:
    """Import each file as its own unit; one bad file does not block the others."""
    zone = _zone(tz)
    reports = []
    for path in paths:
        on_progress = progress(path) if progress else None
        reports.append(import_file(url, username, path, zone, skip_invalid, on_progress))
    return reports


def _zone(tz: str | None) -> ZoneInfo | None:
    if tz is None:
        return None
    try:
        return ZoneInfo(tz)
    except (KeyError, ValueError):
        raise ImportFailed("--tz", f"unknown time zone {tz!r}",
                           "an IANA name such as Europe/Paris") from None


def profile_zone(session: Session, user_id: int) -> ZoneInfo | None:
    """The time zone of the person's stored profile, used for naive times."""
    for _, entry in store.iter_entries(session, user_id, types=["profile"]):
        if isinstance(entry, Profile) and entry.timezone:
            return ZoneInfo(entry.timezone)
    return None


def import_file(url: str, username: str, path: Path, tz: ZoneInfo | None = None,
                skip_invalid: bool = False, progress: ProgressFn | None = None) -> FileReport:
    """Import one file into ``username``'s journal and say what happened."""
    report = FileReport(path=str(path))
    try:
        importer = detect(path)
        report.format = importer.name
        total = path.stat().st_size
        context = ReadContext(tz=tz, on_progress=(lambda done: progress(done, total))
                              if progress else (lambda _done: None))
        if importer.all_or_nothing:
            _import_atomic(url, username, importer.read, path, context, skip_invalid, report)
        else:
            _import_batched(url, username, importer.read, path, context, skip_invalid, report)
        report.unused.update(context.unused)
        report.warnings.extend(context.warnings)
    except ImportFailed as exc:
        report.failed = True
        report.errors.append(str(exc))
        report.error_count += 1
        report.added.clear()
        report.updated.clear()
    return report


class _Abort(Exception):
    """Raised inside the transaction to roll it back after invalid lines."""


def _import_atomic(url: str, username: str, read: Callable[..., Iterable[ReadItem]],
                   path: Path, context: ReadContext, skip_invalid: bool,
                   report: FileReport) -> None:
    from crampwise.config import get_settings

    batch_size = get_settings().import_batch_size
    try:
        with bulk_session_scope(url) as session:
            user = store.get_or_create_user(session, username)
            if context.tz is None:
                context.tz = profile_zone(session, user.id)
            context.dialect = session.connection().dialect.name
            batch: list[Any] = []
            for item in read(path, context):
                if not item.ok:
                    report.note_problem(item)
                    continue
                if report.error_count and not skip_invalid:
                    continue  # keep reading to list every problem, but write nothing
                if item.prepared is not None:
                    batch.extend(item.prepared)
                else:
                    batch.append(item.entry)
                if len(batch) >= batch_size:
                    _write(session, user.id, batch, report)
            if report.error_count and not skip_invalid:
                raise _Abort
            _write(session, user.id, batch, report)
            report.skipped_invalid = report.error_count
    except _Abort:
        report.failed = True
        report.added.clear()
        report.updated.clear()
        report.duplicates.clear()


def _write(session: Session, user_id: int, batch: list[Any], report: FileReport) -> None:
    if batch:
        result = store.add_entries(session, user_id, batch)
        report.added.update(result.added)
        report.duplicates.update(result.duplicates)
        report.updated.update(result.updated)
        batch.clear()


def fingerprint(path: Path) -> str:
    """A cheap identity for a large file: its size and first and last 64 KiB."""
    digest = hashlib.sha256(str(path.stat().st_size).encode())
    with path.open("rb") as handle:
        digest.update(handle.read(65536))
        if path.stat().st_size > 65536:
            handle.seek(-65536, 2)
            digest.update(handle.read(65536))
    return digest.hexdigest()


def _import_batched(url: str, username: str, read: Callable[..., Iterable[ReadItem]],
                    path: Path, context: ReadContext, skip_invalid: bool,
                    report: FileReport) -> None:
    from crampwise.config import get_settings

    batch_size = get_settings().import_batch_size
    sha = fingerprint(path)
    with session_scope(url) as session:
        user = store.get_or_create_user(session, username)
        user_id = user.id
        if context.tz is None:
            context.tz = profile_zone(session, user_id)
        checkpoint = session.scalar(select(ImportCheckpoint).where(
            ImportCheckpoint.user_id == user_id, ImportCheckpoint.file_sha == sha))
        if checkpoint is not None and not checkpoint.finished:
            report.resumed_after = checkpoint.items_done
            report.warnings.append(f"an earlier import of this file stopped after "
                                   f"{checkpoint.items_done} records; completing it")
    done = 0
    batch: list[Any] = []
    for item in read(path, context):
        done += 1
        if not item.ok:
            report.note_problem(item)
            if not skip_invalid:
                raise ImportFailed(item.where, "; ".join(str(p) for p in item.problems or []))
            report.skipped_invalid += 1
            continue
        batch.append(item.entry)
        if len(batch) >= batch_size:
            _commit_batch(url, user_id, sha, path, batch, done, False, report)
    _commit_batch(url, user_id, sha, path, batch, done, True, report)


def _commit_batch(url: str, user_id: int, sha: str, path: Path, batch: list[Entry], done: int,
                  finished: bool, report: FileReport) -> None:
    with session_scope(url) as session:
        _write(session, user_id, batch, report)
        checkpoint = session.scalar(select(ImportCheckpoint).where(
            ImportCheckpoint.user_id == user_id, ImportCheckpoint.file_sha == sha))
        if checkpoint is None:
            checkpoint = ImportCheckpoint(user_id=user_id, file_sha=sha,
                                          file_name=path.name[:255], items_done=0)
            session.add(checkpoint)
        checkpoint.items_done = done
        checkpoint.finished = finished
        checkpoint.updated_at = dt.datetime.now(dt.UTC)
