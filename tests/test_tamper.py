"""Tampering and damage never pass as intact: every case of tools/tamper_cases.py (each
table, the schema, the file or database as a whole) on SQLite and on a throwaway PostgreSQL
server; audit verify reads only; an empty or missing store is never intact; a store that
went backwards or was replaced is reported in the command line and in the window."""

from __future__ import annotations

import shutil
import sqlite3
import sys

import pytest

from helpers import ROOT, plan, run_cli
from stores import pg_server  # noqa: F401 (fixture)

sys.path.insert(0, str(ROOT / "tools"))
import tamper_cases  # noqa: E402

from mscprep.records.errors import StoreError  # noqa: E402
from mscprep.records.store import RecordStore, open_store  # noqa: E402

FORM = dict(final_volume="50 mL", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")
CASES = [(case, kind) for case in tamper_cases.cases() for kind in case.kinds]


@pytest.mark.parametrize("case,kind", CASES, ids=[f"{kind}-{case.name}" for case, kind in CASES])
def test_every_tamper_case_is_caught(case, kind, tmp_path, request):
    server = request.getfixturevalue("pg_server") if kind == "postgresql" else None
    outcome = tamper_cases.run_case(case, kind, tmp_path, server)
    assert outcome.caught, outcome.detail


def test_audit_verify_never_writes_a_schema_into_an_empty_file(tmp_path):
    db = tmp_path / "never-seen.sqlite3"
    db.write_bytes(b"")
    result = run_cli("audit", "verify", "--db", str(db))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "empty (0 bytes)" in result.stdout and "intact" not in result.stdout.replace("never intact", "")
    assert db.stat().st_size == 0 and not (tmp_path / "never-seen.sqlite3-wal").exists()


def test_a_new_store_without_entries_is_never_intact(tmp_path):
    db = tmp_path / "records.sqlite3"
    RecordStore(db).close()
    result = run_cli("audit", "verify", "--db", str(db))
    assert result.returncode == 1 and "an empty store is never intact" in result.stdout


def test_reading_commands_do_not_create_a_store_in_an_empty_file(tmp_path):
    db = tmp_path / "records.sqlite3"
    db.write_bytes(b"")
    result = run_cli("records", "search", "--db", str(db))
    assert result.returncode == 2 and "nothing was created" in result.stderr and db.stat().st_size == 0


def test_a_deleted_store_is_not_made_again_by_the_window_or_a_save(tmp_path):
    db = tmp_path / "records.sqlite3"
    store = RecordStore(db)
    store.save(plan(**FORM), "K. Tanaka")
    store.close()
    for extra in (db, tmp_path / "records.sqlite3-wal", tmp_path / "records.sqlite3-shm"):
        extra.unlink(missing_ok=True)
    opened, status = open_store(str(db))
    assert opened is None and not status.reachable
    assert "this workstation saw it with" in status.message and "Nothing was created" in status.message
    assert not db.exists()
    result = run_cli("plan", "--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL",
                     "--viability", "90%", "--duration", "30 min", "--save", "--operator", "K. Tanaka", "--db", str(db))
    assert result.returncode == 2 and "deleted, emptied or replaced" in result.stderr and not db.exists()


@pytest.mark.parametrize("value", ["3X", "", "٣"])
def test_a_damaged_schema_version_is_one_message_naming_the_file(tmp_path, value):
    db = tmp_path / "records.sqlite3"
    RecordStore(db).close()
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (value,))
    connection.close()
    with pytest.raises(StoreError, match="is damaged: the schema version in table meta"):
        RecordStore(db)
    for command in (("records", "search"), ("audit", "verify")):
        result = run_cli(*command, "--db", str(db))
        assert result.returncode in (1, 2) and "Traceback" not in result.stderr
        assert str(db) in result.stdout + result.stderr and "schema version" in result.stdout + result.stderr


def test_a_missing_anchor_row_refuses_every_save_with_one_message(store):
    store.save(plan(**FORM), "K. Tanaka")
    connection = sqlite3.connect(store.path, isolation_level=None)
    connection.execute("DROP TRIGGER audit_anchor_no_delete")
    connection.execute("DELETE FROM audit_anchor")
    connection.close()
    with pytest.raises(StoreError, match="anchor row"):
        store.save(plan(**FORM), "K. Tanaka")
    with pytest.raises(StoreError, match="anchor row"):
        store.start_session("K. Tanaka")


def test_a_store_with_a_dropped_guard_refuses_to_write_until_repaired(store):
    from stores import drop_guards, restore_guards
    store.save(plan(**FORM), "K. Tanaka")
    drop_guards(store, "records")
    with pytest.raises(StoreError, match="trigger records_no_update on records is missing"):
        store.save(plan(**FORM), "K. Tanaka")
    restore_guards(store, "records")
    store.save(plan(**FORM), "K. Tanaka")
    assert store.verify_audit().intact


def test_a_rolled_back_store_shows_a_red_banner_in_the_window(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from ui.main_window import MainWindow
    from ui.settings import Settings
    db = tmp_path / "records.sqlite3"
    store = RecordStore(db)
    store.save(plan(**FORM), "K. Tanaka")
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    shutil.copyfile(db, tmp_path / "older.sqlite3")
    store = RecordStore(db)
    store.save(plan(**FORM), "K. Tanaka")
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    shutil.copyfile(tmp_path / "older.sqlite3", db)       # the file rolled back
    store = RecordStore(db)
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                        operator="K. Tanaka")
    qtbot.addWidget(window)
    window.show()
    window.records.verify_audit_at_start()
    assert window.banner.shown("audit") and "went backwards" in window.banner.text()
    store.close()


def test_an_investigated_restore_is_accepted_once_and_recorded(tmp_path):
    db = tmp_path / "records.sqlite3"
    store = RecordStore(db)
    store.save(plan(**FORM), "K. Tanaka")
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    shutil.copyfile(db, tmp_path / "older.sqlite3")
    store = RecordStore(db)
    store.save(plan(**FORM), "K. Tanaka")
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    shutil.copyfile(tmp_path / "older.sqlite3", db)
    result = run_cli("audit", "verify", "--db", str(db))
    assert result.returncode == 1 and "went backwards" in result.stdout
    result = run_cli("audit", "accept-restore", "--db", str(db), "--operator", "Q. Auditor (QA)", "--reason",
                     "server disk failed; restored from the 02:00 backup, deviation DV-17")
    assert result.returncode == 0, result.stderr
    result = run_cli("audit", "verify", "--db", str(db))
    assert result.returncode == 0, result.stdout
    store = RecordStore(db)
    accepted = store.backend.execute("SELECT what, reason FROM audit WHERE action = 'restore accepted'").fetchall()
    assert accepted and "went backwards" in accepted[0][0] and "DV-17" in accepted[0][1]
    store.close()
