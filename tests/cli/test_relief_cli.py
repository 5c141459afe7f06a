"""``crampwise relief``: JSON output, no blocking without a terminal, the journal's last workout,
and the live hold timer driven in a real pseudo-terminal (stdlib ``pty``, no extra dependency)."""

from __future__ import annotations

import datetime as dt
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from crampwise.services.journal import log_object

CRAMPWISE = str(Path(sys.executable).with_name("crampwise"))
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def run(args: list[str], url: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRAMPWISE_DATABASE_URL": url, "COLUMNS": "100"}
    return subprocess.run([CRAMPWISE, *args], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=timeout)


def test_json_global_and_local_option_print_only_the_routine(sqlite_url: str) -> None:
    first = run(["--json", "relief", "calves"], sqlite_url)
    second = run(["relief", "calf", "--json"], sqlite_url)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    routine = json.loads(first.stdout)
    assert json.loads(second.stdout) == routine
    assert routine["muscle"] == "calf" and routine["steps"][0]["image"] == "calf-wall-stretch.svg"
    assert routine["steps"][0]["hold_s"] == [15, 30]


def test_flags_and_kind_reach_the_routine(sqlite_url: str) -> None:
    out = run(["--json", "relief", "calf", "--swelling", "--kind", "fasciculation"], sqlite_url)
    routine = json.loads(out.stdout)
    assert routine["kind"] == "twitch"
    assert "heat" not in [s["method"] for s in routine["steps"]]
    assert any("swelling" in n for n in routine["notes"])


def test_bad_input_exits_2_without_traceback(sqlite_url: str) -> None:
    out = run(["relief", "elbowz"], sqlite_url)
    assert out.returncode == 2
    assert "unknown muscle" in out.stderr and "Traceback" not in out.stderr
    out = run(["relief", "calf", "--kind", "itch"], sqlite_url)
    assert out.returncode == 2 and "episode kind" in out.stderr


def test_without_a_terminal_it_prints_the_routine_and_does_not_wait(sqlite_url: str) -> None:
    out = run(["relief", "hamstring"], sqlite_url, timeout=20)
    assert out.returncode == 0, out.stderr
    assert "Step 1 of" in out.stdout and "See a doctor if" in out.stdout
    assert "Press Enter" not in out.stdout and "s left" not in out.stdout


def test_auto_runs_every_hold_without_a_terminal(sqlite_url: str) -> None:
    out = run(["relief", "calf", "--auto", "--hold-s", "1", "--rest-s", "0"], sqlite_url)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("Release slowly.") == 3  # repeat = 3 for the calf
    assert "Hold 3/3" in out.stdout


def test_rehydration_uses_the_last_workout_from_the_journal(sqlite_url: str) -> None:
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    log_object(sqlite_url, "me", {"type": "workout", "time": start.isoformat(),
                                  "duration_min": 95, "activity": "cycling",
                                  "temperature_c": 31})
    log_object(sqlite_url, "me", {"type": "fluid", "time": (start + dt.timedelta(minutes=30))
                                  .isoformat(), "ml": 400})
    routine = json.loads(run(["--json", "relief", "quadriceps"], sqlite_url).stdout)
    hydration = next(s for s in routine["steps"] if s["method"] == "hydration")
    text = " ".join(hydration["instructions"])
    assert "95 min cycling at 31 °C" in text and "400 mL" in text and "estimate" in text
    # another user's journal is not used
    other = json.loads(run(["--json", "--user", "someone", "relief", "quadriceps"],
                           sqlite_url).stdout)
    assert "95 min" not in json.dumps(other)


def test_a_workout_from_last_week_is_not_used(sqlite_url: str) -> None:
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=6)
    log_object(sqlite_url, "me", {"type": "workout", "time": old.isoformat(),
                                  "duration_min": 60, "activity": "running"})
    routine = json.loads(run(["--json", "relief", "calf"], sqlite_url).stdout)
    assert "60 min" not in json.dumps(routine)


class Terminal:
    """A child process in a real pseudo-terminal, with the screen bytes it has written."""

    def __init__(self, args: list[str], url: str) -> None:
        env = {**os.environ, "CRAMPWISE_DATABASE_URL": url, "COLUMNS": "100",
               "TERM": "xterm-256color"}
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become crampwise
            os.execve(CRAMPWISE, [CRAMPWISE, *args], env)
        self.screen = b""

    def read_for(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if ready:
                try:
                    self.screen += os.read(self.fd, 65536)
                except OSError:  # the child closed the terminal
                    return

    def expect(self, pattern: bytes, timeout: float = 20) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if re.search(pattern, ANSI.sub(b"", self.screen)):
                return
            self.read_for(0.1)
        raise AssertionError(f"{pattern!r} not seen; screen ends: {self.screen[-400:]!r}")

    def send(self, data: bytes) -> None:
        os.write(self.fd, data)

    def text(self) -> str:
        return ANSI.sub(b"", self.screen).decode("utf-8", "replace")

    def wait(self, timeout: float = 20) -> int:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.read_for(0.1)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        raise AssertionError("crampwise did not exit")


def test_live_hold_timer_counts_down_in_a_terminal_and_ctrl_c_stops_cleanly(
        sqlite_url: str) -> None:
    term = Terminal(["relief", "calf", "--hold-s", "3", "--rest-s", "1"], sqlite_url)
    term.expect(rb"swollen, red or warm")
    term.send(b"n\r")
    term.expect(rb"Press Enter to start hold 1 of 3")
    assert "s left" not in term.text()  # nothing counts before Enter
    term.send(b"\r")
    term.expect(rb"Release slowly")
    seen = [int(n) for n in re.findall(r"(\d+) s left", term.text())]
    assert {3, 2, 1} <= set(seen), seen  # the number on screen changed as time passed
    assert seen.index(3) < seen.index(2) < seen.index(1)  # counting down, not up
    term.expect(rb"Press Enter to start hold 2 of 3")
    term.send(b"\x03")  # Ctrl-C while waiting
    assert term.wait() == 130
    assert "Stopped. Release the stretch slowly." in term.text()
    assert "Traceback" not in term.text()


def test_timer_runs_to_the_end_with_auto_in_a_terminal(sqlite_url: str) -> None:
    term = Terminal(["relief", "forearm", "--auto", "--hold-s", "1", "--rest-s", "0"],
                    sqlite_url)
    assert term.wait(timeout=40) == 0
    text = term.text()
    assert "swollen, red or warm" not in text  # --auto never asks
    assert text.count("Release slowly.") == 3
    assert "See a doctor if" in text


def test_swelling_answer_in_the_terminal_removes_heat(sqlite_url: str) -> None:
    term = Terminal(["relief", "calf", "--hold-s", "1", "--rest-s", "0"], sqlite_url)
    term.expect(rb"swollen, red or warm")
    term.send(b"y\r")
    term.expect(rb"Which\?")
    term.send(b"s\r")
    term.expect(rb"Press Enter to start hold 1 of 3")
    for n in (1, 2, 3):
        term.expect(rb"Press Enter to start hold %d of 3" % n)
        term.send(b"\r")
    assert term.wait() == 0
    text = term.text()
    assert "No heat: you reported swelling" in text
    assert "Warmth for a muscle" not in text
