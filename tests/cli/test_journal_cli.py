"""The journal commands through the installed console script, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import run


def test_log_then_history_and_export(db_url: str) -> None:
    done = run(db_url, "--json", "log", "episode", "--muscle", "Calves", "--kind", "cramp",
               "--pain", "6", "--relief", "stretching,massage", "--relieved",
               "--time", "2026-06-14T09:10:00+02:00")
    assert done.returncode == 0, done.stderr
    logged = json.loads(done.stdout)
    assert logged["added"] is True
    assert logged["entry"] == {"type": "episode", "time": "2026-06-14T09:10:00+02:00",
                               "kind": "spasm", "muscle": "calf", "pain": 6,
                               "relief": ["stretching", "massage"], "relieved": True}
    fluid = run(db_url, "log", "fluid", "--ml", "16 oz", "--drink", "sports_drink",
                "--time", "2026-06-14T09:30:00+02:00")
    assert fluid.returncode == 0, fluid.stderr
    history = json.loads(run(db_url, "--json", "history").stdout)
    assert [h["type"] for h in history] == ["fluid", "episode"]
    assert history[0]["ml"] == 473.1765  # 16 US fl oz
    exported = run(db_url, "export").stdout.splitlines()
    assert len(exported) == 2 and json.loads(exported[0])["type"] == "episode"


def test_log_time_defaults_to_now(db_url: str) -> None:
    done = run(db_url, "--json", "log", "mass", "--kg", "165 lb", "--context", "morning")
    assert done.returncode == 0, done.stderr
    entry = json.loads(done.stdout)["entry"]
    assert entry["kg"] == 74.8427 and entry["type"] == "body_mass"
    assert entry["time"][:4] >= "2026"


def test_bad_input_exits_2_with_the_key_and_no_traceback(db_url: str) -> None:
    done = run(db_url, "log", "workout", "--activity", "runing", "--duration-min", "30")
    assert done.returncode == 2
    assert "--activity: unknown activity 'runing'; did you mean 'running'?" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_json_mode_prints_only_json(db_url: str) -> None:
    done = run(db_url, "--json", "log", "sleep", "--hours", "7.5", "--quality", "4")
    assert done.returncode == 0
    json.loads(done.stdout)  # nothing but JSON on stdout


def test_import_several_files_one_bad(db_url: str, tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text('{"type":"fluid","time":"2026-06-14T07:50:00+02:00","ml":250}\n')
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type":"fluid","time":"2026-06-14T07:50:00+02:00","ml":250}\n'
                   '{"type":"fluid","time":"2026-06-14T08:50:00","ml":250}\n')
    done = run(db_url, "--json", "import", str(bad), str(good))
    assert done.returncode == 2
    result = json.loads(done.stdout)
    assert [f["ok"] for f in result["files"]] == [False, True]
    assert result["files"][0]["errors"][0].startswith("line 2: key 'time': time has no UTC")
    assert result["files"][1]["added"] == {"fluid": 1}
    again = json.loads(run(db_url, "--json", "import", str(good)).stdout)
    assert again["files"][0]["added"] == {} and again["files"][0]["skipped_duplicate"] == {
        "fluid": 1}


def test_import_with_tz_and_skip_invalid(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "naive.jsonl"
    path.write_text('{"type":"fluid","time":"2026-01-10T10:00:00","ml":300}\n'
                    '{"type":"fluid","time":"2026-01-10T11:00:00","ml":-3}\n')
    done = run(db_url, "import", "--tz", "Europe/Paris", "--skip-invalid", str(path))
    assert done.returncode == 0, done.stderr
    assert "line 2: key 'ml': expected a number > 0, got -3" in done.stderr
    assert run(db_url, "export").stdout == (
        '{"type":"fluid","time":"2026-01-10T10:00:00+01:00","ml":300,"drink":"water"}\n')


def test_unknown_time_zone_is_bad_input(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    path.write_text('{"type":"fluid","time":"2026-01-10T10:00:00","ml":300}\n')
    done = run(db_url, "import", "--tz", "Mars/Base", str(path))
    assert done.returncode == 2
    assert "unknown time zone 'Mars/Base'" in done.stderr


def test_export_to_file(db_url: str, tmp_path: Path) -> None:
    run(db_url, "log", "fluid", "--ml", "200", "--time", "2026-01-10T10:00:00+00:00")
    target = tmp_path / "out.jsonl"
    done = run(db_url, "export", "-o", str(target))
    assert done.returncode == 0
    assert target.read_text().count("\n") == 1
    assert not (tmp_path / "out.jsonl.part").exists()


def test_users_are_separate(db_url: str) -> None:
    run(db_url, "log", "fluid", "--ml", "200", user="ann")
    assert run(db_url, "export", user="bob").stdout == ""
    assert run(db_url, "export", user="ann").stdout.count("\n") == 1


def test_episode_with_red_flags_prints_triage_first(db_url: str) -> None:
    done = run(db_url, "log", "episode", "--muscle", "calf", "--kind", "spasm", "--side", "left",
               "--flag", "swelling", "--flag", "warmth",
               "--flag", "recent_immobility_or_long_travel")
    assert done.returncode == 0, done.stderr
    assert done.stdout.index("urgent") < done.stdout.index("logged episode")
    as_json = json.loads(run(db_url, "--json", "log", "episode", "--muscle", "calf", "--kind",
                             "spasm", "--flag", "chest_pain").stdout)
    assert as_json["triage"]["disposition"] == "emergency"
    assert as_json["added"] is True


def test_episode_without_red_flags_has_no_triage(db_url: str) -> None:
    as_json = json.loads(run(db_url, "--json", "log", "episode", "--muscle", "calf", "--kind",
                             "spasm", "--no-flag", "swelling").stdout)
    assert "triage" not in as_json
