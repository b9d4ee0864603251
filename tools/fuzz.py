"""The long fuzz run: hostile command lines through `mscprep` in this process, and hostile
protocol files through the loader and a plan. Prints tries, failures grouped by cause (each
with its shortest example) and the slowest command line.

Goal: 0 failures in 100,000 command lines. The suite runs the same checks on a small,
fixed budget (tests/test_fuzz.py).
Usage: python tools/fuzz.py [--cli N] [--protocols N] [--seed S] [--no-sheets]
"""

from __future__ import annotations

import argparse
import os
import sys
import atexit
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
if "MSCPREP_DATA_DIR" not in os.environ:
    os.environ["MSCPREP_DATA_DIR"] = tempfile.mkdtemp(prefix="mscprep-fuzz-data-")
    atexit.register(shutil.rmtree, os.environ["MSCPREP_DATA_DIR"], True)   # leave nothing in /tmp

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from fuzz_inputs import command_lines, make_lists, protocol_files, run_cli  # noqa: E402
from fuzz_protocols import judge_protocol_file  # noqa: E402


class Tally:
    def __init__(self, what: str):
        self.what = what
        self.tries = 0
        self.failures: dict[str, list] = defaultdict(list)
        self.slowest = (0.0, None)
        self.started = time.perf_counter()

    def add(self, example, problem: str | None, cause: str | None, seconds: float) -> None:
        self.tries += 1
        if seconds > self.slowest[0]:
            self.slowest = (seconds, example)
        if problem:
            self.failures[cause or "?"].append((len(repr(example)), example, problem))
        if self.tries % 5000 == 0:
            print(f"  {self.what}: {self.tries} tries, {sum(map(len, self.failures.values()))} failures, "
                  f"{time.perf_counter() - self.started:.0f} s", flush=True)

    def report(self) -> int:
        failed = sum(len(found) for found in self.failures.values())
        elapsed = time.perf_counter() - self.started
        print(f"{self.what}: {self.tries} tries, {failed} failures, {len(self.failures)} causes, "
              f"{elapsed:.0f} s ({self.tries / max(elapsed, 1e-9):.0f}/s)")
        for cause, found in sorted(self.failures.items(), key=lambda item: -len(item[1])):
            _, example, problem = min(found, key=lambda entry: entry[0])
            print(f"  {len(found):6d} x {cause}\n         shortest: {example!r}")
            print("         " + problem.strip().splitlines()[-1][:300])
        seconds, example = self.slowest
        print(f"  slowest: {seconds * 1000:.0f} ms  {example!r}")
        return failed


def fuzz_cli(count: int, random_seed: int, sheets: bool) -> int:
    tally = Tally("command lines")
    work = Path(tempfile.mkdtemp(prefix="mscprep-fuzz-"))
    atexit.register(shutil.rmtree, work, True)
    lists, out = work / "lists", work / "out"
    make_lists(lists)
    out.mkdir()

    @seed(random_seed)
    @settings(max_examples=count, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(command_lines(sheets=sheets))
    def one(argv):
        outcome = run_cli(argv, lists, out)
        tally.add(argv, outcome.problem, outcome.cause, outcome.seconds)

    one()
    return tally.report()


def fuzz_protocols(count: int, random_seed: int) -> int:
    tally = Tally("protocol files")
    parent = Path(tempfile.mkdtemp(prefix="mscprep-fuzz-protocols-"))
    atexit.register(shutil.rmtree, parent, True)
    folder = parent / "protocols"

    @seed(random_seed)
    @settings(max_examples=count, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(protocol_files())
    def one(file):
        start = time.perf_counter()
        problem, cause = judge_protocol_file(folder, *file)
        tally.add(file, problem, cause, time.perf_counter() - start)

    one()
    return tally.report()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", type=int, default=100_000, help="command lines to try")
    parser.add_argument("--protocols", type=int, default=10_000, help="protocol files to try")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--no-sheets", action="store_true", help="plan and protocols only (faster)")
    args = parser.parse_args()
    failed = 0
    if args.protocols:
        failed += fuzz_protocols(args.protocols, args.seed)
    if args.cli:
        failed += fuzz_cli(args.cli, args.seed, not args.no_sheets)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
