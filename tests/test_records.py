"""Record store on both databases (SQLite file and PostgreSQL server): durability,
immutability, the audit chain over every row, double check, weighing, history."""

import csv
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time

import pytest

from mscprep.errors import InputError
from mscprep.preparation.gravimetric import weigh_entered as weigh
from mscprep.records import schema
from mscprep.records.audit import describe
from mscprep.records.doublecheck import blind_view, compare
from mscprep.records.store import RecordStore, StoreError

from helpers import ROOT, plan
from stores import backend, drop_guards, pg_server, raw_sql, restore_guards, store  # noqa: F401 (fixtures)

FORM = dict(final_volume="50 mL", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")


def populate(store):
    """A record in two versions, a check, a weighing, a print and an operator session:
    one row in every table."""
    first = store.save(plan(**FORM), "K. Tanaka")
    second = store.save(plan(**dict(FORM, weight="72 kg")), "K. Tanaka", record_id=first.record_id,
                        reason="weight re-measured")
    store.record_check(second, "M. Sato", {"weight": "72 kg"}, compare(second.plan, plan(**dict(FORM, weight="72 kg"))))
    store.record_weighing(second, "K. Tanaka", weigh(plan(**FORM), "20 g", "70.25 g"))
    store.record_print(second, "K. Tanaka")
    store.start_session("K. Tanaka")
    return second


def test_saved_record_reads_back_with_inputs_results_and_versions(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    again = store.latest(record.record_id)
    assert again == record
    assert again.inputs["weight"] == "70 kg" and again.inputs["protocol"] == "none"
    assert again.plan["volume_to_draw"]["value"] == pytest.approx(7.7777778)
    assert again.program_version == "0.1.0" and again.operator == "K. Tanaka"


def test_sqlite_database_and_folder_are_owner_only_and_in_wal_mode(tmp_path):
    opened = RecordStore(tmp_path / "data" / "records.sqlite3")
    assert stat.S_IMODE(os.stat(opened.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(opened.path.parent).st_mode) == 0o700
    assert opened.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert opened.connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    opened.save(plan(**FORM), "K. Tanaka")
    assert stat.S_IMODE(os.stat(f"{opened.path}-wal").st_mode) == 0o600
    opened.close()


def test_a_looser_existing_database_and_data_folder_are_tightened_and_reported(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("MSCPREP_DATA_DIR", str(folder))
    RecordStore(folder / "records.sqlite3").close()
    os.chmod(folder, 0o755)
    os.chmod(folder / "records.sqlite3", 0o644)
    opened = RecordStore(folder / "records.sqlite3")
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(folder / "records.sqlite3").st_mode) == 0o600
    assert set(opened.tightened) == {folder, folder / "records.sqlite3"}
    opened.close()


def test_a_folder_chosen_for_the_file_is_never_changed(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)                # like /tmp
    opened = RecordStore(shared / "records.sqlite3")
    assert stat.S_IMODE(os.stat(shared).st_mode) == 0o1777 and opened.tightened == []
    assert stat.S_IMODE(os.stat(opened.path).st_mode) == 0o600
    opened.close()


def test_a_change_is_a_new_version_with_a_reason_and_audited(store):
    first = store.save(plan(**FORM), "K. Tanaka")
    with pytest.raises(InputError, match="needs a reason"):
        store.save(plan(**dict(FORM, weight="72 kg")), "K. Tanaka", record_id=first.record_id)
    second = store.save(plan(**dict(FORM, weight="72 kg")), "K. Tanaka", record_id=first.record_id,
                        reason="weight re-measured")
    assert second.version == 2 and [r.version for r in store.versions(first.record_id)] == [1, 2]
    entries = [(e["action"], e["what"], e["old_value"], e["new_value"], e["reason"])
               for e in store.entries(first.record_id)]
    assert entries[1][:2] == ("version", "version 2") and entries[1][4] == "weight re-measured"
    assert entries[2] == ("change", "version 2: weight", "70 kg", "72 kg", "weight re-measured")


def test_a_new_version_with_unchanged_inputs_is_audited_too(store):
    first = store.save(plan(**FORM), "K. Tanaka")
    store.save(plan(**FORM), "M. Sato", record_id=first.record_id, reason="saved again after review")
    actions = [(e["action"], e["operator"], e["what"]) for e in store.entries(first.record_id)]
    assert actions == [("create", "K. Tanaka", "version 1"), ("version", "M. Sato", "version 2")]
    assert store.verify_audit().intact


def test_overrides_are_audited(store):
    record = store.save(plan(**dict(FORM, max_rate="1 mL/min", reasons={"rate_above_max": "physician order 12"})),
                        "K. Tanaka")
    overrides = [(e["what"], e["reason"]) for e in store.entries(record.record_id) if e["action"] == "override"]
    assert overrides == [("version 1: rate_above_max", "physician order 12")]


def test_rows_of_every_table_cannot_be_updated_or_deleted(store):
    record = populate(store)
    run = raw_sql(store)
    # staff rows exist once someone is enrolled: tests/test_people.py tries them there
    for table in ("audit", *(name for name in schema.TABLES if name != "staff")):
        for sql in (f"UPDATE {table} SET seq = seq + 1000", f"DELETE FROM {table}"):
            with pytest.raises(Exception, match="append-only"):
                run(sql)
    if store.kind == "postgresql":
        with pytest.raises(Exception, match="append-only"):
            run("TRUNCATE records CASCADE")
    assert store.latest(record.record_id).patient_id == "MRN-000123"
    assert store.verify_audit().intact


def test_the_application_role_on_postgresql_can_only_read_and_append(pg_server):
    database = pg_server.new_database()
    pg_server.admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mscprep_app') THEN "
                    "CREATE ROLE mscprep_app LOGIN; END IF; END $$")
    admin = RecordStore(pg_server.url(database))
    admin.grant("mscprep_app")
    admin.close()
    app = RecordStore(pg_server.url(database, user="mscprep_app"))
    record = populate(app)
    import psycopg
    with psycopg.connect(pg_server.url(database, user="mscprep_app"), autocommit=True) as connection:
        for sql in ("UPDATE records SET patient_id = 'X'", "DELETE FROM audit", "DROP TRIGGER records_append_only "
                    "ON records", "UPDATE audit_anchor SET last_seq = 0", "CREATE TABLE intruder (x int)"):
            with pytest.raises(psycopg.Error):
                connection.execute(sql)
    assert app.verify_audit().intact and app.latest(record.record_id).patient_id == "MRN-000123"
    app.close()


def _changed(value, kind: str):
    if value is None:
        return "tampered"
    if kind == "int":
        return value + 1000
    if kind == "real":
        return value * 1.5 + 1
    return value + "x"


@pytest.mark.parametrize("table", ["records", "checks", "weighings", "prints", "sessions"])
def test_editing_any_column_inserting_or_deleting_any_row_is_found_and_named(store, table):
    populate(store)
    drop_guards(store, table)
    run = raw_sql(store)
    columns = schema.columns(table)
    kinds = dict(schema.TABLES[table])
    original = dict(zip(columns, run(f"SELECT {', '.join(columns)} FROM {table} ORDER BY seq DESC LIMIT 1")[0]))
    seq = original["seq"]
    for column in columns:
        value = _changed(original[column], kinds[column].rstrip("?"))
        run(f"UPDATE {table} SET {column} = ? WHERE seq = ?", (value, seq))
        edited = dict(original, **{column: value})
        where = value if column == "seq" else seq
        report = store.verify_audit()
        assert not report.intact, f"editing {table}.{column} was not found"
        assert any(describe(table, edited) in problem for problem in report.problems), (column, report.problems)
        run(f"UPDATE {table} SET {column} = ? WHERE seq = ?", (original[column], where))
        restore_guards(store, table)
        assert store.verify_audit().intact, f"restoring {table}.{column}"
        drop_guards(store, table)
    # a row inserted outside the program, even with a correct-looking hash
    forged = dict(original, seq=original["seq"] + 500)
    if "id" in forged:
        forged["id"] = forged["seq"]
    if table == "records":
        forged["version"] = original["version"] + 1
    run(f"INSERT INTO {table} ({', '.join(forged)}) VALUES ({', '.join('?' * len(forged))})", list(forged.values()))
    problems = store.verify_audit().problems
    assert any(describe(table, forged) in p and "not in the audit trail" in p for p in problems), problems
    run(f"DELETE FROM {table} WHERE seq = ?", (forged["seq"],))
    restore_guards(store, table)
    assert store.verify_audit().intact
    drop_guards(store, table)
    # a row deleted
    run(f"DELETE FROM {table} WHERE seq = ?", (seq,))
    problems = store.verify_audit().problems
    assert any(f"{table} row {seq}" in p and "was deleted" in p for p in problems), problems


def test_editing_any_audit_column_or_the_anchor_is_found(store):
    populate(store)
    drop_guards(store, "audit")
    run = raw_sql(store)
    names = [name for name, _kind in schema.AUDIT]
    kinds = dict(schema.AUDIT)
    original = dict(zip(names, run(f"SELECT {', '.join(names)} FROM audit WHERE seq = 2")[0]))
    for column in names:
        value = _changed(original[column], kinds[column].rstrip("?"))
        run(f"UPDATE audit SET {column} = ? WHERE seq = ?", (value, 2))
        report = store.verify_audit()
        assert not report.intact and any("audit entr" in p or "row" in p for p in report.problems), column
        run(f"UPDATE audit SET {column} = ? WHERE seq = ?", (original[column], value if column == "seq" else 2))
        restore_guards(store, "audit")
        assert store.verify_audit().intact, column
        drop_guards(store, "audit")
    run("DELETE FROM audit WHERE seq = 2")
    assert any("audit entries 2 to 2 are missing" in p for p in store.verify_audit().problems)


def test_the_quick_check_covers_the_chain_and_the_full_one_every_row(store):
    populate(store)
    drop_guards(store, "records")
    raw_sql(store)("UPDATE records SET patient_id = 'MRN-OTHER'")
    restore_guards(store, "records")
    assert store.verify_audit(rows=False).intact and store.verify_audit(rows=False).rows == 0
    assert not store.verify_audit().intact
    drop_guards(store, "audit")
    raw_sql(store)("UPDATE audit SET operator = 'X' WHERE seq = 1")
    assert not store.verify_audit(rows=False).intact


def test_deleting_the_newest_entries_is_found_by_the_anchor(store):
    populate(store)
    drop_guards(store, "audit")
    run = raw_sql(store)
    last = run("SELECT MAX(seq) FROM audit")[0][0]
    run("DELETE FROM audit WHERE seq = ?", (last,))
    assert any("removed from the end" in p for p in store.verify_audit().problems)


def test_a_record_whose_json_is_not_json_is_reported_not_a_traceback(store):
    from mscprep.records.audit import row_hash
    record = store.save(plan(**FORM), "K. Tanaka")
    drop_guards(store, "records")
    run = raw_sql(store)
    run("UPDATE records SET inputs_json = 'not json {' WHERE record_id = ?", (record.record_id,))
    columns = schema.columns("records")
    row = dict(zip(columns, run(f"SELECT {', '.join(columns)} FROM records")[0]))
    run("UPDATE records SET row_hash = ? WHERE record_id = ?", (row_hash("records", row), record.record_id))
    problems = store.verify_audit().problems
    assert any(f"record {record.record_id} version 1 was altered" in p for p in problems)
    with pytest.raises(StoreError, match="cannot be read"):
        store.latest(record.record_id)


def test_a_rewritten_chain_is_caught_by_an_earlier_head(store, tmp_path):
    populate(store)
    head = store.head()
    assert len(head) == 64 and store.verify_audit(head).head_found is True
    assert store.verify_audit(head[:16]).head_found is True            # as copied from paper
    store.save(plan(**FORM), "K. Tanaka")
    assert store.verify_audit(head).intact and store.head() != head
    # someone rebuilds the whole database consistently without one record: the chain is
    # intact in itself, but the head printed on the first sheet is not in it
    rebuilt = RecordStore(tmp_path / "rebuilt.sqlite3")
    rebuilt.save(plan(**FORM), "K. Tanaka")
    report = rebuilt.verify_audit(head)
    assert not report.intact and report.head_found is False and "earlier head" in report.problems[-1]
    rebuilt.close()


def test_a_damaged_sqlite_file_is_reported(tmp_path):
    opened = RecordStore(tmp_path / "records.sqlite3")
    for number in range(30):
        opened.save(plan(**dict(FORM, patient_id=f"MRN-{number}")), "K. Tanaka")
    opened.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.close()
    size = os.path.getsize(tmp_path / "records.sqlite3")
    with open(tmp_path / "records.sqlite3", "r+b") as handle:
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(os.urandom(4096))
    try:
        damaged = RecordStore(tmp_path / "records.sqlite3")
    except StoreError as error:     # the damage hit the schema itself
        assert "not a readable mscprep database" in str(error)
        return
    report = damaged.verify_audit()
    assert not report.intact and any("damaged" in p for p in report.problems)
    damaged.close()


def test_blind_view_shows_identity_only(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    view = blind_view(record)
    assert set(view) == {"record_id", "version", "patient_name", "patient_id", "din", "protocol", "prepared_by"}
    shown = json.dumps(view)
    for secret in ("7.77", "42.2", "1e7", "90%", "volume_to_draw", "concentration"):
        assert secret not in shown


def test_double_check_within_tolerance_verifies(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    second = plan(**dict(FORM, concentration="1.005e7 cell/mL"))   # 0.5 % apart
    outcome = compare(record.plan, second)
    assert outcome.matched
    assert store.record_check(record, "M. Sato", {"concentration": "1.005e7 cell/mL"}, outcome)
    assert store.status(record).verified_by == "M. Sato"
    assert store.checks(record) == [{"checker": "M. Sato", "at_utc": store.checks(record)[0]["at_utc"],
                                     "matched": True}]


def test_double_check_difference_is_shown_and_does_not_verify(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    outcome = compare(record.plan, plan(**dict(FORM, concentration="1.05e7 cell/mL")))
    keys = {d.key for d in outcome.differences}
    assert not outcome.matched and "volume_to_draw" in keys
    difference = next(d for d in outcome.differences if d.key == "volume_to_draw")
    assert difference.first == "7.778 mL" and difference.second == "7.407 mL"
    assert difference.relative == pytest.approx(0.0476, rel=1e-2)
    assert not store.record_check(record, "M. Sato", {}, outcome)
    assert store.status(record).verified_by is None


@pytest.mark.parametrize("checker", ["  k.  tanaka ", "Kenji Tanaka (KT)", "kt", "TANAKA K", "K.Tanaka"])
def test_whoever_prepared_the_record_cannot_verify_it_however_the_name_is_typed(store, checker):
    record = store.save(plan(**FORM), "K. Tanaka")
    with pytest.raises(InputError, match="cannot verify it"):
        store.record_check(record, checker, {}, compare(record.plan, plan(**FORM)))


def test_whoever_changed_or_saved_any_version_or_is_named_preparer_cannot_verify(store):
    first = store.save(plan(**dict(FORM, prepared_by="Aiko Mori (AM)")), "K. Tanaka")
    second = store.save(plan(**FORM), "M. Sato", record_id=first.record_id, reason="corrected diluent")
    assert store.people(first.record_id) == ["K. Tanaka", "Aiko Mori (AM)", "M. Sato"]
    for checker in ("m sato", "AM", "Aiko Mori", "kt"):
        assert store.checker_conflict(second, checker), checker
    assert store.checker_conflict(second, "Hiroshi Ito (HI)") is None
    assert store.record_check(second, "Hiroshi Ito (HI)", {}, compare(second.plan, plan(**FORM)))


def test_gravimetric_tolerance_both_sides(store):
    the_plan = plan(**FORM)   # 7.8 mL + 42 mL as measured = 49.8 mL at 1.005 g/mL = 50.049 g
    inside = weigh(the_plan, "20 g", f"{20 + 50.049 * 1.049} g")
    outside = weigh(the_plan, "20 g", f"{20 + 50.049 * 1.051} g")
    assert inside.within and inside.deviation == pytest.approx(0.049)
    assert not outside.within and outside.finding.code == "gravimetric_out_of_tolerance"
    assert outside.finding.severity.value == "hard"
    below = weigh(the_plan, "20 g", f"{20 + 50.049 * 0.949} g")
    assert not below.within
    record = store.save(the_plan, "K. Tanaka")
    store.record_weighing(record, "K. Tanaka", outside)
    assert store.status(record).weighing_within is False
    assert store.weighings(record)[0]["within"] == 0


def test_gravimetric_tolerance_can_tighten_but_never_exceed_10_percent():
    the_plan = plan(**FORM)
    assert not weigh(the_plan, "20 g", f"{20 + 50.25 * 1.03} g", tolerance_text="2%").within
    assert not weigh(the_plan, "20 g", f"{20 + 50.25 * 1.06} g", tolerance_text="8%").within  # 5 % stays
    with pytest.raises(InputError, match="outside 0.1% to 10%"):
        weigh(the_plan, "20 g", "70 g", tolerance_text="15%")
    with pytest.raises(InputError, match="must be more than the tare"):
        weigh(the_plan, "70 g", "20 g")
    with pytest.raises(InputError, match="is a volume"):
        weigh(the_plan, "20 mL", "70 g")


def test_label_is_final_only_when_verified_and_weighed(store):
    from mscprep.preparation.release import release_of
    the_plan = plan(**FORM)
    record = store.save(the_plan, "K. Tanaka")

    def release():   # as a reprint sees it: the stored document and the record's own checks
        return release_of(record.document().findings, store.record_state(record))

    assert release().stamp == "DRAFT - NOT VERIFIED"
    assert store.record_state(record).audit_head == store.head()
    store.record_check(record, "M. Sato", {}, compare(record.plan, plan(**FORM)))
    assert release().stamp == "DRAFT - NOT WEIGHED"
    store.record_weighing(record, "K. Tanaka", weigh(the_plan, "20 g", "70.25 g"))
    # nobody is enrolled in this store: verified and weighed, never final (tests/test_people.py: signed, final)
    assert release().stamp == "UNSIGNED - NO ENROLLED STAFF" and not release().final
    assert store.latest_weighing(record).within
    store.record_weighing(record, "K. Tanaka", weigh(the_plan, "20 g", "80 g"))
    assert release().blocked and store.latest_weighing(record).finding.code == "gravimetric_out_of_tolerance"


def test_prints_and_reprints_are_rows_and_logged(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    assert store.record_print(record, "K. Tanaka") is False
    assert store.record_print(record, "K. Tanaka", "label") is False      # the first label is no reprint
    assert store.record_print(record, "K. Tanaka", "label") is True
    assert [e["action"] for e in store.entries(record.record_id)] == ["create", "print", "print", "reprint"]
    assert store.status(record).printed == 3
    assert raw_sql(store)("SELECT what, reprint FROM prints ORDER BY seq") == [("sheet", 0), ("label", 0),
                                                                               ("label", 1)]
    second = store.save(plan(**dict(FORM, weight="72 kg")), "K. Tanaka", record_id=record.record_id,
                        reason="weight re-measured")
    assert store.record_print(second, "K. Tanaka") is False              # a new version's first sheet


def test_operator_sessions_are_rows_in_the_chain(store):
    session_id = store.start_session("K. Tanaka", "clean-room-2")
    store.end_session(session_id, "K. Tanaka", "clean-room-2")
    rows = raw_sql(store)("SELECT session_id, operator, event, workstation FROM sessions ORDER BY seq")
    assert rows == [(session_id, "K. Tanaka", "start", "clean-room-2"), (session_id, "K. Tanaka", "end", "clean-room-2")]
    # each act also has its acts row (login account, host; the signature once people are enrolled)
    assert store.verify_audit().intact and store.verify_audit().rows == 4


def test_history_search_by_patient_din_operator_and_date(store):
    first = store.save(plan(**FORM), "K. Tanaka")
    store.save(plan(**dict(FORM, patient_id="MRN-999", din="G123417654321")), "M. Sato")
    store.save(plan(**dict(FORM, weight="71 kg")), "K. Tanaka", record_id=first.record_id, reason="typo")
    assert [(r.record_id, r.version) for r in store.search(patient_id="mrn-0001")] == [(first.record_id, 2)]
    assert [r.patient_id for r in store.search(din="G1234")] == ["MRN-999"]
    assert [r.operator for r in store.search(operator="m. s")] == ["M. Sato"]
    today = first.created_utc[:10]
    assert len(store.search(date_from=today, date_to=today)) == 2
    assert store.search(date_from="2099-01-01") == []
    assert store.search(patient_id="%") == []   # wildcards are literal


def test_csv_export_reads_back_owner_only_and_formulas_are_escaped(store, tmp_path):
    record = store.save(plan(**FORM), "K. Tanaka")
    store.save(plan(**dict(FORM, patient_name='=HYPERLINK("http://x","click")', patient_id="@SUM(A1:A9)",
                           din="A999921123457", prepared_by=None)), "+cmd|' /C calc'!A0")
    store.save(plan(**dict(FORM, patient_name="-2+3", patient_id="MRN-T", din="A999921123458")), "K. Tanaka")
    path = tmp_path / "history.csv"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o644)
    count = store.export_csv(store.search(), path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert count == 3
    mine = next(row for row in rows if row["record_id"] == record.record_id)
    assert mine["patient_name"] == "Yamada Hanako" and float(mine["volume_to_draw_mL"]) == pytest.approx(7.7778, 1e-4)
    cells = [value for row in rows for value in row.values()]
    assert "'=HYPERLINK(\"http://x\",\"click\")" in cells and "'@SUM(A1:A9)" in cells
    assert "'+cmd|' /C calc'!A0" in cells and "'-2+3" in cells
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells)


def test_csv_cells_starting_with_tab_or_carriage_return_are_escaped_too():
    from mscprep.records.store import csv_cell
    # a tab or carriage return is written as an escape (one line per record), never a formula
    assert [csv_cell(text) for text in ("\tx", "\rx", "=1", "a=1", "", None, 3)] == ["\\tx", "\\rx", "'=1", "a=1", "", "", "3"]


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "records.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a readable mscprep database"):
        RecordStore(path)
    assert path.read_bytes().startswith(b"this is not sqlite")   # nothing changed


def test_unusable_folder_is_a_clear_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="record folder .* cannot be used"):
        RecordStore(tmp_path / "file" / "records.sqlite3")


def test_database_locked_by_another_workstation_is_a_clear_error_and_loses_nothing(tmp_path):
    store = RecordStore(tmp_path / "records.sqlite3", busy_timeout=0.2)
    first = store.save(plan(**FORM), "K. Tanaka")
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StoreError, match="in use by another workstation"):
        store.save(plan(**FORM), "K. Tanaka")
    other.execute("ROLLBACK")
    second = store.save(plan(**FORM), "K. Tanaka")
    assert {r.record_id for r in store.search()} == {first.record_id, second.record_id}


SAVER = """
import sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {tests!r})
from helpers import plan
from mscprep.records.store import RecordStore
store = RecordStore({path!r})
the_plan = plan(final_volume="50 mL", patient_id="MRN-KILL")
for number in range(100000):
    record = store.save(the_plan, "K. Tanaka")
    print(record.record_id, flush=True)
"""


def test_record_survives_a_killed_process(tmp_path):
    path = tmp_path / "records.sqlite3"
    RecordStore(path).close()
    process = subprocess.Popen([sys.executable, "-c", SAVER.format(root=str(ROOT), tests=str(ROOT / "tests"),
                                                                   path=str(path))],
                               stdout=subprocess.PIPE, text=True)
    confirmed = []
    deadline = time.monotonic() + 60
    while len(confirmed) < 25 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if line:
            confirmed.append(line.strip())
    process.send_signal(signal.SIGKILL)   # mid-save: it keeps saving until killed
    process.wait()
    assert len(confirmed) == 25
    store = RecordStore(path)
    assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    saved = {row[0] for row in store.connection.execute("SELECT record_id FROM records")}
    assert set(confirmed) <= saved
    assert store.verify_audit().intact
    store.close()


def test_verify_sees_one_moment_while_another_workstation_saves(store, monkeypatch):
    from mscprep.records import store as store_module
    populate(store)
    other = RecordStore(store.backend.url if store.kind == "postgresql" else store.path)
    calls = []

    def save_meanwhile(row):
        if not calls:   # another workstation saves and checks while verify reads the records table
            record = other.save(plan(**FORM), "K. Tanaka")
            other.record_check(record, "M. Sato", {}, compare(record.plan, plan(**FORM)))
        calls.append(row)

    monkeypatch.setitem(store_module.READERS, "records", save_meanwhile)
    report = store.verify_audit()
    assert calls and report.intact, report.problems
    assert store.verify_audit().intact and store.verify_audit().rows == report.rows + 4   # 2 acts, 2 acts rows
    other.close()


def test_history_and_csv_say_what_the_release_rule_says(store, tmp_path):
    """A verified record weighed out of tolerance is blocked in the list and the CSV; a
    record still waiting for a reason is not ready, whoever verified its figures."""
    weighed = store.save(plan(**FORM), "K. Tanaka")
    store.record_check(weighed, "M. Sato", {}, compare(weighed.plan, plan(**FORM)))
    store.record_weighing(weighed, "K. Tanaka", weigh(plan(**FORM), "20 g", "40 g"))
    waiting = store.save(plan(**dict(FORM, patient_id="MRN-W", max_rate="1 mL/min")), "K. Tanaka")
    store.record_check(waiting, "M. Sato", {}, compare(waiting.plan, plan(**dict(FORM, patient_id="MRN-W",
                                                                                  max_rate="1 mL/min"))))
    listed = {summary.record_id: summary for summary in store.search()}
    assert listed[weighed.record_id].blocked is True and listed[waiting.record_id].blocked is False
    store.export_csv(store.search(), tmp_path / "history.csv")
    with open(tmp_path / "history.csv", newline="", encoding="utf-8") as handle:
        rows = {row["record_id"]: row for row in csv.DictReader(handle)}
    assert rows[weighed.record_id]["blocked"] == "True" and rows[weighed.record_id]["status"] == "blocked"
    assert rows[waiting.record_id]["status"] == "not_ready" and rows[waiting.record_id]["verified_by"] == "M. Sato"
