"""Record store: durability, immutability, audit chain, double check, weighing, history."""

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
from mscprep.records.doublecheck import blind_view, compare
from mscprep.records.store import RecordStore, StoreError

from helpers import ROOT, plan

FORM = dict(final_volume="50 mL", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")


@pytest.fixture
def store(tmp_path):
    opened = RecordStore(tmp_path / "records.sqlite3")
    yield opened
    opened.close()


def raw(store):
    """A second connection, as someone with the sqlite3 tool would have."""
    return sqlite3.connect(store.path, isolation_level=None)


def test_saved_record_reads_back_with_inputs_results_and_versions(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    again = store.latest(record.record_id)
    assert again == record
    assert again.inputs["weight"] == "70 kg" and again.inputs["protocol"] == "none"
    assert again.plan["volume_to_draw"]["value"] == pytest.approx(7.7777778)
    assert again.program_version == "0.1.0" and again.operator == "K. Tanaka"


def test_database_is_owner_only_and_in_wal_mode(store):
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_a_change_is_a_new_version_with_a_reason_and_audited(store):
    first = store.save(plan(**FORM), "K. Tanaka")
    with pytest.raises(InputError, match="needs a reason"):
        store.save(plan(**dict(FORM, weight="72 kg")), "K. Tanaka", record_id=first.record_id)
    second = store.save(plan(**dict(FORM, weight="72 kg")), "K. Tanaka", record_id=first.record_id,
                        reason="weight re-measured")
    assert second.version == 2 and [r.version for r in store.versions(first.record_id)] == [1, 2]
    change = store.connection.execute("SELECT what, old_value, new_value, reason FROM audit WHERE action = 'change'"
                                      ).fetchall()
    assert change == [("version 2: weight", "70 kg", "72 kg", "weight re-measured")]


def test_overrides_are_audited(store):
    store.save(plan(**dict(FORM, max_rate="1 mL/min", reasons={"rate_above_max": "physician order 12"})), "K. Tanaka")
    row = store.connection.execute("SELECT what, reason FROM audit WHERE action = 'override'").fetchone()
    assert row == ("version 1: rate_above_max", "physician order 12")


def test_records_and_audit_cannot_be_updated_or_deleted(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    connection = raw(store)
    for sql in ("UPDATE records SET patient_id = 'X'", "DELETE FROM records", "UPDATE audit SET operator = 'X'",
                "DELETE FROM audit"):
        with pytest.raises(sqlite3.DatabaseError, match="never|append-only"):
            connection.execute(sql)
    assert store.latest(record.record_id).patient_id == "MRN-000123"


def test_edited_audit_row_is_detected(store):
    store.save(plan(**FORM), "K. Tanaka")
    store.save(plan(**FORM), "K. Tanaka")
    assert store.verify_audit().intact
    connection = raw(store)
    connection.execute("DROP TRIGGER audit_no_update")
    connection.execute("UPDATE audit SET operator = 'Someone Else' WHERE seq = 1")
    report = store.verify_audit()
    assert not report.intact and "entry 1 (create by Someone Else) was altered" in report.problems


def test_deleted_audit_rows_are_detected_in_the_middle_and_at_the_end(store):
    for _ in range(3):
        store.save(plan(**FORM), "K. Tanaka")
    connection = raw(store)
    connection.execute("DROP TRIGGER audit_no_delete")
    connection.execute("DELETE FROM audit WHERE seq = 2")
    assert any("missing" in p for p in store.verify_audit().problems)
    connection.execute("DELETE FROM audit WHERE seq = 3")
    assert any("removed from the end" in p for p in store.verify_audit().problems)


def test_edited_record_content_is_detected(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    connection = raw(store)
    connection.execute("DROP TRIGGER records_no_update")
    connection.execute("UPDATE records SET plan_json = replace(plan_json, '7.77', '9.77')")
    assert f"record {record.record_id} version 1 was altered after it was saved" in store.verify_audit().problems


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


def test_double_check_difference_is_shown_and_does_not_verify(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    outcome = compare(record.plan, plan(**dict(FORM, concentration="1.05e7 cell/mL")))
    keys = {d.key for d in outcome.differences}
    assert not outcome.matched and "volume_to_draw" in keys
    difference = next(d for d in outcome.differences if d.key == "volume_to_draw")
    assert difference.first == "7.77778 mL" and difference.second == "7.40741 mL"
    assert difference.relative == pytest.approx(0.0476, rel=1e-2)
    assert not store.record_check(record, "M. Sato", {}, outcome)
    assert store.status(record).verified_by is None


def test_self_verification_is_refused(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    outcome = compare(record.plan, plan(**FORM))
    with pytest.raises(InputError, match="cannot verify it"):
        store.record_check(record, "  k.  tanaka ", {}, outcome)


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
    from mscprep.preparation.release import RecordState, release_of
    the_plan = plan(**FORM)
    record = store.save(the_plan, "K. Tanaka")

    def release():   # as a reprint sees it: the stored document and the record's own checks
        status = store.status(record)
        state = RecordState(record.record_id, record.version, status.verified_by, store.latest_weighing(record))
        return release_of(record.document().findings, state)

    assert release().stamp == "DRAFT - NOT VERIFIED"
    store.record_check(record, "M. Sato", {}, compare(record.plan, plan(**FORM)))
    assert release().stamp == "DRAFT - NOT WEIGHED"
    store.record_weighing(record, "K. Tanaka", weigh(the_plan, "20 g", "70.25 g"))
    assert release().final and store.latest_weighing(record).within
    store.record_weighing(record, "K. Tanaka", weigh(the_plan, "20 g", "80 g"))
    assert release().blocked and store.latest_weighing(record).finding.code == "gravimetric_out_of_tolerance"


def test_prints_and_reprints_are_logged(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    assert store.record_print(record, "K. Tanaka") is False
    assert store.record_print(record, "K. Tanaka") is True
    actions = [row[0] for row in store.connection.execute("SELECT action FROM audit ORDER BY seq")]
    assert actions == ["create", "print", "reprint"]


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


def test_csv_export_reads_back(store, tmp_path):
    record = store.save(plan(**FORM), "K. Tanaka")
    count = store.export_csv(store.search(), tmp_path / "history.csv")
    with open(tmp_path / "history.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert count == 1 and rows[0]["record_id"] == record.record_id
    assert rows[0]["patient_name"] == "Yamada Hanako" and float(rows[0]["volume_to_draw_mL"]) == pytest.approx(7.7778, 1e-4)


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
