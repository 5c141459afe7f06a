"""The one shape every importer has: detect a file by its content, then stream what it holds.

An importer yields ``ReadItem``s: an entry to store, or the problems of one record (the journal
format reports invalid lines that way). A file that cannot be read at all raises ``ImportFailed``
saying where it broke and what was expected there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from crampwise.domain.journal import Entry
from crampwise.domain.parsing import EntryProblem
from crampwise.errors import UserError


class ImportFailed(UserError):
    """A file that cannot be imported: where it broke, what was wrong, what was expected."""

    def __init__(self, where: str, what: str, expected: str | None = None):
        self.where, self.what, self.expected = where, what, expected
        text = f"{where}: {what}"
        super().__init__(f"{text} (expected {expected})" if expected else text)


@dataclass
class ReadItem:
    """One record read from a file: an entry, or why it could not become one."""

    where: str
    entry: Entry | None = None
    problems: list[EntryProblem] | None = None
    #: a list of database-ready rows (store.rows.Prepared) made by a parsing worker, instead of
    #: one entry: many lines at once, so the writer handles one item per chunk
    prepared: list[Any] | None = None

    @property
    def ok(self) -> bool:
        return self.entry is not None or self.prepared is not None


@dataclass
class ReadContext:
    """What an importer is told and what it reports back while it reads."""

    tz: ZoneInfo | None = None
    #: the store's SQL dialect, for importers that prepare rows in worker processes
    dialect: str | None = None
    on_progress: Callable[[int], None] = lambda _bytes_done: None
    unused: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)


class Importer(Protocol):
    """A file format crampwise can import."""

    name: str
    label: str
    #: True: the whole file is one transaction (journal rule: one bad line, nothing written).
    #: False: committed in batches with a checkpoint, so a huge import survives a crash.
    all_or_nothing: bool

    def detect(self, head: bytes, path: Path) -> bool:
        """Whether the first bytes of the file (up to 64 KiB) are this format."""
        ...

    def read(self, path: Path, context: ReadContext) -> Iterator[ReadItem]:
        """Stream the file's records in order."""
        ...
