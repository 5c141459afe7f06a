"""Benchmark: crampwise's Apple Health import against the parse floors and healthkit-to-sqlite.

    python bench/bench_apple_health.py                       # 1 M records
    python bench/bench_apple_health.py --records 1000000 4000000 --runs 2

Not a test: it prints numbers. For each size it generates (once, into bench/out/, gitignored) a
synthetic export with bench/gen_apple_health.py, then runs, each as its own subprocess measured
by ``/usr/bin/time -v`` (wall time and peak RSS):

- ``crampwise import`` through the real service into a fresh SQLite store;
- the bare parse floors over the same file: stdlib ElementTree iterparse (expat) and lxml
  iterparse, attributes read and elements cleared, nothing stored (as in perf_anchors.md);
- ``healthkit-to-sqlite --xml`` 1.0.1, pip-installed into a throwaway venv under /tmp.

The minimum wall time over ``--runs`` is reported, with records/s, MB/s (10^6 bytes of XML),
peak MB, and the ratios the issue sets targets for.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
HK_VENV = Path(tempfile.gettempdir()) / "crampwise-bench-hk-venv"
HK_VERSION = "1.0.1"


def floor_etree(path: str) -> int:
    """ElementTree (expat) iterparse: attributes into a tuple, root cleared after each element."""
    import xml.etree.ElementTree as ET

    count = 0
    events = ET.iterparse(path, events=("start", "end"))
    _, root = next(events)
    for event, elem in events:
        if event == "end" and elem.tag in ("Record", "Workout"):
            _ = tuple(elem.attrib.items())
            count += 1
            root.clear()
    return count


def floor_lxml(path: str) -> int:
    """lxml iterparse with a tag filter, element and previous siblings cleared."""
    from lxml import etree

    count = 0
    for _, elem in etree.iterparse(path, events=("end",), tag=("Record", "Workout")):
        _ = tuple(elem.attrib.items())
        count += 1
        elem.clear()
        while elem.getprevious() is not None:
            del elem.getparent()[0]
    return count


def measure(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MB, stdout) of one run of ``cmd``."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        started = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-v", "-o", report.name, *cmd],
                              capture_output=True, text=True, env=env, check=False)
        wall = time.perf_counter() - started
        text = report.read()
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return wall, peak_kb / 1024, done.stdout


def healthkit_to_sqlite() -> Path | None:
    """The healthkit-to-sqlite executable in its own venv, installed on first use."""
    exe = HK_VENV / "bin" / "healthkit-to-sqlite"
    if exe.exists():
        return exe
    try:
        subprocess.run([sys.executable, "-m", "venv", str(HK_VENV)], check=True)
        subprocess.run([str(HK_VENV / "bin" / "pip"), "install", "-q",
                        f"healthkit-to-sqlite=={HK_VERSION}"], check=True,
                       capture_output=True)
    except subprocess.CalledProcessError as exc:
        print(f"healthkit-to-sqlite {HK_VERSION} could not be installed: {exc}")
        return None
    return exe if exe.exists() else None


def ensure_file(records: int, out: Path) -> tuple[Path, int]:
    """The synthetic export of ``records`` records, generated if absent."""
    from gen_apple_health import generate

    path = out / f"export_{records}.xml"
    counts_file = path.with_suffix(".counts.json")
    if not path.exists() or not counts_file.exists():
        started = time.perf_counter()
        counts = generate(records, path)
        counts_file.write_text(json.dumps(counts))
        print(f"generated {path} ({path.stat().st_size / 1e6:,.0f} MB) in "
              f"{time.perf_counter() - started:.1f} s")
    counts = json.loads(counts_file.read_text())
    return path, sum(counts.values())


def run_size(records: int, out: Path, runs: int, hk: Path | None) -> None:
    path, total = ensure_file(records, out)
    megabytes = path.stat().st_size / 1e6
    work = Path(tempfile.mkdtemp(prefix="crampwise-bench-"))
    crampwise = Path(sys.executable).parent / "crampwise"
    tools: dict[str, list[str]] = {
        "crampwise import": [str(crampwise), "--db", f"sqlite:///{work / 'cw.db'}", "--json",
                             "import", str(path)],
        "floor: ElementTree/expat iterparse": [sys.executable, __file__, "--floor", "etree",
                                               str(path)],
        "floor: lxml iterparse": [sys.executable, __file__, "--floor", "lxml", str(path)],
    }
    if hk is not None:
        tools[f"healthkit-to-sqlite {HK_VERSION} --xml"] = [str(hk), "-s", "--xml", str(path),
                                                           str(work / "hk.db")]
    walls: dict[str, list[float]] = {name: [] for name in tools}
    peaks: dict[str, float] = dict.fromkeys(tools, 0.0)
    env = dict(os.environ, CRAMPWISE_USER="bench")
    load_before = os.getloadavg()[0]
    for _ in range(runs):  # round-robin, so a busy moment of the machine hits every tool
        for name, cmd in tools.items():
            for leftover in work.glob("*.db*"):
                leftover.unlink()
            wall, peak, stdout = measure(cmd, env)
            if name == "crampwise import":
                report = json.loads(stdout)["files"][0]
                assert report["ok"], report
            walls[name].append(wall)
            peaks[name] = max(peaks[name], peak)
    results = {name: (min(walls[name]), peaks[name]) for name in tools}
    shutil.rmtree(work, ignore_errors=True)
    print(f"\n{total:,} records, {megabytes:,.0f} MB of XML ({path.name}), min of {runs} run(s); "
          f"1-minute load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    print(f"{'tool':<40} {'wall s':>8} {'records/s':>11} {'MB/s':>7} {'peak MB':>8}")
    for name, (wall, peak) in results.items():
        print(f"{name:<40} {wall:>8.2f} {total / wall:>11,.0f} {megabytes / wall:>7.1f} "
              f"{peak:>8.0f}")
    ours = results["crampwise import"][0]
    etree = results["floor: ElementTree/expat iterparse"][0]
    print(f"crampwise / ElementTree floor: {ours / etree:.2f}x wall (target ≤ 2x)")
    print(f"crampwise / lxml floor: {ours / results['floor: lxml iterparse'][0]:.2f}x wall")
    for name, (wall, _) in results.items():
        if name.startswith("healthkit"):
            print(f"crampwise speed-up over healthkit-to-sqlite: {wall / ours:.2f}x "
                  f"(target ≥ 3x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--no-hk", action="store_true", help="skip healthkit-to-sqlite")
    parser.add_argument("--floor", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        kind, path = args.floor
        print((floor_etree if kind == "etree" else floor_lxml)(path))
        return
    hk = None if args.no_hk else healthkit_to_sqlite()
    for records in args.records:
        run_size(records, args.out, args.runs, hk)


if __name__ == "__main__":
    main()
