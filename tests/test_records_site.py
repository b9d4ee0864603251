"""A site's shared records: PostgreSQL unreachable (said at once, nothing forked into a local
file), four workstations saving and checking at once (one linear chain, nothing lost),
copying an SQLite history into PostgreSQL, and older SQLite files upgraded in place."""

import json
import sqlite3
import subprocess
import sys
import time

import pytest

from mscprep.protocol.loader import shipped_protocols
from mscprep.records import audit
from mscprep.records.errors import StoreUnreachable
from mscprep.records.store import RecordStore, copy_history, open_store
from mscprep.session import Session

from helpers import ROOT, plan, run_cli
from stores import pg_server  # noqa: F401 (fixture)

FORM = dict(final_volume="50 mL", diluent="saline", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")
NOWHERE = "postgresql://mscprep@/mscprep?host=/nonexistent-socket-folder&connect_timeout=2"


def test_an_unreachable_server_is_said_at_once_and_nothing_goes_to_a_local_file(tmp_path, monkeypatch):
    monkeypatch.setenv("MSCPREP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MSCPREP_DATABASE_URL", NOWHERE)
    started = time.monotonic()
    store, status = open_store()
    assert time.monotonic() - started < 5
    assert store is None and not status.reachable and status.kind == "postgresql"
    assert "cannot be reached" in status.message and "draft" in status.message
    with pytest.raises(StoreUnreachable):
        RecordStore()
    result = run_cli("plan", "--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL",
                     "--viability", "90%", "--duration", "30 min", "--save", "--operator", "K. Tanaka")
    assert result.returncode == 2 and "cannot be reached" in result.stderr
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").glob("*.sqlite3"))


def test_a_lost_server_keeps_the_form_and_the_session_says_so(pg_server):
    database = pg_server.new_database()
    store = RecordStore(pg_server.url(database))
    session = Session(shipped_protocols(), store)
    session.start_operator("K. Tanaka")
    heard = []
    session.subscribe(heard.append)
    session.update(dict(FORM, weight="70 kg", dose="1e6 cell/kg", concentration="1e7 cell/mL", viability="90%",
                        duration="30 min"))
    pg_server.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'")
    reachability = store.reachability()          # reconnects: the server itself is up
    assert reachability.reachable
    store.backend.url = NOWHERE                   # now the network is gone
    store.backend.connection.close()
    with pytest.raises(StoreUnreachable):
        session.save()
    assert session.texts["weight"] == "70 kg" and session.record is None
    assert session.store_problem and {"store"} in heard
    assert session.draft()["texts"]["weight"] == "70 kg"
    assert not store.reachability().reachable
    store.backend.url = pg_server.url(database)
    assert session.save().version == 1 and store.reachability().reachable
    store.close()


WORKER = """
import sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {tests!r})
from helpers import plan
from mscprep.records.doublecheck import compare
from mscprep.records.store import RecordStore
store = RecordStore({url!r})
the_plan = plan(final_volume="50 mL", patient_id="MRN-{worker}", din="A999921123456")
outcome = compare(store.save(the_plan, "K. Tanaka").plan, the_plan)
saved = []
for number in range({count} - 1):
    record = store.save(the_plan, "K. Tanaka")
    store.record_check(record, "M. Sato", {{}}, outcome)
    saved.append(record.record_id)
print(len(saved) + 1, flush=True)
"""


def test_four_workstations_saving_and_checking_at_once_keep_one_intact_chain(pg_server):
    url = pg_server.url(pg_server.new_database())
    seed = RecordStore(url)
    seed.log("Q. Auditor", "setup", "a new store for the test")   # an empty store is never intact
    seed.close()
    count = 250
    workers = [subprocess.Popen([sys.executable, "-c", WORKER.format(root=str(ROOT), tests=str(ROOT / "tests"),
                                                                       url=url, worker=worker, count=count)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for worker in range(4)]
    watcher = RecordStore(url)          # QA verifying the trail while the workstations write
    reports = []
    while any(worker.poll() is None for worker in workers) and len(reports) < 20:
        reports.append(watcher.verify_audit())
    watcher.close()
    assert reports and all(report.intact for report in reports), next(r.problems for r in reports if not r.intact)
    results = [worker.communicate(timeout=600) for worker in workers]
    assert all(worker.returncode == 0 for worker in workers), [err[-500:] for _out, err in results]
    assert [int(out) for out, _err in results] == [count] * 4
    store = RecordStore(url)
    report = store.verify_audit()
    assert report.intact, report.problems[:5]
    # the seeding act, then every save and every check, one chain; each act closes with its acts entry
    assert report.entries == 2 + 2 * (4 * count + 4 * (count - 1))
    seqs = [row[0] for row in store.backend.execute("SELECT seq FROM audit ORDER BY seq").fetchall()]
    assert seqs == list(range(1, len(seqs) + 1))
    for worker in range(4):
        assert len(store.search(patient_id=f"MRN-{worker}", limit=1000)) == count
    store.close()


def test_an_sqlite_history_is_copied_into_postgresql_with_both_chains_verified(pg_server, tmp_path):
    from mscprep.preparation.gravimetric import weigh_entered
    from mscprep.records.doublecheck import compare
    source = RecordStore(tmp_path / "records.sqlite3")
    first = source.save(plan(**FORM), "K. Tanaka")
    second = source.save(plan(**dict(FORM, weight="71 kg")), "K. Tanaka", record_id=first.record_id, reason="typo")
    source.record_check(second, "M. Sato", {}, compare(second.plan, plan(**dict(FORM, weight="71 kg"))))
    source.record_weighing(second, "K. Tanaka", weigh_entered(plan(**FORM), "20 g", "70.25 g"))
    source.record_print(second, "K. Tanaka")
    source.start_session("K. Tanaka")
    head = source.head()
    source.close()
    url = pg_server.url(pg_server.new_database())
    result = run_cli("records", "migrate", "--from", str(tmp_path / "records.sqlite3"), "--db", url)
    assert result.returncode == 0, result.stderr
    assert f"head {head}" in result.stdout
    target = RecordStore(url)
    assert target.head() == head and target.verify_audit(head).intact
    copied = target.latest(first.record_id)
    assert copied.version == 2 and copied.plan == second.plan and target.status(copied).verified_by == "M. Sato"
    assert target.latest_weighing(copied).within
    again = run_cli("records", "migrate", "--from", str(tmp_path / "records.sqlite3"), "--db", url)
    assert again.returncode == 2 and "already holds records" in again.stderr     # never twice
    target.save(plan(**FORM), "K. Tanaka")                                        # the chain goes on
    assert target.verify_audit(head).intact
    target.close()


def test_a_broken_history_is_not_copied(pg_server, tmp_path):
    source = RecordStore(tmp_path / "records.sqlite3")
    source.save(plan(**FORM), "K. Tanaka")
    connection = sqlite3.connect(source.path, isolation_level=None)
    connection.execute("DROP TRIGGER records_no_update")
    connection.execute("UPDATE records SET patient_id = 'MRN-OTHER'")
    target = RecordStore(pg_server.url(pg_server.new_database()))
    with pytest.raises(Exception, match="not intact, nothing was copied"):
        copy_history(source, target)
    assert target.backend.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 0
    source.close()
    target.close()


# --- older SQLite files -----------------------------------------------------------------

V2_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE records (record_id TEXT NOT NULL, version INTEGER NOT NULL, plan_id TEXT NOT NULL,
    created_utc TEXT NOT NULL, created_local TEXT NOT NULL, operator TEXT NOT NULL, patient_id TEXT,
    patient_name TEXT, din TEXT, protocol_id TEXT, protocol_version TEXT, program_version TEXT NOT NULL,
    blocked INTEGER NOT NULL, {kind}inputs_json TEXT NOT NULL, {reasons}plan_json TEXT NOT NULL, {documents}
    content_hash TEXT NOT NULL, PRIMARY KEY (record_id, version));
CREATE TABLE checks (id INTEGER PRIMARY KEY, record_id TEXT NOT NULL, version INTEGER NOT NULL, checker TEXT NOT NULL,
    at_utc TEXT NOT NULL, inputs_json TEXT NOT NULL, results_json TEXT NOT NULL, tolerance REAL NOT NULL,
    differences_json TEXT NOT NULL, matched INTEGER NOT NULL);
CREATE TABLE weighings (id INTEGER PRIMARY KEY, record_id TEXT NOT NULL, version INTEGER NOT NULL,
    operator TEXT NOT NULL, at_utc TEXT NOT NULL, tare_g REAL NOT NULL, gross_g REAL NOT NULL,
    density_g_ml REAL NOT NULL, expected_ml REAL NOT NULL, measured_ml REAL NOT NULL, deviation REAL NOT NULL,
    tolerance REAL NOT NULL, {source}within INTEGER NOT NULL);
CREATE TABLE audit (seq INTEGER PRIMARY KEY, at_utc TEXT NOT NULL, at_local TEXT NOT NULL, operator TEXT NOT NULL,
    action TEXT NOT NULL, record_id TEXT, what TEXT, old_value TEXT, new_value TEXT, reason TEXT,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE audit_anchor (id INTEGER PRIMARY KEY CHECK (id = 1), last_seq INTEGER, last_hash TEXT);
CREATE TRIGGER records_no_update BEFORE UPDATE ON records BEGIN SELECT RAISE(ABORT, 'records are kept'); END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'append-only'); END;
"""


def old_file(path, schema: int):
    """A record database as mscprep wrote it at schema 1 or 2: a record, a check, a weighing
    and their audit entries, chained the way those versions chained them."""
    the_plan = plan(**FORM)
    v2 = schema == 2
    connection = sqlite3.connect(path, isolation_level=None)
    connection.executescript(V2_TABLES.format(kind="kind TEXT NOT NULL, " if v2 else "",
                                              reasons="reasons_json TEXT NOT NULL, " if v2 else "",
                                              documents="documents_json TEXT NOT NULL," if v2 else "",
                                              source="tolerance_source TEXT NOT NULL, " if v2 else ""))
    connection.execute("INSERT INTO meta VALUES ('schema', ?)", (str(schema),))
    record = {"record_id": "R-OLD-1", "version": 1, "plan_id": the_plan.plan_id, "created_utc": "2026-01-05T10:00:00+00:00",
              "created_local": "2026-01-05T19:00:00+09:00", "operator": "K. Tanaka", "patient_id": "MRN-000123",
              "patient_name": "Yamada Hanako", "din": "A9999211234563", "protocol_id": "none", "protocol_version": "-",
              "program_version": "0.1.0", "blocked": 0, "inputs_json": json.dumps(the_plan.record_inputs()),
              "plan_json": json.dumps(the_plan.to_dict()), "content_hash": "x"}
    if v2:
        from mscprep.documents.model import to_json
        record.update(kind=the_plan.kind, reasons_json="{}",
                      documents_json=json.dumps({"sheet": to_json(the_plan.document())}))
    connection.execute(f"INSERT INTO records ({', '.join(record)}) VALUES ({', '.join('?' * len(record))})",
                       list(record.values()))
    connection.execute("INSERT INTO checks VALUES (1, 'R-OLD-1', 1, 'M. Sato', '2026-01-05T10:05:00+00:00', '{}', "
                       "'{}', 0.01, '[]', 1)")
    weighing = [1, "R-OLD-1", 1, "K. Tanaka", "2026-01-05T10:10:00+00:00", 20.0, 70.25, 1.005, 50.0, 50.0, 0.0, 0.05]
    weighing += ["defaults.toml", 1] if v2 else [1]
    connection.execute(f"INSERT INTO weighings VALUES ({', '.join('?' * len(weighing))})", weighing)
    previous = audit.GENESIS
    for seq, (action, what) in enumerate([("create", "version 1"), ("check", "version 1: independent double check"),
                                          ("weigh", "version 1: gravimetric check"), ("print", "version 1: sheet")], 1):
        entry = {"seq": seq, "at_utc": "2026-01-05T10:00:00+00:00", "at_local": "2026-01-05T19:00:00+09:00",
                 "operator": "K. Tanaka", "action": action, "record_id": "R-OLD-1", "what": what, "old_value": None,
                 "new_value": None, "reason": None, "prev_hash": previous}
        entry["hash"] = audit.entry_hash(entry)
        connection.execute(f"INSERT INTO audit ({', '.join(entry)}) VALUES ({', '.join('?' * len(entry))})",
                           list(entry.values()))
        previous = entry["hash"]
    connection.execute("INSERT INTO audit_anchor VALUES (1, 4, ?)", (previous,))
    connection.close()
    return previous


@pytest.mark.parametrize("schema", [1, 2])
def test_an_older_sqlite_file_is_upgraded_in_place_keeping_its_chain(tmp_path, schema):
    path = tmp_path / "records.sqlite3"
    old_head = old_file(path, schema)
    store = RecordStore(path)
    report = store.verify_audit(old_head)
    assert report.intact, report.problems
    assert report.rows == 3 and report.head_found
    entries = store.entries("R-OLD-1")
    assert [e["action"] for e in entries] == ["create", "check", "weigh", "print", "adopt", "adopt", "adopt"]
    record = store.latest("R-OLD-1")
    assert record.patient_id == "MRN-000123" and store.status(record).verified_by == "M. Sato"
    assert store.status(record).printed == 1
    if schema == 1:
        with pytest.raises(Exception, match="older mscprep without its printed document"):
            record.document()
    else:
        assert record.document().plan_id == record.plan_id
    # the upgraded rows are guarded and covered like new ones
    connection = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        connection.execute("UPDATE checks SET checker = 'X'")
    connection.execute("DROP TRIGGER checks_no_update")
    connection.execute("UPDATE checks SET checker = 'Someone Else'")
    assert any("check row" in p and "was altered" in p for p in store.verify_audit().problems)
    store.close()


def test_a_file_from_a_newer_version_is_left_alone(tmp_path):
    path = tmp_path / "records.sqlite3"
    RecordStore(path).close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    connection.close()
    with pytest.raises(Exception, match="made by a newer mscprep"):
        RecordStore(path)
