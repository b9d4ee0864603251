"""`audit verify` on a store with signed acts: the quick check the window runs at every
start (verify_audit(rows=False): damage check, chain, anchor) and the full one (every row,
every signature: records/audit.py verify, records/signing.py verify_acts).

The store is bench/report.py's (a few preparations saved through the store, cloned and
chained with the audit trail's own hashing; --acts=signed: everyone enrolled, each act
signed with their Ed25519 key). --store=PATH keeps it (built once, measured again later:
before and after a change). Peak Python memory (tracemalloc) is measured in a second,
separate run of each check, so it does not slow the timed one. --profile prints the top of
a cProfile of each check. --problems prints the problem lists (to compare tampered stores).
Usage: python bench/verify.py [records (default 2000)] [--acts=signed|unsigned|none]
       [--store=PATH or postgresql://... (an empty database: built there)] [--profile] [--no-memory]
"""

import cProfile
import pstats
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import report  # noqa: E402  (its store builder)
from mscprep.records.store import RecordStore  # noqa: E402


def main(count: int, acts: str, keep: Path | None, profile: bool, memory: bool) -> None:
    path = keep or Path(tempfile.mkdtemp(prefix="mscprep-bench-verify-")) / "records.sqlite3"
    if isinstance(path, Path):
        path.parent.mkdir(parents=True, exist_ok=True)
    store = RecordStore(path)
    if not keep or store.verify_audit(rows=False).entries == 0:
        built = report.build(store, count, acts)
        print(f"built {count} records ({acts} acts) in {built:.0f} s: {path}", file=sys.stderr, flush=True)
    for label, rows in (("quick (rows=False, the window's start)", False), ("full (chain + rows + signatures)", True)):
        start = time.perf_counter()
        result = store.verify_audit(rows=rows)
        took = time.perf_counter() - start
        assert result.intact, result.problems[:3]
        peak = ""
        if memory:
            tracemalloc.start()
            store.verify_audit(rows=rows)
            peak = f", peak Python memory {tracemalloc.get_traced_memory()[1] / 2**20:.1f} MiB"
            tracemalloc.stop()
        print(f"{label:42s} {took:8.2f} s  ({result.entries} entries, {result.rows} rows{peak})", flush=True)
        if profile:
            profiler = cProfile.Profile()
            profiler.runcall(store.verify_audit, rows=rows)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    store.close()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    options = dict((a[2:].split("=", 1) + [""])[:2] for a in sys.argv[1:] if a.startswith("--"))
    main(int(arguments[0]) if arguments else 2000, options.get("acts", "signed"),
         (options["store"] if options["store"].startswith("postgresql:") else Path(options["store"]))
         if options.get("store") else None, "profile" in options, "no-memory" not in options)
