"""An upgrade from an older schema adopts only the rows the old chain covered: a row planted
in an old file is reported, not adopted; an old file whose chain is broken is not upgraded."""

from __future__ import annotations

import sqlite3

import pytest

from test_records_site import old_file

from mscprep.records.errors import StoreError
from mscprep.records.store import RecordStore


@pytest.mark.parametrize("schema", [1, 2])
def test_a_row_planted_in_an_old_file_is_reported_not_adopted(tmp_path, schema):
    path = tmp_path / "records.sqlite3"
    old_file(path, schema)
    connection = sqlite3.connect(path, isolation_level=None)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(records)")]
    row = dict(zip(columns, connection.execute("SELECT * FROM records").fetchone()))
    planted = dict(row, record_id="R-PLANTED", patient_id="MRN-999")
    connection.execute(f"INSERT INTO records ({', '.join(planted)}) VALUES ({', '.join('?' * len(planted))})",
                       list(planted.values()))
    check = list(connection.execute("SELECT * FROM checks").fetchone())
    check[0] = 2                                   # a second, passing check nobody did
    connection.execute(f"INSERT INTO checks VALUES ({', '.join('?' * len(check))})", check)
    connection.close()
    store = RecordStore(path)
    report = store.verify_audit()
    assert not report.intact
    assert any("record R-PLANTED version 1" in p and "not in the audit trail" in p for p in report.problems)
    assert any("check row" in p and "not in the audit trail" in p for p in report.problems)
    adopted = store.backend.execute("SELECT record_id FROM records WHERE seq IS NOT NULL").fetchall()
    assert adopted == [("R-OLD-1",)]
    assert store.backend.execute("SELECT COUNT(*) FROM checks WHERE seq IS NOT NULL").fetchone()[0] == 1
    actions = [entry["action"] for entry in store.entries("R-PLANTED")]
    assert actions == ["not adopted"]
    assert "not adopted" in [entry["action"] for entry in store.entries("R-OLD-1")]   # the planted check
    store.close()


def test_an_old_file_whose_chain_is_broken_is_not_upgraded(tmp_path):
    path = tmp_path / "records.sqlite3"
    old_file(path, 2)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("DROP TRIGGER audit_no_update")
    connection.execute("UPDATE audit SET operator = 'X. Other' WHERE seq = 2")
    connection.close()
    with pytest.raises(StoreError, match="cannot be upgraded: its audit trail is not intact"):
        RecordStore(path)
    connection = sqlite3.connect(path, isolation_level=None)
    assert connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == "2"
    connection.close()
