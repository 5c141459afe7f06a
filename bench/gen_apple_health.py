"""Write a schema-faithful synthetic Apple Health export of N records, fast and deterministic.

    python bench/gen_apple_health.py --records 1000000 --out bench/out/export_1m.xml [--zip]

The shape follows real exports: the XML declaration and the internal DTD (``<!DOCTYPE
HealthData [...]>``), ``<HealthData locale>``, ``<ExportDate>``, ``<Me>``, then ``<Record>``s
grouped by type and chronological within a type, then ``<Workout>``s with ``MetadataEntry``
(time zone, weather temperature in degF and humidity in Apple's "5600 %" form),
``WorkoutEvent``, ``WorkoutStatistics`` and, for outdoor ones, a ``WorkoutRoute`` with a
``FileReference`` (the route files are not written: the importer warns about them), then one
``<ActivitySummary>`` per day. The type mix is the one in research/perf_anchors.md (HeartRate 64 %,
55 % of them with a motion-context MetadataEntry; ActiveEnergyBurned 13 %; StepCount 9 %;
DistanceWalkingRunning 8 %; SleepAnalysis 2.7 %; DietaryWater 1.2 %; four minerals 0.5 % each;
BodyMass 0.1 %; workouts ~0.45 a day). "records" = Record + Workout elements.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

DTD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 13 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Me EMPTY>
<!ATTLIST Me
  HKCharacteristicTypeIdentifierDateOfBirth                 CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBiologicalSex               CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBloodType                   CDATA #REQUIRED
  HKCharacteristicTypeIdentifierFitzpatrickSkinType         CDATA #REQUIRED
  HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!-- Note: Any Records that have the following types will not have values.
     - HKQuantityTypeIdentifierAppleStandHour
     - HKCategoryTypeIdentifierSexualActivity
     - HKCategoryTypeIdentifierMindfulSession
-->
<!ELEMENT Correlation ((MetadataEntry|Record)*)>
<!ATTLIST Correlation
  type          CDATA #REQUIRED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
<!ATTLIST Workout
  workoutActivityType   CDATA #REQUIRED
  duration              CDATA #IMPLIED
  durationUnit          CDATA #IMPLIED
  totalDistance         CDATA #IMPLIED
  totalDistanceUnit     CDATA #IMPLIED
  totalEnergyBurned     CDATA #IMPLIED
  totalEnergyBurnedUnit CDATA #IMPLIED
  sourceName            CDATA #REQUIRED
  sourceVersion         CDATA #IMPLIED
  device                CDATA #IMPLIED
  creationDate          CDATA #IMPLIED
  startDate             CDATA #REQUIRED
  endDate               CDATA #REQUIRED
>
<!ELEMENT WorkoutEvent (MetadataEntry?)>
<!ATTLIST WorkoutEvent
  type         CDATA #REQUIRED
  date         CDATA #REQUIRED
  duration     CDATA #IMPLIED
  durationUnit CDATA #IMPLIED
>
<!ELEMENT WorkoutStatistics EMPTY>
<!ATTLIST WorkoutStatistics
  type      CDATA #REQUIRED
  startDate CDATA #REQUIRED
  endDate   CDATA #REQUIRED
  average   CDATA #IMPLIED
  minimum   CDATA #IMPLIED
  maximum   CDATA #IMPLIED
  sum       CDATA #IMPLIED
  unit      CDATA #IMPLIED
>
<!ELEMENT WorkoutRoute ((MetadataEntry|FileReference)*)>
<!ATTLIST WorkoutRoute
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT FileReference EMPTY>
<!ATTLIST FileReference
  path CDATA #REQUIRED
>
<!ELEMENT ActivitySummary EMPTY>
<!ATTLIST ActivitySummary
  dateComponents           CDATA #IMPLIED
  activeEnergyBurned       CDATA #IMPLIED
  activeEnergyBurnedGoal   CDATA #IMPLIED
  activeEnergyBurnedUnit   CDATA #IMPLIED
  appleMoveTime            CDATA #IMPLIED
  appleMoveTimeGoal        CDATA #IMPLIED
  appleExerciseTime        CDATA #IMPLIED
  appleExerciseTimeGoal    CDATA #IMPLIED
  appleStandHours          CDATA #IMPLIED
  appleStandHoursGoal      CDATA #IMPLIED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry
  key   CDATA #REQUIRED
  value CDATA #REQUIRED
>
]>
"""  # noqa: E501 - Apple's DTD lines are kept as Apple writes them

WATCH = "Alex’s Apple Watch"
PHONE = "Alex’s iPhone"
DEVICE = ("&lt;&lt;HKDevice: 0x283a1c0f0&gt;, name:Apple Watch, manufacturer:Apple Inc., "
          "model:Watch, hardware:Watch6,1, software:10.1&gt;")
#: (type, share of records, unit, source, value range)
MIX = (
    ("HKQuantityTypeIdentifierHeartRate", 0.64, "count/min", WATCH, (48, 175)),
    ("HKQuantityTypeIdentifierActiveEnergyBurned", 0.13, "kcal", WATCH, (0.05, 12)),
    ("HKQuantityTypeIdentifierStepCount", 0.09, "count", PHONE, (5, 900)),
    ("HKQuantityTypeIdentifierDistanceWalkingRunning", 0.08, "km", PHONE, (0.005, 0.8)),
    ("HKCategoryTypeIdentifierSleepAnalysis", 0.027, None, WATCH, (0, 0)),
    ("HKQuantityTypeIdentifierDietaryWater", 0.012, "mL", "MyFitnessPal", (150, 600)),
    ("HKQuantityTypeIdentifierDietaryMagnesium", 0.005, "mg", "MyFitnessPal", (10, 160)),
    ("HKQuantityTypeIdentifierDietaryPotassium", 0.005, "mg", "MyFitnessPal", (80, 900)),
    ("HKQuantityTypeIdentifierDietaryCalcium", 0.005, "mg", "MyFitnessPal", (20, 400)),
    ("HKQuantityTypeIdentifierDietarySodium", 0.005, "mg", "MyFitnessPal", (50, 1400)),
    ("HKQuantityTypeIdentifierBodyMass", 0.001, "lb", "Health Mate", (150, 172)),
)
WORKOUTS_PER_DAY = 0.45
RECORDS_PER_DAY = 657  # as in the perf anchors' files (718,220 records over 1,093 days)
SLEEP_STAGES = ("InBed", "AsleepCore", "AsleepDeep", "AsleepCore", "AsleepREM", "Awake")
FIRST_DAY = dt.date(2015, 1, 1)


class Clock:
    """Apple's "2019-06-11 15:00:00 -0700" strings for seconds since FIRST_DAY, cached per day."""

    def __init__(self) -> None:
        self.days: dict[int, tuple[str, str]] = {}

    def day(self, index: int) -> tuple[str, str]:
        if index not in self.days:
            date = FIRST_DAY + dt.timedelta(days=index)
            offset = "+0200" if 4 <= date.month <= 10 else "+0100"
            self.days[index] = (date.isoformat(), offset)
        return self.days[index]

    def __call__(self, seconds: float) -> str:
        whole = int(seconds)
        day, rest = divmod(whole, 86400)
        hours, rest = divmod(rest, 3600)
        minutes, secs = divmod(rest, 60)
        date, offset = self.day(day)
        return f"{date} {hours:02d}:{minutes:02d}:{secs:02d} {offset}"


def _records(kind: str, count: int, days: int, unit: str | None, source: str,
             span: tuple[float, float], rnd: random.Random, clock: Clock) -> Iterator[str]:
    step = days * 86400 / max(count, 1)
    device = f' device="{DEVICE}"' if source == WATCH else ""
    unit_attr = f' unit="{unit}"' if unit else ""
    low, high = span
    is_hr = kind.endswith("HeartRate")
    is_sleep = kind.endswith("SleepAnalysis")
    nights = max(1, -(-count // 18))
    head = f'  <Record type="{kind}" sourceName="{source}" sourceVersion="10.1"{device}{unit_attr}'
    for i in range(count):
        start = i * step + rnd.random() * step * 0.5
        if is_sleep:  # 18 stages a night, 25 minutes each, from 23:00
            night, slot = divmod(i, 18)
            stage = SLEEP_STAGES[slot % len(SLEEP_STAGES)]
            start = night * days // nights * 86400 + 82800 + slot * 1500
            end = start + 1500
            value = f"HKCategoryValueSleepAnalysis{stage}"
        else:
            end = start + (0 if is_hr else 60 + step * 0.2)
            value = str(round(low + (high - low) * rnd.random(), 2 if high < 20 else 0))
        stamp, stop = clock(start), clock(end)
        line = (f'{head} creationDate="{stop}" startDate="{stamp}" endDate="{stop}" '
                f'value="{value}"')
        if is_hr and rnd.random() < 0.55:
            yield (f'{line}>\n   <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" '
                   f'value="{rnd.randint(0, 2)}"/>\n  </Record>\n')
        else:
            yield line + "/>\n"


def _workouts(count: int, days: int, rnd: random.Random, clock: Clock) -> Iterator[str]:
    step = days * 86400 / max(count, 1)
    kinds = (("Running", "DistanceWalkingRunning", 10.0), ("Walking", "DistanceWalkingRunning",
             5.0), ("Cycling", "DistanceCycling", 25.0), ("TraditionalStrengthTraining", None, 0))
    for i in range(count):
        kind, distance_type, kmh = kinds[i % len(kinds)]
        start = int(i * step // 86400) * 86400 + 61200 + rnd.randint(0, 3600)
        minutes = rnd.randint(25, 90)
        end = start + minutes * 60
        a, b = clock(start), clock(end)
        kcal = round(minutes * rnd.uniform(6, 11), 3)
        hr = rnd.uniform(110, 160)
        lines = [f'  <Workout workoutActivityType="HKWorkoutActivityType{kind}" '
                 f'duration="{minutes}" durationUnit="min" sourceName="{WATCH}" '
                 f'sourceVersion="10.1" device="{DEVICE}" creationDate="{b}" startDate="{a}" '
                 f'endDate="{b}">',
                 '   <MetadataEntry key="HKTimeZone" value="Europe/Paris"/>',
                 f'   <MetadataEntry key="HKWeatherTemperature" value="{rnd.randint(35, 95)} '
                 f'degF"/>',
                 f'   <MetadataEntry key="HKWeatherHumidity" value="{rnd.randint(20, 95)}00 %"/>',
                 f'   <WorkoutEvent type="HKWorkoutEventTypePause" date="{clock(start + 600)}"/>',
                 f'   <WorkoutEvent type="HKWorkoutEventTypeResume" date="{clock(start + 660)}"/>',
                 f'   <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" '
                 f'startDate="{a}" endDate="{b}" sum="{kcal}" unit="kcal"/>',
                 f'   <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" '
                 f'startDate="{a}" endDate="{b}" average="{hr:.4f}" minimum="{hr - 30:.0f}" '
                 f'maximum="{hr + 25:.0f}" unit="count/min"/>']
        if distance_type:
            km = round(kmh * minutes / 60 * rnd.uniform(0.8, 1.2), 4)
            lines.append(f'   <WorkoutStatistics type="HKQuantityTypeIdentifier{distance_type}" '
                         f'startDate="{a}" endDate="{b}" sum="{km}" unit="km"/>')
            lines += [f'   <WorkoutRoute sourceName="{WATCH}" sourceVersion="10.1" '
                      f'creationDate="{b}" startDate="{a}" endDate="{b}">',
                      f'    <FileReference path="/workout-routes/route_{a[:10]}_{i}.gpx"/>',
                      "   </WorkoutRoute>"]
        lines.append("  </Workout>\n")
        yield "\n".join(lines)


def generate(records: int, out: Path, seed: int = 1, used_first: bool = False) -> dict[str, int]:
    """Write ``out`` with ``records`` Record+Workout elements; returns counts per type.

    ``used_first`` writes the types crampwise uses (sleep, water, minerals, body mass) before
    heart rate and the rest, so that a test can interrupt an import while it is writing.
    """
    rnd = random.Random(seed)
    clock = Clock()
    days = max(1, round(records / RECORDS_PER_DAY))
    workouts = round(days * WORKOUTS_PER_DAY)
    per_type = {kind: round((records - workouts) * share) for kind, share, *_ in MIX}
    per_type[MIX[0][0]] += records - workouts - sum(per_type.values())
    counts = dict(per_type, Workout=workouts)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n", buffering=1 << 20) as handle:
        handle.write(DTD)
        handle.write('<HealthData locale="en_US">\n <ExportDate value="2026-11-01 09:00:00 '
                     '+0100"/>\n <Me HKCharacteristicTypeIdentifierDateOfBirth="1988-03-02" '
                     'HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" '
                     'HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" '
                     'HKCharacteristicTypeIdentifierFitzpatrickSkinType='
                     '"HKFitzpatrickSkinTypeNotSet" '
                     'HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse="None"/>\n')
        order = sorted(MIX, key=lambda m: m[1] > 0.05) if used_first else MIX
        for kind, _share, unit, source, span in order:
            batch: list[str] = []
            for line in _records(kind, per_type[kind], days, unit, source, span, rnd, clock):
                batch.append(line)
                if len(batch) >= 20000:
                    handle.write("".join(batch))
                    batch.clear()
            handle.write("".join(batch))
        handle.write("".join(_workouts(workouts, days, rnd, clock)))
        for day in range(days):
            handle.write(f' <ActivitySummary dateComponents="{clock.day(day)[0]}" '
                         f'activeEnergyBurned="{rnd.randint(300, 900)}" '
                         'activeEnergyBurnedGoal="600" activeEnergyBurnedUnit="Cal" '
                         'appleExerciseTime="35" appleExerciseTimeGoal="30" '
                         'appleStandHours="11" appleStandHoursGoal="12"/>\n')
        handle.write("</HealthData>\n")
    return counts


def zip_export(xml: Path, out: Path) -> None:
    """Pack ``xml`` as ``apple_health_export/export.xml`` like the Health app does."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.write(xml, "apple_health_export/export.xml")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("bench/out/export.xml"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--zip", action="store_true", help="also write the .zip beside it")
    args = parser.parse_args()
    counts = generate(args.records, args.out, args.seed)
    args.out.with_suffix(".counts.json").write_text(json.dumps(counts, indent=1))
    if args.zip:
        zip_export(args.out, args.out.with_suffix(".zip"))
    print(f"{args.out}: {args.out.stat().st_size:,} bytes, {sum(counts.values()):,} records")


if __name__ == "__main__":
    main()
