"""The command line's signed acts on a saved record (issue 22): `sheet --record` and
`label --record` log their print, signed like the window's prints, and `records change`
makes a new version signed "changed" whose earlier double check does not carry over."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest

from helpers import CHECK_SOURCE, cli
from stores import backend, pg_server  # noqa: F401 (fixtures)

ADMIN_PIN, TECH_PIN, PHARM_PIN = "482913", "551177", "771202"
SOURCE = [arg.replace(" ", "") for arg in CHECK_SOURCE]
IDENTITY = ["--patient-id", "MRN-000123", "--patient-name", "Yamada Hanako"]


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    """Argon2 made cheap for the tests only (production: 64 MiB, 3 passes)."""
    monkeypatch.setenv("MSCPREP_TEST_KDF", "cheap")


def _enrol(capsys, monkeypatch, db, name, role, pin, admin=None):
    monkeypatch.setenv("MSCPREP_NEW_PIN", pin)
    monkeypatch.setenv("MSCPREP_PIN", ADMIN_PIN)
    code, out, err = cli(capsys, "people", "enroll", name, "--role", role, "--db", db,
                         *(("--admin-badge", admin) if admin else ()))
    assert code == 0, err
    return out.strip()


@pytest.fixture
def staffed(capsys, monkeypatch, tmp_path):
    """A store with an admin, a technician and a pharmacist, and a record the technician
    saved; (db, badge codes, record id)."""
    db = str(tmp_path / "records.sqlite3")
    admin = _enrol(capsys, monkeypatch, db, "Aiko Mori (AM)", "admin", ADMIN_PIN)
    codes = {"admin": admin,
             "tech": _enrol(capsys, monkeypatch, db, "Kenji Tanaka (KT)", "technician", TECH_PIN, admin),
             "pharm": _enrol(capsys, monkeypatch, db, "Mika Sato (MS)", "pharmacist", PHARM_PIN, admin)}
    monkeypatch.setenv("MSCPREP_PIN", TECH_PIN)
    code, out, err = cli(capsys, "plan", *SOURCE, *IDENTITY, "--save", "--db", db, "--badge", codes["tech"])
    assert code == 0, err
    return db, codes, out.strip().split()[-1]


def _sql(db, query, params=()):
    with sqlite3.connect(db) as connection:
        return connection.execute(query, params).fetchall()


def _acts(db):
    return _sql(db, "SELECT meaning, signer_name, signature IS NOT NULL FROM acts ORDER BY seq")


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _audit_intact(capsys, db):
    code, out, _err = cli(capsys, "audit", "verify", "--db", db)
    assert code == 0, out


def _verify_and_weigh(capsys, monkeypatch, db, codes, record_id):
    monkeypatch.setenv("MSCPREP_PIN", PHARM_PIN)
    assert cli(capsys, "records", "check", record_id, *SOURCE, "--badge", codes["pharm"], "--db", db)[0] == 0
    monkeypatch.setenv("MSCPREP_PIN", TECH_PIN)
    assert cli(capsys, "records", "weigh", record_id, "--tare", "20", "--gross", "70.25 g", "--badge", codes["tech"],
               "--db", db)[0] == 0


# --- sheet --record ---------------------------------------------------------------------------------

def test_a_sheet_print_of_a_record_is_logged_signed_and_the_second_is_a_reprint(capsys, monkeypatch, staffed,
                                                                                 tmp_path):
    db, codes, record_id = staffed
    _verify_and_weigh(capsys, monkeypatch, db, codes, record_id)
    before = len(_acts(db))
    pdf = tmp_path / "sheet.pdf"
    code, out, err = cli(capsys, "sheet", "--record", record_id, "--db", db, "-o", pdf, "--badge", codes["tech"])
    assert code == 0, err
    assert out.startswith(f"record {record_id} version 1: sheet and label written") and "REPRINT" not in out
    # the sheet and, since the final record's PDF carries its label page, the label: each signed
    assert _acts(db)[before:] == [("printed", "Kenji Tanaka (KT)", True), ("released", "Kenji Tanaka (KT)", True)]
    assert _sql(db, "SELECT what, reprint, operator FROM prints ORDER BY seq") == [
        ("sheet", 0, "Kenji Tanaka (KT)"), ("label", 0, "Kenji Tanaka (KT)")]
    first = _pdf_text(pdf)
    assert "REPRINT" not in first and "UNSIGNED" not in first
    lines = [" ".join(line.split()) for line in first.splitlines()]
    assert any(line.startswith("Printed Kenji Tanaka (KT) 2026-") and line.endswith("version 1: sheet")
               for line in lines), lines
    assert any(line.startswith("Released (label printed) Kenji Tanaka (KT)") for line in lines)
    head = _sql(db, "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1")[0][0]
    assert head in first.replace("\n", "").replace(" ", "")          # the head that includes this print
    # a second print by the pharmacist: a REPRINT, stamped, with who printed it and when
    monkeypatch.setenv("MSCPREP_PIN", PHARM_PIN)
    code, out, err = cli(capsys, "sheet", "--record", record_id, "--db", db, "-o", pdf, "--badge", codes["pharm"])
    assert code == 0 and out.startswith("REPRINT of record"), err
    assert _sql(db, "SELECT what, reprint, operator FROM prints ORDER BY seq")[2:] == [
        ("sheet", 1, "Mika Sato (MS)"), ("label", 1, "Mika Sato (MS)")]
    again = _pdf_text(pdf)
    assert "REPRINT" in again
    lines = [" ".join(line.split()) for line in again.splitlines()]
    assert any(line.startswith("Printed Mika Sato (MS) 2026-") for line in lines), lines
    _audit_intact(capsys, db)


@pytest.mark.parametrize("case", ["wrong pin", "revoked", "typed name", "no badge", "plan flag", "no record"])
def test_a_refused_sheet_print_writes_no_file_and_records_nothing(capsys, monkeypatch, staffed, tmp_path, case):
    db, codes, record_id = staffed
    if case == "revoked":
        monkeypatch.setenv("MSCPREP_PIN", ADMIN_PIN)
        assert cli(capsys, "people", "revoke", "KT", "--admin-badge", codes["admin"], "--db", db)[0] == 0
    monkeypatch.setenv("MSCPREP_PIN", "000000" if case == "wrong pin" else TECH_PIN)
    extra = {"wrong pin": ["--badge", codes["tech"]], "revoked": ["--badge", codes["tech"]],
             "typed name": ["--operator", "Kenji Tanaka (KT)"], "no badge": [],
             "plan flag": ["--badge", codes["tech"], "--weight", "60kg"],
             "no record": ["--badge", codes["tech"]]}[case]
    record = "R-20260101-DEADBEEF" if case == "no record" else record_id
    acts = _acts(db)
    pdf = tmp_path / "sheet.pdf"
    code, out, err = cli(capsys, "sheet", "--record", record, "--db", db, "-o", pdf, *extra)
    assert code == 2 and out == "" and len(err.splitlines()) == 1, (out, err)
    assert {"wrong pin": "wrong PIN for the badge of Kenji Tanaka (KT)", "revoked": "is revoked",
            "typed name": "a typed name is refused", "no badge": "scan your badge",
            "plan flag": "--weight: does not apply with --record", "no record": "there is no record"}[case] in err
    assert not pdf.exists() and not list(tmp_path.glob(".sheet.pdf.*"))
    assert _sql(db, "SELECT COUNT(*) FROM prints") == [(0,)]
    assert _acts(db) == acts          # a wrong PIN is an audit entry of the badge reader, never an act
    _audit_intact(capsys, db)


def test_a_badge_without_a_record_is_refused(capsys, monkeypatch, staffed, tmp_path):
    db, codes, _record_id = staffed
    code, out, err = cli(capsys, "sheet", *SOURCE, "-o", tmp_path / "s.pdf", "--badge", codes["tech"])
    assert code == 2 and "--badge: signs the print of a saved record: give --record" in err
    assert not (tmp_path / "s.pdf").exists()


def test_a_print_that_cannot_be_logged_writes_no_file(capsys, monkeypatch, staffed, tmp_path):
    from mscprep.records.errors import StoreError
    from mscprep.records.store import RecordStore
    db, codes, record_id = staffed

    def locked(*_args, **_kwargs):
        raise StoreError("The record database is in use by another workstation or program. Wait a moment and try "
                         "again.")
    monkeypatch.setattr(RecordStore, "record_print", locked)
    for command in (["sheet", "-o", tmp_path / "s.pdf"], ["label", "--zpl", "-o", tmp_path / "s.pdf"]):
        code, out, err = cli(capsys, *command, "--record", record_id, "--db", db, "--badge", codes["tech"])
        assert code == 2 and out == "" and "in use by another workstation" in err
        assert not (tmp_path / "s.pdf").exists()


def test_a_file_that_cannot_be_written_is_logged_as_a_cancelled_print(capsys, monkeypatch, staffed, tmp_path):
    db, codes, record_id = staffed
    target = tmp_path / "no-such-folder" / "s.pdf"
    code, out, err = cli(capsys, "sheet", "--record", record_id, "--db", db, "-o", target, "--badge", codes["tech"])
    assert code == 2 and "cannot write" in err and not target.exists()
    cancelled = _sql(db, "SELECT action, what, new_value FROM audit WHERE action = 'print cancelled'")
    assert [row[1] for row in cancelled] == ["version 1: sheet", "version 1: label"]
    assert all("could not be written" in row[2] for row in cancelled)
    _audit_intact(capsys, db)


def test_a_store_nobody_enrolled_in_takes_operator_and_prints_unsigned(capsys, tmp_path):
    db = str(tmp_path / "records.sqlite3")
    code, out, err = cli(capsys, "plan", *SOURCE, *IDENTITY, "--save", "--db", db, "--operator", "Kenji Tanaka (KT)")
    record_id = out.strip().split()[-1]
    pdf = tmp_path / "s.pdf"
    code, out, err = cli(capsys, "sheet", "--record", record_id, "--db", db, "-o", pdf, "--badge", "MSB" + "A" * 28)
    assert code == 2 and "nobody is enrolled" in err and not pdf.exists()
    code, out, err = cli(capsys, "sheet", "--record", record_id, "--db", db, "-o", pdf)
    assert code == 2 and "--operator: is required" in err
    code, out, err = cli(capsys, "sheet", "--record", record_id, "--db", db, "-o", pdf, "--operator", "Mika Sato (MS)")
    assert code == 0, err
    assert "UNSIGNED - NO ENROLLED STAFF" in out and "UNSIGNED - NO ENROLLED STAFF" in _pdf_text(pdf)
    assert _sql(db, "SELECT what, operator FROM prints") == [("sheet", "Mika Sato (MS)"),
                                                            ("label", "Mika Sato (MS)")]
    # No label is ever final in a store nobody is enrolled in: the label page is a print, never a release.
    assert _sql(db, "SELECT meaning, signer_name FROM acts ORDER BY seq")[-2:] == [("printed", None),
                                                                                   ("printed", None)]
    _audit_intact(capsys, db)


# --- label --record ---------------------------------------------------------------------------------

def test_a_label_print_of_a_record_is_signed_released_and_the_second_is_a_reprint(capsys, monkeypatch, staffed,
                                                                                   tmp_path):
    db, codes, record_id = staffed
    _verify_and_weigh(capsys, monkeypatch, db, codes, record_id)
    zpl = tmp_path / "bag.zpl"
    before = len(_acts(db))
    code, out, err = cli(capsys, "label", "--record", record_id, "--db", db, "--zpl", "-o", zpl, "--badge",
                         codes["tech"])
    assert code == 0, err
    assert _acts(db)[before:] == [("released", "Kenji Tanaka (KT)", True)]
    text = zpl.read_text(encoding="utf-8")
    assert text.startswith("^XA") and "A999921123456" in text.replace(" ", "")
    assert "REPRINT" not in text and "DRAFT" not in text and "UNSIGNED" not in text     # final
    code, out, err = cli(capsys, "label", "--record", record_id, "--db", db, "--zpl", "-o", zpl, "--badge",
                         codes["tech"])
    assert code == 0 and out.startswith("REPRINT of label")
    assert "REPRINT" in zpl.read_text(encoding="utf-8")
    assert _sql(db, "SELECT what, reprint FROM prints ORDER BY seq") == [("label", 0), ("label", 1)]
    _audit_intact(capsys, db)


def test_a_label_the_release_rule_refuses_logs_nothing(capsys, monkeypatch, tmp_path):
    db = str(tmp_path / "records.sqlite3")
    admin = _enrol(capsys, monkeypatch, db, "Aiko Mori (AM)", "admin", ADMIN_PIN)
    monkeypatch.setenv("MSCPREP_PIN", ADMIN_PIN)
    # no patient identity: the label could not say for whom (the release rule: no label)
    code, out, err = cli(capsys, "plan", *SOURCE, "--save", "--db", db, "--badge", admin)
    record_id = out.strip().split()[-1]
    acts = _acts(db)
    zpl = tmp_path / "bag.zpl"
    code, out, err = cli(capsys, "label", "--record", record_id, "--db", db, "--zpl", "-o", zpl, "--badge", admin)
    assert code == 3 and "no label: NOT READY" in err and "nothing was logged" in err and len(err.splitlines()) == 1
    assert not zpl.exists() and _acts(db) == acts and _sql(db, "SELECT COUNT(*) FROM prints") == [(0,)]
    # the sheet still prints (logged), without a label page or a label print
    code, out, err = cli(capsys, "sheet", "--record", record_id, "--db", db, "-o", tmp_path / "s.pdf", "--badge", admin)
    assert code == 0 and "and label" not in out
    assert _sql(db, "SELECT what FROM prints") == [("sheet",)]


# --- records change ---------------------------------------------------------------------------------

def test_records_change_makes_a_new_version_signed_changed_and_drops_the_check(capsys, monkeypatch, staffed):
    db, codes, record_id = staffed
    _verify_and_weigh(capsys, monkeypatch, db, codes, record_id)
    before = len(_acts(db))
    code, out, err = cli(capsys, "records", "change", record_id, "--reason", "dose reordered by Dr Ito", "--dose",
                         "1.5e6cell/kg", "--badge", codes["tech"], "--db", db)
    assert code == 0, err
    assert f"Saved as record {record_id} version 2 (changed: dose)" in out
    assert "Version 1 was verified by Mika Sato (MS); that double check does not carry over" in out
    assert "version 2 is NOT VERIFIED" in out
    assert _acts(db)[before:] == [("changed", "Kenji Tanaka (KT)", True)]
    # as in the window, "Prepared by" of the new version is whoever saves it
    assert _sql(db, "SELECT what, old_value, new_value, reason FROM audit WHERE action = 'change'") == [
        ("version 2: dose", "1e6cell/kg", "1.5e6cell/kg", "dose reordered by Dr Ito"),
        ("version 2: prepared_by", None, "Kenji Tanaka (KT)", "dose reordered by Dr Ito")]
    # the check bound version 1: version 2 is not verified (records search says so)
    code, out, err = cli(capsys, "records", "search", "--db", db)
    assert " v2 " in out and "not verified" in out and "verified by" not in out
    # whoever signed any version never checks it: the changer, and the first preparer
    changed_source = [arg if arg != "1e6cell/kg" else "1.5e6cell/kg" for arg in SOURCE]
    code, out, err = cli(capsys, "records", "check", record_id, *changed_source, "--badge", codes["tech"], "--db", db)
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert "Kenji Tanaka (KT) signed a version of record" in err and "cannot verify it" in err
    checks = _sql(db, "SELECT COUNT(*) FROM checks")
    monkeypatch.setenv("MSCPREP_PIN", PHARM_PIN)
    code, out, err = cli(capsys, "records", "check", record_id, *changed_source, "--badge", codes["pharm"], "--db", db)
    assert code == 0 and "version 2 verified by Mika Sato (MS)" in out
    assert _sql(db, "SELECT COUNT(*) FROM checks")[0][0] == checks[0][0] + 1
    _audit_intact(capsys, db)


def test_a_pharmacist_who_changed_a_record_cannot_check_it(capsys, monkeypatch, staffed):
    db, codes, record_id = staffed
    monkeypatch.setenv("MSCPREP_PIN", PHARM_PIN)
    code, out, err = cli(capsys, "records", "change", record_id, "--reason", "volume per order", "--final-volume",
                         "60mL", "--badge", codes["pharm"], "--db", db)
    assert code == 0, err
    changed = [arg if arg != "50mL" else "60mL" for arg in SOURCE]
    code, out, err = cli(capsys, "records", "check", record_id, *changed, "--badge", codes["pharm"], "--db", db)
    assert code == 2 and "Mika Sato (MS) signed a version of record" in err
    assert _sql(db, "SELECT COUNT(*) FROM checks") == [(0,)]


@pytest.mark.parametrize("case", ["no reason", "blank reason", "nothing changed", "wrong pin", "typed name",
                                  "other protocol", "bad figure"])
def test_a_refused_change_records_nothing(capsys, monkeypatch, staffed, case):
    db, codes, record_id = staffed
    monkeypatch.setenv("MSCPREP_PIN", "000000" if case == "wrong pin" else TECH_PIN)
    who = ["--operator", "Kenji Tanaka (KT)"] if case == "typed name" else ["--badge", codes["tech"]]
    reason = {"no reason": [], "blank reason": ["--reason", "  "]}.get(case, ["--reason", "dose reordered"])
    change = {"nothing changed": [], "other protocol": ["--protocol", "temcell"],
              "bad figure": ["--dose", "1e6"]}.get(case, ["--dose", "1.5e6cell/kg"])
    acts, versions = _acts(db), _sql(db, "SELECT COUNT(*) FROM records")
    try:
        code, out, err = cli(capsys, "records", "change", record_id, *reason, *change, *who, "--db", db)
    except SystemExit as stop:         # argparse: a required flag missing
        code, (out, err) = stop.code, capsys.readouterr()
    assert code == 2 and out == "" and len(err.splitlines()) == 1, (out, err)
    assert {"no reason": "--reason", "blank reason": "--reason: is required", "nothing changed": "change nothing",
            "wrong pin": "wrong PIN", "typed name": "a typed name is refused", "other protocol": "--protocol",
            "bad figure": "--dose"}[case] in err
    assert _acts(db) == acts and _sql(db, "SELECT COUNT(*) FROM records") == versions
    _audit_intact(capsys, db)


def test_records_change_in_a_store_nobody_enrolled_in_takes_operator(capsys, tmp_path):
    db = str(tmp_path / "records.sqlite3")
    code, out, err = cli(capsys, "plan", *SOURCE, *IDENTITY, "--save", "--db", db, "--operator", "Kenji Tanaka (KT)")
    record_id = out.strip().split()[-1]
    code, out, err = cli(capsys, "records", "change", record_id, "--reason", "dose reordered", "--dose",
                         "1.5e6cell/kg", "--operator", "Kenji Tanaka (KT)", "--db", db)
    assert code == 0, err
    assert "UNSIGNED - NO ENROLLED STAFF" in out
    assert _sql(db, "SELECT meaning, signer_name FROM acts ORDER BY seq")[-1] == ("changed", None)
    code, out, err = cli(capsys, "records", "check", record_id, *[a if a != "1e6cell/kg" else "1.5e6cell/kg"
                                                                 for a in SOURCE], "--checker", "K. Tanaka (KT)",
                         "--db", db)
    assert code == 2 and "cannot verify it" in err
    _audit_intact(capsys, db)


# --- the shared store: the same acts on SQLite and on PostgreSQL ---------------------------------------

def test_prints_and_changes_signed_on_every_backend(capsys, monkeypatch, backend, tmp_path):
    from stores import raw_sql
    from mscprep.records.store import RecordStore
    db = str(backend)
    admin = _enrol(capsys, monkeypatch, db, "Aiko Mori (AM)", "admin", ADMIN_PIN)
    tech = _enrol(capsys, monkeypatch, db, "Kenji Tanaka (KT)", "technician", TECH_PIN, admin)
    pharm = _enrol(capsys, monkeypatch, db, "Mika Sato (MS)", "pharmacist", PHARM_PIN, admin)
    monkeypatch.setenv("MSCPREP_PIN", TECH_PIN)
    code, out, err = cli(capsys, "plan", *SOURCE, *IDENTITY, "--save", "--db", db, "--badge", tech)
    record_id = out.strip().split()[-1]
    code, out, err = cli(capsys, "records", "change", record_id, "--reason", "dose reordered", "--dose",
                         "1.5e6cell/kg", "--badge", tech, "--db", db)
    assert code == 0 and "version 2" in out, err
    changed = [arg if arg != "1e6cell/kg" else "1.5e6cell/kg" for arg in SOURCE]
    code, out, err = cli(capsys, "records", "check", record_id, *changed, "--badge", tech, "--db", db)
    assert code == 2 and "cannot verify it" in err
    monkeypatch.setenv("MSCPREP_PIN", PHARM_PIN)
    assert cli(capsys, "records", "check", record_id, *changed, "--badge", pharm, "--db", db)[0] == 0
    code, out, err = cli(capsys, "sheet", "--record", record_id, "--db", db, "-o", tmp_path / "s.pdf", "--badge", pharm)
    assert code == 0, err
    code, out, err = cli(capsys, "label", "--record", record_id, "--db", db, "--zpl", "-o", tmp_path / "l.zpl",
                         "--badge", pharm)
    assert code == 0 and out.startswith("REPRINT of label"), err     # the sheet's PDF carried the first label
    assert 'signed "printed" by Mika Sato (MS) (a DRAFT label: not released)' in out
    assert "REPRINT" in (tmp_path / "l.zpl").read_text(encoding="utf-8")
    store = RecordStore(db)
    try:
        rows = raw_sql(store)("SELECT meaning, signer_name FROM acts ORDER BY seq")
    finally:
        store.close()
    assert rows[3:] == [("prepared", "Kenji Tanaka (KT)"), ("changed", "Kenji Tanaka (KT)"),
                        ("verified", "Mika Sato (MS)"), ("printed", "Mika Sato (MS)"), ("printed", "Mika Sato (MS)"),
                        ("printed", "Mika Sato (MS)")]    # not weighed: DRAFT labels, printed, not released
    _audit_intact(capsys, db)


def test_a_record_with_two_versions_and_two_prints_is_proven(capsys, monkeypatch, staffed, tmp_path):
    """store.prove read the second row of a table with the audit's columns (a KeyError):
    reprinting a record with two versions or two prints failed before anything was printed."""
    from mscprep.records.store import RecordStore
    db, codes, record_id = staffed
    assert cli(capsys, "records", "change", record_id, "--reason", "dose reordered", "--dose", "1.5e6cell/kg",
               "--badge", codes["tech"], "--db", db)[0] == 0
    assert cli(capsys, "sheet", "--record", record_id, "--db", db, "-o", tmp_path / "s.pdf", "--badge",
               codes["tech"])[0] == 0
    store = RecordStore(db)
    try:
        assert len(store.versions(record_id)) == 2
        assert store.record_problems(record_id) == []
        store.prove(store.latest(record_id))
    finally:
        store.close()
