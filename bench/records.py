"""Record store figures on both databases, side by side: saving a record (one durable
transaction with its audit entry), recording a double check, and the history searches in a
store of 100,000 records. Goals: every search < 50 ms on both; a save < 20 ms on
PostgreSQL over a Unix socket.

SQLite: a file in a temporary folder. PostgreSQL: a throwaway cluster (tools/pgcluster.py,
fsync on: the durable settings a site runs with), or MSCPREP_BENCH_POSTGRES_URL.
Usage: python bench/records.py [records]
"""

import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import pgcluster  # noqa: E402
from mscprep.preparation.build import prepare  # noqa: E402
from mscprep.records import schema  # noqa: E402
from mscprep.records.doublecheck import compare  # noqa: E402
from mscprep.records.store import RecordStore  # noqa: E402

FORM = {"protocol": "temcell", "weight": "60 kg", "patient_id": "MRN-000001", "patient_name": "Yamada Hanako",
        "din": "A999921123456", "viability": "92%"}
SEARCHES = {
    "patient ID (exact)": dict(patient_id="MRN-012345"),
    "patient ID (prefix)": dict(patient_id="mrn-0123"),
    "DIN": dict(din="A999942000042"),
    "operator": dict(operator="operator 7"),
    "one day": dict(date_from="2021-06-01", date_to="2021-06-01"),
    "latest 500 (no criteria)": dict(),
}


def median_ms(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bulk_rows(template, count: int):
    """Records as a busy site saves them over years: 30,000 patients, 40 operators, one
    record every 37 minutes. Sequence numbers far above the live chain's (these rows are
    load, not history)."""
    start_day = datetime(2020, 1, 1, tzinfo=timezone.utc)
    columns = schema.columns("records")
    for number in range(count):
        at = (start_day + timedelta(minutes=37 * number)).isoformat(timespec="seconds")
        values = {"record_id": f"R-BENCH-{number:06d}", "version": 1, "plan_id": f"P-{number:012d}",
                  "created_utc": at, "created_local": at, "operator": f"Operator {number % 40}",
                  "patient_id": f"MRN-{number % 30000:06d}", "patient_name": "Patient",
                  "din": f"A9999{number % 100:02d}{number:06d}", "protocol_id": "temcell", "protocol_version": "1",
                  "program_version": "0.1.0", "blocked": 0, "kind": template["kind"],
                  "inputs_json": template["inputs_json"], "reasons_json": "{}", "plan_json": template["plan_json"],
                  "documents_json": template["documents_json"], "content_hash": "x", "seq": 10_000_000 + number,
                  "row_hash": uuid.uuid4().hex}
        yield [values[column] for column in columns]


def load(store: RecordStore, count: int) -> float:
    template = dict(zip(("kind", "inputs_json", "plan_json", "documents_json"), store.backend.execute(
        "SELECT kind, inputs_json, plan_json, documents_json FROM records LIMIT 1").fetchone()))
    columns = schema.columns("records")
    start = time.perf_counter()
    if store.kind == "postgresql":
        connection = store.backend.connection
        with connection.transaction():
            connection.execute("ALTER TABLE records DISABLE TRIGGER USER")
            with connection.cursor().copy(f"COPY records ({', '.join(columns)}) FROM STDIN") as copy:
                for row in bulk_rows(template, count):
                    copy.write_row(row)
            connection.execute("ALTER TABLE records ENABLE TRIGGER USER")
        connection.execute("ANALYZE")
    else:
        connection = store.backend.connection
        connection.execute("BEGIN")
        connection.executemany(f"INSERT INTO records ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               bulk_rows(template, count))
        connection.execute("COMMIT")
        connection.execute("ANALYZE")
    return time.perf_counter() - start


def measure(location, count: int) -> dict:
    store = RecordStore(location)
    plan = prepare(FORM)
    record = store.save(plan, "K. Tanaka")
    loaded = load(store, count)
    outcome = compare(record.plan, plan)
    figures = {"bulk load": loaded * 1000,
               "save one record": median_ms(lambda: store.save(plan, "K. Tanaka"), 50),
               "record a double check": median_ms(lambda: store.record_check(record, "M. Sato", {}, outcome), 50)}
    for name, criteria in SEARCHES.items():
        found = len(store.search(**criteria))
        figures[f"search {name} ({found})"] = median_ms(lambda: store.search(**criteria), 20)
    figures["audit verify (chain + rows)"] = median_ms(lambda: store.verify_audit(), 1)
    store.close()
    return figures


def main(count: int = 100_000) -> None:
    folder = Path(tempfile.mkdtemp(prefix="mscprep-bench-"))
    folder.chmod(0o755)
    url = os.environ.get("MSCPREP_BENCH_POSTGRES_URL")
    cluster = None
    try:
        results = {"SQLite": measure(folder / "sqlite" / "records.sqlite3", count)}
        if not url and pgcluster.binaries() is not None:
            cluster = folder / "pg"
            url = pgcluster.start(cluster, durable=True)
        if url:
            results["PostgreSQL"] = measure(url, count)
    finally:
        if cluster is not None:
            pgcluster.stop(cluster)
        shutil.rmtree(folder, ignore_errors=True)
    names = list(results["SQLite"])
    print(f"{count} records; median milliseconds (bulk load: total); goals: search < 50, PostgreSQL save < 20")
    print(f"{'':44s}" + "".join(f"{backend:>14s}" for backend in results))
    for index, name in enumerate(names):
        print(f"{name:44s}" + "".join(f"{list(figures.values())[index]:14.2f}" for figures in results.values()))
    if "PostgreSQL" not in results:
        print("PostgreSQL: not measured (not installed; tools/test installs it)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
