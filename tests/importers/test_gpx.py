"""GPX importer: outings merged across device track splits, bogus clocks refused, HR extensions."""

from __future__ import annotations

import pytest

from crampwise.services.importing import import_file
from tests.importers._helpers import imported, sample, stored


def test_eight_tracks_of_one_outing_make_one_workout(sqlite_url: str) -> None:
    report, journal = imported(sqlite_url, sample("gpx", "gpxpy_cerknicko-jezero_8tracks.gpx"))
    assert report.format == "gpx" and dict(report.added) == {"workout": 1}
    (walk,) = journal
    # tracks 2-8 (the first is empty) run 14:23:59 to 16:23:49 with gaps of at most 15 minutes
    assert walk["time"] == "2010-08-05T14:23:59Z"
    assert walk["duration_min"] == pytest.approx(119 + 50 / 60, abs=1e-3)
    assert walk["activity"] == "other"
    assert 4.4 < walk["distance_km"] < 4.8


def test_empty_segment_is_tolerated(sqlite_url: str) -> None:
    report, journal = imported(sqlite_url, sample("gpx", "gpxpy_track-with-empty-segment.gpx"))
    assert dict(report.added) == {"workout": 1}
    assert journal[0]["time"] == "2013-07-06T17:26:26Z"
    assert journal[0]["duration_min"] == pytest.approx(76 / 60, abs=1e-3)


def test_bogus_1901_timestamps_are_refused_and_change_nothing(sqlite_url: str) -> None:
    report = import_file(sqlite_url, "me", sample("gpx", "gpxpy_Mojstrovka.gpx"))
    assert report.failed
    assert "no usable timestamps" in report.errors[0] and "1901-12-13" in report.errors[0]
    assert stored(sqlite_url) == {}


GARMIN_GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"
 xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
<trk><name>Morning</name><type>running</type><trkseg>{points}</trkseg></trk>
<trk><name>Evening</name><type>cycling</type><trkseg>{later}</trkseg></trk></gpx>"""


def _point(minute: int, hr: int, hour: int = 7) -> str:
    return (f'<trkpt lat="45.{minute:04d}" lon="6.0"><time>2024-05-01T{hour:02d}:{minute:02d}:00Z'
            f'</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{hr}</gpxtpx:hr>'
            f'<gpxtpx:atemp>21</gpxtpx:atemp></gpxtpx:TrackPointExtension></extensions></trkpt>')


def test_separate_outings_heart_rate_and_temperature(sqlite_url: str, tmp_path) -> None:
    path = tmp_path / "two.gpx"
    path.write_text(GARMIN_GPX.format(points="".join(_point(m, 140 + m) for m in range(0, 41, 10)),
                                      later="".join(_point(m, 120, 18) for m in (0, 30))))
    report, journal = imported(sqlite_url, path)
    assert dict(report.added) == {"workout": 2}
    run, ride = journal
    assert (run["activity"], run["duration_min"], run["avg_hr"], run["temperature_c"]) == \
        ("running", 40, 160, 21)
    assert (ride["activity"], ride["duration_min"]) == ("cycling", 30)
    assert run["distance_km"] == pytest.approx(0.004 * 111.2, rel=0.01)  # 0.004° of latitude
    again = import_file(sqlite_url, "me", path)
    assert dict(again.duplicates) == {"workout": 2} and not again.added


def test_broken_gpx_names_the_line(sqlite_url: str, tmp_path) -> None:
    path = tmp_path / "broken.gpx"
    path.write_text('<?xml version="1.0"?>\n<gpx version="1.1">\n<trk><trkseg>\n<trkpt lat=')
    report = import_file(sqlite_url, "me", path)
    assert report.failed and report.format == "gpx"
    assert "not a readable GPX file" in report.errors[0]
    assert stored(sqlite_url) == {}
