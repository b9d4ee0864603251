"""A start when nothing changed: `bash tools/run` against the application's own start
(`.venv/bin/python main.py`), both running the window's self-test offscreen, interleaved
in one run so that a busy machine slows both alike.

Goal: tools/run adds at most 0.3 s (it checks .venv/.installed and installs nothing, so it
needs no network). Needs a set-up checkout (bash tools/run or tools/test once).
Usage: python bench/run_start.py [runs]
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = ["bash", "tools/run", "--selftest"]
APP = [str(ROOT / ".venv/bin/python"), "main.py", "--selftest"]


def timed(command) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return time.perf_counter() - start


def main(runs: int = 7) -> None:
    if not (ROOT / ".venv/.installed").is_file():
        sys.exit("set the checkout up first: bash tools/run (or bash tools/test)")
    timed(RUN), timed(APP)   # warm the file cache
    run_times, app_times = [], []
    for _ in range(runs):
        run_times.append(timed(RUN))
        app_times.append(timed(APP))
    run_median, app_median = statistics.median(run_times), statistics.median(app_times)
    print(f"bash tools/run --selftest   median {run_median * 1000:7.1f} ms")
    print(f"python main.py --selftest   median {app_median * 1000:7.1f} ms")
    print(f"tools/run adds {(run_median - app_median) * 1000:.0f} ms (goal: at most 300 ms, no installing)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
