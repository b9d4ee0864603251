"""PostgreSQL: the application role writes only through mscprep_append, a SECURITY DEFINER
function that numbers each entry, takes the time from the server's clock, records
session_user and computes the row and chain hashes on the server. The role has no INSERT
on any table and no UPDATE on the anchor: a junk row at the next number or a moved anchor
cannot be written from a workstation."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import psycopg
import pytest

from helpers import plan
from stores import pg_server  # noqa: F401 (fixture)

from mscprep.records.doublecheck import compare
from mscprep.preparation.gravimetric import weigh_entered
from mscprep.records.store import RecordStore

FORM = dict(final_volume="50 mL", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")


@pytest.fixture
def app_store(pg_server):
    database = pg_server.new_database()
    pg_server.admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mscprep_app') THEN "
                    "CREATE ROLE mscprep_app LOGIN; END IF; END $$")
    admin = RecordStore(pg_server.url(database))
    admin.grant("mscprep_app")
    admin.close()
    store = RecordStore(pg_server.url(database, user="mscprep_app"))
    yield store, pg_server.url(database, user="mscprep_app")
    store.close()


def test_the_server_numbers_stamps_and_hashes_every_entry(app_store):
    store, _url = app_store
    before = datetime.now(timezone.utc) - timedelta(seconds=5)
    record = store.save(plan(**FORM), "K. Tanaka")
    store.record_check(record, "M. Sato", {}, compare(record.plan, plan(**FORM)))
    store.record_weighing(record, "K. Tanaka", weigh_entered(plan(**FORM), "20 g", "70.25 g"))
    store.record_print(record, "K. Tanaka")
    rows = store.backend.execute("SELECT seq, db_user, at_utc, row_table FROM audit ORDER BY seq").fetchall()
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    assert {row[1] for row in rows} == {"mscprep_app"}                       # session_user, stamped by the server
    assert all(before <= datetime.fromisoformat(row[2]) <= datetime.now(timezone.utc) + timedelta(seconds=5)
               for row in rows)
    saved = store.latest(record.record_id)
    assert saved.created_utc == rows[0][2]                                   # the row's time is the server's too
    report = store.verify_audit()
    assert report.intact, report.problems
    store.prove(saved)


def test_the_application_role_cannot_insert_a_junk_row_nor_move_the_anchor(app_store):
    store, url = app_store
    store.save(plan(**FORM), "K. Tanaka")
    head = store.head()
    with psycopg.connect(url, autocommit=True) as connection:
        for sql in ("INSERT INTO audit (seq, at_utc, at_local, operator, action, prev_hash, hash) VALUES "
                    "(2, 'x', 'x', 'junk', 'junk', 'x', 'x')",
                    "UPDATE audit_anchor SET last_seq = last_seq + 1",
                    "INSERT INTO records SELECT * FROM records",
                    "SELECT mscprep_append('[{\"operator\": \"X\", \"action\": \"x\", \"row_table\": \"audit_anchor\", "
                    "\"row\": {}}]'::jsonb, '+00:00')"):
            with pytest.raises(psycopg.Error):
                connection.execute(sql)
    store.save(plan(**FORM), "K. Tanaka")                   # every later save still works
    report = store.verify_audit(head)
    assert report.intact and report.head_found


def test_an_older_server_store_gets_the_server_append_from_its_owner(pg_server):
    from mscprep.records import schema
    database = pg_server.new_database()
    url = pg_server.url(database)
    RecordStore(url).close()
    pg_server.admin("DROP FUNCTION mscprep_append(jsonb, text)", database)     # as made before issue 23
    pg_server.admin("ALTER TABLE audit DROP COLUMN db_user", database)
    pg_server.admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mscprep_app') THEN "
                    "CREATE ROLE mscprep_app LOGIN; END IF; END $$")
    pg_server.admin("GRANT SELECT ON ALL TABLES IN SCHEMA public TO mscprep_app", database)
    app = RecordStore(pg_server.url(database, user="mscprep_app"))            # not the owner: refuses to write
    assert any("mscprep_append is missing" in problem for problem in app.schema_problems)
    app.close()
    store = RecordStore(url)                                                   # the owner opens it: installed
    assert store.schema_problems == []
    store.save(plan(**FORM), "K. Tanaka")
    assert store.verify_audit().intact
    assert schema.PG_APPEND.strip().startswith("CREATE OR REPLACE FUNCTION mscprep_append")
    store.close()
