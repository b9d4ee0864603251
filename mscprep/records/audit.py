"""The audit trail: who did what, when, old value, new value, reason (21 CFR Part 11 style).

Entries are appended, never changed: triggers refuse UPDATE and DELETE, and each entry
carries the SHA-256 of its content and of the entry before it, so an edited or deleted row
breaks the chain. An anchor row holds the last sequence number and hash, so cutting off
the newest entries is detected too.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

GENESIS = "0" * 64
FIELDS = ("seq", "at_utc", "at_local", "operator", "action", "record_id", "what", "old_value",
          "new_value", "reason", "prev_hash")

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL, at_local TEXT NOT NULL, operator TEXT NOT NULL, action TEXT NOT NULL,
    record_id TEXT, what TEXT, old_value TEXT, new_value TEXT, reason TEXT,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_anchor (id INTEGER PRIMARY KEY CHECK (id = 1), last_seq INTEGER, last_hash TEXT);
INSERT OR IGNORE INTO audit_anchor (id, last_seq, last_hash) VALUES (1, 0, '""" + GENESIS + """');
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE INDEX IF NOT EXISTS audit_record ON audit (record_id);
"""


def entry_hash(entry: dict) -> str:
    material = json.dumps({key: entry.get(key) for key in FIELDS}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def append(connection: sqlite3.Connection, *, operator: str, action: str, record_id: str | None = None,
           what: str | None = None, old_value: str | None = None, new_value: str | None = None,
           reason: str | None = None, at: datetime | None = None) -> int:
    """Append one entry inside the caller's transaction; returns its sequence number."""
    at = at or datetime.now(timezone.utc)
    last_seq, last_hash = connection.execute("SELECT last_seq, last_hash FROM audit_anchor WHERE id = 1").fetchone()
    entry = {"seq": last_seq + 1, "at_utc": at.astimezone(timezone.utc).isoformat(timespec="seconds"),
             "at_local": at.astimezone().isoformat(timespec="seconds"), "operator": operator, "action": action,
             "record_id": record_id, "what": what, "old_value": old_value, "new_value": new_value,
             "reason": reason, "prev_hash": last_hash}
    entry["hash"] = entry_hash(entry)
    connection.execute(f"INSERT INTO audit ({', '.join(FIELDS)}, hash) VALUES "
                       f"({', '.join('?' * (len(FIELDS) + 1))})", [entry[key] for key in FIELDS] + [entry["hash"]])
    connection.execute("UPDATE audit_anchor SET last_seq = ?, last_hash = ? WHERE id = 1", (entry["seq"], entry["hash"]))
    return entry["seq"]


@dataclass(frozen=True)
class AuditReport:
    entries: int
    problems: tuple[str, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


def verify(connection: sqlite3.Connection) -> AuditReport:
    """Walk the chain; report every entry whose content, order or link does not hold."""
    problems: list[str] = []
    expected_seq, previous = 1, GENESIS
    count = 0
    cursor = connection.execute(f"SELECT {', '.join(FIELDS)}, hash FROM audit ORDER BY seq")
    for row in cursor:
        entry = dict(zip(FIELDS + ("hash",), row))
        count += 1
        if entry["seq"] != expected_seq:
            problems.append(f"entries {expected_seq} to {entry['seq'] - 1} are missing (deleted)")
        if entry["prev_hash"] != previous:
            problems.append(f"entry {entry['seq']} does not follow the entry before it")
        if entry_hash(entry) != entry["hash"]:
            problems.append(f"entry {entry['seq']} ({entry['action']} by {entry['operator']}) was altered")
        expected_seq, previous = entry["seq"] + 1, entry["hash"]
    anchor = connection.execute("SELECT last_seq, last_hash FROM audit_anchor WHERE id = 1").fetchone()
    if anchor and (anchor[0] != expected_seq - 1 or anchor[1] != previous):
        problems.append(f"the trail ends at entry {expected_seq - 1} but entry {anchor[0]} was recorded last "
                        "(entries removed from the end, or the anchor altered)")
    return AuditReport(count, tuple(problems))
