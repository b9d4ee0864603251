"""The audit-trail review of one record: every version, change, override, double check,
weighing, print and signature, with who, when, what changed (old and new value) and why,
in time order (21 CFR 11.10(e); EU GMP Annex 11 §9).

Every audit entry about the record is listed, whatever its action (signatures and acts
added later appear as they are recorded); the rows an entry covers (a check's differences,
a weighing's masses) add their details. Each covered row is hashed again here and compared
with its entry, so the review says whether this record's rows are as they were saved.
Reads only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from ..records import audit, schema
from ..records.errors import StoreError


@dataclass(frozen=True)
class Event:
    seq: int
    at_utc: str
    at_local: str
    operator: str
    action: str                 # create, version, change, override, check, weigh, print, reprint, ...
    what: str
    old_value: str | None
    new_value: str | None
    reason: str | None
    details: tuple[tuple[str, str], ...] = ()   # (label, text) from the row the entry covers
    row_intact: bool | None = None              # None: the entry covers no row


@dataclass(frozen=True)
class Review:
    record_id: str
    generated_utc: datetime
    location: str
    patient_id: str
    patient_name: str
    din: str
    protocol_id: str
    kind: str
    versions: int
    status: str                 # the release rule's status of the latest version, now
    events: tuple[Event, ...]
    head: str                   # the chain head when the review was made
    head_seq: int

    @property
    def rows_intact(self) -> bool:
        return all(event.row_intact is not False for event in self.events)


def _details(table: str, row: dict) -> tuple[tuple[str, str], ...]:
    if table == "checks":
        found = [("Result", "verified" if row["matched"] else "differences found"),
                 ("Tolerance", f"{row['tolerance']:.1%}")]
        try:
            differences = json.loads(row["differences_json"]) or []
        except ValueError:
            differences = []
        for item in differences:
            if isinstance(item, dict):
                found.append((f"{item.get('key')}", f"{item.get('first')} -> {item.get('second')}"))
        return tuple(found)
    if table == "weighings":
        return (("Tare", f"{row['tare_g']:.4g} g"), ("Gross", f"{row['gross_g']:.4g} g"),
                ("Expected", f"{row['expected_ml']:.4g} mL"), ("Measured", f"{row['measured_ml']:.4g} mL"),
                ("Deviation", f"{row['deviation']:+.2%}"), ("Tolerance", f"{row['tolerance']:.1%}"),
                ("Result", "within tolerance" if row["within"] else "OUT OF TOLERANCE"))
    if table == "prints":
        return (("Document", str(row["what"])), ("Reprint", "yes" if row["reprint"] else "no"))
    return ()


def review(store, record_id: str, *, now: datetime | None = None) -> Review:
    """The review of `record_id`; StoreError when there is no such record or it cannot be read."""
    now = now or datetime.now(timezone.utc)
    latest = store.latest(record_id)
    if latest is None:
        raise StoreError(f"There is no record {record_id}.")
    names = ("seq", "at_utc", "at_local", "operator", "action", "what", "old_value", "new_value", "reason",
             "row_table", "row_hash")
    try:
        store._reconnect_if_lost()
        with store.backend.snapshot() as db:
            entries = [dict(zip(names, row)) for row in db.execute(
                f"SELECT {', '.join(names)} FROM audit WHERE record_id = ? ORDER BY seq", (record_id,)).fetchall()]
            rows: dict[int, tuple[str, dict]] = {}
            for table in schema.TABLES:
                columns = schema.columns(table)
                if "record_id" not in columns:
                    continue
                for values in db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE record_id = ?",
                                         (record_id,)).fetchall():
                    row = dict(zip(columns, values))
                    rows[row["seq"]] = (table, row)
            seq, head = audit.head(db)
    except store.backend.errors as error:
        raise store._failure(error) from None
    events = []
    for entry in entries:
        details, intact = (), None
        if entry["row_table"] is not None:
            table, row = rows.get(entry["seq"], (entry["row_table"], None))
            if row is None:
                intact = False
                details = (("Row", "missing: the row this entry covers is gone"),)
            else:
                intact = table == entry["row_table"] and audit.row_hash(table, row) == entry["row_hash"] \
                    == row["row_hash"]
                details = _details(table, row)
        events.append(Event(int(entry["seq"]), entry["at_utc"], entry["at_local"], entry["operator"], entry["action"],
                            entry["what"] or "", entry["old_value"], entry["new_value"], entry["reason"], details,
                            intact))
    events.sort(key=lambda event: (event.at_utc, event.seq))
    state = store.record_state(latest)
    status = _status(latest, state, now)
    return Review(record_id, now, store.location, latest.patient_id, latest.patient_name, latest.din,
                  latest.protocol_id or "none", latest.kind, latest.version, status, tuple(events), head, int(seq))


def _status(record, state, now: datetime) -> str:
    """The release rule over the record's printed document as of now (as a reprint would say)."""
    if not record.documents:
        return "unknown"
    from ..documents.status import as_of, document_release
    return document_release(as_of(record.document(), now), state).status.value
