"""Cold start of `mscprep plan --json` against `python -c "import pint"`, same run.

Goal: ratio <= 1.5. Runs are interleaved so that a busy machine slows both alike.
Usage: python bench/startup.py [runs]
"""

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = [sys.executable, "-m", "mscprep", "plan", "--weight", "70 kg", "--dose", "1e6 cell/kg",
        "--concentration", "1e7 cell/mL", "--viability", "90%", "--final-volume", "50 mL",
        "--duration", "30 min", "--json"]
# With a protocol: its file is read and checked against the schema (protocol/schema.py).
PLAN_PROTOCOL = [sys.executable, "-m", "mscprep", "plan", "--protocol", "temcell", "--weight", "60 kg", "--json"]
FLOOR = [sys.executable, "-c", "import pint"]


def timed(command) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # 0 = a plan, 3 = a plan with a hard finding (TEMCELL without a thaw time): both computed.
    if result.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr}")
    return time.perf_counter() - start


def main(runs: int = 15) -> None:
    # As installed: the program's byte-code is compiled (pip does it at install, tools/setup-env
    # in a checkout), so no run measures Python compiling the sources.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "mscprep", "ui"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    timed(PLAN), timed(PLAN_PROTOCOL), timed(FLOOR)  # warm the file cache
    plan_times, protocol_times, floor_times = [], [], []
    for _ in range(runs):
        plan_times.append(timed(PLAN))
        protocol_times.append(timed(PLAN_PROTOCOL))
        floor_times.append(timed(FLOOR))
    plan_median, floor_median = statistics.median(plan_times), statistics.median(floor_times)
    protocol_median = statistics.median(protocol_times)
    print(f"mscprep plan --json  median {plan_median * 1000:7.1f} ms  (min {min(plan_times) * 1000:.1f})")
    print(f"  with --protocol    median {protocol_median * 1000:7.1f} ms  (min {min(protocol_times) * 1000:.1f})")
    print(f"python -c 'import pint' median {floor_median * 1000:7.1f} ms  (min {min(floor_times) * 1000:.1f})")
    print(f"ratio {plan_median / floor_median:.2f}, with a protocol {protocol_median / floor_median:.2f}  "
          "(goal <= 1.5)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
