"""Record store figures: saving one record (one durable transaction), and history searches
in a database of 100,000 records (goal < 50 ms).  Usage: python bench/records.py [records]"""

import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mscprep.preparation.build import prepare  # noqa: E402
from mscprep.records.store import RecordStore  # noqa: E402

FORM = {"protocol": "temcell", "weight": "60 kg", "patient_id": "MRN-000001", "patient_name": "Yamada Hanako",
        "din": "A999921123456", "viability": "92%"}


def median_ms(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(count: int = 100_000) -> None:
    folder = Path(tempfile.mkdtemp())
    store = RecordStore(folder / "records.sqlite3")
    plan = prepare(FORM)
    print(f"save one record (durable commit, audit entry): median {median_ms(lambda: store.save(plan, 'K. Tanaka'), 50):.1f} ms")

    template = store.latest(store.search(limit=1)[0].record_id)  # a full record to copy
    start_day = datetime(2020, 1, 1, tzinfo=timezone.utc)
    rows = []
    for number in range(count):
        at = (start_day + timedelta(minutes=37 * number)).isoformat(timespec="seconds")
        rows.append((f"R-BENCH-{number:06d}", 1, f"P-{number:012d}", at, at, f"Operator {number % 40}",
                     f"MRN-{number % 30000:06d}", "Patient", f"A9999{number % 100:02d}{number:06d}", "temcell",
                     "1", "0.1.0", 0, template.kind, json.dumps(template.inputs), json.dumps(template.reasons),
                     json.dumps(template.plan), json.dumps(template.documents), "x"))
    start = time.perf_counter()
    with store.connection:
        store.connection.execute("BEGIN")
        store.connection.executemany("INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        store.connection.execute("COMMIT")
    print(f"bulk-loaded {count} records in {time.perf_counter() - start:.1f} s")
    store.connection.execute("ANALYZE")
    searches = {
        "patient ID (exact)": dict(patient_id="MRN-012345"),
        "patient ID (prefix)": dict(patient_id="MRN-0123"),
        "DIN": dict(din="A999942000042"),
        "operator": dict(operator="Operator 7"),
        "one day": dict(date_from="2021-06-01", date_to="2021-06-01"),
        "latest 500 (no criteria)": dict(),
    }
    for name, criteria in searches.items():
        found = len(store.search(**criteria))
        print(f"search {name:26s}: median {median_ms(lambda: store.search(**criteria), 20):6.2f} ms "
              f"({found} found; goal < 50 ms)")
    store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
