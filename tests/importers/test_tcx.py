"""TCX importer: one workout per Activity, heart rate weighted by lap time, errors with lines."""

from __future__ import annotations

import pytest

from crampwise.services.importing import import_file
from tests.importers._helpers import imported, sample, stored


def test_forerunner_run_lap_weighted_heart_rate(sqlite_url: str) -> None:
    report, journal = imported(sqlite_url, sample("tcx", "tcxparser_forerunner410_run_hr.tcx"))
    assert report.format == "tcx" and dict(report.added) == {"workout": 1}
    (run,) = journal
    assert run["activity"] == "running"
    assert run["time"] == "2012-12-26T21:29:53Z"
    # laps: 608.47 + 714.80 + 669.51 s; 1609.344 + 1609.344 + 1470.555 m; HR 139/172/167
    assert run["duration_min"] == pytest.approx((608.47 + 714.80 + 669.51) / 60, abs=1e-3)
    assert run["distance_km"] == pytest.approx(4.6892, abs=1e-4)
    weighted = (139 * 608.47 + 172 * 714.80 + 167 * 669.51) / (608.47 + 714.80 + 669.51)
    assert run["avg_hr"] == round(weighted) == 160


def test_paddleboard_exported_as_other(sqlite_url: str) -> None:
    report, journal = imported(sqlite_url, sample("tcx", "tcxparser_vivoactive-hr_sup_other.tcx"))
    (sup,) = journal
    assert sup["activity"] == "other"
    assert sup["duration_min"] == pytest.approx((966.796 + 145.539) / 60, abs=1e-3)
    assert sup["distance_km"] == pytest.approx(1.1575, abs=1e-4)
    assert sup["avg_hr"] == 88


def test_trackpoint_heart_rate_when_laps_have_none(sqlite_url: str, tmp_path) -> None:
    path = tmp_path / "treadmill.tcx"
    points = "".join(f"<Trackpoint><Time>2024-03-01T07:0{i}:00Z</Time><HeartRateBpm><Value>"
                     f"{130 + 10 * i}</Value></HeartRateBpm></Trackpoint>" for i in range(3))
    path.write_text(
        '<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/'
        'TrainingCenterDatabase/v2"><Activities><Activity Sport="Running">'
        '<Id>2024-03-01T07:00:00Z</Id><Lap StartTime="2024-03-01T07:00:00Z">'
        f"<TotalTimeSeconds>1800</TotalTimeSeconds><Track>{points}</Track></Lap>"
        "</Activity></Activities></TrainingCenterDatabase>")
    report, journal = imported(sqlite_url, path)
    assert journal == [{"type": "workout", "id": "tcx:2024-03-01T07:00:00+00:00",
                        "time": "2024-03-01T07:00:00Z", "duration_min": 30,
                        "activity": "running", "avg_hr": 140}]


def test_truncated_tcx_fails_with_line_and_changes_nothing(sqlite_url: str, tmp_path) -> None:
    data = sample("tcx", "tcxparser_forerunner410_run_hr.tcx").read_bytes()
    path = tmp_path / "cut.tcx"
    path.write_bytes(data[: len(data) // 2])
    report = import_file(sqlite_url, "me", path)
    assert report.failed
    assert "line " in report.errors[0] and "the XML is broken" in report.errors[0]
    assert stored(sqlite_url) == {}
