"""The wearable and export formats, most specific first (the registry asks each in turn)."""

from __future__ import annotations

from crampwise.importers.apple_health import AppleHealthImporter
from crampwise.importers.base import Importer
from crampwise.importers.fit import FitImporter
from crampwise.importers.gpx import GpxImporter
from crampwise.importers.tcx import TcxImporter


def wearable_importers() -> list[Importer]:
    """FIT (binary header), Apple Health (zip or XML), TCX, GPX."""
    return [FitImporter(), AppleHealthImporter(), TcxImporter(), GpxImporter()]
