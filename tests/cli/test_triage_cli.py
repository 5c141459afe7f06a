"""`crampwise triage` end to end: JSON in/out, bad input, and the interactive questions."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from crampwise.engine.triage import answer, next_question

CLI = [sys.executable, "-c", "from crampwise.cli.main import run; run()"]

DVT = {"kind": "cramp", "muscles": ["calves"], "side": "left", "pain": 2,
       "flags": {"swelling": True, "recent_immobility_or_long_travel": True}}


def crampwise(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, text=True,
                          timeout=60, check=False)


def test_json_file_prints_the_output_object(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(DVT))
    done = crampwise("triage", "--json", str(path))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) == {"disposition", "reasons", "advice", "also_consider", "evidence"}
    assert result["disposition"] == "urgent"
    assert result["reasons"][0]["rule"] == "dvt_signs"
    assert "left calf" in result["reasons"][0]["because"]
    assert all(set(e) == {"source", "grade"} for e in result["evidence"])


def test_json_from_stdin_and_global_json_flag(tmp_path: Path) -> None:
    benign = {"kind": "spasm", "muscles": ["calf"], "pain": 9, "duration_s": 60,
              "self_care_helped": True}
    done = crampwise("triage", "--json", "-", stdin=json.dumps(benign))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["disposition"] == "self_care"
    path = tmp_path / "in.json"
    path.write_text(json.dumps(DVT))
    done = crampwise("--json", "triage", "--input", str(path))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["disposition"] == "urgent"


def in_process(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    """Run the real entry point in this process (fast), returning exit code, stdout, stderr."""
    from crampwise.cli.main import run

    monkeypatch.setattr(sys, "argv", ["crampwise", *args])
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = 0
    try:
        run()
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_bad_input_exits_2_naming_the_key(tmp_path: Path, monkeypatch, capsys) -> None:
    code, out, err = in_process(monkeypatch, capsys, "triage", "--json", "-",
                                stdin=json.dumps(DVT | {"flags": {"swole": True}}))
    assert code == 2 and "swole" in err and "flags" in err and out == ""
    code, out, err = in_process(monkeypatch, capsys, "triage", "--json", "-",
                                stdin='{"kind": "spasm",')
    assert code == 2 and "not valid JSON" in err
    code, out, err = in_process(monkeypatch, capsys, "triage", "--json",
                                str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err
    code, out, err = in_process(monkeypatch, capsys, "triage", "--json", "-",
                                stdin=json.dumps({"kind": "spasm", "muscles": ["thigh"]}))
    assert code == 2 and "muscles" in err and "hamstring" in err
    # And once through a real process, to see the exit code the shell sees.
    done = crampwise("triage", "--json", "-", stdin=json.dumps(DVT | {"pain": 14}))
    assert done.returncode == 2
    assert "pain" in done.stderr and done.stdout == ""
    assert "Traceback" not in done.stderr


def test_interactive_stops_early_on_an_emergency_answer() -> None:
    # kind, muscle, then "chest pain?" -> yes: nothing else is asked.
    done = crampwise("triage", stdin="cramp\ncalf\nyes\n")
    assert done.returncode == 0, done.stderr
    assert "emergency" in done.stdout
    assert "chest pain" in done.stdout.lower()
    assert "short of breath" not in done.stdout  # the next question was never asked


def test_interactive_benign_cramp_reaches_self_care() -> None:
    answers = {"kind": "cramp", "muscles": "calf", "side": "right",
               "self_care_helped": "yes", "duration": "1", "medications": "",
               "episodes_per_week": "1", "weeks_ongoing": "1", "during": "exercise"}
    # The questions asked depend on earlier answers; replay them the way the engine asks.
    state: dict = {}
    lines = []
    while (q := next_question(state)) is not None:
        lines.append(answers.get(q.id, "no"))
        state = answer(state, q, lines[-1])
    done = crampwise("triage", stdin="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    assert "self_care" in text
    assert "crampwise relief calf" in text
    assert done.stderr == ""  # every scripted answer was accepted


def test_interactive_input_ending_early_is_a_clear_error() -> None:
    done = crampwise("triage", stdin="cramp\n")
    assert done.returncode == 2
    assert "input ended" in done.stderr
