"""``crampwise sweat-test``: guided questions, --json options, the history by conditions."""

from __future__ import annotations

import json

from tests.cli.helpers import run


def test_json_mode_logs_the_test_and_returns_the_acsm_rate(sqlite_url: str) -> None:
    # journal.md example: 61.4 -> 59.6 kg, 250 ml, 105 min -> (1.8 + 0.25) / 1.75 = 1.17 L/h.
    done = run(sqlite_url, "--json", "sweat-test", "--pre-kg", "61.4", "--post-kg", "59.6",
               "--duration-min", "105", "--fluid-ml", "250", "--temperature-c", "27",
               "--rpe", "7", "--end", "2026-06-14T08:45:00+02:00")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["test"]["rate_l_per_h"] == 1.17
    assert data["test"]["temperature_band"] == "hot"
    assert any("2 %" in w for w in data["warnings"])
    again = run(sqlite_url, "--json", "sweat-test", "--pre-kg", "154 lb", "--post-kg", "69.6",
                "--duration-min", "60", "--fluid-ml", "500", "--urine-ml", "100",
                "--temperature-c", "12", "--end", "2026-06-20T08:00:00+02:00")
    history = json.loads(again.stdout)["history"]
    # 154 lb = 69.853 kg: (69.853 - 69.6 + 0.5 - 0.1) / 1 h = 0.65 L/h
    assert [round(t["rate_l_per_h"], 2) for t in history] == [1.17, 0.65]
    journal = run(sqlite_url, "--json", "history", "--limit", "20")
    assert journal.returncode == 0
    assert journal.stdout.count("pre_workout") == 2


def test_interactive_questions(sqlite_url: str) -> None:
    answers = "70.2\n60\ncycling\n6\n18\n\n500\nsports_drink\n0\n69.6\n"
    done = run(sqlite_url, "sweat-test", "--end", "2026-06-14T08:00:00+00:00", stdin=answers)
    assert done.returncode == 0, done.stderr
    # (70.2 - 69.6 + 0.5) / 1 h = 1.10 L/h
    assert "1.10 L/h" in done.stdout
    assert "Your sweat tests" in done.stdout


def test_bad_values_exit_2(sqlite_url: str) -> None:
    done = run(sqlite_url, "--json", "sweat-test", "--pre-kg", "61", "--post-kg", "60",
               "--duration-min", "-5")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    missing = run(sqlite_url, "--json", "sweat-test", "--pre-kg", "61")
    assert missing.returncode == 2 and "--post-kg" in missing.stderr
