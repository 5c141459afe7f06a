"""Formats are recognised by content, whatever the file is called; unknown files say why."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from crampwise.importers.base import ImportFailed
from crampwise.importers.registry import detect
from tests.importers._helpers import sample

CLI = [sys.executable, "-c", "from crampwise.cli.main import run; run()"]


@pytest.mark.parametrize(("kind", "name", "expected"), [
    ("fit", "garmin-fenix-5-run.fit", "fit"),
    ("fit", "corrupt_truncated_activity-unexpected-eof.fit", "fit"),
    ("gpx", "gpxpy_Mojstrovka.gpx", "gpx"),
    ("gpx", "gpxpy_track-with-empty-segment.gpx", "gpx"),
    ("tcx", "tcxparser_forerunner410_run_hr.tcx", "tcx"),
    ("apple_health", "healthkit-to-sqlite_export.xml", "apple_health"),
    ("apple_health", "apple-health-parser_export.xml", "apple_health"),
    ("apple_health", "healthkit-to-sqlite_route_2019-06-11_3.00pm.gpx", "gpx"),
])
def test_detected_by_content_not_extension(tmp_path: Path, kind: str, name: str,
                                           expected: str) -> None:
    disguised = tmp_path / "upload.dat"  # the extension says nothing
    shutil.copy(sample(kind, name), disguised)
    assert detect(disguised).name == expected


def test_apple_health_zip_and_journal(tmp_path: Path) -> None:
    archive = tmp_path / "anything.bin"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(sample("apple_health", "healthkit-to-sqlite_export.xml"),
                "apple_health_export/export.xml")
    assert detect(archive).name == "apple_health"
    journal = tmp_path / "notes.txt"
    journal.write_text('{"type": "fluid", "time": "2026-01-01T10:00:00Z", "ml": 250}\n')
    assert detect(journal).name == "journal"


@pytest.mark.parametrize(("content", "said"), [
    (b"<?xml version='1.0'?><kml><Document/></kml>", "XML that is not Apple Health, GPX or TCX"),
    (b"\x00\x01\x02binary junk", "not a format crampwise can import"),
])
def test_unknown_content_is_a_clear_error(tmp_path: Path, content: bytes, said: str) -> None:
    path = tmp_path / "mystery.gpx"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as caught:
        detect(path)
    assert said in str(caught.value)
    assert "Garmin FIT" in str(caught.value) and "Apple Health" in str(caught.value)


def test_zip_without_export_xml(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("holiday/readme.txt", "hello")
    with pytest.raises(ImportFailed, match="zip archive without an Apple Health export.xml"):
        detect(path)


def test_several_files_one_command_each_its_own_unit(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    files = [sample("fit", "coros-pace-3-pool-swim.fit"),
             sample("fit", "corrupt_truncated_activity-unexpected-eof.fit"),
             sample("gpx", "gpxpy_Mojstrovka.gpx"),
             sample("tcx", "tcxparser_forerunner410_run_hr.tcx"),
             sample("apple_health", "healthkit-to-sqlite_export.xml")]
    env = dict(os.environ, CRAMPWISE_USER="me")
    done = subprocess.run([*CLI, "--db", db, "--json", "import", *map(str, files)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2
    result = json.loads(done.stdout)
    outcome = {Path(f["path"]).name: (f["ok"], f["added"]) for f in result["files"]}
    assert outcome == {
        "coros-pace-3-pool-swim.fit": (True, {"workout": 1}),
        "corrupt_truncated_activity-unexpected-eof.fit": (False, {}),
        "gpxpy_Mojstrovka.gpx": (False, {}),
        "tcxparser_forerunner410_run_hr.tcx": (True, {"workout": 1}),
        "healthkit-to-sqlite_export.xml": (True, {"workout": 1}),
    }
    human = subprocess.run([*CLI, "--db", db, "import", *map(str, files)], capture_output=True,
                           text=True, env=env, timeout=120)
    assert human.returncode == 2
    assert "Import summary" in human.stdout and "byte 768" in human.stderr
    assert "no usable timestamps" in human.stderr
