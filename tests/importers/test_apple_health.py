"""Apple Health importer: real excerpts, zip with and without routes, units and quirks, damage."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from crampwise.services.importing import import_file
from tests.importers._helpers import exported, imported, sample, stored

DTD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 13 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
]>
"""


def _record(kind: str, start: str, value: str, unit: str | None = None, end: str | None = None,
            source: str = "Alex’s iPhone") -> str:
    unit_attr = f' unit="{unit}"' if unit else ""
    return (f'<Record type="{kind}" sourceName="{source}"{unit_attr} startDate="{start}" '
            f'endDate="{end or start}" value="{value}"/>\n')


def _sleep(value: str, start: str, end: str) -> str:
    return _record("HKCategoryTypeIdentifierSleepAnalysis", start,
                   f"HKCategoryValueSleepAnalysis{value}", end=end)


Q = "HKQuantityTypeIdentifier"
WORKOUT = """<Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="62.5"
 durationUnit="min" sourceName="Alex’s Apple Watch" startDate="2024-07-02 18:00:00 +0200"
 endDate="2024-07-02 19:02:30 +0200">
 <MetadataEntry key="HKIndoorWorkout" value="0"/>
 <MetadataEntry key="HKWeatherTemperature" value="77 degF"/>
 <MetadataEntry key="HKWeatherHumidity" value="5000 %"/>
 <WorkoutEvent type="HKWorkoutEventTypePause" date="2024-07-02 18:20:00 +0200"/>
 <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned"
  startDate="2024-07-02 18:00:00 +0200" endDate="2024-07-02 19:02:30 +0200" sum="612.4"
  unit="kcal"/>
 <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate"
  startDate="2024-07-02 18:00:00 +0200" endDate="2024-07-02 19:02:30 +0200" average="151.6"
  minimum="98" maximum="181" unit="count/min"/>
 <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning"
  startDate="2024-07-02 18:00:00 +0200" endDate="2024-07-02 19:02:30 +0200" sum="6.2"
  unit="mi"/>
</Workout>
"""


def _export(tmp_path: Path, body: str, name: str = "export.xml") -> Path:
    path = tmp_path / name
    path.write_text(DTD + '<HealthData locale="en_US">\n<ExportDate value="2024-07-10 08:00:00 '
                    '+0200"/>\n' + body + "</HealthData>\n", encoding="utf-8")
    return path


QUIRKS = "".join([
    _record(f"{Q}BodyMass", "2024-07-01 07:00:00 +0200", "165", "lb", source="Health Mate"),
    _record(f"{Q}BodyMass", "2024-07-02 07:00:00 +0200", "74.1", "kg", source="Health Mate"),
    _record(f"{Q}DietaryWater", "2024-07-01 09:00:00 +0200", "16", "fl_oz_us"),
    _record(f"{Q}DietaryWater", "2024-07-01 12:00:00 +0200", "0.5", "L"),
    _record(f"{Q}DietaryWater", "2024-07-01 13:00:00 +0200", "0", "mL"),
    _record(f"{Q}DietaryMagnesium", "2024-07-01 12:30:00 +0200", "0.1", "g"),
    _record(f"{Q}DietarySodium", "2024-07-01 12:30:00 +0200", "520", "mg"),
    _record(f"{Q}HeartRate", "2024-07-01 12:31:00 +0200", "71", "count/min"),
    _record(f"{Q}StepCount", "2024-07-01 12:31:00 +0200", "120", "count"),
    # night 1: iPhone in bed plus Watch stages (overlapping sources, an awake gap)
    _sleep("InBed", "2024-07-01 22:50:00 +0200", "2024-07-02 07:05:00 +0200"),
    _sleep("AsleepCore", "2024-07-01 23:10:00 +0200", "2024-07-02 02:00:00 +0200"),
    _sleep("AsleepDeep", "2024-07-02 01:30:00 +0200", "2024-07-02 03:00:00 +0200"),
    _sleep("Awake", "2024-07-02 03:00:00 +0200", "2024-07-02 03:30:00 +0200"),
    _sleep("AsleepREM", "2024-07-02 03:30:00 +0200", "2024-07-02 06:40:00 +0200"),
    # night 2: only "in bed" (an iPhone without a Watch)
    _sleep("InBed", "2024-07-02 23:30:00 +0200", "2024-07-03 06:30:00 +0200"),
    '<Correlation type="HKCorrelationTypeIdentifierFood" sourceName="MyFitnessPal" '
    'startDate="2024-07-01 12:30:00 +0200" endDate="2024-07-01 12:30:00 +0200">\n',
    _record(f"{Q}DietarySodium", "2024-07-01 12:30:00 +0200", "520", "mg"),
    "</Correlation>\n",
    WORKOUT,
    '<ActivitySummary dateComponents="2024-07-01" activeEnergyBurned="500"/>\n',
])


def test_healthkit_to_sqlite_excerpt(sqlite_url: str) -> None:
    report, journal = imported(sqlite_url, sample("apple_health",
                                                  "healthkit-to-sqlite_export.xml"))
    assert report.format == "apple_health" and not report.failed
    assert dict(report.added) == {"workout": 1}
    assert dict(report.unused) == {"BodyMassIndex": 1, "HeartRate": 1, "ActivitySummary": 2}
    (run,) = journal
    assert run["time"] == "2016-11-14T07:25:41-07:00"
    assert run["activity"] == "running"
    assert run["duration_min"] == pytest.approx(5.1941, abs=1e-4)
    assert run["distance_km"] == pytest.approx(0.4971749504535062 * 1.609344, abs=1e-4)
    assert run["temperature_c"] == pytest.approx((56 - 32) * 5 / 9, abs=1e-3)
    assert run["humidity_pct"] == 96
    assert "49 kcal" in run["notes"]
    assert report.warnings == []  # the old inline <Location> route needs no file


def test_apple_health_parser_excerpt_sleep_and_unused(sqlite_url: str) -> None:
    report, journal = imported(sqlite_url, sample("apple_health",
                                                  "apple-health-parser_export.xml"))
    assert dict(report.added) == {"sleep": 1}
    assert dict(report.unused) == {"HeartRate": 2, "ActiveEnergyBurned": 2,
                                   "AppleExerciseTime": 1, "AppleStandTime": 1}
    (night,) = journal
    # the Watch's AsleepCore span wins over the iPhone's InBed span of the same night
    assert night["time"] == "2024-01-01T03:27:53+02:00"
    assert night["end"] == "2024-01-01T03:40:23+02:00"
    assert night["hours"] == pytest.approx(12.5 / 60, abs=1e-4)


def _zip(tmp_path: Path, with_route: bool, name: str = "export.zip") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(sample("apple_health", "healthkit-to-sqlite_zip_export.xml"),
                      "apple_health_export/export.xml")
        archive.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
        if with_route:
            archive.write(sample("apple_health", "healthkit-to-sqlite_route_2019-06-11_3.00pm.gpx"),
                          "apple_health_export/workout-routes/route_2019-06-11_3.00pm.gpx")
    return path


def test_zip_with_its_route_file(sqlite_url: str, tmp_path: Path) -> None:
    done: list[int] = []
    path = _zip(tmp_path, with_route=True)
    report = import_file(sqlite_url, "me", path, progress=lambda d, _t: done.append(d))
    assert report.format == "apple_health" and dict(report.added) == {"workout": 1}
    assert report.warnings == []
    assert done and done[-1] == path.stat().st_size and done == sorted(done)


def test_zip_missing_route_is_a_warning(sqlite_url: str, tmp_path: Path) -> None:
    report = import_file(sqlite_url, "me", _zip(tmp_path, with_route=False))
    assert not report.failed and dict(report.added) == {"workout": 1}
    assert len(report.warnings) == 1
    assert "workout-routes/route_2019-06-11_3.00pm.gpx" in report.warnings[0]
    assert "missing" in report.warnings[0]


def test_route_gives_the_distance_a_workout_lacks(sqlite_url: str, tmp_path: Path) -> None:
    workout = ('<Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="20" '
               'durationUnit="min" sourceName="Watch" startDate="2024-07-02 18:00:00 +0200" '
               'endDate="2024-07-02 18:20:00 +0200"><WorkoutRoute sourceName="Watch" '
               'startDate="2024-07-02 18:00:00 +0200" endDate="2024-07-02 18:20:00 +0200">'
               '<FileReference path="/workout-routes/route_1.gpx"/></WorkoutRoute></Workout>\n')
    xml = _export(tmp_path, workout)
    route = ('<?xml version="1.0"?><gpx version="1.1" creator="Apple Health Export" '
             'xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
             '<trkpt lat="45.00" lon="6.0"><time>2024-07-02T16:00:00Z</time></trkpt>'
             '<trkpt lat="45.01" lon="6.0"><time>2024-07-02T16:20:00Z</time></trkpt>'
             '</trkseg></trk></gpx>')
    path = tmp_path / "routes.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(xml, "apple_health_export/export.xml")
        archive.writestr("apple_health_export/workout-routes/route_1.gpx", route)
    report, journal = imported(sqlite_url, path)
    assert report.warnings == []
    assert journal[0]["activity"] == "walking"
    assert journal[0]["distance_km"] == pytest.approx(1.112, abs=0.005)


def test_units_quirks_sleep_nights_and_reimport(db_url: str, tmp_path: Path) -> None:
    path = _export(tmp_path, QUIRKS)
    report, journal = imported(db_url, path)
    assert not report.failed, report.errors
    assert dict(report.added) == {"body_mass": 2, "fluid": 2, "meal": 2, "sleep": 2,
                                  "workout": 1}
    assert report.unused["HeartRate"] == 1 and report.unused["StepCount"] == 1
    assert report.unused["DietaryWater (zero amount)"] == 1
    assert report.unused["SleepAnalysis (awake)"] == 1
    assert report.unused["Food"] == 1  # the correlation; its sodium record is not read twice
    by_type: dict[str, list[dict]] = {}
    for entry in journal:
        by_type.setdefault(entry["type"], []).append(entry)
    assert [m["kg"] for m in by_type["body_mass"]] == [pytest.approx(74.8427, abs=1e-4), 74.1]
    assert [f["ml"] for f in by_type["fluid"]] == [pytest.approx(473.1765, abs=1e-4), 500]
    assert {k: v for m in by_type["meal"] for k, v in m.items()
            if k.endswith("_mg")} == {"magnesium_mg": 100, "sodium_mg": 520}
    night1, night2 = by_type["sleep"]
    assert night1["time"] == "2024-07-01T23:10:00+02:00"
    assert night1["end"] == "2024-07-02T06:40:00+02:00"
    assert night1["hours"] == pytest.approx(7.0, abs=1e-4)  # 23:10-03:00 + 03:30-06:40
    assert night2["hours"] == 7 and "in bed" in night2["notes"]
    (run,) = by_type["workout"]
    assert run["distance_km"] == pytest.approx(6.2 * 1.609344, abs=1e-3)
    assert run["avg_hr"] == 152
    assert run["temperature_c"] == 25
    assert run["humidity_pct"] == 50  # Apple's "5000 %"
    assert "612 kcal" in run["notes"]
    again = import_file(db_url, "me", path)
    assert sum(again.added.values()) == 0
    assert sum(again.duplicates.values()) == 9
    assert exported(db_url) == journal


def test_truncated_export_fails_where_it_broke_and_changes_nothing(
        db_url: str, tmp_path: Path) -> None:
    imported(db_url, sample("apple_health", "healthkit-to-sqlite_export.xml"))
    before = exported(db_url)
    text = _export(tmp_path, QUIRKS).read_text(encoding="utf-8")
    cut = tmp_path / "cut" / "export.xml"
    cut.parent.mkdir()
    cut.write_text(text[: int(len(text) * 0.8)], encoding="utf-8")
    report = import_file(db_url, "me", cut)
    assert report.failed
    assert "line " in report.errors[0] and "the XML is broken" in report.errors[0]
    assert exported(db_url) == before


def test_damaged_zip_fails_and_changes_nothing(sqlite_url: str, tmp_path: Path) -> None:
    xml = _export(tmp_path, QUIRKS * 20)
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(xml, "apple_health_export/export.xml")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
    path.write_bytes(bytes(data))
    report = import_file(sqlite_url, "me", path)
    assert report.failed and report.format == "apple_health"
    assert "export.zip" in report.errors[0]
    assert stored(sqlite_url) == {}


def test_truncated_zip_is_a_clear_error(sqlite_url: str, tmp_path: Path) -> None:
    whole = _zip(tmp_path, with_route=True).read_bytes()
    path = tmp_path / "cut.zip"
    path.write_bytes(whole[: len(whole) // 2])
    report = import_file(sqlite_url, "me", path)
    assert report.failed and report.format == "apple_health"
    assert "damaged or truncated" in report.errors[0]


def test_entity_declarations_are_refused(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE HealthData [<!ENTITY a "aaaaaaaaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;&a;&a;">]><HealthData locale="en_US">&b;'
                    "</HealthData>")
    report = import_file(sqlite_url, "me", path)
    assert report.failed and "entit" in report.errors[0]


def test_ios16_broken_dtd_and_vertical_tabs_still_import(sqlite_url: str, tmp_path: Path) -> None:
    # iOS 16 wrote an ATTLIST without its closing ">" (every XML tool fails at that line)
    broken = DTD.replace("  endDate       CDATA #REQUIRED\n>", "  endDate       CDATA #REQUIRED\n")
    body = _record(f"{Q}BodyMass", "2024-07-01 07:00:00 +0200", "70", "kg",
                   source="Scale\x0bPro")
    path = tmp_path / "export.xml"
    path.write_text(broken + '<HealthData locale="en_US">\n' + body + "</HealthData>\n")
    report, journal = imported(sqlite_url, path)
    assert not report.failed, report.errors
    assert [e["kg"] for e in journal] == [70]


def test_error_line_numbers_count_the_dtd_lines(sqlite_url: str, tmp_path: Path) -> None:
    path = _export(tmp_path, QUIRKS)
    lines = path.read_text(encoding="utf-8").splitlines()
    target = next(i for i, line in enumerate(lines) if "DietaryMagnesium" in line)
    lines[target] = lines[target].replace('value="0.1"', 'value=0.1')  # an unquoted value
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_file(sqlite_url, "me", path)
    assert report.failed
    assert f"line {target + 1}," in report.errors[0]
    assert stored(sqlite_url) == {}


def test_localised_export_name_in_zip(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "导出.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(_export(tmp_path, QUIRKS), "apple_health_export/导出.xml")
        archive.writestr("apple_health_export/导出_cda.xml", "<ClinicalDocument/>")
    report = import_file(sqlite_url, "me", path)
    assert report.format == "apple_health" and not report.failed
    assert report.added["workout"] == 1


def test_ios16_workout_activities_do_not_override_the_workout(sqlite_url: str,
                                                              tmp_path: Path) -> None:
    start, end = "2024-07-02 18:00:00 +0200", "2024-07-02 18:30:00 +0200"
    body = (f'<Workout workoutActivityType="HKWorkoutActivityTypeCycling" duration="30" '
            f'durationUnit="min" sourceName="Watch" startDate="{start}" endDate="{end}">\n'
            f' <WorkoutActivity uuid="x" startDate="{start}" endDate="{end}" duration="30">\n'
            f'  <WorkoutStatistics type="{Q}DistanceCycling" startDate="{start}" '
            f'endDate="{end}" sum="99" unit="km"/>\n'
            f'  <MetadataEntry key="HKWeatherTemperature" value="104 degF"/>\n'
            f' </WorkoutActivity>\n'
            f' <WorkoutStatistics type="{Q}DistanceCycling" startDate="{start}" '
            f'endDate="{end}" sum="12.5" unit="km"/>\n'
            f'</Workout>\n'
            + _record(f"{Q}BodyMass", "2024-07-03 07:00:00 +0200", "70", "kg"))
    report, journal = imported(sqlite_url, _export(tmp_path, body))
    assert dict(report.added) == {"workout": 1, "body_mass": 1}
    ride = next(e for e in journal if e["type"] == "workout")
    assert ride["distance_km"] == 12.5 and "temperature_c" not in ride
