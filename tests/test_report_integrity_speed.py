"""The quick integrity check of a report (`--verify period`) hashes a record's JSON columns
from the UTF-8 bytes the database stores (records/audit.stored_row_hash). It must compute
exactly the chain's own hash (row_hash over the text) and still name every altered row,
whatever was written into those columns with the database's own tools."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

import report_store
from stores import backend, drop_guards, pg_server, raw_sql, store  # noqa: F401 (fixtures)

from mscprep.records import audit
from mscprep.records.store import RecordStore
from mscprep.reports.quality import collect, integrity, period

# text with what JSON escapes (quotes, backslashes, control characters) and what it does not
# (non-ASCII, DEL, line separators, characters outside the BMP)
TEXT = st.text(alphabet=st.sampled_from(list('ab "\\/\n\r\t\x00\x01\x1f\x7f×⁶日😀\u2028\ue000')) | st.characters(
    blacklist_categories=("Cs",)), max_size=30)
VALUE = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.booleans(), TEXT)


@given(st.dictionaries(st.sampled_from(["plan_json", "documents_json", "id", "seq", "note", "row_hash"]), VALUE),
       st.data())
def test_the_hash_from_stored_bytes_is_the_chains_own_hash(row, data):
    as_bytes = {key: value.encode("utf-8") if isinstance(value, str) and data.draw(st.booleans()) else value
                for key, value in row.items()}
    assert audit.stored_row_hash("records", as_bytes) == audit.row_hash("records", row)


def test_bytes_that_are_not_utf8_are_never_hashed_as_text():
    with pytest.raises(UnicodeDecodeError):
        audit.stored_row_hash("records", {"plan_json": b"{\"a\": \"\xff\"}"})


@pytest.fixture
def built(store):
    now = datetime.now(timezone.utc)
    ids = report_store.build(store, now)
    return store, ids, period(now.date().isoformat(), (now + timedelta(minutes=5)).date().isoformat())


def test_an_intact_store_passes_the_quick_check(built):
    store, _ids, chosen = built
    check = collect(store, chosen, verify="period").integrity
    assert check.intact and check.scope == "period" and check.rows > 0, check.problems


def _altered(store, ids, chosen, change):
    drop_guards(store, "records")
    raw_sql(store)(f"UPDATE records SET {change} WHERE record_id = ?", (ids["blocked"],))
    check = integrity(store, chosen, "period")     # the figures themselves may not read such a plan
    assert not check.intact
    assert any(f"record {ids['blocked']} version 1 was altered" in problem for problem in check.problems), \
        check.problems


@pytest.mark.parametrize("change", [
    "plan_json = replace(plan_json, '\"', '#')",                  # the text edited
    "plan_json = plan_json || {newline}",                         # a control character added
])
def test_an_edited_records_text_is_named(built, change):
    store, ids, chosen = built
    _altered(store, ids, chosen, change.replace("{newline}", "char(10)" if store.kind == "sqlite" else "chr(10)"))


@pytest.mark.parametrize("change", [
    "documents_json = CAST(documents_json AS BLOB)",              # the same bytes, stored as a blob
    "inputs_json = 7",                                            # a number where text belongs
    "reasons_json = CAST(X'7BFF7D' AS TEXT)",                     # text that is not UTF-8
])
def test_a_value_sqlite_stores_in_place_of_text_is_named(tmp_path, change):
    """SQLite keeps any type in any column (a PostgreSQL text column holds only text)."""
    sqlite = RecordStore(tmp_path / "records.sqlite3")
    try:
        now = datetime.now(timezone.utc)
        ids = report_store.build(sqlite, now)
        _altered(sqlite, ids, period(now.date().isoformat(), (now + timedelta(minutes=5)).date().isoformat()),
                 change)
    finally:
        sqlite.close()


def test_the_quick_check_names_a_removed_guard_as_audit_verify_does(built):
    """No row changed, but the append-only guard of a table is gone: the structure check
    of `audit verify` is part of the quick check too."""
    store, _ids, chosen = built
    drop_guards(store, "prints")
    verified = store.verify_audit()
    check = integrity(store, chosen, "period")
    assert not verified.intact and not check.intact
    guard = [problem for problem in verified.problems if "prints" in problem]
    assert guard and set(guard) <= set(check.problems), (verified.problems, check.problems)
