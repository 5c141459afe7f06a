"""Finding and cleaning the bytes of an Apple Health export before the XML parser sees them.

Real exports have quirks that break a strict XML parser, so they are handled here:
- iOS 16 (HealthKit Export Version 12) writes an internal DTD with a missing ``>`` ("syntax
  error: line 156, column 0" in every XML tool). crampwise does not need the DTD, so the prolog
  between the XML declaration and ``<HealthData`` is replaced by as many newlines as it had:
  line numbers in error messages still match the file, and no entity can ever be declared.
- Some values contain a vertical tab (``\\x0b``), which XML 1.0 forbids; it becomes a space.
- Non-English exports name the file in the language of the phone (e.g. ``导出.xml``): when the zip
  has no ``export.xml``, the XML file beside the routes folder that holds ``<HealthData`` is used.
  ``export_cda.xml`` (clinical documents) is never read.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO

CHUNK = 1 << 20
_PROLOG_LIMIT = 16 << 20  # the DTD is ~10 KB; give up looking for <HealthData after 16 MiB
_ROOT = b"<HealthData"


def export_member(archive: zipfile.ZipFile) -> str | None:
    """The export XML inside an Apple Health zip, if any."""
    names = archive.namelist()
    found = [n for n in names if PurePosixPath(n).name == "export.xml"]
    if found:
        return min(found, key=lambda n: (n.count("/"), n))
    for name in sorted((n for n in names if n.lower().endswith(".xml") and n.count("/") <= 1
                        and "_cda" not in PurePosixPath(n).name), key=lambda n: (len(n), n)):
        with archive.open(name) as stream:
            if _ROOT in stream.read(1 << 16):
                return name
    return None


def clean_chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """The export's bytes in chunks, DTD blanked out (lines kept) and vertical tabs removed."""
    head = b""
    while _ROOT not in head and len(head) < _PROLOG_LIMIT:
        more = stream.read(CHUNK)
        if not more:
            break
        head += more
    start = head.find(_ROOT)
    if start > 0:
        declaration = b""
        if head.startswith(b"<?xml") and b"?>" in head[:start]:
            declaration = head[: head.index(b"?>") + 2]
        dropped = head[len(declaration):start]
        head = declaration + b"\n" * dropped.count(b"\n") + head[start:]
    chunk = head
    while chunk:
        yield chunk.replace(b"\x0b", b" ") if b"\x0b" in chunk else chunk
        chunk = stream.read(CHUNK)


class Routes:
    """Looks up FileReference paths (``/workout-routes/…gpx``) in the zip or beside the XML."""

    def __init__(self, archive: zipfile.ZipFile | None, base: str, folder: Path | None):
        self.archive, self.base, self.folder = archive, base, folder
        self.names = set(archive.namelist()) if archive is not None else set()
        self.missing: list[str] = []
        self.found = 0

    def read(self, reference: str) -> bytes | None:
        """The route file's bytes, or None (and remembered as missing)."""
        relative = reference.lstrip("/")
        if self.archive is not None:
            name = self.base + relative
            if name in self.names:
                self.found += 1
                return self.archive.read(name)
        elif self.folder is not None and (self.folder / relative).is_file():
            self.found += 1
            return (self.folder / relative).read_bytes()
        self.missing.append(relative)
        return None
