"""The quality report of one month in a store of 100,000 records, on both databases side by
side, with the month's history search (`records search --from --to`, the baseline a QA
person would otherwise use) as the reference. Goal: the month's report (figures, PDF, CSV
and the full audit verify on its first page) in under 5 s.

The store is built fast but for real: a few preparations are saved through the store, then
their rows are cloned with new ids, times, people, checks, weighings, prints, reprints and
changes, and chained with the audit trail's own hashing (records/audit.py: entry_hash,
row_hash) written with executemany. `audit verify` must pass on the result before anything
is measured, so the chain is a valid one, not load beside it.

SQLite: a file in a temporary folder. PostgreSQL: a throwaway cluster (tools/pgcluster.py,
fsync on), or MSCPREP_BENCH_POSTGRES_URL (an empty database).
Every write of the program is an act (records/signing.py): --acts=unsigned closes each
write with an unsigned act row and entry (a store nobody is enrolled in), --acts=signed
enrols everyone first and signs each act with their Ed25519 key (the full verify then checks
each signature); the default builds the entries and rows alone (the figures measured before).
--store=PATH (SQLite) keeps the store built there, or measures the one built there before;
--store=postgresql://... measures a PostgreSQL store built before (by a run with
MSCPREP_BENCH_POSTGRES_URL, the same records and acts).
Usage: python bench/report.py [records] [--only=sqlite|--only=postgresql] [--acts=none|unsigned|signed]
       [--store=PATH] [--month=YYYY-MM (default 2021-03, in the 100,000 records' second year)]
"""

import base64
import hashlib
import json
import os
import re
import random
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
from mscprep.records import audit, schema, signing  # noqa: E402
from mscprep.records.people import PRODUCTION_COST  # noqa: E402
from mscprep.records.store import RECORD_COLUMNS, RecordStore  # noqa: E402
from mscprep.reports.pdf import quality_pdf  # noqa: E402
from mscprep.reports import quality  # noqa: E402
from mscprep.reports.quality import collect, integrity, period  # noqa: E402
from mscprep.reports.tables import csv_files  # noqa: E402

T0 = datetime(2020, 1, 6, 8, 0, tzinfo=timezone.utc)   # the templates' own time (replaced in each clone)
THAW = T0 - timedelta(minutes=40)
EVERY = timedelta(minutes=13)                          # ~3,300 preparations a month
MONTH = ("2021-03-01", "2021-03-31")
IDENTITY = {"patient_id": "MRN-000001", "patient_name": "Yamada Hanako", "din": "A999921123456"}
TEMPLATES = [
    ({"protocol": "temcell", "weight": "60 kg", "viability": "92%", "stability": "3 h", **IDENTITY}, {}),
    ({"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
      "final_volume": "50 mL", "duration": "30 min", "max_rate": "1 mL/min", "stability": "4 h", **IDENTITY},
     {"rate_above_max": "Physician ordered the faster rate"}),
    ({"weight": "20 kg", "dose": "2e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
      "final_volume": "10 mL", "duration": "10 min", "administration": "syringe_push", "stability": "4 h",
      **IDENTITY}, {"syringe_push": "Paediatric line, push ordered"}),
]
# Names the enrolment rules accept (records/people.py: letters only, no two alike).
_CODES = [a + b for a in "BCDFGH" for b in "BCDEFGHJKNPRSTVX"]
PEOPLE = [f"Operator {code} (O{code})" for code in _CODES[:40]]
CHECKERS = [f"Pharmacist {code} (P{code})" for code in _CODES[:12]]


def templates(store: RecordStore) -> list[dict]:
    """Rows of records saved through the store, one per template."""
    rows = []
    for form, reasons in TEMPLATES:
        form = dict(form, thawed_at=THAW.isoformat(timespec="minutes"))
        record = store.save(prepare(form, now=T0, reasons=reasons), "Template (T)")
        values = store.backend.execute(f"SELECT {', '.join(RECORD_COLUMNS)} FROM records WHERE record_id = ?",
                                       (record.record_id,)).fetchone()
        row = dict(zip(RECORD_COLUMNS, values))
        plan = json.loads(row["plan_json"])
        row["overrides"] = [f for f in plan["findings"] if f.get("override_reason")]
        row["expected_ml"] = (plan.get("final_volume") or {}).get("value") or 10.0
        rows.append(row)
    return rows


_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2})?")


def shifted(text: str, shift: timedelta) -> str:
    """Every ISO time in a template's JSON moved by `shift` (thaw, use-by, latest start...)."""
    def move(match):
        found = match.group(0)
        moment = datetime.fromisoformat(found)
        spec = "seconds" if found.count(":") - (1 if moment.tzinfo else 0) >= 2 else "minutes"
        return (moment + shift).isoformat(timespec=spec)
    return _MOMENT.sub(move, text)


class Chain:
    """Appends entries and the rows they cover exactly as audit.append does, but collects
    them and writes each table with executemany."""

    def __init__(self, backend):
        self.backend = backend
        self.seq, self.hash = audit.head(backend)
        self.anchored = self.seq
        self.rows: dict[str, list] = {table: [] for table in ("audit", *schema.TABLES)}
        self.pending: list[audit.Entry] = []     # entries since the last act

    def act(self, at: datetime, meaning: str, signer: "signing.Signer | None") -> None:
        """Close the entries added since the last act with an act row, as signing.append_act
        does: signed by `signer`, or unsigned (nobody enrolled)."""
        entries, self.pending = self.pending, []
        act = {"id": None, "act_id": uuid.uuid4().hex, "entries": len(entries),
               "meaning": meaning, "signer_id": signer.person_id if signer else None,
               "signer_name": signer.name if signer else None, "key_id": signer.key_id if signer else None,
               "account": "bench", "host": "bench", "at_utc": at.isoformat(timespec="seconds")}
        contents = [signing.entry_content(item.operator, item.action, item.record_id, item.what, item.old_value,
                                          item.new_value, item.reason, item.row[0] if item.row else None,
                                          item.row[1] if item.row else None) for item in entries]
        operator = signer.name if signer else (entries[0].operator if entries else "-")
        closing = signing.closing_content(operator, "sign" if signer else "act", None,
                                          signing.MEANINGS[meaning] + (f" by {signer.name}" if signer else
                                                                       " (unsigned: no enrolled staff)"))
        # payload version 2: bound to the chain's head before the act's first entry, with its
        # closing entry and the workstation's times (records/signing.py append_act)
        material = signing.payload(act, contents, prev_hash=self.before if entries else self.hash,
                                   closing=closing,
                                   times={"at_utc": act["at_utc"], "at_local": signing.local_text(at)})
        act["payload_sha256"] = hashlib.sha256(material).hexdigest()
        act["signature"] = signer.sign(material) if signer else None
        self.add(at, audit.Entry(closing["operator"], closing["action"], None, closing["what"], row=("acts", act)))
        self.pending = []

    def add(self, at: datetime, item: audit.Entry) -> int:
        if not self.pending:
            self.before = self.hash      # the head just before an act's first entry
        self.pending.append(item)
        self.seq += 1
        entry = {"seq": self.seq, "at_utc": at.isoformat(timespec="seconds"),
                 "at_local": at.astimezone().isoformat(timespec="seconds"), "operator": item.operator,
                 "action": item.action, "record_id": item.record_id, "what": item.what, "old_value": item.old_value,
                 "new_value": item.new_value, "reason": item.reason, "prev_hash": self.hash, "row_table": None,
                 "row_hash": None}
        if item.row is not None:
            table, values = item.row
            row = dict(values, seq=self.seq)
            if "id" in row and row["id"] is None:
                row["id"] = self.seq
            row["row_hash"] = audit.row_hash(table, row)
            self.rows[table].append([row[column] for column in schema.columns(table)])
            entry["row_table"], entry["row_hash"] = table, row["row_hash"]
        entry["hash"] = audit.entry_hash(entry)
        self.rows["audit"].append([entry[column] for column in audit.COLUMNS])
        self.hash = entry["hash"]
        return self.seq

    def flush(self, db) -> None:
        for table, rows in self.rows.items():
            if rows:
                columns = audit.COLUMNS if table == "audit" else schema.columns(table)
                db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               rows)
                rows.clear()
        if self.seq > self.anchored:     # the anchor only moves forward
            db.execute("UPDATE audit_anchor SET last_seq = ?, last_hash = ? WHERE id = 1", (self.seq, self.hash))
            self.anchored = self.seq


# A sealed key's envelope as the verify reads it (the program's key derivation cost; the
# bench signs with the private keys directly, never unsealing them).
SEALED = json.dumps({"memory_kib": PRODUCTION_COST.memory_kib, "time_cost": PRODUCTION_COST.time_cost})


def enrol(chain: Chain, at: datetime) -> dict[str, signing.Signer]:
    """Everyone of PEOPLE and CHECKERS enrolled with an Ed25519 key, as records/people.py
    records it (a staff row each, in an act signed by the first person, an admin)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    signers, admin = {}, None
    for number, name in enumerate(PEOPLE + CHECKERS):
        private = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"bench {number}".encode()).digest())
        raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        role = "admin" if number == 0 else "pharmacist" if name in CHECKERS else "technician"
        person = signing.Signer(f"S{number:04d}", name, name.split("(")[-1].rstrip(")"), role,
                                hashlib.sha256(raw).hexdigest()[:16], private)
        row = {"id": None, "person_id": person.person_id, "event": "enrolled", "name": name,
               "initials": person.initials, "role": role, "key_id": person.key_id,
               "badge_lookup": hashlib.sha256(f"badge {number}".encode()).hexdigest(),
               "public_key": base64.b64encode(raw).decode("ascii"), "sealed_key": SEALED,
               "at_utc": at.isoformat(timespec="seconds")}
        admin = admin or person
        chain.add(at, audit.Entry(admin.name, "enrol", None, f"enrolled {name} as {role}", row=("staff", row)))
        chain.act(at, "enrolled", admin)
        signers[name] = person
    return signers


def build(store: RecordStore, count: int, acts: str = "none") -> float:
    """`acts`: "none" (entries only), "unsigned" (each write closed by an unsigned act, as
    in a store nobody is enrolled in) or "signed" (everyone enrolled, each act signed)."""
    rng = random.Random(27)
    start = time.perf_counter()
    models = templates(store)
    Entry = audit.Entry
    with store.backend.transaction() as db:
        chain = Chain(db)
        signers = enrol(chain, datetime(2020, 5, 31, tzinfo=timezone.utc)) if acts == "signed" else {}

        def act(at, meaning, person):
            if acts != "none":
                chain.act(at, meaning, signers.get(person))
        for number in range(count):
            at = datetime(2020, 6, 1, tzinfo=timezone.utc) + EVERY * number
            # most preparations need no reason; about 1 in 8 a rate, 1 in 12 a syringe push
            model = models[0 if rng.random() < 0.8 else 1 if rng.random() < 0.6 else 2]
            row = dict(model)
            for column in ("inputs_json", "plan_json"):
                row[column] = shifted(row[column], at - T0)
            row.update(created_utc=at.isoformat(timespec="seconds"),
                       created_local=at.astimezone().isoformat(timespec="seconds"))
            record_id = f"R-{at:%Y%m%d}-{number:08X}"
            operator = PEOPLE[number % len(PEOPLE)]
            row.update(record_id=record_id, operator=operator, patient_id=f"MRN-{number % 30000:06d}",
                       din=f"A9999{number % 100:02d}{number % 1_000_000:06d}")
            values = {column: row[column] for column in RECORD_COLUMNS}
            chain.add(at, Entry(operator, "create", record_id, "version 1", new_value=row["content_hash"],
                                row=("records", values)))
            for finding in model["overrides"]:
                chain.add(at, Entry(operator, "override", record_id, f"version 1: {finding['code']}",
                                    new_value=finding["message"], reason=finding["override_reason"]))
            act(at, "prepared", operator)
            version = 1
            if rng.random() < 0.02:     # checked, then changed: a new version
                checked = at + timedelta(minutes=5)
                first_checker = rng.choice(CHECKERS)
                _check(chain, checked, record_id, 1, first_checker, True)
                act(checked, "verified", first_checker)
                version = 2
                changed = at + timedelta(minutes=8)
                second = dict(values, version=2, created_utc=changed.isoformat(timespec="seconds"),
                              created_local=changed.astimezone().isoformat(timespec="seconds"))
                chain.add(changed, Entry(operator, "version", record_id, "version 2", old_value=row["content_hash"],
                                         new_value=row["content_hash"], reason="weight re-measured",
                                         row=("records", second)))
                chain.add(changed, Entry(operator, "change", record_id, "version 2: weight", "70 kg", "68 kg",
                                         "weight re-measured"))
                act(changed, "prepared", operator)
            checker = rng.choice(CHECKERS)
            if rng.random() < 0.03:     # a failed check first
                _check(chain, at + timedelta(minutes=10), record_id, version, checker, False)
                act(at + timedelta(minutes=10), "check failed", checker)
            _check(chain, at + timedelta(minutes=12), record_id, version, checker, True)
            act(at + timedelta(minutes=12), "verified", checker)
            weighed = at + timedelta(minutes=15)
            for attempt in range(3):
                deviation = rng.gauss(0.0, 0.018)
                within = abs(deviation) <= 0.05
                _weigh(chain, weighed + timedelta(minutes=attempt), record_id, version, operator,
                       model["expected_ml"], deviation, within)
                act(weighed + timedelta(minutes=attempt), "weighed", operator)
                if within or attempt == 2:
                    break
            printed = weighed + timedelta(minutes=5)
            for what in ("sheet", "label"):
                _print(chain, printed, record_id, version, operator, what, False)
                act(printed, "released" if what == "label" else "printed", operator)
            if rng.random() < 0.01:
                _print(chain, printed + timedelta(minutes=3), record_id, version, operator, "label", True,
                       "label smudged")
                act(printed + timedelta(minutes=3), "printed", operator)
            if number % 5000 == 4999:
                chain.flush(db)
        chain.flush(db)
    store.backend.execute("ANALYZE")
    return time.perf_counter() - start


def _check(chain, at, record_id, version, checker, matched):
    differences = [] if matched else [{"key": "dose", "first": "70 × 10⁶ cells", "second": "72 × 10⁶ cells",
                                       "relative": 0.0286}]
    row = {"id": None, "record_id": record_id, "version": version, "checker": checker,
           "at_utc": at.isoformat(timespec="seconds"), "inputs_json": "{}", "results_json": "{}", "tolerance": 0.01,
           "differences_json": json.dumps(differences, ensure_ascii=False), "matched": int(matched)}
    chain.add(at, audit.Entry(checker, "check", record_id, f"version {version}: independent double check",
                              new_value="verified" if matched else "differences: dose", row=("checks", row)))


def _weigh(chain, at, record_id, version, operator, expected, deviation, within):
    measured = expected * (1 + deviation)
    row = {"id": None, "record_id": record_id, "version": version, "operator": operator,
           "at_utc": at.isoformat(timespec="seconds"), "tare_g": 20.0, "gross_g": 20.0 + measured * 1.005,
           "density_g_ml": 1.005, "expected_ml": expected, "measured_ml": measured, "deviation": deviation,
           "tolerance": 0.05, "tolerance_source": "bench", "within": int(within)}
    chain.add(at, audit.Entry(operator, "weigh", record_id, f"version {version}: gravimetric check",
                              new_value=f"{measured:.4g} mL", row=("weighings", row)))


def _print(chain, at, record_id, version, operator, what, reprint, reason=None):
    row = {"id": None, "record_id": record_id, "version": version, "operator": operator,
           "at_utc": at.isoformat(timespec="seconds"), "what": what, "reprint": int(reprint)}
    chain.add(at, audit.Entry(operator, "reprint" if reprint else "print", record_id, f"version {version}: {what}",
                              reason=reason, row=("prints", row)))


def _figures(store, chosen):
    """The figures alone (the store read and assembled), without any integrity check."""
    with store.backend.snapshot() as db:
        rows = quality._read(db, chosen, store.kind)
    checked = quality.Integrity(True, 0, 0, (), "", 0, "none", 0)
    return quality._assemble(store.location, chosen, datetime.now(timezone.utc), checked, rows,
                             quality.ABANDONED_AFTER, lambda name: None)


def timed(action, repeats: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def measure(location, count: int, acts: str = "none") -> dict:
    """`location`: a store to build, or (--store: a SQLite file that exists, or a PostgreSQL
    URL) one built before."""
    reuse = (isinstance(location, Path) and location.exists()) or str(location).startswith("postgresql:")
    store = RecordStore(location)
    built = 0.0 if reuse else build(store, count, acts)
    say = lambda text: print(f"{store.kind}: {text}", file=sys.stderr, flush=True)  # noqa: E731
    say(f"built in {built:.0f} s" if not reuse else f"reusing {location}")
    chosen = period(*MONTH)
    figures = {"build store (s, once)": built}
    search, found = timed(lambda: store.search(date_from=MONTH[0], date_to=MONTH[1], limit=1_000_000))
    figures[f"baseline: month's search ({len(found)} records)"] = search
    if FULL_VERIFY or not reuse:
        figures["audit verify, full (chain + rows)"], verified = timed(lambda: store.verify_audit(), 1)
        assert verified.intact, verified.problems[:3]     # the chain built is a valid one
        say(f"verified: {verified.entries} entries, {verified.rows} rows")
    else:       # a store built (and verified) by an earlier run: the rest again, quickly
        verified = None
    figures["period integrity (the month's chain stretch + rows)"], _ = timed(
        lambda: integrity(store, chosen, "period"))
    figures["report figures (no verify)"], report = timed(lambda: _figures(store, chosen))
    figures["PDF"], pdf = timed(lambda: quality_pdf(report))
    figures["CSV"], _ = timed(lambda: csv_files(report))

    def whole(scope):
        made = collect(store, chosen, verify=scope)
        return quality_pdf(made), csv_files(made), made
    figures["month's report, --verify period (figures+PDF+CSV)"], (_, _, made) = timed(lambda: whole("period"))
    assert made.integrity.intact and made.integrity.scope == "period"
    if verified is None:
        pass
    elif FULL_REPORT:
        figures["month's report, --verify full (figures+PDF+CSV)"], (_, _, made) = timed(lambda: whole("full"), 1)
        assert made.integrity.intact and made.integrity.rows == verified.rows
    else:   # the full verify was timed above; the rest of the report is the period one's
        figures["month's report, --verify full (sum: verify + the rest)"] = (
            figures["audit verify, full (chain + rows)"] + figures["month's report, --verify period (figures+PDF+CSV)"]
            - figures["period integrity (the month's chain stretch + rows)"])
    figures["  preparations in the month"] = len(made.preparations)
    figures["  audit entries in the store (thousands)"] = audit.head(store.backend)[0] / 1000
    figures["  PDF size (KiB)"] = len(pdf) / 1024
    store.close()
    return figures


def main(count: int = 100_000, only: str | None = None, acts: str = "none", keep: Path | None = None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="mscprep-bench-report-"))
    folder.chmod(0o755)
    url = os.environ.get("MSCPREP_BENCH_POSTGRES_URL")
    cluster = None
    results = {}
    try:
        if str(keep).startswith("postgresql:"):     # a PostgreSQL store built before
            results["PostgreSQL"] = measure(str(keep), count, acts)
            show(count, results, acts)
            return
        if only != "postgresql":
            if keep is not None:
                keep.parent.mkdir(parents=True, exist_ok=True)
            results["SQLite"] = measure(keep or folder / "sqlite" / "records.sqlite3", count, acts)
            show(count, results, acts)
        if only == "sqlite":
            return
        if not url and pgcluster.binaries() is not None:
            cluster = folder / "pg"
            url = pgcluster.start(cluster, durable=True)
        if url:
            results["PostgreSQL"] = measure(url, count, acts)
    finally:
        if cluster is not None:
            pgcluster.stop(cluster)
        shutil.rmtree(folder, ignore_errors=True)
    show(count, results, acts)


def show(count: int, results: dict, acts: str = "none") -> None:
    if not results:
        print("PostgreSQL: not measured (not installed; tools/test installs it)")
        return
    names = list(next(iter(results.values())))
    baseline = [name for name in names if name.startswith("baseline")][0]
    print(f"{count} records, acts: {acts}; seconds (median of 3; full runs once); ratio = time / the month's search "
          "on the same database; goal: the month's report < 5 s")
    print(f"{'':52s}" + "".join(f"{backend:>12s}{'ratio':>8s}" for backend in results))
    for name in names:
        cells = ""
        for figures in results.values():
            value = figures.get(name)
            if value is None:
                cells += f"{'-':>12s}{'':8s}"
                continue
            ratio = value / figures[baseline] if not name.startswith(("build", " ")) else None
            cells += f"{value:12.2f}" + (f"{ratio:8.1f}" if ratio is not None else f"{'':8s}")
        print(f"{name:52s}{cells}")
    sys.stdout.flush()


# The month's report with the full verify re-runs that verify (minutes on 100,000 records);
# MSCPREP_BENCH_FULL_REPORT=0 adds the verify timed once to the rest of the report instead.
FULL_REPORT = os.environ.get("MSCPREP_BENCH_FULL_REPORT", "1") != "0"
# MSCPREP_BENCH_FULL_VERIFY=0 with --store=PATH of a store built and verified before: neither.
FULL_VERIFY = os.environ.get("MSCPREP_BENCH_FULL_VERIFY", "1") != "0"

if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    options = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    if options.get("acts", "none") not in ("none", "unsigned", "signed"):
        sys.exit("--acts= none, unsigned or signed")
    if "month" in options:      # another month (a small store's first: --month=2020-06)
        first = datetime.strptime(options["month"], "%Y-%m").date()
        following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
        MONTH = (first.isoformat(), (following - timedelta(days=1)).isoformat())
    main(int(arguments[0]) if arguments else 100_000, options.get("only"), options.get("acts", "none"),
         (options["store"] if options["store"].startswith("postgresql:") else Path(options["store"]))
         if "store" in options else None)
