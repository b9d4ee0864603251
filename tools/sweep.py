"""The long sweep of the clinical invariants (tests/invariants.py) over random plans: every
shipped intravenous protocol, weights 0.5-250 kg and the whole plausible range of
concentrations, viabilities, doses, rates, durations, volumes, caps and maxima. Prints the
tries and the failures per invariant (each with its shortest example). Exit 0 only when
none failed. The suite runs the same checks on a small fixed budget (tests/test_invariants.py).

Usage: python tools/sweep.py [--tries N] [--seed S] [--protocol ID ...] [--show K]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("MSCPREP_DATA_DIR", tempfile.mkdtemp(prefix="mscprep-sweep-data-"))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

import invariants  # noqa: E402

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--protocol", action="append", help="only these protocols (default: every IV protocol)")
    parser.add_argument("--show", type=int, default=3, help="examples shown per invariant")
    args = parser.parse_args(argv)

    tries, answered, slowest = 0, 0, (0.0, None)
    failures: dict[str, list] = defaultdict(list)
    started = time.perf_counter()

    @seed(args.seed)
    @settings(max_examples=args.tries, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(invariants.forms(args.protocol))
    def sweep(form):
        nonlocal tries, answered, slowest
        tries += 1
        try:
            preparation, seconds = invariants.compute(form, NOW)
        except Exception as error:   # noqa: BLE001  (anything but an input error is a failure)
            failures["answers_fast"].append((len(repr(form)), form, f"{type(error).__name__}: {error}"))
            return
        answered += preparation is not None
        if seconds > slowest[0]:
            slowest = (seconds, form)
        for name, problems in invariants.check(preparation, seconds).items():
            if problems:
                failures[name].append((len(repr(form)), form, "; ".join(problems)))
        if tries % 1000 == 0:
            print(f"  {tries} tries, {sum(map(len, failures.values()))} failures, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)

    sweep()
    print(f"sweep: {tries} tries (seed {args.seed}), {answered} plans computed, {tries - answered} input errors, "
          f"{time.perf_counter() - started:.0f} s; slowest plan {slowest[0] * 1000:.0f} ms")
    for name in invariants.INVARIANTS:
        found = sorted(failures.get(name, []), key=lambda item: item[0])
        print(f"  {name}: {len(found)} failures in {tries} tries")
        for _size, form, problem in found[:args.show]:
            print(f"      {problem}\n        {form}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
