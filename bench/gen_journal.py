"""Write a synthetic crampwise journal (JSONL) of N entries: a realistic daily mix of types."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

ACTIVITIES = ["running", "cycling", "swimming", "strength", "walking", "hiit"]
MUSCLES = ["calf", "hamstring", "quadriceps", "foot", "shin"]


def lines(n: int, seed: int = 1):
    rng = random.Random(seed)
    tz = dt.timezone(dt.timedelta(hours=2))
    start = dt.datetime(2015, 1, 1, 6, 0, tzinfo=tz)
    yield {"type": "profile", "sex": "female", "birth_year": 1988, "body_mass_kg": 62,
           "timezone": "Europe/Berlin"}
    made = 1
    minute = 0
    while made < n:
        minute += rng.randint(20, 90)
        when = (start + dt.timedelta(minutes=minute)).isoformat()
        roll = rng.random()
        if roll < 0.35:
            line = {"type": "fluid", "time": when, "ml": rng.choice([150, 250, 330, 500]),
                    "drink": rng.choice(["water", "water", "sports_drink", "coffee"])}
        elif roll < 0.55:
            line = {"type": "workout", "time": when, "duration_min": rng.randint(20, 150),
                    "activity": rng.choice(ACTIVITIES), "rpe": rng.randint(2, 9),
                    "temperature_c": round(rng.uniform(-5, 33), 1),
                    "humidity_pct": rng.randint(20, 95), "muscle_groups": ["calf"]}
        elif roll < 0.72:
            line = {"type": "body_mass", "time": when, "kg": round(rng.uniform(59, 64), 1),
                    "context": rng.choice(["morning", "pre_workout", "post_workout"])}
        elif roll < 0.85:
            line = {"type": "sleep", "time": when, "hours": round(rng.uniform(5, 9), 1),
                    "quality": rng.randint(1, 5)}
        elif roll < 0.93:
            line = {"type": "meal", "time": when, "magnesium_mg": rng.randint(50, 200),
                    "potassium_mg": rng.randint(300, 1500), "calcium_mg": rng.randint(100, 600),
                    "sodium_mg": rng.randint(200, 1500)}
        else:
            line = {"type": "episode", "time": when, "kind": rng.choice(["spasm", "twitch"]),
                    "muscle": rng.choice(MUSCLES), "pain": rng.randint(0, 9),
                    "during": rng.choice(["exercise", "after_exercise", "rest", "sleep"]),
                    "relief": ["stretching"], "relieved": True}
        made += 1
        yield line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as handle:
        for line in lines(args.entries, args.seed):
            handle.write(json.dumps(line, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
