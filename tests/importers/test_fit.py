"""FIT importer on the real sample files: sessions, multisport legs, pool swim, corrupt files."""

from __future__ import annotations

import pytest

from crampwise.services.importing import import_file
from tests.importers._helpers import imported, sample, stored


def test_edge810_ride(sqlite_url: str) -> None:
    report, journal = imported(sqlite_url, sample("fit", "Edge810-Vector-2013-08-16-15-35-10.fit"))
    assert report.format == "fit" and not report.failed
    assert dict(report.added) == {"workout": 1}
    (ride,) = journal
    assert ride["activity"] == "cycling"
    assert ride["time"] == "2013-08-16T18:05:10Z"
    assert ride["duration_min"] == pytest.approx(4700.05 / 60, abs=1e-3)
    assert ride["distance_km"] == pytest.approx(41.339, abs=1e-3)
    assert ride["avg_hr"] == 154
    # no session temperature: the mean of the record temperatures (the Edge logs it)
    assert 10 < ride["temperature_c"] < 30


def test_multisport_one_workout_per_leg_transitions_unused(sqlite_url: str) -> None:
    report, journal = imported(sqlite_url, sample("fit", "activity-large-fenxi2-multisport.fit"))
    assert dict(report.added) == {"workout": 4}
    assert dict(report.unused) == {"FIT transition session": 3}
    assert [w["activity"] for w in journal] == ["other", "running", "running", "cycling"]
    # the device's local offset (+02:00) is kept; session 3 started 10:36:00 UTC
    assert journal[1]["time"] == "2015-08-29T12:36:00+02:00"
    assert journal[1]["duration_min"] == pytest.approx(2294.84 / 60, abs=1e-3)
    assert journal[3]["distance_km"] == pytest.approx(28.928, abs=1e-3)
    assert len({w["id"] for w in journal}) == 4


def test_pool_swim_without_gps(sqlite_url: str) -> None:
    report, journal = imported(sqlite_url, sample("fit", "coros-pace-3-pool-swim.fit"))
    assert dict(report.added) == {"workout": 1}
    (swim,) = journal
    assert swim["activity"] == "swimming"
    assert swim["distance_km"] == 2.3
    assert swim["avg_hr"] == 119
    assert swim["temperature_c"] == 28
    assert swim["duration_min"] == pytest.approx(4011.63 / 60, abs=1e-3)


def test_fenix_run_and_reimport_adds_nothing(db_url: str) -> None:
    path = sample("fit", "garmin-fenix-5-run.fit")
    report, journal = imported(db_url, path)
    assert dict(report.added) == {"workout": 1}
    assert journal[0]["activity"] == "running" and journal[0]["avg_hr"] == 90
    assert journal[0]["time"] == "2017-06-11T07:34:09-07:00"
    again = import_file(db_url, "me", path)
    assert sum(again.added.values()) == 0 and dict(again.duplicates) == {"workout": 1}
    assert stored(db_url) == {"workout": 1}


@pytest.mark.parametrize(("name", "offset", "what"), [
    ("corrupt_truncated_activity-unexpected-eof.fit", 768, "ends unexpectedly"),
    ("corrupt_header_activity-settings-corruptheader.fit", 771, "corrupt FIT header"),
])
def test_corrupt_files_fail_with_the_byte_offset_and_change_nothing(
        db_url: str, name: str, offset: int, what: str) -> None:
    imported(db_url, sample("fit", "garmin-fenix-5-run.fit"))
    before = stored(db_url)
    report = import_file(db_url, "me", sample("fit", name))
    assert report.failed
    assert f"byte {offset}" in report.errors[0] and what in report.errors[0]
    assert sum(report.added.values()) == 0
    assert stored(db_url) == before
