"""A reprint, a FHIR export and a CSV export first recompute the record's hashes and refuse
a record that does not match its chain (on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from helpers import plan
from stores import backend, pg_server, raw_sql, store  # noqa: F401 (fixtures)

from mscprep.records import schema
from mscprep.records.audit import row_hash
from mscprep.records.errors import StoreError

FORM = dict(final_volume="50 mL", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")


def _tamper(store, sql, table="records", params=()):
    run = raw_sql(store)
    if store.kind == "sqlite":
        run(f"DROP TRIGGER {table}_no_update")
        run(sql, params)
        for statement in schema._sqlite_guards(table):
            run(statement)
    else:
        run(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        run(sql, params)
        run(f"ALTER TABLE {table} ENABLE TRIGGER USER")


@pytest.mark.parametrize("how", ["column", "rehashed row", "entry"])
def test_a_record_that_does_not_match_its_chain_is_never_exported(store, tmp_path, how):
    from mscprep.fhir import export_record
    record = store.save(plan(**FORM), "K. Tanaka")
    other = store.save(plan(**dict(FORM, patient_id="MRN-2")), "K. Tanaka")
    store.prove(record)
    export_record(store, record)
    if how == "column":
        _tamper(store, "UPDATE records SET din = 'A999921999999' WHERE record_id = ?", params=(record.record_id,))
    elif how == "rehashed row":   # the row's own hash recomputed: its audit entry still differs
        columns = schema.columns("records")
        run = raw_sql(store)
        row = dict(zip(columns, run(f"SELECT {', '.join(columns)} FROM records WHERE record_id = ?",
                                    (record.record_id,))[0]))
        row["patient_name"] = "Someone Else"
        _tamper(store, "UPDATE records SET patient_name = ?, row_hash = ? WHERE record_id = ?",
                params=("Someone Else", row_hash("records", row), record.record_id))
    else:
        _tamper(store, "UPDATE audit SET operator = 'X. Other' WHERE record_id = ?", "audit", (record.record_id,))
    tampered = store.latest(record.record_id)
    with pytest.raises(StoreError, match="does not match its audit trail"):
        store.prove(tampered)
    with pytest.raises(StoreError, match="nothing was printed or exported"):
        export_record(store, tampered)
    target = tmp_path / "out.csv"
    with pytest.raises(StoreError):
        store.export_csv(store.search(), target)
    assert not target.exists()                      # nothing half written
    store.prove(other)                              # the other record is untouched
    export_record(store, other)


def test_the_command_line_refuses_the_export_with_one_line(tmp_path):
    from helpers import run_cli
    from mscprep.records.store import RecordStore
    db = tmp_path / "records.sqlite3"
    store = RecordStore(db)
    record = store.save(plan(**FORM), "K. Tanaka")
    _tamper(store, "UPDATE records SET din = 'A999921999999'")
    store.close()
    out = tmp_path / "bundle.json"
    result = run_cli("records", "export", record.record_id, "--db", str(db), "--fhir", "-o", str(out))
    assert result.returncode == 2 and "does not match its audit trail" in result.stderr and not out.exists()
    result = run_cli("records", "search", "--db", str(db), "--csv", str(tmp_path / "x.csv"))
    assert result.returncode == 2 and "does not match its audit trail" in result.stderr
    assert not (tmp_path / "x.csv").exists()


def test_a_reprint_from_the_window_is_refused(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from mscprep.records.store import RecordStore
    from ui.main_window import MainWindow
    from ui.settings import Settings
    store = RecordStore(tmp_path / "records.sqlite3")
    record = store.save(plan(**FORM), "K. Tanaka")
    _tamper(store, "UPDATE records SET din = 'A999921999999'")
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                        operator="K. Tanaka")
    qtbot.addWidget(window)
    said, previewed = [], []
    monkeypatch.setattr("ui.print_actions.QMessageBox.warning", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(window.printing, "preview", lambda *args: previewed.append(args))
    before = store.connection.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    window.printing.reprint(store.latest(record.record_id))
    assert said and "does not match its audit trail" in said[0] and not previewed
    assert store.connection.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == before
    store.close()
