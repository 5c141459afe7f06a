"""Load check of the signed-in History page: a three-year journal, a real server, wrk on loopback.

Builds a fresh store with one person's three-year journal (about 30,000 entries: workouts, drinks,
body mass, sleep, meals, supplements and cramp episodes, day by day up to today), starts
``crampwise serve`` on a free loopback port, signs in through the sign-in form to get the session
cookie, and runs ``wrk -t2 -c50 -d20s --latency`` against the History page. Measures SQLite, and
PostgreSQL too when ``--pg`` or ``CRAMPWISE_TEST_PG_URL`` gives a database, then prints a table
of requests/s, p99 latency and errors per store. Not a timed test: a measurement to report
(target p99 < 200 ms, zero errors).

    python bench/load_history.py                       # SQLite only
    scripts/with_postgres.sh .venv/bin/python bench/load_history.py   # SQLite and PostgreSQL
    python bench/load_history.py --no-sqlite --pg postgresql+psycopg://... --workers 2
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from crampwise.domain.parsing import parse_entry
from crampwise.services import accounts
from crampwise.store import entries as store
from crampwise.store.db import dispose_all, session_scope

USERNAME = "runner"
PASSWORD = "load check passphrase 2026"
ACTIVITIES = ["running", "running", "cycling", "strength", "swimming", "walking"]
MUSCLES = ["calf", "calf", "hamstring", "quadriceps", "foot"]
TARGET_P99_MS = 200
# One worker each: on a two-core machine that also runs wrk (and PostgreSQL), a second uvicorn
# worker adds throughput but not evenly: the 50 kept-alive connections are split unevenly between
# the workers, so the busier one's connections wait longer and p99 gets worse (measured 460 req/s
# p99 1,330 ms with two PostgreSQL workers against 282 req/s p99 266 ms with one).
SQLITE_WORKERS = 1
PG_WORKERS = 1


def journal(years: int = 3, seed: int = 7) -> list[dict[str, Any]]:
    """A daily journal for ``years`` years up to today (~27 entries a day: a smart bottle)."""
    rng = random.Random(seed)
    zone = dt.timezone(dt.timedelta(hours=1))
    today = dt.datetime.now(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    day = today - dt.timedelta(days=365 * years)
    out: list[dict[str, Any]] = [{"type": "profile", "sex": "male", "birth_year": 1984,
                                  "body_mass_kg": 74, "height_cm": 180,
                                  "timezone": "Europe/Paris"}]

    def at(hour: float) -> str:
        return (day + dt.timedelta(minutes=int(hour * 60))).isoformat()

    while day <= today:
        out.append({"type": "sleep", "time": at(-1.5 + rng.random()),
                    "hours": round(rng.uniform(5.5, 8.5), 1), "quality": rng.randint(2, 5)})
        out.append({"type": "body_mass", "time": at(7), "kg": round(rng.uniform(72, 76), 1),
                    "context": "morning"})
        for hour in sorted(rng.uniform(7, 22) for _ in range(18)):
            out.append({"type": "fluid", "time": at(hour), "ml": rng.choice([150, 250, 330, 500]),
                        "drink": rng.choice(["water", "water", "coffee", "tea",
                                             "sports_drink"])})
        for hour in (8, 12.5, 16, 19.5):
            out.append({"type": "meal", "time": at(hour + rng.random() / 2),
                        "magnesium_mg": rng.randint(40, 160), "potassium_mg": rng.randint(200,
                                                                                         1200),
                        "sodium_mg": rng.randint(150, 1400), "energy_kcal": rng.randint(200,
                                                                                        900)})
        out.append({"type": "supplement", "time": at(8.2), "name": "magnesium citrate",
                    "magnesium_mg": 150})
        if rng.random() < 0.75:
            start = rng.uniform(17, 19)
            out.append({"type": "workout", "time": at(start),
                        "duration_min": rng.randint(30, 120), "activity": rng.choice(ACTIVITIES),
                        "rpe": rng.randint(3, 9), "temperature_c": round(rng.uniform(0, 32), 1),
                        "humidity_pct": rng.randint(30, 90)})
            out.append({"type": "body_mass", "time": at(start + 2.2),
                        "kg": round(rng.uniform(71, 75), 1), "context": "post_workout"})
            if rng.random() < 0.25:
                out.append({"type": "episode", "time": at(start + rng.uniform(0.3, 2)),
                            "kind": "spasm", "muscle": rng.choice(MUSCLES),
                            "pain": rng.randint(2, 8), "duration_s": rng.randint(10, 240),
                            "during": rng.choice(["exercise", "after_exercise"])})
        if rng.random() < 0.05:
            out.append({"type": "episode", "time": at(3 + rng.random() * 2), "kind": "spasm",
                        "muscle": "calf", "pain": rng.randint(3, 9), "during": "sleep"})
        day += dt.timedelta(days=1)
    return out


def build_store(url: str, years: int) -> int:
    """Fill a fresh store with the journal of USERNAME (who gets PASSWORD); returns the count."""
    objects = journal(years)
    entries = [parse_entry(obj) for obj in objects]
    accounts.set_password(url, USERNAME, PASSWORD)
    with session_scope(url) as session:
        user = store.get_or_create_user(session, USERNAME)
        store.delete_all(session, user.id)
        for start in range(0, len(entries), 5000):
            store.add_entries(session, user.id, entries[start:start + 5000])
    dispose_all()
    return len(entries)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CRAMPWISE_DATABASE_URL": url,
           "CRAMPWISE_SECRET_KEY": os.environ.get("CRAMPWISE_SECRET_KEY", "bench-" + "k" * 40)}
    crampwise = Path(sys.executable).parent / "crampwise"
    command = [str(crampwise), "--db", url, "serve", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers)]
    log = (Path(tempfile.gettempdir()) / f"crampwise-load-{port}.log").open("wb")
    server = subprocess.Popen(command, env=env, start_new_session=True, stdout=log, stderr=log)
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


def cpu_seconds(root: int) -> float:
    """CPU time (user + system) used so far by a process and its descendants (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    family, total = {root}, 0.0
    for _ in range(4):  # children of children (uvicorn's supervisor, then its workers)
        family |= {pid for pid, (parent, _) in stats.items() if parent in family}
    for pid in family:
        total += stats.get(pid, (0, 0.0))[1]
    return total


def sign_in(base: str) -> str:
    """Sign in through the form as a browser would; the Cookie header value to replay."""
    with httpx.Client(base_url=base, follow_redirects=False) as client:
        page = client.get("/signin")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token, "no CSRF token on the sign-in page"
        done = client.post("/signin", data={"username": USERNAME, "password": PASSWORD,
                                            "csrf_token": token.group(1), "next": "/history"})
        assert done.status_code == 303, done.text
        return "; ".join(f"{k}={v}" for k, v in client.cookies.items())


def run_wrk(base: str, path: str, cookie: str, connections: int, seconds: int) -> dict[str, Any]:
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install -y wrk)")
    # wrk's own default gives up on a response after 2 s and counts a "timeout"; wait 10 s so a
    # slow answer is measured in the latency (p99) rather than hidden as a client-side error.
    text = subprocess.run([wrk, "-t2", f"-c{connections}", f"-d{seconds}s", "--latency",
                           "--timeout", "10s",
                           "-H", f"Cookie: {cookie}", f"{base}{path}"],
                          capture_output=True, text=True, check=True).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    total = re.search(r"(\d+) requests in", text)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    return {
        "requests": int(total.group(1)) if total else 0,
        "requests_per_s": float(rps.group(1)) if rps else 0.0,
        "p99_ms": float(p99.group(1)) * scale[p99.group(2)] if p99 else float("nan"),
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": sum(int(g) for g in sock.groups()) if sock else 0,
        "raw": text,
    }


def measure(url: str, label: str, workers: int, args: argparse.Namespace) -> dict[str, Any]:
    """Build the journal in ``url``, serve it, sign in and run wrk; the numbers for one store."""
    started = time.perf_counter()
    count = build_store(url, args.years)
    print(f"{label}: {count} entries built in {time.perf_counter() - started:.0f} s", flush=True)
    port = free_port()
    server = start_server(url, port, workers)
    try:
        base = f"http://127.0.0.1:{port}"
        cookie = sign_in(base)
        check = httpx.get(f"{base}{args.path}", headers={"Cookie": cookie})
        assert check.status_code == 200, f"{args.path} answered {check.status_code}"
        cpu_before = cpu_seconds(server.pid)
        result = run_wrk(base, args.path, cookie, args.connections, args.seconds)
        result["cpu_ms"] = (1000 * (cpu_seconds(server.pid) - cpu_before)
                            / max(result["requests"], 1))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    if args.verbose:
        print(result["raw"])
    result.update(store=label, workers=workers, entries=count, page_bytes=len(check.content),
                  errors=result["non_2xx"] + result["socket_errors"])
    return result


def table(results: list[dict[str, Any]], args: argparse.Namespace) -> str:
    """The summary: one line per store, and whether the target was met."""
    head = (f"History page load check: {args.path}, {args.years}-year journal, "
            f"wrk -t2 -c{args.connections} -d{args.seconds}s on loopback (target p99 < "
            f"{TARGET_P99_MS} ms, zero errors)")
    lines = [head, "",
             f"{'store':<11} {'workers':>7} {'entries':>8} {'page kB':>8} {'requests':>9} "
             f"{'req/s':>8} {'p99 ms':>8} {'errors':>7} {'CPU ms/req':>10}  target"]
    for r in results:
        met = r["errors"] == 0 and r["p99_ms"] < TARGET_P99_MS
        lines.append(f"{r['store']:<11} {r['workers']:>7} {r['entries']:>8} "
                     f"{r['page_bytes'] / 1000:>8.1f} {r['requests']:>9} "
                     f"{r['requests_per_s']:>8.1f} {r['p99_ms']:>8.0f} {r['errors']:>7} "
                     f"{r['cpu_ms']:>10.2f}  "
                     f"{'met' if met else 'MISSED'}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("CRAMPWISE_TEST_PG_URL"),
                        help="PostgreSQL URL of an empty database to measure too (default: "
                             "$CRAMPWISE_TEST_PG_URL, set by scripts/with_postgres.sh)")
    parser.add_argument("--no-sqlite", action="store_true", help="measure PostgreSQL only")
    parser.add_argument("--workers", type=int, default=None,
                        help=f"server worker processes (default {SQLITE_WORKERS} on SQLite, "
                             f"{PG_WORKERS} on PostgreSQL)")
    parser.add_argument("--path", default="/history")
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--verbose", action="store_true", help="print wrk's own report too")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="crampwise-load-"))
    stores: list[tuple[str, str, int]] = []
    if not args.no_sqlite:
        stores.append((f"sqlite:///{folder / 'crampwise.db'}", "sqlite",
                       args.workers or SQLITE_WORKERS))
    if args.pg:
        stores.append((args.pg, "postgresql", args.workers or PG_WORKERS))
    if not stores:
        raise SystemExit("nothing to measure: --no-sqlite without --pg")
    results = []
    load_before = f"{os.getloadavg()[0]:.2f}"
    try:
        for url, label, workers in stores:
            results.append(measure(url, label, workers, args))
            dispose_all()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print()
    print(table(results, args))
    print(f"\n{os.cpu_count()} CPUs; load average before the run: {load_before}; after: "
          f"{os.getloadavg()[0]:.2f} (other processes share the CPUs with server and wrk). "
          "CPU ms/req is the server's own CPU time per request, less sensitive to that.")


if __name__ == "__main__":
    main()
