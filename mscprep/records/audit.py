"""The audit trail: who did what, when, old value, new value, reason (21 CFR Part 11 style),
and the hash chain that covers every row of every table.

Each entry carries the SHA-256 of its own content and of the entry before it, so an edited
or deleted entry breaks the chain; an anchor row holds the last sequence number and hash,
so cutting off the newest entries is detected too. Every row of the data tables (records
and their versions, checks, weighings, prints, operator sessions) is written together with
the one entry that covers it: the row carries that entry's sequence number, and the entry
carries the row's hash over all its columns. `verify` recomputes each row's hash from what
is stored, so editing any column, inserting a row outside the program or deleting one is
found and named. The head (the last entry's hash) printed on a sheet proves later that the
chain was not rewritten since: `verify(head=...)` finds it in the chain.

Everything here is plain Python over a connection-like object (`execute(sql, params)`
returning rows), so the SQLite and the PostgreSQL stores share it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

GENESIS = "0" * 64
# Entry fields hashed since schema 1; row_table and row_hash (schema 3) are hashed when set,
# so entries written before them keep their hashes.
FIELDS = ("seq", "at_utc", "at_local", "operator", "action", "record_id", "what", "old_value",
          "new_value", "reason", "prev_hash")
ROW_FIELDS = ("row_table", "row_hash")
COLUMNS = FIELDS + ROW_FIELDS + ("hash",)
# PostgreSQL: the database login that appended the entry, stamped by the server (hashed when set).
SERVER_FIELDS = ("db_user",)


def entry_hash(entry: dict) -> str:
    """The SHA-256 of the entry's fields as _sha256 writes them ({FIELDS, and ROW_FIELDS and
    SERVER_FIELDS that are set}, keys sorted), the text written here directly: the chain's
    check at every start hashes each of a large store's hundreds of thousands of entries."""
    get = entry.get
    parts = []
    for key, optional, label in _ENTRY_KEYS:
        value = get(key)
        if value is None:
            if not optional:
                parts.append(label + "null")
            continue
        kind = type(value)
        parts.append(label + (_ENCODE_TEXT(value) if kind is str else int.__repr__(value) if kind is int else
                              _ENCODE(value)))
    return hashlib.sha256(("{" + ", ".join(parts) + "}").encode("utf-8")).hexdigest()


def row_hash(table: str, row: dict) -> str:
    """The hash of a data row over every column but its own hash."""
    return _sha256({"table": table, "row": {key: value for key, value in row.items() if key != "row_hash"}})


# One encoder for every hash: exactly what json.dumps(material, sort_keys=True,
# ensure_ascii=False) writes (the text the chain has always hashed), without building a new
# encoder for each of a large store's hundreds of thousands of entries and rows.
_ENCODE = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode
_ENCODE_TEXT = json.encoder.encode_basestring     # what that encoder writes for a text (ensure_ascii=False)


# entry_hash's keys in the order the encoder sorts them: (key, set only when not None, its text).
_ENTRY_KEYS = tuple((key, key not in FIELDS, f"{_ENCODE_TEXT(key)}: ")
                    for key in sorted(FIELDS + ROW_FIELDS + SERVER_FIELDS))


def _sha256(material) -> str:
    return hashlib.sha256(_ENCODE(material).encode("utf-8")).hexdigest()


# Text read as the UTF-8 bytes the database stores (stored_row_hash): a large store's records
# carry tens of kilobytes of JSON each, and decoding it into Python text only to escape it
# again for the hash was most of the time of checking a month's rows.
_CONTROL = bytes(range(0x20))


def _json_text(data: bytes) -> bytes:
    """What json.dumps(text, ensure_ascii=False) writes, UTF-8 encoded, for the text whose
    UTF-8 bytes are `data`. Without control characters that is the text between quotes with
    every backslash and quote escaped (the UTF-8 bytes of a quote or a backslash never occur
    inside another character's bytes); with them, the encoder itself. Bytes that are not
    UTF-8 raise UnicodeDecodeError, as reading them as text does."""
    text = data.decode("utf-8")     # the check reading it as text makes (strict)
    if len(data.translate(None, _CONTROL)) != len(data):
        return _ENCODE(text).encode("utf-8")
    if b"\\" in data:
        data = data.replace(b"\\", b"\\\\")
    return b'"' + data.replace(b'"', b'\\"') + b'"'


def stored_row_hash(table: str, row: dict) -> str:
    """row_hash(table, row) where a bytes value stands for the text whose UTF-8 bytes it is
    (read with text_as_bytes): the same hash, over the same text, computed without decoding
    it into Python text and encoding it back."""
    parts = [b'{"row": {']
    separator = ""
    for key in sorted(row):
        if key == "row_hash":
            continue
        value = row[key]
        kind = type(value)
        if kind is bytes:
            parts.append(f"{separator}{_ENCODE_TEXT(key)}: ".encode("utf-8"))
            parts.append(_json_text(value))
        else:   # what the encoder writes for a text, a whole number, nothing, or anything else
            text = (_ENCODE_TEXT(value) if kind is str else int.__repr__(value) if kind is int else
                    "null" if value is None else _ENCODE(value))
            parts.append(f"{separator}{_ENCODE_TEXT(key)}: {text}".encode("utf-8"))
        separator = ", "
    parts.append(f'}}, "table": {_ENCODE_TEXT(table)}}}'.encode("utf-8"))
    return hashlib.sha256(b"".join(parts)).hexdigest()


def text_as_bytes(kind: str, column: str) -> tuple[str, str]:
    """SQL for a text column read as its UTF-8 bytes, and for its storage type: SQLite keeps
    whatever type was written (a value stored as anything but text is read the ordinary way
    and hashed as such); PostgreSQL's column is text."""
    if kind == "postgresql":
        return f"convert_to({column}, 'UTF8')", "'text'"
    return f"CAST({column} AS BLOB)", f"typeof({column})"


def now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Entry:
    """An entry to append; `row` is the data row it covers (table, column values without
    seq and row_hash), if any."""
    operator: str
    action: str
    record_id: str | None = None
    what: str | None = None
    old_value: str | None = None
    new_value: str | None = None
    reason: str | None = None
    row: tuple[str, dict] | None = None
    adopt: tuple[str, str, tuple] | None = None   # (table, WHERE clause, params): a row saved before the chain




def append(db, entries: list[Entry], at: datetime | None = None) -> list[int]:
    """Append entries (and insert the rows they cover) inside the caller's transaction,
    which holds the store's write lock. Returns the sequence numbers."""
    server = getattr(db, "append_on_server", None)
    if server is not None:      # PostgreSQL: numbered, stamped and hashed by the server itself
        return server(entries)
    at = at or now()
    last_seq, last_hash = db.execute("SELECT last_seq, last_hash FROM audit_anchor WHERE id = 1").fetchone()
    numbers = []
    for item in entries:
        seq = last_seq + 1
        entry = {"seq": seq, "at_utc": at.astimezone(timezone.utc).isoformat(timespec="seconds"),
                 "at_local": at.astimezone().isoformat(timespec="seconds"), "operator": item.operator,
                 "action": item.action, "record_id": item.record_id, "what": item.what,
                 "old_value": item.old_value, "new_value": item.new_value, "reason": item.reason,
                 "prev_hash": last_hash, "row_table": None, "row_hash": None}
        if item.row is not None:
            table, values = item.row
            row = dict(values, seq=seq)
            if "id" in row and row["id"] is None:
                row["id"] = seq
            row["row_hash"] = row_hash(table, row)
            db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       list(row.values()))
            entry["row_table"], entry["row_hash"] = table, row["row_hash"]
        elif item.adopt is not None:
            table, where, params = item.adopt
            cursor = db.execute(f"SELECT * FROM {table} WHERE {where}", params)
            names = [column[0] for column in cursor.description]
            row = dict(zip(names, cursor.fetchone()), seq=seq)
            row["row_hash"] = row_hash(table, row)
            db.execute(f"UPDATE {table} SET seq = ?, row_hash = ? WHERE {where}", (seq, row["row_hash"], *params))
            entry["row_table"], entry["row_hash"] = table, row["row_hash"]
        entry["hash"] = entry_hash(entry)
        db.execute(f"INSERT INTO audit ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                   [entry[key] for key in COLUMNS])
        last_seq, last_hash = seq, entry["hash"]
        numbers.append(seq)
    db.execute("UPDATE audit_anchor SET last_seq = ?, last_hash = ? WHERE id = 1", (last_seq, last_hash))
    return numbers


def head(db) -> tuple[int, str]:
    """(sequence number, hash) of the newest entry; (0, GENESIS) for an empty trail."""
    row = db.execute("SELECT last_seq, last_hash FROM audit_anchor WHERE id = 1").fetchone()
    return (int(row[0]), row[1]) if row else (0, GENESIS)


@dataclass(frozen=True)
class AuditReport:
    entries: int
    rows: int
    problems: tuple[str, ...]
    head: str = GENESIS
    head_found: bool | None = None    # None: no earlier head was asked about

    @property
    def intact(self) -> bool:
        return not self.problems


def describe(table: str, row: dict) -> str:
    """A row named the way people look for it."""
    record = f"record {row.get('record_id')} version {row.get('version')}"
    if table == "records":
        return record
    if table == "sessions":
        return f"session row {row.get('seq')} ({row.get('event')} of {row.get('operator')})"
    if table == "staff":     # enrolled people (records/people.py)
        return f"staff row {row.get('seq')} ({row.get('event')}: {row.get('name')})"
    if table == "acts":      # signatures (records/signing.py)
        return f"act row {row.get('seq')} ({row.get('meaning')} by {row.get('signer_name') or 'nobody'})"
    return f"{table[:-1]} row {row.get('seq')} of {record}"


def verify(db, tables: dict[str, tuple[str, ...]], readers: dict | None = None,
           earlier_head: str | None = None) -> AuditReport:
    """Walk the chain, then recompute every row of `tables` (table -> columns) and match it
    with the entry that covers it. `readers` (table -> function(row)) raise ValueError for a
    row whose contents cannot be read. Never raises for bad contents: each is a problem."""
    problems: list[str] = []
    covered: dict[int, tuple[str, str, tuple]] = {}
    expected_seq, previous, count = 1, GENESIS, 0
    head_found = None if earlier_head is None else False
    wanted = (earlier_head or "").strip().lower()
    columns = getattr(db, "audit_columns", COLUMNS)
    for values in db.execute(f"SELECT {', '.join(columns)} FROM audit ORDER BY seq"):
        entry = dict(zip(columns, values))
        count += 1
        try:
            seq = int(entry["seq"])
        except (TypeError, ValueError):
            problems.append(f"an audit entry has no readable sequence number ({entry['seq']!r})")
            continue
        if seq != expected_seq:
            problems.append(f"audit entries {expected_seq} to {seq - 1} are missing (deleted)" if seq > expected_seq
                            else f"audit entry {seq} is out of order")
        if entry["prev_hash"] != previous:
            problems.append(f"audit entry {seq} does not follow the entry before it")
        if entry_hash(entry) != entry["hash"]:
            problems.append(f"audit entry {seq} ({entry['action']} by {entry['operator']}) was altered")
        if wanted and isinstance(entry["hash"], str) and entry["hash"].lower() == wanted:
            head_found = True
        # Kept: only what the row checks below use, for the tables they check (none in a
        # quick check); an entry covering a row of another table covers none of theirs.
        if entry["row_table"] in tables:
            covered[seq] = (entry["row_table"], entry["row_hash"],
                            (entry["action"], entry["record_id"], entry["operator"]))
        elif entry["row_table"] is not None:
            covered.pop(seq, None)
        expected_seq, previous = seq + 1, entry["hash"]
    anchor = db.execute("SELECT last_seq, last_hash FROM audit_anchor WHERE id = 1").fetchone()
    if anchor is None or anchor[0] != expected_seq - 1 or anchor[1] != previous:
        problems.append(f"the trail ends at entry {expected_seq - 1} but entry {anchor[0] if anchor else '?'} "
                        "was recorded last (entries removed from the end, or the anchor altered)")
    rows = 0
    seen: set[int] = set()
    for table, columns in tables.items():
        reader = (readers or {}).get(table)
        for values in db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY seq"):
            row = dict(zip(columns, values))
            rows += 1
            name = describe(table, row)
            seq = row.get("seq")
            entry = covered.get(seq) if isinstance(seq, int) else None
            if entry is None or entry[0] != table or seq in seen:
                problems.append(f"{name} (row {seq}) is not in the audit trail: inserted outside mscprep")
                continue
            seen.add(seq)
            computed = row_hash(table, row)
            if computed != row.get("row_hash") or computed != entry[1]:
                problems.append(f"{name} was altered after it was saved (its stored contents no longer match "
                                f"audit entry {seq})")
                continue
            if reader is not None:
                try:
                    reader(row)
                except (ValueError, TypeError, KeyError) as error:
                    problems.append(f"{name} cannot be read: {error}")
    for seq, (table, _hash, (action, record_id, operator)) in sorted(covered.items()):
        if seq not in seen:
            problems.append(f"{table} row {seq} ({action} of record {record_id or '-'} by "
                            f"{operator}) was deleted: audit entry {seq} covers a row that is gone")
    if head_found is False:
        problems.append(f"the earlier head {earlier_head} is not in the audit trail: the trail was rewritten "
                        "or the head was mistyped")
    return AuditReport(count, rows, tuple(problems), previous, head_found)
