"""The records from the command line (CONTRACT.md "Records from the command line"): the
independent double check, the weighing, the audit trail and its head, on both databases;
the head printed on every sheet; a reprint is the record."""

import subprocess
from datetime import datetime, timezone

import pytest

from mscprep.records import schema
from mscprep.records.store import RecordStore

from helpers import CHECK_FORM, CHECK_SOURCE, cli, plan, run_cli
from stores import backend, drop_guards, pg_server, raw_sql  # noqa: F401 (fixtures)

FORM, SOURCE = CHECK_FORM, CHECK_SOURCE


@pytest.fixture
def saved(backend):
    store = RecordStore(backend)
    # planned at the real clock, as the store saves it: planned at the tests' fixed NOON, the
    # fresh product's use-by (NOON + 4 h, issue 21) would have passed when the check is
    # computed at the record's time; these tests are about the check, not expiry
    record = store.save(plan(now=datetime.now(timezone.utc), **FORM), "Kenji Tanaka (KT)")
    yield store, record, str(backend)
    store.close()


def test_a_matching_check_verifies_and_exits_0(capsys, saved):
    store, record, db = saved
    code, out, err = cli(capsys, "records", "check", record.record_id, "--checker", "M. Sato", *SOURCE, "--db", db)
    assert code == 0 and "verified by M. Sato" in out and err == ""
    assert store.status(record).verified_by == "M. Sato"


def test_a_differing_check_exits_4_is_recorded_and_names_the_differences(capsys, saved):
    store, record, db = saved
    figures = [("1.1e7 cell/mL" if text == "1e7 cell/mL" else text) for text in SOURCE]
    code, out, err = cli(capsys, "records", "check", record.record_id, "--checker", "M. Sato", *figures, "--db", db)
    assert code == 4
    assert "mscprep: differs: Volume to draw: record 7.778 mL, check 7.071 mL (-9.1%)" in err.splitlines()
    assert store.status(record).verified_by is None
    assert store.checks(record)[0]["matched"] is False


@pytest.mark.parametrize("checker", ["kt", "K. Tanaka", "Kenji Tanaka"])
def test_the_preparer_cannot_check_under_any_spelling(capsys, saved, checker):
    store, record, db = saved
    code, out, err = cli(capsys, "records", "check", record.record_id, "--checker", checker, *SOURCE, "--db", db)
    assert code == 2 and out == "" and err.startswith("mscprep: --checker:") and "cannot verify it" in err
    assert store.checks(record) == []


def test_a_check_without_the_required_figures_is_an_input_error_saying_what_is_missing(capsys, saved):
    store, record, db = saved
    code, out, err = cli(capsys, "records", "check", record.record_id, "--checker", "M. Sato", "--weight", "70 kg",
                         "--db", db)
    assert code == 2 and out == ""
    assert err.strip() == ("mscprep: --din: enter from the source documents: DIN (ISBT 128), Dose, Total cell "
                           "concentration, Viability, Final volume, Rate or Duration")
    assert store.checks(record) == []


def test_protocol_defaults_are_never_filled_in_for_the_checker(capsys, tmp_path):
    from mscprep.preparation.build import prepare
    store = RecordStore(tmp_path / "records.sqlite3")
    record = store.save(prepare({"protocol": "temcell", "weight": "60 kg", "din": "A999921123456"}), "K. Tanaka")
    code, _out, err = cli(capsys, "records", "check", record.record_id, "--checker", "M. Sato", "--weight", "60 kg",
                          "--din", "A999921123456", "--db", tmp_path / "records.sqlite3")
    assert code == 2 and "Dose, Dose basis, Cells in product (label), Product volume (label), Rate or Duration, DMSO" in err
    code, out, _err = cli(capsys, "records", "check", record.record_id, "--checker", "M. Sato", "--weight", "60 kg",
                          "--din", "A999921123456", "--dose", "2e6 cell/kg", "--cells-in-product", "72e6 cell",
                          "--product-volume", "10.8 mL", "--dmso", "10%", "--rate", "240 mL/h", "--basis", "total",
                          "--db", tmp_path / "records.sqlite3")
    assert code == 0, out
    store.close()


def test_the_check_takes_the_plan_flags_but_only_the_source_figures(capsys, saved):
    store, record, db = saved
    code, _out, err = cli(capsys, "records", "check", record.record_id, "--checker", "M. Sato", *SOURCE,
                          "--max-rate", "9 mL/min", "--db", db)
    assert code == 2 and err.startswith("mscprep: --max-rate: is not a figure of the double check")
    code, _out, err = cli(capsys, "records", "check", record.record_id, "--checker", "M. Sato", *SOURCE,
                          "--protocol", "temcell", "--db", db)
    assert code == 2 and err.startswith("mscprep: --protocol: the record was prepared under 'none'")
    code, out, _err = cli(capsys, "records", "check", record.record_id, "--checker", "M. Sato", *SOURCE,
                          "--protocol", "none", "--db", db)
    assert code == 0 and "verified" in out


def test_a_check_with_another_din_differs(capsys, saved):
    _store, record, db = saved
    figures = [("G123417654321" if text == "A999921123456" else text) for text in SOURCE]
    code, _out, err = cli(capsys, "records", "check", record.record_id, "--checker", "M. Sato", *figures, "--db", db)
    assert code == 4 and "DIN: record A9999211234563, check G123417654321A" in err


def test_weighing_within_and_outside_tolerance(capsys, saved):
    store, record, db = saved
    code, out, _err = cli(capsys, "records", "weigh", record.record_id, "--operator", "K. Tanaka", "--tare", "20",
                          "--gross", "70.25 g", "--db", db)
    # the syringes measure 7.8 mL + 42 mL: the bag holds 49.8 mL, 50.05 g at 1.005 g/mL
    assert code == 0 and "expected net mass 50.05 g (accepted 47.55 to 52.55 g)" in out and "within tolerance" in out
    code, out, err = cli(capsys, "records", "weigh", record.record_id, "--operator", "K. Tanaka", "--tare", "20 g",
                         "--gross", "80", "--db", db)
    assert code == 4 and "OUT OF TOLERANCE" in out and "differs from the planned 49.8 mL" in err
    assert store.status(record).weighing_within is False
    code, _out, err = cli(capsys, "records", "weigh", record.record_id, "--operator", "K. Tanaka", "--tare", "20 mL",
                          "--gross", "80", "--db", db)
    assert code == 2 and err.startswith("mscprep: --tare:")
    code, _out, err = cli(capsys, "records", "weigh", "R-NOPE", "--operator", "K. Tanaka", "--tare", "20",
                          "--gross", "80", "--db", db)
    assert code == 2 and "there is no record R-NOPE" in err


def test_audit_head_and_verify_with_an_earlier_head(capsys, saved):
    store, record, db = saved
    code, head, _err = cli(capsys, "audit", "head", "--db", db)
    head = head.strip()
    assert code == 0 and head == store.head() and len(head) == 64
    store.record_print(record, "K. Tanaka")
    code, out, _err = cli(capsys, "audit", "verify", "--head", head[:20], "--db", db)
    assert code == 0 and "is in the chain" in out
    code, out, _err = cli(capsys, "audit", "verify", "--head", "f" * 64, "--db", db)
    assert code == 1 and "AUDIT PROBLEM: the earlier head" in out


@pytest.mark.parametrize("table", [name for name in schema.TABLES if name != "staff"])   # staff: test_people.py
def test_audit_verify_exits_1_naming_an_edited_inserted_or_deleted_row(capsys, saved, table):
    store, record, db = saved
    from mscprep.preparation.gravimetric import weigh_entered
    from mscprep.records.doublecheck import compare
    store.record_check(record, "M. Sato", {}, compare(record.plan, plan(**FORM)))
    store.record_weighing(record, "K. Tanaka", weigh_entered(plan(**FORM), "20 g", "70.25 g"))
    store.record_print(record, "K. Tanaka")
    store.start_session("K. Tanaka")
    drop_guards(store, table)
    run = raw_sql(store)
    seq = run(f"SELECT MAX(seq) FROM {table}")[0][0]
    run(f"UPDATE {table} SET at_utc = '2020-01-01T00:00:00+00:00' WHERE seq = ?" if table != "records" else
        "UPDATE records SET patient_id = 'MRN-OTHER' WHERE seq = ?", (seq,))
    code, out, _err = cli(capsys, "audit", "verify", "--db", db)
    assert code == 1 and "was altered after it was saved" in out
    run(f"DELETE FROM {table} WHERE seq = ?", (seq,))
    code, out, _err = cli(capsys, "audit", "verify", "--db", db)
    assert code == 1 and f"AUDIT PROBLEM: {table} row {seq}" in out and "was deleted" in out


def test_a_malformed_record_and_a_damaged_file_are_reported_not_a_traceback(tmp_path):
    db = tmp_path / "records.sqlite3"
    store = RecordStore(db)
    for number in range(40):
        store.save(plan(**dict(FORM, patient_id=f"MRN-{number}")), "K. Tanaka")
    drop_guards(store, "records")
    raw_sql(store)("UPDATE records SET inputs_json = '{broken' WHERE patient_id = 'MRN-3'")
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    result = run_cli("audit", "verify", "--db", str(db))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "version 1 was altered after it was saved" in result.stdout
    size = db.stat().st_size
    with open(db, "r+b") as handle:        # 4 KB overwritten in the middle of the file
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(b"\x5a" * 4096)
    result = run_cli("audit", "verify", "--db", str(db))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "AUDIT PROBLEM: the database file is damaged" in result.stdout or \
        "AUDIT PROBLEM:" in result.stdout and "not a readable mscprep database" in result.stdout


def test_the_audit_head_is_printed_on_every_sheet_page(tmp_path):
    from mscprep.printing.sheet import write_document
    store = RecordStore(tmp_path / "records.sqlite3")
    record = store.save(plan(**FORM), "K. Tanaka")
    state = store.record_state(record)
    path = tmp_path / "sheet.pdf"
    write_document(record.document(), path, record=state)
    pages = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    sheet_pages = [page for page in pages if "page " in page and "/" in page]
    assert len(sheet_pages) >= 2
    assert all(f"audit head {state.audit_head}" in page for page in sheet_pages)
    assert state.audit_head == store.head()
    store.close()


def test_a_reprint_through_the_records_path_never_recomputes(tmp_path):
    """The reprint prints the stored document: same plan id and figures even after the
    protocol file changed."""
    from mscprep.preparation.build import prepare
    from mscprep.printing.sheet import write_document
    from mscprep.protocol.loader import shipped_protocols
    store = RecordStore(tmp_path / "records.sqlite3")
    form = {"protocol": "temcell", "weight": "60 kg", "patient_id": "MRN-R", "patient_name": "R", "din": "A999921123456",
            "container_dins": "A999921123457", "thawed_at": "2026-11-23T09:30:00+00:00", "stability": "3 h"}
    now = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
    record = store.save(prepare(form, now=now), "K. Tanaka")
    first = text_of(write_document(record.document(), None, record=store.record_state(record), now=now),
                    tmp_path / "a.pdf")
    temcell = shipped_protocols().get("temcell")
    temcell.defaults["rate"] = "2 mL/min"
    try:
        again = store.latest(record.record_id)
        today = prepare(form, shipped_protocols(), now=now)
        assert today.to_dict()["rate"] != record.plan["rate"]       # today's protocol gives another plan
        reprint = text_of(write_document(again.document(), None, record=store.record_state(again), reprint=True,
                                         now=now), tmp_path / "b.pdf")
    finally:
        temcell.defaults["rate"] = "4 mL/min"
    assert record.plan_id in reprint and "4 mL/min = 240 mL/h" in reprint and "REPRINT" in reprint
    strip = lambda text: [line.strip() for line in text.splitlines()  # noqa: E731
                          if line.strip() and not any(stamp in line for stamp in ("DRAFT", "UNSIGNED", "STAFF",
                                                                                  "audit head"))]
    assert strip(reprint) == strip(first)
    store.close()


def text_of(data: bytes, path) -> str:
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_a_sheet_written_from_the_command_line_is_owner_only(tmp_path):
    import os
    import stat
    output = tmp_path / "sheet.pdf"
    output.write_bytes(b"old")
    os.chmod(output, 0o644)
    result = run_cli("sheet", "--protocol", "temcell", "--weight", "60 kg", "--thawed-at", "2026-11-23T09:30",
                     "--stability", "3 h", "--now", "2026-11-23T10:00", "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(os.stat(output).st_mode) == 0o600 and output.read_bytes().startswith(b"%PDF")
