"""Which importer reads a file, decided from its content (the extension is only a tie-break)."""

from __future__ import annotations

from pathlib import Path

from crampwise.importers.base import Importer, ImportFailed
from crampwise.importers.journal import JournalImporter

HEAD_BYTES = 64 * 1024


def importers() -> list[Importer]:
    """Every known format, most specific first."""
    found: list[Importer] = []
    try:  # wearable formats live in their own modules and may be absent in a partial install
        from crampwise.importers.wearables import wearable_importers

        found.extend(wearable_importers())
    except ImportError:
        pass
    found.append(JournalImporter())
    return found


def detect(path: Path) -> Importer:
    """The importer for ``path``, or ``ImportFailed`` saying what the file looked like."""
    if not path.exists():
        raise ImportFailed(str(path), "no such file")
    if path.is_dir():
        raise ImportFailed(str(path), "is a folder", "a file")
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head.strip():
        raise ImportFailed(str(path), "the file is empty")
    for importer in importers():
        if importer.detect(head, path):
            return importer
    names = ", ".join(i.label for i in importers())
    raise ImportFailed(str(path), f"not a format crampwise can import (it starts with "
                       f"{_describe(head)})", names)


def _describe(head: bytes) -> str:
    text = head[:40]
    if text.startswith(b"PK"):
        return "a zip archive without an Apple Health export.xml"
    if text.lstrip().startswith(b"<"):
        return "XML that is not Apple Health, GPX or TCX"
    if text.lstrip().startswith((b"{", b"[")):
        return "JSON that is not a crampwise journal (each line needs a \"type\")"
    return repr(text[:20])[1:]
