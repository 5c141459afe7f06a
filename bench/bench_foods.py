"""Benchmark: food table load time and food-name matching speed (printed, not asserted)."""

from __future__ import annotations

import contextlib
import time

from crampwise.knowledge import foods as F
from crampwise.knowledge.base import data_path

NAMES = ["banana, raw", "bananas", "dark chocolate", "spinnach", "salmon raw", "qwzx"]


def main() -> None:
    text = data_path("foods.csv").read_text("utf-8")
    start = time.perf_counter()
    table = F.parse_foods(text)
    print(f"food table: {len(table):,} foods parsed in {time.perf_counter() - start:.3f} s")
    start = time.perf_counter()
    for name in NAMES:  # the first calls build the match index
        with contextlib.suppress(F.FoodMatchError):
            F.match_food(name)
    print(f"match index built in {time.perf_counter() - start:.3f} s")
    start = time.perf_counter()
    rounds = 50
    for _ in range(rounds):
        for name in NAMES:
            with contextlib.suppress(F.FoodMatchError):
                F.match_food(name)
    per_call = (time.perf_counter() - start) / (rounds * len(NAMES))
    print(f"match_food: {per_call * 1000:.2f} ms per call (target < 5 ms)")


if __name__ == "__main__":
    main()
