"""Cold start of `mscprep plan --json` against `python -c "import pint"`, same run.

Goal (issue 26): ratio <= 1.3. Runs are interleaved so that a busy machine slows both alike;
besides the wall-clock medians, the CPU time (user + system) of each process is reported,
which a shared machine disturbs far less.

The defaults' schema check runs only for bytes of defaults.toml it has not passed before
(mscprep/checked.py): the plain runs are every start after the first; "defaults changed" is
the first start after defaults.toml (or the program) changed, with an empty note folder.
Usage: python bench/startup.py [runs]
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import resource
except ImportError:       # Windows: wall clock only
    resource = None

ROOT = Path(__file__).resolve().parent.parent
PLAN = [sys.executable, "-m", "mscprep", "plan", "--weight", "70 kg", "--dose", "1e6 cell/kg",
        "--concentration", "1e7 cell/mL", "--viability", "90%", "--final-volume", "50 mL",
        "--duration", "30 min", "--json"]
# With a protocol: its file is read and checked against the schema (protocol/schema.py).
PLAN_PROTOCOL = [sys.executable, "-m", "mscprep", "plan", "--protocol", "temcell", "--weight", "60 kg", "--json"]
FLOOR = [sys.executable, "-c", "import pint"]


def _cpu() -> float:
    if resource is None:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command, env=None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run."""
    cpu, start = _cpu(), time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    wall = time.perf_counter() - start
    # 0 = a plan, 3 = a plan with a hard finding (TEMCELL without a thaw time): both computed.
    if result.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr}")
    return wall, _cpu() - cpu


def main(runs: int = 15) -> None:
    # As installed: the program's byte-code is compiled (pip does it at install, tools/setup-env
    # in a checkout), so no run measures Python compiling the sources.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "mscprep", "ui"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    timed(PLAN), timed(PLAN_PROTOCOL), timed(FLOOR)  # warm the file cache (and note the defaults as checked)
    figures = {"plan": [], "protocol": [], "changed": [], "floor": []}
    with tempfile.TemporaryDirectory(prefix="mscprep-bench-") as scratch:
        for number in range(runs):
            figures["plan"].append(timed(PLAN))
            figures["protocol"].append(timed(PLAN_PROTOCOL))
            fresh = dict(os.environ, MSCPREP_CACHE_DIR=str(Path(scratch) / str(number)))
            figures["changed"].append(timed(PLAN, fresh))
            figures["floor"].append(timed(FLOOR))
    wall = {name: statistics.median(run[0] for run in runs_) for name, runs_ in figures.items()}
    cpu = {name: statistics.median(run[1] for run in runs_) for name, runs_ in figures.items()}
    for name, label in (("plan", "mscprep plan --json"), ("protocol", "  with --protocol"),
                        ("changed", "  defaults changed"), ("floor", "python -c 'import pint'")):
        print(f"{label:24s} median {wall[name] * 1000:7.1f} ms  (min {min(r[0] for r in figures[name]) * 1000:.1f}), "
              f"CPU {cpu[name] * 1000:7.1f} ms")
    print(f"ratio {wall['plan'] / wall['floor']:.2f}, with a protocol {wall['protocol'] / wall['floor']:.2f}, "
          f"defaults changed {wall['changed'] / wall['floor']:.2f}  (goal <= 1.3)")
    if resource is not None:
        print(f"CPU ratio {cpu['plan'] / cpu['floor']:.2f}, with a protocol {cpu['protocol'] / cpu['floor']:.2f}, "
              f"defaults changed {cpu['changed'] / cpu['floor']:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
